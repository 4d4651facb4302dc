import type { BriefJson } from "../brief/schema.js";
import { storedFormOf } from "./store-brief.js";
import type { Corpus, CorpusDraft, Story } from "../model/index.js";
import type { Context } from "../pipeline/context.js";
import { storyLabel } from "../stages/cluster/label.js";
import type { Store } from "../store/open.js";
import { StoredAnchorStats, observedArticles } from "../store/reuse-index.js";
import type { StoreId } from "../store/schema.js";
import {
  deleteStories,
  finishAggregation,
  storyDigestOf,
  storyMembers,
  writeBrief,
} from "../store/stories.js";
import { writeStoryListing } from "../store/story-listing.js";
import { FeatureCache, STORY_DATE_STAGE, storyBrief, storyDigest } from "./incremental.js";
import { storyIdOf } from "./store-brief.js";
import { copyGroupsAround } from "./stored-reuse.js";
import { WorkingSet } from "./working-set.js";

/** What aggregating a story did. */
export type Aggregation = "written" | "unchanged" | "gone";

/**
 * A story's part of the corpus, read from the store: its articles in the corpus order, the
 * relations whose copy is one of them and the copy groups whose origin is (worked out again from
 * the groups' verified pairs, in the order the batch reuse stage gives them), through the date
 * stage, which reads only the story.
 */
export async function storyCorpus(store: Store, id: StoreId, ctx: Context): Promise<Corpus | null> {
  const members = await storyMembers(store, id);
  if (!members.length) return null;
  const ws = new WorkingSet(store);
  await ws.load(members);
  const stats = new StoredAnchorStats(await observedArticles(store.db), new Map());
  const copies = await copyGroupsAround(store, ws, members, stats, new FeatureCache());
  const articles = ws.ordered(members).map((k) => k.article);
  const inStory = new Set(articles.map((a) => a.id));
  const days = articles.flatMap((a) => (a.published ? [a.published] : [])).sort();
  const story: Story = {
    id: storyIdOf(id),
    label: storyLabel(articles),
    articles: articles.map((a) => a.id),
    from: days[0] ?? null,
    to: days[days.length - 1] ?? null,
  };
  const draft: CorpusDraft = {
    articles,
    skipped: [],
    reuse: copies.relations.filter((r) => inStory.has(r.copy)),
    copyGroups: copies.groups.filter((g) => inStory.has(g.origin)),
    stories: [story],
  };
  const dated = STORY_DATE_STAGE.run(draft, ctx);
  return { ...dated, stories: dated.stories ?? [story] };
}

/**
 * Aggregates a story again and writes its brief as a new version, unless nothing it reads
 * changed (see `storyDigest`); a story left with no articles is removed. Idempotent: run twice,
 * the second writes nothing, so a job that ran before a crash can run again.
 */
export async function aggregateStory(
  store: Store,
  id: StoreId,
  ctx: Context,
): Promise<Aggregation> {
  return store.db.transaction().execute(async (trx) => {
    const inTrx: Store = { ...store, db: trx };
    const part = await storyCorpus(inTrx, id, ctx);
    if (part === null) {
      await deleteStories(inTrx, [id]);
      return "gone";
    }
    const story = part.stories[0]!;
    const digest = storyDigest(part, ctx);
    const written = (await storyDigestOf(inTrx, id)) !== digest;
    if (written) {
      const brief: BriefJson = storyBrief(part, ctx);
      // The story list's row goes with its brief, in the same transaction.
      const stored = storedFormOf(brief);
      await writeStoryListing(trx, id, await writeBrief(inTrx, id, stored), stored);
    }
    await finishAggregation(inTrx, id, {
      label: story.label,
      from: story.from,
      to: story.to,
      digest,
    });
    return written ? "written" : "unchanged";
  });
}
