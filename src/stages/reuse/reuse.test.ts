import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Article, Corpus } from "../../model/index.js";
import { articleFeatures, quotedRanges, sentenceFeatures } from "./01-features.js";
import { alignSentences, sentenceSimilarity } from "./02-align.js";
import { estimatedJaccard, minhash } from "./03-minhash.js";
import { IntCounter, IntPairTable } from "./04-int-multimap.js";
import { ReuseIndex } from "./05-reuse-index.js";
import {
  longestAlignedRun,
  measurePair,
  MIN_PARAPHRASED_RUN,
  MIN_WEIGHTED_SHARE,
  SEVERAL_PASSAGES_WORDS,
} from "./06-verify.js";
import { detectReuse } from "./reuse.js";

const WIRE = [
  "HARBOURTON, March 17 (Northwire) – The Harbourton city council closed the Kessel Bridge on Tuesday after engineers found deep cracks in two of its 1962 concrete piers.",
  "About 14,000 vehicles cross the bridge each day, and the closure forced buses onto a 9-kilometre detour through the Eastmoor district.",
  "Council engineer Tomas Vell said divers had inspected the piers on Monday and found corrosion far worse than a survey in 2021 had recorded.",
  "“We cannot take any risk with a structure that carries this much traffic,” Vell told reporters at the town hall.",
  "Mayor Ingrid Saldana said repairs would cost about 8 million euros and take at least five months, and that the council would ask the national government for help.",
  "Local shop owners in Eastmoor warned that the detour would cut their trade during the spring festival season.",
].join("\n\n");

const REWRITE = [
  "The Kessel Bridge in Harbourton was shut by the city council on Tuesday when engineers discovered serious cracks in two of the 1962 concrete supports.",
  "Roughly 14,000 vehicles use the bridge daily, and buses now have to take a 9-kilometre diversion through Eastmoor.",
  "According to council engineer Tomas Vell, divers examined the supports on Monday and discovered corrosion much worse than a 2021 survey had shown.",
  "“We can’t take risks with a structure carrying so much traffic,” Vell said at the town hall.",
  "Repairs are expected to cost around 8 million euros and to take no less than five months, Mayor Ingrid Saldana said, adding that the council would seek national government support.",
  "Eastmoor shopkeepers said the diversion would hurt business during the spring festival season.",
].join("\n\n");

const INDEPENDENT = [
  "Drivers in Harbourton faced long queues on Wednesday, a day after the Kessel Bridge was closed.",
  "“We cannot take any risk with a structure that carries this much traffic,” council engineer Tomas Vell said on Tuesday.",
  "Commuters said the 9-kilometre detour added half an hour to their journeys, and several schools changed their bus times.",
  "The Eastmoor traders' association plans to meet the mayor on Friday to ask for parking relief.",
  "A petition calling for a temporary ferry across the river had gathered 2,300 signatures by Wednesday evening.",
].join("\n\n");

/** Background the long versions add: other people, places and numbers, in sentences of their own. */
const BACKGROUND_A = [
  "The Kessel Bridge was designed by the engineer Rasmus Oldfeld and opened by Queen Maren in 1962 after a ferry disaster.",
  "Its three spans were widened in 1988, when the Brightwater ring road brought lorries from the Solvik port.",
  "A similar bridge at Norrhaven was rebuilt in 2015 for 31 million euros after a flood scoured its footings.",
  "The opposition Green councillor Petra Lindqvist has asked since 2019 for a full structural review of the city's 42 bridges.",
  "Harbourton's budget for roads fell by 12 percent last year, the Regional Audit Office found in its report for 2025.",
  "Ferry operator Bluewake ran a crossing until 1979, and its old pier at Kelp Point still stands.",
].join("\n\n");

const BACKGROUND_B = [
  "Residents of the Westfold quarter remember the winter of 1994, when ice closed the crossing for nine days.",
  "The bridge appears in the novel Grey Water by Annika Moor, set in the shipyards of the 1970s.",
  "Traffic planners at the Ostmark consultancy counted 3,100 cyclists on the span in a survey last May.",
  "The nearby Lindholm tunnel project, costed at 220 million euros, was shelved by the Transport Ministry in 2017.",
  "Pensioner Gustav Rehn, 81, said he had walked across the bridge every morning since his retirement from the Fiskeby mill.",
  "Harbourton hosts the Nordic Sailing Cup each August, drawing some 60,000 visitors to its quays.",
].join("\n\n");

const article = (id: string, text: string, extra: Partial<Article> = {}): Article =>
  articleFromText(text, { id, source: id, ...extra });

const corpusOf = (articles: Article[]): Corpus => ({ articles, skipped: [], stories: [] });

