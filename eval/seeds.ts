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

type SeedGold = {
  articles: Record<string, { outlet: string; published: string | null }>;
  quotes: { article: string; text: string }[];
  boilerplate_examples: Record<string, string[]>;
  reuse: { a: string; b: string; kind: string; credited: boolean }[];
  people: Record<string, string[]>;
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
  return {
    "gold people found": personRecall,
    "gold people as one entity each": oneEntity,
    "person entities that are gold people": personPrecision,
    "no two gold people merged": noMerges,
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
