import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rowOf, type Row } from "./measure.js";
import { check, format } from "prettier";
import { compareRuns, markdownTable, readSavedRun, writeDocsTable } from "./report.js";

const row = (stage: string, seconds: number, baselinePerArticle: number): Row =>
  rowOf({
    corpus: "1k txt",
    stage,
    articles: 1000,
    bytes: 4_000_000,
    seconds,
    memory: { peakRssMB: 300, peakHeapMB: 100, rssGrowthMB: 10 },
    target: 1000,
    baselinePerArticle,
  });

describe("bench reports", () => {
  it("compare stages measured in both runs, raw and on each run's baseline", () => {
    const before = {
      schema: "corroborate.bench/1",
      startedAt: "x",
      rows: [row("clean", 2, 0.0001), row("gone", 1, 0.0001)],
    };
    // Twice as fast in articles/s, on a machine whose baseline is also twice as fast.
    const [c, ...rest] = compareRuns(before, [row("clean", 1, 0.00005), row("new", 1, 0.0001)]);
    expect(rest).toEqual([]);
    expect(c!.speedup).toBeCloseTo(2);
    expect(c!.baselineSpeedup).toBeCloseTo(1);
  });

  it("write the table between the markers and refuse a file without them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bench-docs-"));
    const file = join(dir, "b.md");
    await writeFile(file, "# B\n\n<!-- bench:start -->\nold\n<!-- bench:end -->\n\nmore\n");
    expect(
      await writeDocsTable(file, markdownTable([row("clean", 1, 0.0001)], "about")),
    ).toBeNull();
    const text = await readFile(file, "utf8");
    expect(text).toMatch(
      /\| 1k txt +\| clean +\| +1,000 \| +3\.8 \| +300 \| +10\.0× \| ≥ 1,000 ✔ \|/,
    );
    // formatted as the lint checks it
    expect(await check(text, { parser: "markdown", printWidth: 100 })).toBe(true);
    expect(text).not.toContain("old");
    expect(text.endsWith("<!-- bench:end -->\n\nmore\n")).toBe(true);
    await writeFile(file, "no markers\n");
    expect(await writeDocsTable(file, "t")).toMatch(/has no <!-- bench:start -->/);
  });

  it("write a section's table between its own markers, leaving the others' alone", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bench-docs-"));
    const file = join(dir, "b.md");
    const bench = "<!-- bench:start -->\nstages\n<!-- bench:end -->";
    await writeFile(file, `${bench}\n<!-- bench-store:start -->\nold\n<!-- bench-store:end -->\n`);
    expect(await writeDocsTable(file, "store figures", "bench-store")).toBeNull();
    // (as Prettier writes the file: the other section's text as it was)
    expect(await readFile(file, "utf8")).toBe(
      await format(
        `${bench}\n<!-- bench-store:start -->\nstore figures\n<!-- bench-store:end -->\n`,
        {
          parser: "markdown",
          printWidth: 100,
        },
      ),
    );
  });

  it("say why a file is not a results file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "bench-json-"));
    const file = join(dir, "r.json");
    await writeFile(file, "{ nope");
    expect(await readSavedRun(file)).toMatch(/cannot read it as JSON/);
    await writeFile(file, JSON.stringify({ schema: "other", rows: [] }));
    expect(await readSavedRun(file)).toMatch(/not a results file/);
  });
});
