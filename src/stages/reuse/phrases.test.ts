import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import type { Article, Corpus } from "../../model/index.js";
import { WordScanner } from "./00-word-scan.js";
import { articleFeatures } from "./01-features.js";
import { sharedPhrases } from "./02-phrases.js";
import { ReuseIndex } from "./05-reuse-index.js";
import { isReuse, measurePair } from "./06-verify.js";
import { detectReuse } from "./reuse.js";

// A made-up wire story, and the kinds of copies crawled pages hold of it.
const WIRE = [
  "VELMORA, May 4 (Baltwire) – A container crane collapsed at the Port of Velmora on Sunday, injuring nine dock workers and halting traffic at the country's second-largest harbour, port officials said.",
  "The crane, built in 1998, was lifting a refrigerated container onto the cargo ship Saga Northern when its boom folded just after 7 a.m., witnesses told reporters at the gate.",
  "Three of the injured were taken to Velmora General Hospital with serious injuries, and six were treated at the scene for cuts and bruises, the regional ambulance service said.",
  "“We will not reopen the east quay until every crane on it has been inspected,” harbour master Ilse Brandvik said at a news conference on Sunday afternoon.",
  "Meridian Cargo, which operates the terminal, said it had suspended all lifting work and was sending its own engineers to examine the wreckage alongside the labour inspectorate.",
  "The east quay handles about 40 percent of the port's container traffic, and shipping agents warned that delays could spread to other harbours along the coast within days.",
  "Dock workers' union leader Pavel Orsini said members had complained in March about worn cables on two of the quay's older cranes, a claim Meridian Cargo did not address.",
].join("\n\n");

// The same text scraped: menus and share lines around it, every paragraph break lost, and the
// sentences glued where the breaks were ("said.The crane", "bruises.“We will").
const SCRAPE = [
  "Skip to content",
  "Home | World | Business | Sport | Weather",
  WIRE.split("\n\n").join(""),
  "Share on Facebook Share on X Copy link",
  "Photo: cranes at the harbour at dawn (File)",
].join("\n");

// A write-through: a new lede, paragraphs reordered and one dropped, a paragraph of its own.
const WRITE_THROUGH = [
  "Nine dock workers were hurt when a container crane collapsed at the Port of Velmora on Sunday, bringing work on the busy east quay to a standstill.",
  "The crane, built in 1998, was lifting a refrigerated container onto the cargo ship Saga Northern when its boom folded just after 7 a.m., witnesses told reporters at the gate.",
  "“We will not reopen the east quay until every crane on it has been inspected,” harbour master Ilse Brandvik said at a news conference on Sunday afternoon.",
  "Three of the injured were taken to Velmora General Hospital with serious injuries, and six were treated at the scene for cuts and bruises, the regional ambulance service said.",
  "Dock workers' union leader Pavel Orsini said members had complained in March about worn cables on two of the quay's older cranes, a claim Meridian Cargo did not address.",
  "The port authority will publish its first findings within a fortnight, a spokesperson added.",
].join("\n\n");

// A rewrite that keeps names, figures and the quotation but words every sentence its own way.
const REWRITE = [
  "Nine dockers were injured on Sunday after a container crane gave way at the Port of Velmora, stopping traffic at the nation's second-biggest harbour, according to port officials.",
  "Built in 1998, the crane was hoisting a refrigerated box onto the freighter Saga Northern when the boom buckled shortly after 7 a.m., people at the gate said.",
  "Velmora General Hospital admitted three of the injured with serious wounds, while six others had cuts and bruises treated on site, according to the regional ambulance service.",
  "“We will not reopen the east quay until every crane on it has been inspected,” said harbour master Ilse Brandvik, speaking to journalists on Sunday afternoon.",
  "Terminal operator Meridian Cargo halted all lifting and is dispatching its own engineers to study the wreckage together with the labour inspectorate.",
  "Around 40 percent of the port's container traffic passes over the east quay, and shipping agents cautioned that hold-ups might reach other coastal harbours in a matter of days.",
].join("\n\n");

// An independent report from the same news conference: the same quotation, names and figures,
// none of the wire's sentences.
const INDEPENDENT = [
  "Families waited outside Velmora General Hospital late on Sunday for news of the three dock workers admitted after the crane accident at the Port of Velmora.",
  "“We will not reopen the east quay until every crane on it has been inspected,” harbour master Ilse Brandvik told a packed briefing room.",
  "Truck drivers queued for hours on the ring road, and several were told to come back on Tuesday, when the west quay is due to take extra ships.",
  "A neighbour of one of the injured men said the nine workers had started their shift at six, an hour earlier than usual, to catch the morning tide.",
  "The labour inspectorate confirmed it had opened an inquiry and said it would interview the crane's operator on Monday.",
].join("\n\n");

const article = (id: string, text: string, published = "2026-05-04"): Article =>
  articleFromText(text, { id, source: id, published });

const corpusOf = (articles: Article[]): Corpus => ({ articles, skipped: [], stories: [] });

const relations = (articles: Article[]): [string, string, string][] =>
  (detectReuse(corpusOf(articles)).reuse ?? []).map((r) => [r.copy, r.source, r.kind]);

