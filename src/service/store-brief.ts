import type { BriefJson, BriefStory } from "../brief/schema.js";
import type { Store } from "../store/open.js";
import { latestBriefs } from "../store/stories.js";

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
