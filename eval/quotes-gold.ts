/**
 * Quote checks shared by the seeds and the examples: gold quotes found with their speakers,
 * altered quotes, quotes turned indirect and quote variants, against a gold file's hand reading.
 */
import type { Article, Corpus, StoryQuote } from "../src/model/index.js";
import { nameKey } from "../src/stages/entities/02-names.js";
import { share, type Share } from "./gold-checks.js";

/** A gold quote is found when a quote of its article holds this share of its words. */
export const FOUND_OVERLAP = 0.8;

export type GoldQuote = { article: string; text: string; speaker: string; parts?: string[] };
export type GoldVariant = { speaker: string; articles: string[]; note: string };
export type GoldChange = { article: string; original_article: string; speaker: string };

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string): string[] =>
  (s.replace(/\.(?=[A-Z]\b)/g, "").match(WORD) ?? []).map((w) => w.toLowerCase());

/** Share of `gold`'s words (as a multiset) that `found` holds. */
export function tokenOverlap(gold: string, found: string): number {
  const g = words(gold);
  if (g.length === 0) return 0;
  const have = new Map<string, number>();
  for (const w of words(found)) have.set(w, (have.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of g) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      hit++;
      have.set(w, n - 1);
    }
  }
  return hit / g.length;
}

/** Does a speaker name stand for the gold speaker (by any of the gold's spellings)? */
export function speakerMatches(
  name: string | null,
  gold: string,
  forms: Record<string, readonly string[]>,
): boolean {
  if (!name) return false;
  const keys = new Set([gold, ...(forms[gold] ?? [])].map(nameKey));
  if (keys.has(nameKey(name))) return true;
  // A surname alone, or a name with a title before it, is the same person.
  const last = (s: string): string => nameKey(s).split(" ").pop() ?? "";
  return [...keys].some(
    (k) =>
      k.split(" ").length > 1 &&
      last(k) === last(name) &&
      nameKey(name).endsWith(k.split(" ").pop()!),
  );
}

/** The story quote that holds an article's quote best, for a gold quote's text. */
function bestQuote(
  corpus: Corpus,
  a: Article,
  text: string,
): { q: StoryQuote; overlap: number } | null {
  let best: { q: StoryQuote; overlap: number } | null = null;
  for (const q of corpus.quotes ?? []) {
    if (q.kind === "indirect") continue;
    const here = q.occurrences.filter((o) => o.span.article === a.id);
    // A quotation over several paragraphs is one occurrence per paragraph, linked in one quote:
    // the gold's whole quotation is held by its parts together.
    const texts =
      here.length > 1
        ? [...here.map((o) => o.text), here.map((o) => o.text).join(" ")]
        : here.map((o) => o.text);
    for (const t of texts) {
      const overlap = tokenOverlap(text, t);
      if (!best || overlap > best.overlap) best = { q, overlap };
    }
  }
  return best;
}

/** Gold quotes found (same article, ≥ 80% of the words) and, of those, speakers right. */
export function quotesFound(
  corpus: Corpus,
  gold: readonly GoldQuote[],
  articleOf: (key: string) => Article | undefined,
  forms: Record<string, readonly string[]>,
): { found: Share; speaker: Share } {
  const found: { ok: boolean; what: string }[] = [];
  const speaker: { ok: boolean; what: string }[] = [];
  for (const g of gold) {
    const a = articleOf(g.article);
    const best = a ? bestQuote(corpus, a, g.text) : null;
    const ok = !!best && best.overlap >= FOUND_OVERLAP;
    found.push({ ok, what: `${g.article}: ${g.text.slice(0, 50)}` });
    if (ok) {
      speaker.push({
        ok: speakerMatches(best.q.speaker, g.speaker, forms),
        what: `${g.article}: ${best.q.speaker ?? "none"} for ${g.speaker}`,
      });
    }
  }
  return { found: share(found), speaker: share(speaker) };
}

const keyIn = (keys: readonly string[], id: string, keyOf: (id: string) => string): boolean =>
  keys.includes(keyOf(id));