describe("words of glued text", () => {
  const words = (text: string): string[] => {
    const out: string[] = [];
    const w = new WordScanner(text);
    while (w.next()) out.push(text.slice(w.start, w.end));
    return out;
  };

  it("splits sentences glued at a full stop, and keeps abbreviations, numbers and domains whole", () => {
    expect(words("the plan.We will")).toEqual(["the", "plan", "We", "will"]);
    expect(words("in 2024.The fund")).toEqual(["in", "2024", "The", "fund"]);
    expect(words("the U.S. said 1,200 at 7 p.m. on example.com")).toEqual([
      "the",
      "U.S",
      "said",
      "1,200",
      "at",
      "7",
      "p.m",
      "on",
      "example.com",
    ]);
    expect(words("he said,adding it")).toEqual(["he", "said", "adding", "it"]);
  });
});

describe("shared phrases", () => {
  it("counts the words two texts share outside quotation marks, not inside them", () => {
    const quote = "“Every crane on the quay will be checked before the ships return,” she said.";
    const a = articleFeatures(article("a", `The mayor spoke on Monday. ${quote}`));
    const b = articleFeatures(article("b", `A minister visited the harbour. ${quote}`));
    const shared = sharedPhrases(a.phrases, b.phrases);
    expect(shared.tiles.length).toBeGreaterThan(0); // the quotation is shared word for word
    expect(shared.contentA).toBe(0); // but none of it counts as evidence of copying
  });

  it("finds a passage shared by two texts whatever their sentence breaks", () => {
    const s = articleFeatures(article("s", WIRE)).phrases;
    const c = articleFeatures(article("c", SCRAPE)).phrases;
    const shared = sharedPhrases(c, s);
    expect(shared.longest).toBeGreaterThan(60);
    expect(shared.wordsB).toBeGreaterThan(0.95 * s.flags.length);
  });
});

describe("copies on crawled pages", () => {
  const wire = article("wire", WIRE);

  it("finds a scrape that lost its paragraph breaks and glued its sentences, as verbatim", () => {
    expect(relations([wire, article("scrape", SCRAPE, "2026-05-05")])).toEqual([
      ["scrape", "wire", "verbatim"],
    ]);
  });

  it("finds a write-through that rewords the lede, reorders and trims, as near-verbatim", () => {
    expect(relations([wire, article("through", WRITE_THROUGH, "2026-05-05")])).toEqual([
      ["through", "wire", "near-verbatim"],
    ]);
  });

  it("finds a rewrite that keeps the names, figures and quotation but rewords the rest", () => {
    expect(relations([wire, article("rewrite", REWRITE, "2026-05-05")])).toEqual([
      ["rewrite", "wire", "rewrite"],
    ]);
  });

  it("does not pair an independent report that quotes the same statement", () => {
    const indep = article("indep", INDEPENDENT, "2026-05-05");
    expect(isReuse(measurePair(articleFeatures(indep), articleFeatures(wire)))).toBe(false);
    expect(relations([wire, indep])).toEqual([]);
  });

  it("finds a short excerpt, cut off and glued, as a verbatim copy: truncation is no edit", () => {
    const excerpt = `Latest news\n${WIRE.split("\n\n").slice(0, 2).join("")}`;
    expect(relations([wire, article("excerpt", excerpt, "2026-05-05")])).toEqual([
      ["excerpt", "wire", "verbatim"],
    ]);
  });

  it("does not pair two stories about other people and places that share a stock passage", () => {
    const passage =
      "Engineers will check every crane on the quay before lifting work resumes, and the inspections are expected to take at least two weeks, with the busiest berths examined first.";
    const a = article(
      "a",
      `Harbour master Ilse Brandvik closed the east quay at the Port of Velmora on Sunday after a crane collapsed. ${passage} Meridian Cargo said its terminal would stay shut.`,
    );
    const b = article(
      "b",
      `Port director Tomas Reinholt halted container loading at Kessmark Harbour on Thursday after cables snapped on a gantry. ${passage} Oskarsen Shipping said its vessels would divert to Rilland.`,
      "2026-06-11",
    );
    const m = measurePair(articleFeatures(a), articleFeatures(b));
    expect(m.phrases.longest).toBeGreaterThanOrEqual(10); // a long passage is shared…
    expect(isReuse(m)).toBe(false); // …but about none of the same specifics
  });
});

describe("the index's phrases", () => {
  it("offers as a candidate a long page that pasted one paragraph among its own", () => {
    const own = [
      "Voters in Ardmoor chose Hilde Kranvik as mayor on Sunday, ending twelve years of rule by the Farmers' League.",
      "Kranvik, a former teacher, won 54 percent of the vote against 39 percent for Jonas Pettersby.",
      "Turnout reached 71 percent, the highest since 2006, the Ardmoor election office said.",
      "Pettersby conceded before midnight and congratulated his rival in a short speech in the town square.",
      "The new council will meet for the first time on June 2, when it is expected to elect Ove Lindqvist as its chair.",
    ];
    const pasted = WIRE.split("\n\n")[4]!; // the Meridian Cargo paragraph
    const page = [...own.slice(0, 3), pasted, ...own.slice(3)].join("\n\n");
    const [w, p] = [articleFeatures(article("wire", WIRE)), articleFeatures(article("page", page))];
    const index = new ReuseIndex();
    index.observe(w);
    index.observe(p);
    index.add("wire", index.fingerprint(w));
    const fp = index.fingerprint(p);
    expect(fp.phraseKeys.length).toBeGreaterThan(0);
    expect(index.candidates(fp)).toEqual(["wire"]);
    // Through its phrases: the names and numbers alone are too unlike the wire's.
    expect(index.candidates({ ...fp, phraseKeys: new Uint32Array(0) })).toEqual([]);
  });
});
