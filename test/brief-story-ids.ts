import type { BriefJson } from "../src/brief/schema.js";

/** A story's key across runs: its articles, sorted. */
export const membersKey = (articles: readonly string[]): string => [...articles].sort().join("\n");

/**
 * A brief with each story's id replaced by the id `ids` gives the story with the same articles.
 * A stored story keeps its store id as the store grows (`story-17`), where a batch numbers its
 * stories by size (`story-1`), and two stores number theirs as their ingests went.
 */
export function withStoryIds(brief: BriefJson, ids: ReadonlyMap<string, string>): BriefJson {
  let text = JSON.stringify(brief);
  for (const s of brief.stories) {
    const to = ids.get(membersKey(s.articles));
    if (to === undefined) throw new Error(`no other story holds ${s.articles.join(", ")}`);
    // Ids appear as the story's own and as the prefix of its entities, quotes and claims.
    text = text.replaceAll(`"${s.id}"`, `"@${to}"`).replaceAll(`"${s.id}/`, `"@${to}/`);
  }
  return JSON.parse(text.replaceAll('"@story-', '"story-')) as BriefJson;
}
