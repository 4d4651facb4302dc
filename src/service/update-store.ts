import type { Story } from "../model/index.js";
import type { Context } from "../pipeline/context.js";
import { ReuseIndex } from "../stages/reuse/05-reuse-index.js";
import { loadArticles } from "../store/articles.js";
import { loadCorpusState, loadReusePairs, saveCorpusState } from "../store/corpus-state.js";
import type { Store } from "../store/open.js";
import type { StoreId } from "../store/schema.js";
import {
  createStory,
  deleteStories,
  loadStoryStates,
  replaceReuseEdges,
  setStoryState,
  updateStory,
  writeBrief,
  type StoryState,
} from "../store/stories.js";
import { inCorpusOrder } from "./corpus-order.js";
import {
  edgesOf,
  FeatureCache,
  indexNewArticles,
  storiesOfCorpus,
  storyBrief,
  storyCorpora,
  storyDigest,
  type Keyed,
} from "./incremental.js";

/** What one update of the corpus did. */
export type CorpusUpdate = {
  /** Articles new to the reuse index. */
  readonly indexed: number;
  /** Reuse pairs the new articles formed. */
  readonly newPairs: number;
  readonly stories: number;
  /** Stories whose brief was aggregated again and written as a new version. */
  readonly briefsWritten: number;
};

/** A story's id in its brief: the store's id, which it keeps as the store grows. */
export const storyIdOf = (storeId: StoreId): string => `story-${storeId}`;

const numeric = (id: StoreId): bigint => BigInt(id);

/**
 * Which stored story each found story continues: the stored story sharing the most of its
 * articles, larger found stories choosing first, each stored story continued at most once.
 */
function matchStories(
  found: readonly Story[],
  stored: readonly StoryState[],
  storeIdOf: ReadonlyMap<string, StoreId>,
): (StoryState | null)[] {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const storyOfArticle = new Map<StoreId, StoryState>();
  for (const s of stored) for (const a of s.articles) storyOfArticle.set(a, s);
  const taken = new Set<StoreId>();
  const order = found
    .map((_, i) => i)
    .sort((x, y) => found[y]!.articles.length - found[x]!.articles.length || x - y);
  const match: (StoryState | null)[] = found.map(() => null);
  for (const i of order) {
    const overlap = new Map<StoreId, number>();
    for (const id of found[i]!.articles) {
      const s = storyOfArticle.get(storeIdOf.get(id)!);
      if (s && !taken.has(s.id)) overlap.set(s.id, (overlap.get(s.id) ?? 0) + 1);
    }
    const best = [...overlap].sort(
      (x, y) => y[1] - x[1] || Number(numeric(x[0]) - numeric(y[0])),
    )[0];
    if (best) {
      taken.add(best[0]);
      match[i] = byId.get(best[0])!;
    }
  }
  return match;
}

/**
 * Brings the store's corpus-level results up to date with its articles: new articles go into
 * the reuse index and are verified against the earlier ones, the stories are found again over
 * every article, and each story whose inputs changed is aggregated and its brief written as a
 * new version. Idempotent: run again with nothing new, it writes nothing.
 */
export async function updateCorpus(store: Store, ctx: Context): Promise<CorpusUpdate> {
  const ordered = inCorpusOrder(await loadArticles(store));
  const byKey = new Map<string, Keyed>(ordered.map((k) => [k.key, k]));
  const position = new Map(ordered.map((k, i) => [k.key, i]));
  const positionOf = (key: string): number => position.get(key) ?? -1;
  const features = new FeatureCache();

  const state = await loadCorpusState(store);
  const index = state?.index ?? new ReuseIndex(Math.max(1024, ordered.length));
  const through = numeric(state?.indexedThrough ?? "0");
  const fresh = ordered.filter((k) => numeric(k.key) > through);
  const newPairs = indexNewArticles(index, fresh, (key) => byKey.get(key), positionOf, features);
  if (fresh.length) {
    const last = fresh.reduce((m, k) => (numeric(k.key) > m ? numeric(k.key) : m), through);
    await saveCorpusState(store, { index, indexedThrough: last.toString() }, newPairs);
  }

  const pairs = [...(await loadReusePairs(store))];
  const edges = edgesOf(pairs, byKey, positionOf, index, features);
  const corpus = storiesOfCorpus(
    ordered.map((k) => k.article),
    edges,
    ctx,
  );
  const storeIdOf = new Map(ordered.map((k) => [k.article.id, k.key]));
  await replaceReuseEdges(
    store,
    (corpus.reuse ?? []).map((r) => ({
      ...r,
      copy: storeIdOf.get(r.copy)!,
      source: storeIdOf.get(r.source)!,
      origin: storeIdOf.get(r.origin)!,
    })),
  );

  const stored = await loadStoryStates(store);
  const match = matchStories(corpus.stories, stored, storeIdOf);
  const kept = new Set(match.flatMap((m) => (m ? [m.id] : [])));
  let briefsWritten = 0;
  // Stories renamed to their store ids first: an aggregate names its story (`story-7/e1`).
  const renamed: Story[] = [];
  for (const [i, found] of corpus.stories.entries()) {
    const members = found.articles.map((id) => storeIdOf.get(id)!);
    const previous = match[i] ?? null;
    const fields = { label: found.label, from: found.from, to: found.to, articles: members };
    // A continued story's label, dates and members are rewritten below when its digest changed.
    const id = previous === null ? await createStory(store, fields) : previous.id;
    renamed.push({ ...found, id: storyIdOf(id) });
  }
  const own = storyCorpora({ ...corpus, stories: renamed });
  for (const [i, story] of renamed.entries()) {
    const id = story.id.slice("story-".length);
    const previous = match[i] ?? null;
    const part = own.get(story.id)!;
    const digest = storyDigest(part, ctx);
    if (previous?.digest === digest) {
      if (previous.position !== i) await setStoryState(store, id, { position: i });
      continue;
    }
    if (previous !== null)
      await updateStory(store, {
        id,
        label: story.label,
        from: story.from,
        to: story.to,
        articles: story.articles.map((a) => storeIdOf.get(a)!),
      });
    await writeBrief(store, id, storyBrief(part, ctx));
    await setStoryState(store, id, { position: i, digest });
    briefsWritten++;
  }
  await deleteStories(
    store,
    stored.filter((s) => !kept.has(s.id)).map((s) => s.id),
  );
  return {
    indexed: fresh.length,
    newPairs: newPairs.length,
    stories: renamed.length,
    briefsWritten,
  };
}
