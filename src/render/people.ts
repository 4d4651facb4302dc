import type { BriefJson, BriefStory } from "../brief/schema.js";

/** A story named by its id and label, for a line that points to it: `story-6 (“Harbour fire”)`. */
export type StoryRef = { readonly id: string; readonly label: string };

/**
 * For one story, each of its people named in other stories too, with those stories: read from
 * the brief's `people` once for the whole brief, then looked up per story.
 */
export function otherStoriesOf(
  brief: Pick<BriefJson, "people" | "stories">,
): (story: BriefStory) => { name: string; stories: StoryRef[] }[] {
  const label = new Map(brief.stories.map((s) => [s.id, s.label]));
  const storiesOf = new Map((brief.people ?? []).map((p) => [p.id, p.stories]));
  return (story) =>
    (story.entities ?? []).flatMap((e) => {
      const stories = e.person === undefined ? undefined : storiesOf.get(e.person);
      if (!stories) return [];
      const others = [...new Set(stories)].filter((s) => s !== story.id);
      return others.length
        ? [{ name: e.name, stories: others.map((id) => ({ id, label: label.get(id) ?? "" })) }]
        : [];
    });
}
