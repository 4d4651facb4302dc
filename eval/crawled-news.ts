/**
 * crawled-news: real crawled page excerpts (menus, captions, glued sentences, dates only in the
 * URL) with a hand reading of their stories, reuse, quotes, people and metadata. The figures are
 * computed as issue 13 defines them; each is scored on the brief (the JSON contract a user reads),
 * not on internal structures.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { readInputs } from "../src/ingest/read-inputs.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runPipeline } from "../src/pipeline/run.js";
import { briefOf } from "../src/brief/brief.js";
import type { BriefJson } from "../src/brief/schema.js";
import { spanWordsOf } from "../src/brief/span-words.js";
import { bcubed } from "./clustering-metrics.js";
import { EVAL_TODAY } from "./shared.js";

export type CrawledGold = {
  clusters: Record<string, { articles: string[] }>;
  reuse: { a: string; b: string; kind: string; uncertain?: boolean }[];
  quotes: { article: string; text: string; speaker: string | null; short?: boolean }[];
  people: Record<string, string[]>;
  credits: Record<string, string[]>;
  meta: Record<
    string,
    { title: string | null; published: string | null; outlet: string; credit: string | null }
  >;
};

/** hits of total, with what was missed (or, for a lower-is-better tally, what was bad). */
export type Count = { hits: number; total: number; misses: string[] };

export type CrawledScores = {
  articles: number;
  stories: { f1: number; precision: number; recall: number; found: number };
  reusePrecision: Count;
  reuseRecall: Count;
  reuseRecallWithUncertain: Count;
  personRecall: Count;
  personPrecision: Count;
  quoteRecall: Count;
  speakerRight: Count;
  datesRight: Count;
  /** Of the dates we give for articles the gold dates, how many are wrong (lower is better). */
  datesWrong: Count;
  creditsRight: Count;
  /** Of the credits we give, how many the gold does not have (lower is better). */
  creditsInvented: Count;
  titlesRight: Count;
  outletsRight: Count;
};

export const count = (items: { ok: boolean; what: string }[]): Count => ({
  hits: items.filter((i) => i.ok).length,
  total: items.length,
  misses: items.filter((i) => !i.ok).map((i) => i.what),
});

/** How many items are bad, of all given: for the figures where lower is better. */
export const tally = (items: { bad: boolean; what: string }[]): Count => ({
  hits: items.filter((i) => i.bad).length,
  total: items.length,
  misses: items.filter((i) => i.bad).map((i) => i.what),
});

export const share = (c: Count): number => (c.total === 0 ? 1 : c.hits / c.total);

/** Case-folded, NFKC, quote marks straightened, spaces collapsed: how names are compared. */
export const foldName = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/**
 * Case and punctuation folded, spaces counted as punctuation: how dates, credits and outlets are
 * compared ("Harbour Post" and "HarbourPost", "dpa-AFX" and "dpa AFX" are one name).
 */
export const foldField = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

/** Words, case-folded, with quote marks, punctuation and a possessive 's dropped. */
const wordsOf = (s: string): string[] =>
  foldName(s)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/'s$/, "").replace(/^'+|'+$/g, ""))
    .filter(Boolean);

/**
 * An occurrence holds a gold quote when it has at least 80% of the gold's words and at most as
 * many other words as the gold has (so a span of the whole paragraph does not count).
 */
export function occurrenceHolds(occurrence: string, gold: string): boolean {
  const g = wordsOf(gold);
  const o = wordsOf(occurrence);
  const left = new Map<string, number>();
  for (const w of o) left.set(w, (left.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of g) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      shared++;
      left.set(w, n - 1);
    }
  }
  const others = o.length - shared;
  return shared >= 0.8 * g.length && others <= g.length;
}

/** Words that name no one by themselves: a speaker made only of these is not a body's name. */
const NAMELESS = new Set(["the", "a", "an", "of", "and", "its", "their"]);

/**
 * Whether the speaker we report is the gold speaker. A person: it holds the surname of one of the
 * person's surface forms. A body: it holds the head word of the body's name ("Supreme Court of
 * the United States" → "court"), or it is the body's name shortened ("Kessa" for "Kessa Air
 * Lines"): every word it has is a word of the name.
 */
