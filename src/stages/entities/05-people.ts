import type { Entity, PersonAcrossStories } from "../../model/index.js";
import { groupBy } from "../../util/group-by.js";
import { nameKey } from "./02-names.js";

/** What linking reads of an entity: a story's entity or its JSON with the story's id. */
export type NamedEntity = Pick<Entity, "id" | "story" | "name" | "type">;

/**
 * The full name an entity is shown by, folded; none for a name of one word. Only the name shown:
 * an alias can be a headline's run-on ("Ana Ruiz Beats Bo Lind") or a form a story could not
 * tell between two people ("George Bush"), and linking through it would chain people together.
 */
function fullName(e: NamedEntity): string | null {
  if (e.type !== "person") return null;
  const key = nameKey(e.name).replace(/-/g, " ");
  return key.includes(" ") ? key : null;
}

/**
 * People named in more than one story: person entities of different stories shown by one full
 * name ("Ilsa Varnholt", "Ilsa Varnholt"; spellings folded as name keys are). A surname alone
 * links nothing: two stories' "Smith" are as likely two people. Each link is by name only (see
 * PersonAcrossStories).
 */
export function peopleAcrossStories(entities: readonly NamedEntity[]): PersonAcrossStories[] {
  const out: PersonAcrossStories[] = [];
  for (const g of groupBy(entities, fullName).values()) {
    if (new Set(g.map((e) => e.story)).size < 2) continue;
    // the spelling most of its entities show, the first on a tie
    const counts = new Map<string, number>();
    for (const e of g) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    const name = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    out.push({ id: `p${out.length + 1}`, name, entities: g.map((e) => e.id) });
  }
  return out;
}
