/**
 * What the stored story index must always satisfy, read back from the tables: each story's
 * centroid is the sum of the vectors of the articles it holds, its size their number; its
 * postings are its centroid's terms with its dates; each clustered article is a member of the
 * story its vector is summed in. Returns the problems found (none when consistent). Reads
 * every row: for tests and benchmarks, not for a large store.
 */
import type { Kysely } from "kysely";
import type { StoreSchema } from "../src/store/schema.js";
import { centroidFromBytes, vectorFromBytes } from "../src/store/vector-bytes.js";

/** Summed weights agree to this: sums taken in another order differ in the last bits. */
const TOLERANCE = 1e-6;

export async function storyIndexProblems(db: Kysely<StoreSchema>): Promise<string[]> {
  const problems: string[] = [];
  const centroids = await db.selectFrom("story_centroids").selectAll().execute();
  const vectors = await db.selectFrom("article_vectors").selectAll().execute();
  const postings = await db.selectFrom("story_postings").selectAll().execute();
  const members = new Set(
    (await db.selectFrom("story_articles").selectAll().execute()).map(
      (m) => `${m.story_id} ${m.article_id}`,
    ),
  );
  const sums = new Map<string, { size: number; weights: Map<number, number> }>();
  for (const r of vectors) {
    if (!members.has(`${r.story_id} ${r.article_id}`))
      problems.push(`article ${r.article_id} is summed in story ${r.story_id} but not a member`);
    let sum = sums.get(r.story_id);
    if (!sum) sums.set(r.story_id, (sum = { size: 0, weights: new Map() }));
    sum.size++;
    const v = vectorFromBytes(r.terms, r.weights);
    v.terms.forEach((t, i) => sum.weights.set(t, (sum.weights.get(t) ?? 0) + v.weights[i]!));
  }
  const postingsOf = new Map<string, Map<number, [number, number]>>();
  for (const p of postings) {
    let of = postingsOf.get(p.story_id);
    if (!of) postingsOf.set(p.story_id, (of = new Map()));
    of.set(p.term >>> 0, [p.first_day, p.last_day]);
  }
  for (const c of centroids) {
    const id = c.story_id;
    const sum = sums.get(id);
    sums.delete(id);
    if (!sum || sum.size !== c.size) {
      problems.push(`story ${id} counts ${c.size} members, sums ${sum?.size ?? 0}`);
      continue;
    }
    const weights = centroidFromBytes(c.terms, c.weights);
    // A term whose sum fell to about zero leaves the centroid (see removeFromCentroid).
    const expected = [...sum.weights].filter(([, w]) => w > TOLERANCE);
    if (expected.length !== weights.size)
      problems.push(`story ${id} has ${weights.size} terms, its members ${expected.length}`);
    for (const [t, w] of expected)
      if (Math.abs((weights.get(t) ?? 0) - w) > TOLERANCE)
        problems.push(`story ${id} term ${t}: ${weights.get(t)} against ${w}`);
    const normSq = [...weights.values()].reduce((s, w) => s + w * w, 0);
    if (Math.abs(normSq - c.norm_sq) > TOLERANCE * Math.max(1, normSq))
      problems.push(`story ${id} norm² ${c.norm_sq} against ${normSq}`);
    const posted = postingsOf.get(id) ?? new Map();
    postingsOf.delete(id);
    const dates: [number, number] = [c.first_day ?? -2147483648, c.last_day ?? 2147483647];
    if (posted.size !== weights.size || [...weights.keys()].some((t) => !posted.has(t)))
      problems.push(`story ${id} posts ${posted.size} terms of ${weights.size}`);
    for (const [t, d] of posted)
      if (d[0] !== dates[0] || d[1] !== dates[1])
        problems.push(`story ${id} posts term ${t} with days ${d} against ${dates}`);
  }
  for (const id of sums.keys()) problems.push(`story ${id} sums vectors but has no centroid`);
  for (const id of postingsOf.keys()) problems.push(`story ${id} has postings but no centroid`);
  return problems;
}
