import {
  BRIEF_SCHEMA,
  type BriefJson,
  type BriefStory,
  type StoredBrief,
} from "../brief/schema.js";
import { storedBriefOf } from "../brief/version-1.js";
import { withPeopleAcrossStories } from "../brief/people.js";
import type { Store } from "../store/open.js";
import { originalsOf } from "../store/articles.js";
import { latestBriefs, readBrief } from "../store/stories.js";

const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * A brief as the store keeps it: without its articles' texts, which the articles table holds
 * once (a text per brief version would store each article again at every version of its story).
 */
export function storedFormOf(brief: BriefJson): StoredBrief {
  return { ...brief, articles: brief.articles.map(({ text: _text, ...rest }) => rest) };
}

/**
 * The brief of every story in the store, as one brief: each story's latest version, in the
 * order a batch run lists stories, with the articles of all of them in the corpus order, and the
 * people named in several of them. Nothing was skipped or warned of here: those belong to the
 * ingest that read the inputs.
 */
export async function storeBrief(store: Store): Promise<BriefJson> {
  const briefs = (await latestBriefs(store)).map((s) => storedBriefOf(s.brief));
  return withArticleTexts(
    store,
    withPeopleAcrossStories({
      schema: BRIEF_SCHEMA,
      articles: briefs.flatMap((b) => b.articles).sort((x, y) => byCodeUnits(x.id, y.id)),
      skipped: [],
      warnings: [],
      stories: briefs.flatMap((b): BriefStory[] => b.stories),
    }),
  );
}

/** A story's id in its brief: the store's id, which it keeps as the store grows. */
export const storyIdOf = (storeId: string): string => `story-${storeId}`;

/** A story id as a user writes it: `story-17` as briefs name it, or the bare store id `17`. */
export const storeIdOfStory = (id: string): string | null =>
  /^(?:story-)?(\d{1,18})$/.exec(id)?.[1] ?? null;

/**
 * One stored story's brief, its latest version or the version asked for, in the current
 * contract with its articles' texts. Null when there is no such story, or no such version.
 */
export async function storedStoryBrief(
  store: Store,
  story: string,
  version?: number,
): Promise<{ readonly version: number; readonly brief: BriefJson } | null> {
  const id = storeIdOfStory(story);
  const found = id === null ? null : await readBrief(store, id, version);
  if (found === null) return null;
  return {
    version: found.version,
    brief: await withArticleTexts(store, storedBriefOf(found.brief)),
  };
}

/** A stored brief with each article's text as read, from the articles table. */
async function withArticleTexts(store: Store, brief: StoredBrief): Promise<BriefJson> {
  const texts = await originalsOf(
    store,
    brief.articles.map((a) => a.id),
  );
  return {
    ...brief,
    // An article the store no longer holds keeps an empty text: its spans then read as nothing,
    // and the brief still parses.
    articles: brief.articles.map((a) => ({ ...a, text: texts.get(a.id) ?? "" })),
  };
}
