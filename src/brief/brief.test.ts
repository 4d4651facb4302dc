import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../eval/shared.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { Corpus } from "../model/index.js";
import { defaultContext } from "../pipeline/context.js";
import { runPipeline } from "../pipeline/run.js";
import { briefOf } from "./brief.js";
import { briefSchema, type BriefJson, type SpanJson } from "./schema.js";

async function exampleCorpus(): Promise<Corpus> {
  const ingest = await readInputs([join(REPO_ROOT, "examples", "corpus")]);
  return runPipeline(ingest.articles, ingest.skipped, defaultContext({ today: "2026-11-23" }));
}

/** Every span of a story, with what it is, so a failure names the reference that broke. */
function spansOf(brief: BriefJson): { where: string; span: SpanJson }[] {
  return brief.stories.flatMap((s) => [
    ...(s.summary ?? []).flatMap((x, i) =>
      x.cites.map((span) => ({ where: `summary ${i}`, span })),
    ),
    ...(s.claims ?? []).flatMap((c) => c.sources.map((span) => ({ where: c.id, span }))),
    ...(s.quotes ?? []).flatMap((q) =>
      q.occurrences
        .flatMap((o) => [o.span, ...o.editorial])
        .concat(q.turnedIndirect.map((t) => t.span))
        .map((span) => ({ where: q.id, span })),
    ),
    ...(s.figures ?? []).flatMap((f) => f.occurrences.map((span) => ({ where: f.id, span }))),
    ...(s.timeline ?? []).flatMap((t) => t.sources.map((span) => ({ where: t.date, span }))),
    ...(s.reuse ?? []).flatMap((r) =>
      r.evidence.flatMap((e) => [e.copy, e.source].map((span) => ({ where: r.copy, span }))),
    ),
  ]);
}

const spaced = (s: string): string => s.replace(/\s+/g, " ").trim();

describe("briefOf (corroborate.brief/2)", async () => {
  const corpus = await exampleCorpus();
  const brief = briefOf(corpus);
  const texts = new Map(brief.articles.map((a) => [a.id, a.text]));
  const originals = new Map(corpus.articles.map((a) => [a.id, a.original]));

  it("lists skips and notes by the input they name, not in the order they were met", () => {
    const skipped = [
      { input: "feed.jsonl line 10", reason: "not valid JSON" },
      { input: "b.txt", reason: "no article text" },
      { input: "feed.jsonl line 9", reason: "not valid JSON" },
    ];
    const listed = briefOf({ ...corpus, skipped }, [...skipped].reverse());
    const order = ["b.txt", "feed.jsonl line 9", "feed.jsonl line 10"];
    expect(listed.skipped.map((s) => s.input)).toEqual(order);
    expect(listed.warnings.map((s) => s.input)).toEqual(order);
  });

  it("gives each article's text once, as read, and parses against its schema", () => {
    expect(briefSchema.safeParse(brief).success).toBe(true);
    expect(texts.size).toBe(corpus.articles.length);
    for (const [id, text] of texts) expect(text).toBe(originals.get(id));
  });

  it("resolves every span to the words the model cited, in an article it gives", () => {
    // The model's spans carry their words; the brief's references must give back the same ones.
    const cited = new Map<string, string>();
    const key = (s: SpanJson): string => `${s.article}:${s.start}:${s.end}`;
    for (const c of corpus.claims ?? []) for (const s of c.sources) cited.set(key(s), s.text);
    for (const q of corpus.quotes ?? [])
      for (const o of q.occurrences) cited.set(key(o.span), o.span.text);
    for (const f of corpus.figures ?? []) for (const o of f.occurrences) cited.set(key(o), o.text);
    const spans = spansOf(brief);
    expect(spans.length).toBeGreaterThan(100);
    let checked = 0;
    for (const { where, span } of spans) {
      const text = texts.get(span.article);
      expect(text, `${where}: ${span.article}`).toBeDefined();
      expect(span.start, where).toBeLessThanOrEqual(span.end);
      expect(span.end, where).toBeLessThanOrEqual(text!.length);
      const model = cited.get(key(span));
      if (model !== undefined) {
        expect(text!.slice(span.start, span.end), where).toBe(model);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("gives back each quotation's, claim's and figure's own words at its first reference", () => {
    // Item texts are kept as read (spaces folded, a "he said" between a quotation's parts left
    // out), so the first reference must hold the same words in the same order.
    const words = (s: SpanJson): string => spaced(texts.get(s.article)!.slice(s.start, s.end));
    let quotes = 0;
    for (const s of brief.stories) {
      for (const q of s.quotes ?? []) {
        // a quotation over several paragraphs has an occurrence per paragraph: read them all
        const first = q.occurrences
          .filter((o) => o.span.article === q.occurrences[0]!.span.article)
          .map((o) => words(o.span))
          .join(" ");
        const parts = spaced(q.text).split(/\s+/);
        let at = 0;
        for (const w of parts) {
          const found = first.indexOf(w, at);
          expect(found, `${q.id}: "${w}" in ${first}`).toBeGreaterThanOrEqual(0);
          at = found + w.length;
        }
        quotes++;
      }
      for (const c of s.claims ?? []) expect(words(c.sources[0]!), c.id).toBe(spaced(c.text));
      for (const f of s.figures ?? []) expect(words(f.occurrences[0]!), f.id).toBe(spaced(f.text));
    }
    expect(quotes).toBeGreaterThan(0);
  });

  it("copies no cited words: spans are references, removals ranges of the text", () => {
    for (const { span } of spansOf(brief))
      expect(Object.keys(span).sort()).toEqual(["article", "end", "start"]);
    for (const a of brief.articles)
      for (const r of a.removed)
        // only a zero-width removal, whose words are not in the text, keeps a copy
        expect(r.text !== undefined, `${a.id} ${r.start}`).toBe(r.start === r.end);
  });
});
