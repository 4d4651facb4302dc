import type { Corpus } from "../src/model/index.js";
import { briefOf } from "../src/brief/brief.js";
import { share, type Share } from "./gold-checks.js";
import { BRIEF_SUMMARY } from "../src/stages/summary/summary.js";
import { normaliseSpace } from "./shared.js";

/** A gold reuse pair: `copy` derives from `source`. */
type GoldReuse = { copy: string; source: string; credited: boolean };
/** A gold quote variant; the seeds' gold says "inside quotation marks" when words were altered. */
type GoldVariant = { speaker: string; articles: string[]; note: string };

const ALTERED_NOTE = /inside quotation marks/i;

/**
 * Claims, summary and warnings against a gold reading: every copy pair's shared claims count the
 * copy and its source once; a claim that several gold sources state is corroborated by them;
 * every summary sentence is backed by a span holding its words; uncredited copies and altered
 * quotes of the gold are warned about.
 */
export function claimsChecks(
  corpus: Corpus,
  keyOf: (id: string) => string,
  gold: { reuse: GoldReuse[]; variants: GoldVariant[] },
  claim?: { pattern: RegExp; minSources: number; what: string },
): Record<string, Share> {
  const claims = corpus.claims ?? [];
  const copies = gold.reuse.map((r) => ({ ...r }));
  const pairClaims = claims.flatMap((c) => {
    const keys = c.articles.map(keyOf);
    return copies
      .filter((r) => keys.includes(r.copy) && keys.includes(r.source))
      .map((r) => ({ c, r }));
  });
  const counted = share(
    pairClaims.map(({ c, r }) => {
      const origins = c.origins.map(keyOf);
      return {
        ok: !(origins.includes(r.copy) && origins.includes(r.source)),
        what: `${c.id} (${r.copy} with ${r.source}): ${c.independentSources} sources`,
      };
    }),
  );
  const matching = claim
    ? claims.filter((c) => c.sources.some((s) => claim.pattern.test(s.text)))
    : [];
  const best = matching.sort((a, b) => b.independentSources - a.independentSources)[0];
  const copyApart =
    best !== undefined &&
    copies.some(
      (r) =>
        best.origins.map(keyOf).includes(r.copy) && best.articles.map(keyOf).includes(r.source),
    );
  const corroborated: Share = share([
    {
      ok:
        best !== undefined &&
        best.status === "corroborated" &&
        best.independentSources >= (claim?.minSources ?? 2) &&
        !copyApart,
      what: `${claim?.what}: ${best ? `${best.independentSources} sources, ${best.status}${copyApart ? ", a copy counted apart" : ""}` : "no claim"}`,
    },
  ]);
  const summaries = corpus.summaries ?? [];
  const cited = share(
    summaries.flatMap((s) =>
      s.sentences.map((x) => ({
        ok: x.cites.some((c) => normaliseSpace(c.text).includes(normaliseSpace(x.text))),
        what: x.text.slice(0, 80),
      })),
    ),
  );
  const length = share(
    summaries.map((s) => ({
      ok: s.words >= BRIEF_SUMMARY.minWords && s.words <= BRIEF_SUMMARY.maxWords,
      what: `${s.story}: ${s.words} words`,
    })),
  );
  const brief = briefOf(corpus);
  const warnings = brief.stories.flatMap((s) => s.warnings);
  const warned = (kind: string, a: string, b: string): boolean =>
    warnings.some(
      (w) =>
        w.kind === kind && w.articles.map(keyOf).includes(a) && w.articles.map(keyOf).includes(b),
    );
  const uncredited = share(
    copies
      .filter((r) => !r.credited)
      .map((r) => ({
        ok: warned("uncredited-copy", r.copy, r.source),
        what: `${r.copy} of ${r.source}`,
      })),
  );
  const altered = share(
    gold.variants
      .filter((v) => ALTERED_NOTE.test(v.note) && v.articles.length === 2)
      .map((v) => ({
        ok: warned("altered-quote", v.articles[1]!, v.articles[0]!),
        what: `${v.speaker}: ${v.articles.join("/")}`,
      })),
  );
  return {
    ...(claim ? { [`${claim.what} corroborated, copies counted once`]: corroborated } : {}),
    "claims of a copy and its source counted as one source": counted,
    "summary sentences cited by a span holding them": cited,
    "summaries of 120–250 words": length,
    "uncredited copies warned": uncredited,
    "altered quotes warned": altered,
  };
}