/**
 * Gold quote variants reported. A note about reworded text in quotation marks expects one
 * alteration per reworded passage it lists ("'a' for 'b'"); a note about indirect speech expects
 * the quote turned indirect; any other note a variant (or alteration) between two of its articles.
 */
export function variantsReported(
  corpus: Corpus,
  gold: readonly GoldVariant[],
  keyOf: (id: string) => string,
  forms: Record<string, readonly string[]>,
): Share {
  const quotes = corpus.quotes ?? [];
  return share(
    gold.map((g) => {
      // Reported statements have rewordings as variants too; a gold variant is of a quotation.
      const mine = quotes.filter(
        (q) => q.kind !== "indirect" && speakerMatches(q.speaker, g.speaker, forms),
      );
      const between = (a: string, b: string): boolean =>
        keyIn(g.articles, a, keyOf) && keyIn(g.articles, b, keyOf) && a !== b;
      let ok: boolean;
      if (/indirect/i.test(g.note)) {
        ok = mine.some((q) => q.turnedIndirect.some((t) => between(t.article, t.against)));
      } else if (/reworded/i.test(g.note)) {
        const expected = Math.max(1, (g.note.match(/' for '/g) ?? []).length);
        const altered = mine.flatMap((q) => q.altered.filter((d) => between(d.article, d.against)));
        ok = new Set(altered.map((d) => d.text)).size >= expected;
      } else {
        ok = mine.some((q) =>
          [...q.variants, ...q.altered].some((d) => between(d.article, d.against)),
        );
      }
      return { ok, what: `${g.speaker} in ${g.articles.join(", ")}` };
    }),
  );
}

/** A quotation the gold says an article gives to another speaker than the original article does. */
export type GoldReattribution = GoldChange & { original_speaker: string };

/**
 * Gold reattributions the brief reports: a quote of the article's speaker flagged as given to
 * the original article's speaker there; and the share of the brief's flags that the gold has
 * (`precision`): a wrong flag accuses an outlet of an error it did not make.
 */
export function reattributionsReported(
  corpus: Corpus,
  gold: readonly GoldReattribution[],
  keyOf: (id: string) => string,
  forms: Record<string, readonly string[]>,
): { found: Share; precision: Share } {
  const flags = (corpus.quotes ?? []).flatMap((q) => q.reattributed.map((r) => ({ q, r })));
  const matches = (g: GoldReattribution, f: (typeof flags)[number]): boolean =>
    keyOf(f.r.article) === g.article &&
    keyOf(f.r.against) === g.original_article &&
    speakerMatches(f.q.speaker, g.speaker, forms) &&
    speakerMatches(f.r.againstSpeaker, g.original_speaker, forms);
  const found = share(
    gold.map((g) => ({
      ok: flags.some((f) => matches(g, f)),
      what: `${g.article}: ${g.speaker} for ${g.original_speaker}`,
    })),
  );
  const right = flags.map((f) => ({
    ok: gold.some((g) => matches(g, f)),
    what: `${keyOf(f.r.article)}: ${f.r.speaker ?? "?"} for ${f.r.againstSpeaker}`,
  }));
  return { found, precision: share(right) };
}

/** Gold alterations (or quotes turned indirect) that the brief reports for the article. */
export function changesReported(
  corpus: Corpus,
  gold: readonly GoldChange[],
  keyOf: (id: string) => string,
  forms: Record<string, readonly string[]>,
  kind: "altered" | "indirect",
): Share {
  const quotes = corpus.quotes ?? [];
  return share(
    gold.map((g) => ({
      ok: quotes.some(
        (q) =>
          speakerMatches(q.speaker, g.speaker, forms) &&
          (kind === "altered" ? q.altered : q.turnedIndirect).some(
            (d) => keyOf(d.article) === g.article && keyOf(d.against) === g.original_article,
          ),
      ),
      what: `${g.article}: ${g.speaker}`,
    })),
  );
}
