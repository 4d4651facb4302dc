import type { BriefJson, BriefStory } from "../brief/schema.js";

/** A story named by its id and label, for a line that points to it: `story-6 (“Harbour fire”)`. */
export type StoryRef = { readonly id: string; readonly label: string };

/**
 * Other stories shown beside a person, at most: one named in hundreds of stories would
 * otherwise repeat all of them under each (the JSON brief's `people` has every one).
 */
export const OTHER_STORIES_SHOWN = 5;

/** A story's person named in other stories too: the first few of those stories, and how many more. */
export type NamedElsewhere = {
  /** The entity of this story. */
  readonly entity: string;
  readonly name: string;
  readonly stories: readonly StoryRef[];
  readonly more: number;
};

/**
 * For one story, each of its people named in other stories too, with the first of those
 * stories: read from the brief's `people` once for the whole brief, then looked up per story.
 */
export function otherStoriesOf(
  brief: Pick<BriefJson, "people" | "stories">,
): (story: BriefStory) => NamedElsewhere[] {
  const label = new Map(brief.stories.map((s) => [s.id, s.label]));
  const storiesOf = new Map((brief.people ?? []).map((p) => [p.id, p.stories]));
  return (story) =>
    (story.entities ?? []).flatMap((e) => {
      const stories = e.person === undefined ? undefined : storiesOf.get(e.person);
      if (!stories) return [];
      const shown: StoryRef[] = [];
      let others = 0;
      for (const id of stories) {
        if (id === story.id) continue;
        others++;
        if (shown.length < OTHER_STORIES_SHOWN) shown.push({ id, label: label.get(id) ?? "" });
      }
      return others > 0
        ? [{ entity: e.id, name: e.name, stories: shown, more: others - shown.length }]
        : [];
    });
}

/** "story-6 (“Harbour fire”), story-9 (“Quay inquiry”) and 3 more": the line's list, as text. */
export function storyList(o: NamedElsewhere, label: (text: string) => string): string {
  const listed = o.stories.map((s) => `${s.id} (“${label(s.label)}”)`).join(", ");
  return o.more > 0 ? `${listed} and ${o.more} more` : listed;
}
