import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Article } from "../src/model/index.js";
import {
  boilerplateRemoved,
  fieldsRight,
  quotesKept,
  reuseAgainstGold,
  share,
  type Share,
} from "./gold-checks.js";
import { nameKey } from "../src/stages/entities/02-names.js";
import { analyzeFolder, sharedPath } from "./shared.js";
import { quotesFound, variantsReported, type GoldQuote, type GoldVariant } from "./quotes-gold.js";
import { timelineFound, type GoldTimelineEntry } from "./timeline-gold.js";
import { consistentPairs, figuresFound, type GoldFigure } from "./figures-gold.js";
import { claimsChecks } from "./claims-gold.js";

type SeedGold = {
  articles: Record<string, { outlet: string; published: string | null }>;
  quotes: GoldQuote[];
  quote_variants: GoldVariant[];
  organizations: Record<string, string[]>;
  boilerplate_examples: Record<string, string[]>;
  reuse: { a: string; b: string; kind: string; credited: boolean }[];
  people: Record<string, string[]>;
  timeline: GoldTimelineEntry[];
  figures: GoldFigure[];
};

const bare = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();

/** The seeds' hand reading (gold.json) against what the pipeline makes of the five articles. */
export async function evaluateSeeds(): Promise<Record<string, Share>> {
  const dir = sharedPath("seeds");
  const gold = JSON.parse(await readFile(sharedPath("seeds", "gold.json"), "utf8")) as SeedGold;
  const corpus = await analyzeFolder(dir);
  // Gold keys are the first three characters of the file names.
  const articleOf = (key: string): Article | undefined =>
    corpus.articles.find((a) => basename(a.id).startsWith(key));
  // The seeds' gold names the pair as a/b with b derived from a.
  const goldReuse = gold.reuse.map((r) => ({
    copy: r.b,
    source: r.a,
    kind: r.kind,
    credited: r.credited,
  }));
  const reuse = reuseAgainstGold(corpus, goldReuse, (id) => basename(id).slice(0, 3));
  const storyCount: Share = {
    hits: corpus.stories.length === 1 ? 1 : 0,
    total: 1,
    misses: corpus.stories.length === 1 ? [] : [`${corpus.stories.length} stories`],
  };
  // People: each gold person found as one entity; our person entities that are gold people.
  const persons = (corpus.entities ?? []).filter((e) => e.type === "person");
  const formsOf = (e: { name: string; aliases: readonly string[] }): Set<string> =>
    new Set([e.name, ...e.aliases].map(nameKey));
  const goldPeople = Object.entries(gold.people).map(([name, forms]) => ({
    name,
    forms: new Set(forms.map(nameKey)),
  }));
  const matches = (e: (typeof persons)[number], g: (typeof goldPeople)[number]): boolean =>
    [...formsOf(e)].some((f) => g.forms.has(f));
  const personRecall: Share = share(
    goldPeople.map((g) => ({ ok: persons.some((e) => matches(e, g)), what: g.name })),
  );
  const oneEntity: Share = share(
    goldPeople.map((g) => ({
      ok: persons.filter((e) => matches(e, g)).length === 1,
      what: `${g.name}: ${
        persons
          .filter((e) => matches(e, g))
          .map((e) => e.name)
          .join(" / ") || "none"
      }`,
    })),
  );
  const personPrecision: Share = share(
    persons.map((e) => ({ ok: goldPeople.some((g) => matches(e, g)), what: e.name })),
  );
  const noMerges: Share = share(
    persons.map((e) => ({ ok: goldPeople.filter((g) => matches(e, g)).length <= 1, what: e.name })),
  );
  // Organisations: each gold organisation among our organisation entities, by any of its forms.
  const organisations = (corpus.entities ?? []).filter((e) => e.type === "organization");
  const organisationsFound: Share = share(
    Object.entries(gold.organizations).map(([name, names]) => {
      const keys = new Set([name, ...names].map(nameKey));
      return {
        ok: organisations.some((e) => [...formsOf(e)].some((f) => keys.has(f))),
        what: name,
      };
    }),
  );
  const forms = { ...gold.people, ...gold.organizations };
  const quotes = quotesFound(corpus, gold.quotes, articleOf, forms);
  const claims = claimsChecks(
    corpus,
    (id) => basename(id).slice(0, 3),
    { reuse: goldReuse, variants: gold.quote_variants },
    // The check: Europeans must "own" the conflict, said by at least three sources.
    {
      pattern: /\bown(?:ership of)? (?:this|the) conflict\b/i,
      minSources: 3,
      what: "the 'own the conflict' claim",
    },
  );
  return {
    ...claims,
    "gold quotes found": quotes.found,
    "gold quote speakers right": quotes.speaker,
    "quote variants reported": variantsReported(
      corpus,
      gold.quote_variants,
      (id) => basename(id).slice(0, 3),
      forms,
    ),
    "gold timeline entries found (date, sources)": timelineFound(corpus, gold.timeline, (id) =>
      basename(id).slice(0, 3),
    ),
    "gold figures found (value, unit, qualifier)": figuresFound(corpus, gold.figures, (id) =>
      basename(id).slice(0, 3),
    ),
    "gold consistent figures judged consistent": consistentPairs(corpus, gold.figures, (id) =>
      basename(id).slice(0, 3),
    ),
    "gold people found": personRecall,
    "gold people as one entity each": oneEntity,
    "person entities that are gold people": personPrecision,
    "no two gold people merged": noMerges,
    "gold organisations found": organisationsFound,
    "one story, as in gold": storyCount,
    "reuse found (direction, kind, credit)": reuse.recall,
    "reuse reported that gold has": reuse.precision,
    "boilerplate lines removed": boilerplateRemoved(corpus, gold.boilerplate_examples, articleOf),
    "gold quotes kept in clean text": quotesKept(gold.quotes, articleOf),
    // The gold names the outlet in words ("Reuters (reprinted by Dunya News)"): ours must be in them.
    "outlets named": fieldsRight(
      Object.fromEntries(Object.entries(gold.articles).map(([k, v]) => [k, v.outlet])),
      articleOf,
      (a, g) => a.outlet !== null && bare(g).includes(bare(a.outlet)),
      (k, a) => `${k}: ${a?.outlet ?? "none"}`,
    ),
    "metadata dates right": fieldsRight(
      Object.fromEntries(
        Object.entries(gold.articles).flatMap(([k, v]) => (v.published ? [[k, v.published]] : [])),
      ),
      articleOf,
      (a, g) => a.published === g,
      (k, a) => `${k}: ${a?.published ?? "none"}`,
    ),
  };
}
