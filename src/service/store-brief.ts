import type { BriefJson, BriefStory } from "../brief/schema.js";
import type { Store } from "../store/open.js";
import { originalsOf } from "../store/articles.js";
import { latestBriefs, readBrief } from "../store/stories.js";

const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The brief of every story in the store, as one brief: each story's latest version, in the
 * order a batch run lists stories, with the articles of all of them in the corpus order. Nothing
 * was skipped or warned of here: those belong to the ingest that read the inputs.
 */
export async function storeBrief(store: Store): Promise<BriefJson> {
  const briefs = (await latestBriefs(store)).map((s) => s.brief as BriefJson);
  return {
    schema: "corroborate.brief/1",
    articles: briefs.flatMap((b) => b.articles).sort((x, y) => byCodeUnits(x.id, y.id)),
    skipped: [],
    warnings: [],
    stories: briefs.flatMap((b): BriefStory[] => b.stories),
  };
}

/** A story's id in its brief: the store's id, which it keeps as the store grows. */
export const storyIdOf = (storeId: string): string => `story-${storeId}`;

/** A story id as a user writes it: `story-17` as briefs name it, or the bare store id `17`. */
export const storeIdOfStory = (id: string): string | null =>
  /^(?:story-)?(\d{1,18})$/.exec(id)?.[1] ?? null;

/**
 * One stored story's brief as written: its latest version, or the version asked for. Null when
 * there is no such story, or no such version of it.
 */
export async function storedStoryBrief(
  store: Store,
  story: string,
  version?: number,
): Promise<{ readonly version: number; readonly brief: BriefJson } | null> {
  const id = storeIdOfStory(story);
  const found = id === null ? null : await readBrief(store, id, version);
  return found === null ? null : { version: found.version, brief: found.brief as BriefJson };
}

/**
 * The brief with each article's text as read, which the HTML page's citation reader shows (the
 * stored brief leaves the texts out: they are in the articles table once).
 */
export async function withArticleTexts(store: Store, brief: BriefJson): Promise<BriefJson> {
  const texts = await originalsOf(
    store,
    brief.articles.map((a) => a.id),
  );
  return {
    ...brief,
    articles: brief.articles.map((a) => {
      const text = texts.get(a.id);
      return text === undefined ? a : { ...a, text };
    }),
  };
}