describe("features", () => {
  it("leaves words inside quotation marks out", () => {
    const a = articleFeatures(article("q", "“We will rebuild the bridge,” the mayor said."));
    const b = articleFeatures(article("r", "“We will rebuild the bridge,” the engineer said."));
    expect(sentenceSimilarity(a.sentences[0]!, b.sentences[0]!)).toBeLessThan(0.7);
  });

  it("finds paired quotation marks, and an unclosed one to the end", () => {
    const t = 'He said "yes" and “no” then "open';
    expect(quotedRanges(t).map((r) => t.slice(r.start, r.end))).toEqual(['"yes"', "“no”", '"open']);
  });

  it("finds single curly quotation marks, and leaves apostrophes alone", () => {
    const t = "Brandvik’s crews said ‘we won’t stop’ in the ‘90s “as before”";
    expect(quotedRanges(t).map((r) => t.slice(r.start, r.end))).toEqual([
      "‘we won’t stop’",
      "“as before”",
    ]);
  });

  it("scores a paraphrase above an unrelated sentence", () => {
    const s = sentenceFeatures(
      "The council closed the bridge on Tuesday after engineers found cracks.",
    );
    const p = sentenceFeatures(
      "On Tuesday the council shut the bridge when engineers discovered cracks.",
    );
    const u = sentenceFeatures("Shop owners warned that the detour would cut their trade.");
    expect(sentenceSimilarity(s, p)).toBeGreaterThan(sentenceSimilarity(s, u));
  });
});

describe("alignSentences", () => {
  // The quote's attribution ("Vell said at the town hall") aligns on the words outside the
  // marks; the heavily reworded last sentence stays below the pair threshold.
  it("aligns a rewrite sentence by sentence, in order", () => {
    const pairs = alignSentences(
      articleFeatures(article("c", REWRITE)).sentences,
      articleFeatures(article("s", WIRE)).sentences,
    );
    expect(pairs.map((p) => [p.copy, p.source])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ]);
  });
});

describe("minhash and the index", () => {
  it("estimates Jaccard similarity", () => {
    const a = Uint32Array.from({ length: 200 }, (_, i) => i * 7919);
    const b = Uint32Array.from({ length: 200 }, (_, i) => (i < 150 ? i * 7919 : 1e6 + i));
    const j = estimatedJaccard(minhash(a), minhash(b)); // true Jaccard 150/250 = 0.6
    expect(j).toBeGreaterThan(0.4);
    expect(j).toBeLessThan(0.8);
  });

  it("keeps many values per key through growth", () => {
    const m = new IntPairTable(4);
    for (let i = 0; i < 5000; i++) m.add(i % 700, i);
    const got: number[] = [];
    m.forEach(3, (v) => got.push(v));
    expect(got.sort((a, b) => a - b)).toEqual(Array.from({ length: 8 }, (_, k) => 3 + 700 * k));
    expect(m.count(3, 2)).toBe(3); // counting stops past the limit
  });

  it("counts keys through growth, 0 and the largest 30-bit key included", () => {
    const c = new IntCounter(2);
    for (let i = 0; i < 3000; i++) c.increment(i % 300);
    c.increment(0x3fffffff);
    expect(c.get(0)).toBe(10);
    expect(c.get(299)).toBe(10);
    expect(c.get(300)).toBe(0);
    expect(c.get(0x3fffffff)).toBe(1);
    expect(c.size).toBe(301);
  });

  it("returns a copy as a candidate, not an unrelated story, and survives saving", async () => {
    const index = new ReuseIndex();
    const unrelated = article(
      "u",
      "Tartu opened its new riverside library on Saturday, three years after building began. Mayor Liis Kask said 40,000 books had been moved from the old building in 2025.",
    );
    const [s, u, c] = [
      articleFeatures(article("s", WIRE)),
      articleFeatures(unrelated),
      articleFeatures(article("c", REWRITE)),
    ];
    for (const f of [s, u, c]) index.observe(f);
    index.add("s", index.fingerprint(s));
    index.add("u", index.fingerprint(u));
    const fp = index.fingerprint(c);
    expect(index.candidates(fp)).toEqual(["s"]);
    const path = join(mkdtempSync(join(tmpdir(), "corroborate-index-")), "reuse.idx");
    await index.save(path);
    const loaded = await ReuseIndex.load(path);
    expect(loaded.size).toBe(2);
    expect(loaded.candidates(fp)).toEqual(["s"]);
  });
});

describe("anchor-pair route of the index", () => {
  it("finds a rewrite of part of a long story through names that share its sentences", () => {
    const kept = REWRITE.split("\n\n");
    const long = articleFeatures(article("long", `${WIRE}\n\n${BACKGROUND_A}`));
    const spin = articleFeatures(
      article("spin", [BACKGROUND_B, kept[0], kept[1], kept[2], kept[4]].join("\n\n")),
    );
    const index = new ReuseIndex();
    for (const f of [long, spin]) index.observe(f);
    index.add("long", index.fingerprint(long));
    const fp = index.fingerprint(spin);
    expect(fp.anchorPairs.length).toBeGreaterThan(0);
    expect(index.candidates(fp)).toEqual(["long"]);
    // The two texts' names and numbers as wholes, and their phrases, are too unlike to find it.
    expect(index.candidates({ ...fp, anchorPairs: new Uint32Array(0) })).toEqual([]);
  });
});

