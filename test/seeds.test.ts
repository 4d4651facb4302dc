import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { hasShared, REPO_ROOT, sharedPath } from "../eval/shared.js";
import type { BriefJson } from "../src/brief/schema.js";
import { spanWordsOf } from "../src/brief/span-words.js";
import { runCli } from "./cli.js";

const SEEDS = hasShared("seeds", "gold.json");

/** The seeds' JSON brief, made once; only called where ../shared/seeds exists. */
let cached: { status: number | null; brief: BriefJson } | undefined;
function seedBrief(): { status: number | null; brief: BriefJson } {
  if (!cached) {
    const r = runCli([
      "brief",
      sharedPath("seeds"),
      "--format",
      "json",
      "--today",
      "2026-11-23",
      "--quiet",
    ]);
    cached = { status: r.status, brief: JSON.parse(r.stdout) as BriefJson };
  }
  return cached;
}

// The seeds live in ../shared beside the repository; a fresh clone without it skips these
// (the describe bodies still run when skipped, so nothing in them may read the seeds).
describe.skipIf(!SEEDS)("seed articles (needs ../shared/seeds)", () => {
  const by = (key: string) =>
    seedBrief().brief.articles.find((a) => basename(a.id).startsWith(key))!;

  it("writes a JSON brief the published schema accepts", () => {
    const schema = JSON.parse(
      readFileSync(join(REPO_ROOT, "schema", "brief-v2.schema.json"), "utf8"),
    );
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(seedBrief().brief), JSON.stringify(validate.errors)).toBe(true);
  });

  it("reads the five articles and skips the gold file", () => {
    const { status, brief } = seedBrief();
    expect(status).toBe(0);
    expect(brief.articles).toHaveLength(5);
    expect(brief.skipped.map((s) => basename(s.input))).toEqual(["gold.json"]);
  });

  it("names every outlet", () => {
    expect(by("000").outlet).toBe("CNBC");
    expect(by("001").outlet).toMatch(/Kyiv Independent/);
    expect(["Dunya News", "Reuters"]).toContain(by("003").outlet);
    expect(by("004").outlet).toBe("Defence Talks");
    expect(by("002").outlet ?? by("002").credit).toMatch(/Associated Press|^AP$/);
  });

  it("dates 000 from metadata; 002, placed only by its weekdays, gets an estimate, not a date", () => {
    expect([by("000").published, by("000").publishedFrom]).toEqual(["2025-02-11", "metadata"]);
    expect([by("002").published, by("002").publishedFrom]).toEqual([null, null]);
    const warnings = seedBrief().brief.stories.flatMap((s) => s.warnings);
    const undated = warnings.find((w) => w.kind === "undated");
    expect(undated?.message).toMatch(/002\S* \(dated 2025-02-09 from its story\)/);
  });

  it("finds the Reuters credit on 003 and none on the rewrite 004", () => {
    expect(by("003").credit).toBe("Reuters");
    expect(by("004").credit).toBeNull();
  });
});

describe.skipIf(!SEEDS)("seed reuse (needs ../shared/seeds)", () => {
  const story = () => seedBrief().brief.stories[0]!;
  const key = (id: string) => basename(id).slice(0, 3);

  it("finds 004 as an uncredited rewrite of 003, and no other reuse", () => {
    expect(story().reuse!.map((x) => [key(x.copy), key(x.source), x.kind, x.credited])).toEqual([
      ["004", "003", "rewrite", false],
    ]);
  });

  it("warns about the uncredited rewrite and counts four independent sources", () => {
    expect(story().warnings.filter((w) => w.kind === "uncredited-copy")).toHaveLength(1);
    // The rewrite also changes the words inside three of one speaker's quotations.
    expect(
      story()
        .warnings.filter((w) => w.kind === "altered-quote")
        .map((w) => w.articles.map((id) => basename(id).slice(0, 3))),
    ).toEqual([
      ["004", "003"],
      ["004", "003"],
      ["004", "003"],
    ]);
    expect(story().independentSources).toBe(4);
  });

  it("cites aligned sentences as spans of the original texts", () => {
    const { evidence } = story().reuse![0]!;
    expect(evidence.length).toBeGreaterThan(20);
    const words = spanWordsOf(seedBrief().brief);
    expect(words(evidence[1]!.copy)).toMatch(
      /^The Trump administration is set to encourage European allies/,
    );
    expect(words(evidence[1]!.source)).toMatch(
      /^\(Reuters\) – The Trump administration plans to push European allies/,
    );
    // The brief's text of each article is the file as read, so its offsets point into the file.
    for (const e of evidence) {
      for (const span of [e.copy, e.source]) {
        expect(readFileSync(span.article, "utf8").slice(span.start, span.end)).toBe(words(span));
      }
    }
  });
});
