import { describe, expect, it } from "vitest";
import {
  briefParts,
  formatRealMix,
  realMixMarkdown,
  realMixReadme,
  totalSeconds,
  type RealMixFigures,
} from "./real-mix-report.js";

const figures: RealMixFigures = {
  articles: 1000,
  stories: 40,
  inputBytes: 2 * 1024 * 1024,
  outputBytes: 6 * 1024 * 1024,
  outputSha256: "ab".repeat(32),
  baselineSeconds: 0.1,
  stages: [
    { kind: "ingest", name: "read JSONL", seconds: 0.2 },
    { kind: "article", name: "clean", seconds: 1.8 },
    { kind: "corpus", name: "entities", seconds: 6 },
    { kind: "brief", name: "briefOf + render JSON", seconds: 2 },
  ],
  peakRssMB: 512.4,
  outputParts: [
    { part: "stories: quotes", bytes: 3 * 1024 * 1024 },
    { part: "articles: texts", bytes: 2 * 1024 * 1024 },
  ],
};

describe("real-mix report", () => {
  it("sums every step into the whole run", () => {
    expect(totalSeconds(figures)).toBeCloseTo(10);
  });

  it("gives each step its rate, share and multiple of the baseline", () => {
    const text = formatRealMix(figures);
    const line = (start: string): string[] =>
      text
        .split("\n")
        .find((l) => l.trimStart().startsWith(start))!
        .trim()
        .split(/\s{2,}/);
    expect(line("BASELINE")).toEqual([
      "BASELINE: read + hash word 3-shingles",
      "0.10",
      "10,000",
      "1.0%",
      "1.0×",
    ]);
    expect(line("whole pipeline (")).toEqual([
      "whole pipeline (as corroborate brief --format json)",
      "10.00",
      "100",
      "100.0%",
      "100.0×",
    ]);
    expect(line("corpus stage: entities")).toEqual([
      "corpus stage: entities",
      "6.00",
      "167",
      "60.0%",
      "60.0×",
    ]);
    expect(line("article stage: clean")).toEqual([
      "article stage: clean",
      "1.80",
      "556",
      "18.0%",
      "18.0×",
    ]);
  });

  it("states output bytes per article, the output/input ratio, peak RSS and the hash", () => {
    const summary = formatRealMix(figures).split("\n").at(-1)!;
    expect(summary).toContain("1,000 articles (2.0 MB of JSONL) → 40 stories");
    expect(summary).toContain("brief JSON 6.0 MB, 6,291 bytes an article, 3.00× the input");
    expect(summary).toContain("peak RSS 512 MB");
    expect(summary).toContain(`brief sha256 ${"ab".repeat(32)}`);
  });

  it("writes a Markdown table under what the run was, one row per step and two more", () => {
    const md = realMixMarkdown(figures, "Written by a test.").split("\n");
    expect(md[0]).toBe("Written by a test.");
    expect(md[2]).toBe("| step | seconds | articles/s | share | × baseline |");
    // the steps' table ends at the summary line; the brief's parts follow it
    const summary = md.findIndex((l) => l.includes("bytes an article"));
    expect(md[summary]).toContain("6,291 bytes an article");
    const rows = md
      .slice(0, summary)
      .filter((l) => l.startsWith("| ") && !l.startsWith("| step") && !l.startsWith("| ---"));
    expect(rows).toHaveLength(2 + figures.stages.length);
    expect(rows).toContain("| corpus stage: entities | 6.00 | 167 | 60.0% | 60.0× |");
  });

  it("shows a dash, not a division by zero, when the baseline took no measurable time", () => {
    const text = formatRealMix({ ...figures, baselineSeconds: 0 });
    expect(text).toMatch(/corpus stage: entities\s+6\.00\s+167\s+60\.0%\s+—/);
  });

  it("sums the run up for the README: rate, the three heaviest steps, size ratio, memory", () => {
    const md = realMixReadme(figures, "about the run");
    expect(md.startsWith("about the run\n")).toBe(true);
    expect(md).toContain("| whole pipeline, one core | 100 articles/s (10.0 s for 1,000) |");
    expect(md).toContain(
      "| heaviest steps | entities 60.0%, briefOf + render JSON 20.0%, clean 18.0% |",
    );
    expect(md).toContain("| brief JSON | 3.00× the input, 6,291 bytes an article |");
    expect(md).toContain("| peak RSS | 512 MB |");
  });

  it("says where the brief's bytes go, every byte in one part", () => {
    const json = JSON.stringify({
      schema: "x",
      articles: [{ id: "a", text: "Ferry tolls rise.", removed: [] }],
      stories: [{ id: "s1", quotes: [{ id: "q1", text: "too high" }], entities: [], extra: 1 }],
    });
    const parts = briefParts(json);
    const part = (name: string) => parts.find((p) => p.part === name)!.bytes;
    expect(part("articles: texts")).toBe(JSON.stringify("Ferry tolls rise.").length);
    expect(part("stories: quotes")).toBe(JSON.stringify([{ id: "q1", text: "too high" }]).length);
    expect(part("stories: claims")).toBe(0);
    expect(parts.reduce((n, p) => n + p.bytes, 0)).toBe(json.length);
    // largest first
    expect(parts.map((p) => p.bytes)).toEqual([...parts.map((p) => p.bytes)].sort((a, b) => b - a));
    expect(realMixMarkdown(figures, "about")).toContain(
      "| stories: quotes | 3.00 | 50.0% | 1.50× |",
    );
  });
});
