import type { BriefArticle, BriefStory } from "../../brief/schema.js";

/**
 * The story's articles in the order a desk reads them: by published day, undated last. On one
 * day an origin of copies comes before its copies (it was there first, whatever the file order);
 * otherwise the brief's own order holds.
 */
export function sourcesInTimeOrder(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
): string[] {
  const origins = new Set((story.copyGroups ?? []).map((g) => g.origin));
  return story.articles
    .map((id, index) => ({ id, index, day: byId.get(id)?.published ?? null }))
    .sort(
      (a, b) =>
        Number(a.day === null) - Number(b.day === null) ||
        (a.day ?? "").localeCompare(b.day ?? "") ||
        Number(!origins.has(a.id)) - Number(!origins.has(b.id)) ||
        a.index - b.index,
    )
    .map((x) => x.id);
}

/**
 * Who reported the story first: its earliest dated article, an origin of copies before its
 * copies on the same day. Null when no article is dated: then nobody can be said to be first.
 */
export function firstReportedBy(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
): string | null {
  const first = sourcesInTimeOrder(story, byId)[0];
  return first !== undefined && byId.get(first)?.published ? first : null;
}
