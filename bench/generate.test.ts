import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractHtml } from "../src/ingest/html.js";
import { parseTextHeader } from "../src/ingest/text-file.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { boilerplateReason } from "../src/stages/clean/02-boilerplate-rules.js";
import {
  generateArticles,
  loadBase,
  toRawArticle,
  writeCorpus,
  type Base,
  type GeneratedArticle,
  type TruthRecord,
} from "./generate.js";
import { hashShingles } from "./shingle-baseline.js";

const ctx = defaultContext({ today: "2026-11-23" });

let base: Base;
let corpus: GeneratedArticle[];
let byId: Map<string, GeneratedArticle>;

beforeAll(async () => {
  base = await loadBase("examples/corpus");
  corpus = [...generateArticles(base, { count: 600, seed: 42 })];
  byId = new Map(corpus.map((a) => [a.id, a]));
});

const bodyOf = (a: GeneratedArticle): string => a.plain.slice(a.bodyStart);
const sentencesOf = (a: GeneratedArticle): string[] => a.content.flat();
const ofRole = (role: GeneratedArticle["role"]): GeneratedArticle[] =>
  corpus.filter((a) => a.role === role);
const sourceOf = (a: GeneratedArticle): GeneratedArticle => byId.get(a.source!)!;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 2; i < words.length; i++) out.add(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  return out;
}

function jaccard(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  return both / (x.size + y.size - both);
}