describe("aligned runs", () => {
  const at = (copy: number, source: number) => ({ copy, source, similarity: 0.6, exact: false });

  it("counts pairs in a row that skip at most one sentence on either side", () => {
    expect(longestAlignedRun([])).toBe(0);
    expect(longestAlignedRun([at(0, 5), at(1, 6), at(3, 8), at(4, 9)])).toBe(4);
    // A skip of two sentences on one side breaks the run.
    expect(longestAlignedRun([at(0, 0), at(1, 1), at(4, 2), at(5, 3)])).toBe(2);
    expect(longestAlignedRun([at(0, 0), at(1, 3), at(2, 4)])).toBe(2);
  });
});

describe("detectReuse", () => {
  const wire = article("wire", WIRE, {
    outlet: "Northwire",
    outletFrom: "metadata",
    published: "2026-03-17",
  });
  const rewrite = article("rewrite", REWRITE, {
    outlet: "Content Farm",
    outletFrom: "metadata",
    published: "2026-03-18",
  });
  const reprint = article("reprint", `${WIRE}\n\nShare this article`, {
    outlet: "Daily",
    outletFrom: "metadata",
    published: "2026-03-17",
  });
  const independent = article("indep", INDEPENDENT, {
    outlet: "Radio",
    outletFrom: "metadata",
    published: "2026-03-18",
  });

  it("finds the reprint and the rewrite of the wire, with kind, direction and credit, and nothing else", () => {
    const out = detectReuse(corpusOf([rewrite, independent, reprint, wire]));
    const rel = (out.reuse ?? []).map((r) => [r.copy, r.source, r.kind, r.credited]);
    expect(rel).toEqual(
      expect.arrayContaining([
        ["reprint", "wire", "verbatim", true],
        ["rewrite", "wire", "rewrite", false],
      ]),
    );
    expect(rel).toHaveLength(2);
    expect(out.copyGroups).toEqual([{ origin: "wire", members: ["rewrite", "reprint", "wire"] }]);
  });

  it("finds a rewrite that follows four sentences of a long story in order amid its own background", () => {
    const kept = REWRITE.split("\n\n");
    const long = article("long", `${WIRE}\n\n${BACKGROUND_A}`, { published: "2026-03-17" });
    const spin = article("spin", [BACKGROUND_B, kept[0], kept[1], kept[2], kept[4]].join("\n\n"), {
      published: "2026-03-18",
    });
    const out = detectReuse(corpusOf([long, spin]));
    expect(out.reuse?.map((r) => [r.copy, r.source, r.kind])).toEqual([
      ["spin", "long", "rewrite"],
    ]);
    // Four sentences of ten or so: too little of either text for the overall share, no passage
    // copied word for word; the run in order is what shows it.
    const m = measurePair(articleFeatures(spin), articleFeatures(long));
    expect(Math.max(m.weightedA, m.weightedB)).toBeLessThan(MIN_WEIGHTED_SHARE);
    expect(m.phrases.longest).toBeLessThan(SEVERAL_PASSAGES_WORDS);
    expect(longestAlignedRun(m.pairs)).toBe(MIN_PARAPHRASED_RUN);
  });

  it("does not take reports sharing a quotation for copies", () => {
    expect(detectReuse(corpusOf([wire, independent])).reuse).toEqual([]);
  });

  it("finds a few paragraphs pasted into a longer original report", () => {
    const own = Array.from(
      { length: 12 },
      (_, i) =>
        `Residents of street number ${i + 3} described how the closure changed their mornings in their own words, with examples of route ${i * 7}.`,
    ).join("\n\n");
    const paste = article("paste", `${own}\n\n${WIRE.split("\n\n").slice(1, 6).join("\n\n")}`, {
      published: "2026-03-18",
    });
    const out = detectReuse(corpusOf([wire, paste]));
    expect(out.reuse?.map((r) => [r.copy, r.source, r.kind])).toEqual([
      ["paste", "wire", "near-verbatim"],
    ]);
    expect(out.reuse?.[0]!.share).toBeLessThan(0.5);
  });
});

describe("credit of a copy", () => {
  const wire = article("wire", WIRE, {
    outlet: "Northwire",
    outletFrom: "metadata",
    published: "2026-03-17",
  });
  const copyWith = (tail: string): Article =>
    article("copy", `${REWRITE}\n\n${tail}`, {
      outlet: "Daily",
      outletFrom: "metadata",
      published: "2026-03-18",
    });

  it.each([
    ["This article originally appeared on Northwire.", true],
    ["Source: Northwire", true],
    ["Northwire reported the figures first, according to the council.", false],
    ["The engineer told Northwire on Monday that repairs would start soon.", false],
  ])("%s → credited %s", (tail, credited) => {
    const rel = detectReuse(corpusOf([wire, copyWith(tail)])).reuse ?? [];
    expect(rel.map((r) => [r.copy, r.credited])).toEqual([["copy", credited]]);
  });
});