export function speakerRight(
  said: string | null,
  goldSpeaker: string,
  people: Record<string, string[]>,
): boolean {
  if (said === null) return false;
  const ours = wordsOf(said);
  const forms = people[goldSpeaker];
  if (forms) {
    return [goldSpeaker, ...forms].some((f) => {
      const words = wordsOf(f);
      return words.length > 0 && ours.includes(words[words.length - 1]!);
    });
  }
  const name = wordsOf(goldSpeaker);
  const head = wordsOf(goldSpeaker.split(/\s+of\s+/i)[0]!).at(-1);
  if (head !== undefined && ours.includes(head)) return true;
  const named = ours.filter((w) => !NAMELESS.has(w));
  return named.length > 0 && named.every((w) => name.includes(w));
}

/** A title counts when equal, or contained in the gold and at least 80% of its length. */
export function titleRight(ours: string | null, gold: string): boolean {
  if (ours === null) return false;
  const o = foldName(ours);
  const g = foldName(gold);
  return o === g || (g.includes(o) && o.length >= 0.8 * g.length);
}

export function scoreCrawled(brief: BriefJson, gold: CrawledGold): CrawledScores {
  const ids = new Set(brief.articles.map((a) => a.id));
  const articleOf = new Map(brief.articles.map((a) => [a.id, a]));

  // Stories: B-cubed over the gold clusters.
  const goldStory = new Map<string, string>();
  for (const [slug, c] of Object.entries(gold.clusters))
    for (const a of c.articles) goldStory.set(a, slug);
  const ourStory = new Map<string, string>();
  for (const s of brief.stories) for (const a of s.articles) ourStory.set(a, s.id);
  const stories = { ...bcubed(ourStory, goldStory), found: brief.stories.length };

  // Reuse: a gold pair is found when both fall in one connected group of reported pairs.
  const reported = brief.stories.flatMap((s) => s.reuse ?? []);
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const r of reported) {
    const a = root(r.copy);
    const b = root(r.source);
    if (a !== b) parent.set(a, b);
  }
  const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const goldPairs = new Set(gold.reuse.map((r) => pairKey(r.a, r.b)));
  const connected = (a: string, b: string): boolean => root(a) === root(b);
  const reuseRecall = count(
    gold.reuse
      .filter((r) => !r.uncertain)
      .map((r) => ({ ok: connected(r.a, r.b), what: `${r.a}~${r.b} ${r.kind}` })),
  );
  const reuseRecallWithUncertain = count(
    gold.reuse.map((r) => ({ ok: connected(r.a, r.b), what: `${r.a}~${r.b} ${r.kind}` })),
  );
  const reusePrecision = count(
    reported.map((r) => ({
      ok: goldPairs.has(pairKey(r.copy, r.source)),
      what: `${r.copy}→${r.source} ${r.kind}`,
    })),
  );

  // People: gold people found among person entities; person entities that are people or credits.
  const persons = brief.stories.flatMap((s) =>
    (s.entities ?? []).filter((e) => e.type === "person"),
  );
  const formsOf = (e: { name: string; aliases: readonly string[] }): string[] =>
    [e.name, ...e.aliases].map(foldName);
  const goldForms = (table: Record<string, string[]>): { name: string; forms: Set<string> }[] =>
    Object.entries(table).map(([name, forms]) => ({
      name,
      forms: new Set([name, ...forms].map(foldName)),
    }));
  const people = goldForms(gold.people);
  const credits = goldForms(gold.credits);
  const isOne = (e: (typeof persons)[number], g: { forms: Set<string> }): boolean =>
    formsOf(e).some((f) => g.forms.has(f));
  const personRecall = count(
    people.map((g) => ({ ok: persons.some((e) => isOne(e, g)), what: g.name })),
  );
  const personPrecision = count(
    persons.map((e) => ({
      ok: [...people, ...credits].some((g) => isOne(e, g)),
      what: `${e.name}${e.aliases.length ? ` (${e.aliases.slice(0, 3).join(", ")})` : ""}`,
    })),
  );

  // Quotes of more than 3 words with a speaker.
  const occurrencesIn = new Map<string, { text: string; speaker: string | null }[]>();
  const words = spanWordsOf(brief);
  for (const s of brief.stories)
    for (const q of s.quotes ?? [])
      for (const o of q.occurrences) {
        const list = occurrencesIn.get(o.span.article) ?? [];
        list.push({ text: words(o.span), speaker: q.speaker });
        occurrencesIn.set(o.span.article, list);
      }
  const scored = gold.quotes.filter((q) => !q.short && q.speaker !== null && ids.has(q.article));
  const matched = scored.map((q) => ({
    q,
    found: (occurrencesIn.get(q.article) ?? []).filter((o) => occurrenceHolds(o.text, q.text)),
  }));
  const quoteRecall = count(
    matched.map(({ q, found }) => ({
      ok: found.length > 0,
      what: `${q.article}: ${q.text.slice(0, 50)}`,
    })),
  );
  // Over the quotes found, as the issue's table reads it (a missed quote is counted once, above).
  const speakersRight = count(
    matched
      .filter(({ found }) => found.length > 0)
      .map(({ q, found }) => {
        return {
          ok: found.some((o) => speakerRight(o.speaker, q.speaker!, gold.people)),
          what: `${q.article}: ${q.speaker} ≠ ${found.map((o) => o.speaker ?? "none").join("/") || "not found"}`,
        };
      }),
  );

  // Metadata.
  const meta = Object.entries(gold.meta).filter(([id]) => ids.has(id));
  const dated = meta.filter(([, m]) => m.published !== null);
  const datesRight = count(
    dated.map(([id, m]) => ({
      ok: articleOf.get(id)!.published === m.published,
      what: `${id}: ${articleOf.get(id)!.published ?? "none"} ≠ ${m.published}`,
    })),
  );
  const datesWrong = tally(
    dated
      .filter(([id]) => articleOf.get(id)!.published !== null)
      .map(([id, m]) => ({
        bad: articleOf.get(id)!.published !== m.published,
        what: `${id}: ${articleOf.get(id)!.published} (${articleOf.get(id)!.publishedFrom}) ≠ ${m.published}`,
      })),
  );
  const credited = meta.filter(([, m]) => m.credit !== null);
  const creditOf = (id: string): string | null => articleOf.get(id)!.credit;
  const creditsRight = count(
    credited.map(([id, m]) => ({
      ok: creditOf(id) !== null && foldField(creditOf(id)!) === foldField(m.credit!),
      what: `${id}: ${creditOf(id) ?? "none"} ≠ ${m.credit}`,
    })),
  );
  const creditsInvented = tally(
    meta
      .filter(([id]) => creditOf(id) !== null)
      .map(([id, m]) => ({
        bad: m.credit === null || foldField(creditOf(id)!) !== foldField(m.credit),
        what: `${id}: ${creditOf(id)} (gold ${m.credit ?? "none"})`,
      })),
  );
  const titlesRight = count(
    meta
      .filter(([, m]) => m.title !== null)
      .map(([id, m]) => ({
        ok: titleRight(articleOf.get(id)!.title, m.title!),
        what: `${id}: ${articleOf.get(id)!.title?.slice(0, 60) ?? "none"} ≠ ${m.title!.slice(0, 60)}`,
      })),
  );
  const outletsRight = count(
    meta.map(([id, m]) => ({
      ok: foldField(articleOf.get(id)!.outlet ?? "") === foldField(m.outlet),
      what: `${id}: ${articleOf.get(id)!.outlet ?? "none"} ≠ ${m.outlet}`,
    })),
  );

  return {
    articles: brief.articles.length,
    stories,
    reusePrecision,
    reuseRecall,
    reuseRecallWithUncertain,
    personRecall,
    personPrecision,
    quoteRecall,
    speakerRight: speakersRight,
    datesRight,
    datesWrong,
    creditsRight,
    creditsInvented,
    titlesRight,
    outletsRight,
  };
}

/** Reads the set as a crawler's JSONL, runs the whole pipeline and scores its brief. */
export async function evaluateCrawled(dir: string): Promise<CrawledScores> {
  const gold = JSON.parse(await readFile(join(dir, "gold.json"), "utf8")) as CrawledGold;
  const ingest = await readInputs([join(dir, "articles.jsonl")]);
  const corpus = runPipeline(
    ingest.articles,
    ingest.skipped,
    defaultContext({ today: EVAL_TODAY }),
  );
  return scoreCrawled(briefOf(corpus), gold);
}