/** Names and figures: what a rewrite must keep. */
const namesAndNumbers = (text: string): string[] =>
  (text.match(/\p{Lu}[\p{L}'’-]*|\d[\d,.:]*\d|\d/gu) ?? []).sort();

describe("generateArticles", () => {
  it("gives the same corpus for the same seed and a different one for another", () => {
    const again = [...generateArticles(base, { count: 600, seed: 42 })];
    expect(again.map((a) => a.plain)).toEqual(corpus.map((a) => a.plain));
    const other = [...generateArticles(base, { count: 600, seed: 43 })];
    expect(other.map((a) => a.plain)).not.toEqual(corpus.map((a) => a.plain));
  });

  it("makes exactly the count asked for, with unique ids", () => {
    expect(corpus).toHaveLength(600);
    expect(new Set(corpus.map((a) => a.id)).size).toBe(600);
  });

  it("writes bodies of about 4 KB", () => {
    const lengths = corpus.map((a) => Buffer.byteLength(bodyOf(a), "utf8"));
    const mean = lengths.reduce((s, n) => s + n, 0) / lengths.length;
    expect(mean).toBeGreaterThan(3500);
    expect(mean).toBeLessThan(4600);
    // Trimmed copies are shorter, never a stub.
    expect(Math.min(...lengths)).toBeGreaterThan(1500);
  });

  it("plants every kind of article, across many stories", () => {
    const roles = new Set(corpus.map((a) => a.role));
    expect([...roles].sort()).toEqual(["near-verbatim", "origin", "report", "rewrite", "verbatim"]);
    const stories = new Set(corpus.map((a) => a.story));
    expect(stories.size).toBeGreaterThan(120);
    const standalone = [...stories].filter((s) => corpus.filter((a) => a.story === s).length === 1);
    expect(standalone.length).toBeGreaterThan(30);
  });

  it("makes distinct stories: two origins share few word 3-shingles", () => {
    const origins = ofRole("origin").slice(0, 40);
    let worst = 0;
    for (let i = 0; i + 1 < origins.length; i++) {
      worst = Math.max(worst, jaccard(bodyOf(origins[i]!), bodyOf(origins[i + 1]!)));
    }
    expect(worst).toBeLessThan(0.15);
  });

  it("writes a header that the project's ingest reads back", () => {
    for (const a of corpus.slice(0, 50)) {
      const h = parseTextHeader(a.plain);
      expect(h).toMatchObject({
        title: a.title,
        url: a.url,
        published: a.published,
        outlet: a.outlet,
      });
      expect(a.plain.slice(h.bodyStart).trim()).toBe(bodyOf(a).trim());
      expect(toRawArticle(a)).toMatchObject({
        title: a.title,
        original: a.plain,
        bodyStart: h.bodyStart,
      });
    }
  });
});

describe("planted relations", () => {
  it("copies come after their source, in the same story", () => {
    for (const a of corpus.filter((x) => x.source !== null)) {
      const s = sourceOf(a);
      expect(s.story).toBe(a.story);
      expect(s.published <= a.published).toBe(true);
      expect(corpus.indexOf(s)).toBeLessThan(corpus.indexOf(a));
    }
  });

  it("a verbatim copy holds its source's text, and its added lines are boilerplate", () => {
    const copies = ofRole("verbatim");
    expect(copies.length).toBeGreaterThan(50);
    for (const a of copies) {
      const s = sourceOf(a);
      expect(a.blocks.filter((b) => !b.planted).map((b) => b.text)).toEqual(
        s.content.map((p) => p.join(" ")),
      );
      expect(a.blocks.some((b) => b.planted)).toBe(true);
      for (const b of a.blocks.filter((x) => x.planted))
        expect(boilerplateReason(b.text)).not.toBeNull();
    }
  });

  it("the pipeline's clean text of a verbatim copy is its source's", () => {
    for (const a of ofRole("verbatim").slice(0, 40)) {
      const copy = runArticleStages(toRawArticle(a), ctx);
      const source = runArticleStages(toRawArticle(sourceOf(a)), ctx);
      expect(copy.clean).toBe(source.clean);
    }
  });

  it("a near-verbatim copy differs from its source but is mostly its sentences", () => {
    for (const a of ofRole("near-verbatim")) {
      const s = sourceOf(a);
      expect(a.content).not.toEqual(s.content);
      const theirs = new Set(sentencesOf(s));
      const mine = sentencesOf(a);
      const kept = mine.filter((x) => theirs.has(x)).length / mine.length;
      expect(kept).toBeGreaterThan(0.6);
      expect(jaccard(bodyOf(a), bodyOf(s))).toBeGreaterThan(0.6);
    }
  });

  it("a rewrite rewords its source but keeps its names and figures", () => {
    const rewrites = ofRole("rewrite");
    expect(rewrites.length).toBeGreaterThan(30);
    for (const a of rewrites) {
      const s = sourceOf(a);
      const theirs = new Set(sentencesOf(s));
      const same = sentencesOf(a).filter((x) => theirs.has(x)).length;
      expect(same / sentencesOf(a).length).toBeLessThan(0.2);
      expect(jaccard(a.content.flat().join(" "), s.content.flat().join(" "))).toBeLessThan(0.5);
      expect(namesAndNumbers(a.content.flat().join(" "))).toEqual(
        namesAndNumbers(s.content.flat().join(" ")),
      );
    }
  });

  it("leaves every generated paragraph of an origin to the cleaner", () => {
    for (const a of ofRole("origin").slice(0, 60)) {
      for (const p of a.content) expect(boilerplateReason(p.join(" "))).toBeNull();
    }
  });
});

describe("HTML pages", () => {
  it("carry the article text and metadata where the project's extractor finds them", () => {
    const pages = [...generateArticles(base, { count: 20, seed: 5, format: "html" })];
    for (const a of pages) {
      const x = extractHtml(a.html!, null);
      expect(x).toMatchObject({ title: a.title, siteName: a.outlet, published: a.published });
      const first = a.content[0]!.join(" ");
      const last = a.content[a.content.length - 1]!.join(" ");
      expect(x.text).toContain(first);
      expect(x.text).toContain(last);
      expect(x.text).not.toContain("Most read");
    }
  });

  it("are the same text as the plain-text corpus of the same seed", () => {
    const txt = [...generateArticles(base, { count: 50, seed: 5, format: "txt" })];
    const html = [...generateArticles(base, { count: 50, seed: 5, format: "html" })];
    expect(html.map((a) => a.plain)).toEqual(txt.map((a) => a.plain));
  });
});

describe("writeCorpus", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "corroborate-bench-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the articles, a truth file and a manifest, the same bytes each time", async () => {
    const one = join(dir, "one");
    const two = join(dir, "two");
    const m = await writeCorpus({ count: 120, seed: 9, out: one }, base);
    await writeCorpus({ count: 120, seed: 9, out: two }, base);
    const files = readdirSync(join(one, "articles")).sort();
    expect(files).toHaveLength(120);
    expect(files.every((f) => f.endsWith(".txt"))).toBe(true);
    for (const f of files) {
      expect(readFileSync(join(two, "articles", f), "utf8")).toBe(
        readFileSync(join(one, "articles", f), "utf8"),
      );
    }
    const truthText = readFileSync(join(one, "truth.jsonl"), "utf8");
    expect(readFileSync(join(two, "truth.jsonl"), "utf8")).toBe(truthText);
    const truth = truthText
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as TruthRecord);
    const members = truth.filter((t) => "story" in t);
    const relations = truth.filter((t) => "kind" in t);
    expect(members).toHaveLength(120);
    expect(relations.length).toBeGreaterThan(20);
    const names = new Set(files.map((f) => f.replace(/\.txt$/, "")));
    for (const r of relations) {
      if (!("kind" in r)) continue;
      expect(names.has(r.copy)).toBe(true);
      expect(names.has(r.source)).toBe(true);
    }
    expect(m).toMatchObject({ count: 120, seed: 9, format: "txt" });
  });
});

describe("hashShingles", () => {
  it("hashes one shingle per word after the second, ignoring case and punctuation", () => {
    const a = hashShingles("The fire, at the plant.");
    expect(a.shingles).toBe(3);
    expect(hashShingles("the FIRE at THE plant").checksum).toBe(a.checksum);
    expect(hashShingles("two words").shingles).toBe(0);
  });
});
