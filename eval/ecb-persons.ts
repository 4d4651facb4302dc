import { readFile } from "node:fs/promises";
import type { RawArticle } from "../src/model/index.js";
import { spanOf } from "../src/model/offsets.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runPipeline } from "../src/pipeline/run.js";
import { bcubed } from "./clustering-metrics.js";
import { EVAL_TODAY, rawFromText } from "./shared.js";

type GoldPerson = {
  start: number;
  end: number;
  capitalized: boolean;
  instance_id: string | null;
  text: string;
};

export type EcbPersonScore = {
  mentions: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
};

/**
 * Cross-document person clustering on ECB+: each gold person mention written as a name (the
 * dataset's `capitalized` flag) with a cross-document identity is placed in the entity of ours
 * whose mention overlaps it (or in the person across stories that entity belongs to, for the
 * dataset's identities span its topics' stories); mentions we did not find are singletons. B-cubed over those
 * mentions against the gold identities.
 */
export async function evaluateEcbPersons(dir: string): Promise<EcbPersonScore> {
  const lines = (await readFile(`${dir}/articles.jsonl`, "utf8")).split("\n").filter(Boolean);
  const docs = lines.map((l) => JSON.parse(l) as { id: string; text: string });
  const gold = JSON.parse(await readFile(`${dir}/gold.json`, "utf8")) as {
    documents: Record<string, { persons: GoldPerson[] }>;
  };
  // Neutral ids: the dataset's ids name the answer.
  const raws: RawArticle[] = docs.map((d, k) => rawFromText(`doc-${k}`, d.text));
  const corpus = runPipeline(raws, [], defaultContext({ today: EVAL_TODAY }));
  const storyOf = new Map(corpus.stories.flatMap((s) => s.articles.map((a) => [a, s.id] as const)));
  // A person named in several stories is one identity across them (corpus.people).
  const identity = new Map<string, string>();
  for (const p of corpus.people ?? []) for (const id of p.entities) identity.set(id, p.id);
  const entityByForm = new Map<string, string>(); // story + form → entity (or person) id
  for (const e of corpus.entities ?? []) {
    if (e.type !== "person") continue;
    const id = identity.get(e.id) ?? e.id;
    for (const form of [e.name, ...e.aliases]) entityByForm.set(`${e.story}\u0000${form}`, id);
  }
  const predicted = new Map<string, string>();
  const truth = new Map<string, string>();
  let found = 0;
  // By id, not by position: the corpus stages hold the articles in their own order.
  const docOf = new Map(raws.map((r, k) => [r.id, k]));
  for (const a of corpus.articles) {
    const k = docOf.get(a.id)!;
    const persons = gold.documents[docs[k]!.id]?.persons ?? [];
    const ours = a.mentions
      .filter((m) => m.type === "person")
      .map((m) => ({
        ...spanOf(a, m.start, m.end),
        entity: entityByForm.get(`${storyOf.get(a.id)}\u0000${m.text}`),
      }));
    persons.forEach((p, i) => {
      if (!p.capitalized || !p.instance_id) return;
      const key = `${k}:${i}`;
      truth.set(key, p.instance_id);
      const hit = ours.find((o) => o.entity && o.start < p.end && p.start < o.end);
      if (hit) found++;
      predicted.set(key, hit?.entity ?? `none:${key}`);
    });
  }
  const b = bcubed(predicted, truth);
  return { mentions: truth.size, found, ...b };
}
