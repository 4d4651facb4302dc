import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Article } from "../src/model/index.js";
import {
  boilerplateRemoved,
  fieldsRight,
  quotesKept,
  reuseAgainstGold,
  type GoldReuse,
  type Share,
} from "./gold-checks.js";
import { analyzeFolder, REPO_ROOT } from "./shared.js";
import { timelineFound, type GoldTimelineEntry } from "./timeline-gold.js";
import { agreementRight, figuresFound, type GoldFigure } from "./figures-gold.js";
import {
  changesReported,
  quotesFound,
  reattributionsReported,
  variantsReported,
  type GoldChange,
  type GoldReattribution,
  type GoldQuote,
  type GoldVariant,
} from "./quotes-gold.js";
import { claimsChecks } from "./claims-gold.js";

type ExampleGold = {
  articles: Record<
    string,
    { outlet: string; published: string | null; publishedFrom: string; credit: string | null }
  >;
  boilerplate: Record<string, string[]>;
  quotes: GoldQuote[];
  altered_quotes: GoldChange[];
  indirect_from_direct: GoldChange[];
  reattributed_quotes: GoldReattribution[];
  quote_variants: GoldVariant[];
  people: Record<string, string[]>;
  organizations: Record<string, string[]>;
  reuse: GoldReuse[];
  stories: { label: string; articles: string[] }[];
  timeline: GoldTimelineEntry[];
  figures: GoldFigure[];
};

export const EXAMPLES_DIR = join(REPO_ROOT, "examples", "corpus");

/** The project's own corpus against its gold file, for what the pipeline does so far. */
export async function evaluateExamples(): Promise<Record<string, Share>> {
  const gold = JSON.parse(
    await readFile(join(REPO_ROOT, "examples", "gold.json"), "utf8"),
  ) as ExampleGold;
  const corpus = await analyzeFolder(EXAMPLES_DIR);
  // Gold keys are file names, or the record's own id for JSONL records.
  const articleOf = (key: string): Article | undefined =>
    corpus.articles.find((a) => a.id === key || basename(a.id) === key);
  const field = <T>(
    pick: (g: ExampleGold["articles"][string]) => T,
    get: (a: Article) => T,
    name: string,
  ): Share =>
    fieldsRight(
      Object.fromEntries(Object.entries(gold.articles).map(([k, v]) => [k, pick(v)])),
      articleOf,
      (a, g) => get(a) === g,
      (k, a) => `${k}: ${name} ${String(a ? get(a) : "missing")}`,
    );
  const reuse = reuseAgainstGold(corpus, gold.reuse, (id) => basename(id));
  // Each gold story must be exactly one of ours.
  const ours = corpus.stories.map((s) =>
    s.articles
      .map((id) => basename(id))
      .sort()
      .join("|"),
  );
  const stories: Share = (() => {
    const items = gold.stories.map((g) => ({
      ok: ours.includes([...g.articles].sort().join("|")),
      what: g.label,
    }));
    return {
      hits: items.filter((i) => i.ok).length,
      total: items.length,
      misses: items.filter((i) => !i.ok).map((i) => i.what),
    };
  })();
  const forms = { ...gold.people, ...gold.organizations };
  const quotes = quotesFound(corpus, gold.quotes, articleOf, forms);
  const keyOf = (id: string): string => basename(id);
  const reattributed = reattributionsReported(corpus, gold.reattributed_quotes, keyOf, forms);
  // Altered quotes of the gold, one per article pair, as the claims checks read quote variants.
  const alteredPairs = [
    ...new Map(
      gold.altered_quotes.map((q) => [
        `${q.original_article}|${q.article}`,
        {
          speaker: q.speaker,
          articles: [q.original_article, q.article],
          note: "inside quotation marks",
        },
      ]),
    ).values(),
  ];
  // The example stories are short: the summary's length is checked on the seeds only.
  const claims = claimsChecks(corpus, keyOf, { reuse: gold.reuse, variants: alteredPairs });
  delete claims["summaries of 120–250 words"];
  return {
    ...claims,
    "gold quotes found": quotes.found,
    "gold quote speakers right": quotes.speaker,
    "altered quotes flagged": changesReported(corpus, gold.altered_quotes, keyOf, forms, "altered"),
    "quotes turned indirect noted": changesReported(
      corpus,
      gold.indirect_from_direct,
      keyOf,
      forms,
      "indirect",
    ),
    "quotes given to another speaker flagged": reattributed.found,
    "flags of another speaker that gold has": reattributed.precision,
    "quote variants reported": variantsReported(corpus, gold.quote_variants, keyOf, forms),
    "gold figures found (value, unit, qualifier)": figuresFound(corpus, gold.figures, keyOf),
    "gold figures' agreement right": agreementRight(corpus, gold.figures, keyOf),
    "stories exactly as in gold": stories,
    "reuse found (direction, kind, credit)": reuse.recall,
    "reuse reported that gold has": reuse.precision,
    "gold timeline entries found (date, sources)": timelineFound(corpus, gold.timeline, (id) =>
      basename(id),
    ),
    "boilerplate lines removed": boilerplateRemoved(corpus, gold.boilerplate, articleOf),
    "gold quotes kept in clean text": quotesKept(gold.quotes, articleOf),
    "outlets right": field(
      (g) => g.outlet,
      (a) => a.outlet,
      "outlet",
    ),
    "credits right": field(
      (g) => g.credit,
      (a) => a.credit,
      "credit",
    ),
    "dates right": field(
      (g) => g.published,
      (a) => a.published,
      "published",
    ),
    "date origins right": field(
      (g) => g.publishedFrom,
      (a) => a.publishedFrom,
      "from",
    ),
  };
}
