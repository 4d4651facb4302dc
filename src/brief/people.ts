import type { PersonAcrossStories } from "../model/index.js";
import { peopleAcrossStories } from "../stages/entities/05-people.js";
import type { BriefJson, BriefStory, EntityJson } from "./schema.js";

/** The brief's `people`: each person across stories with the stories of its entities. */
export function peopleJson(
  people: readonly PersonAcrossStories[],
  storyOfEntity: ReadonlyMap<string, string>,
): NonNullable<BriefJson["people"]> {
  return people.map((p) => ({
    id: p.id,
    name: p.name,
    entities: [...p.entities],
    stories: p.entities.map((e) => storyOfEntity.get(e)!),
  }));
}

/**
 * A brief put together from briefs of one story each (the store's): its people across stories
 * found again over all of them, as the batch run finds them over its corpus, with each linked
 * entity's `person`. A brief without entities is returned as it is.
 */
export function withPeopleAcrossStories<B extends { stories: BriefStory[] }>(
  brief: B,
): B & Pick<BriefJson, "people"> {
  if (!brief.stories.some((s) => s.entities)) return brief;
  const entities = brief.stories.flatMap((s) =>
    (s.entities ?? []).map((e) => ({ ...e, story: s.id })),
  );
  const people = peopleAcrossStories(entities);
  const personOf = new Map(people.flatMap((p) => p.entities.map((e) => [e, p.id] as const)));
  // (a one-story brief links no one, so its entities carry no `person` to replace)
  const linked = (e: EntityJson): EntityJson => {
    const person = personOf.get(e.id);
    return person === undefined ? e : { ...e, person };
  };
  return {
    ...brief,
    stories: brief.stories.map((s) =>
      s.entities ? { ...s, entities: s.entities.map(linked) } : s,
    ),
    people: peopleJson(people, new Map(entities.map((e) => [e.id, e.story]))),
  };
}
