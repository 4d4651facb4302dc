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

/** A middle initial as written: "J.", "M", "H.W.", "H." */
const INITIAL = /^(?:\p{Lu}\.?)+$/u;

/**
 * The full name without its middle initials ("Donald J. Trump" → "donald trump"), or null when
 * it has none or is no full name.
 */
function withoutInitials(e: NamedEntity): string | null {
  if (e.type !== "person") return null;
  const words = e.name.trim().split(/\s+/);
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !INITIAL.test(w));
  if (kept.length === words.length) return null;
  const key = nameKey(kept.join(" ")).replace(/-/g, " ");
  return key.includes(" ") ? key : null;
}

/**
 * People named in more than one story: person entities of different stories shown by one full
 * name ("Ilsa Varnholt", "Ilsa Varnholt"; spellings folded as name keys are), or by one full name
 * with and without a middle initial ("Tomas J. Brennick", "Tomas Brennick") where the stories
 * write only one such initial: "George H.W. Bush" and "George W. Bush" are two people, and
 * "George Bush" could be either, so none of the three is linked through it. A surname alone
 * links nothing: two stories' "Smith" are as likely two people. Each link is by name only (see
 * PersonAcrossStories).
 */
export function peopleAcrossStories(entities: readonly NamedEntity[]): PersonAcrossStories[] {
  const byName = groupBy(entities, fullName);
  // The full names each name without its initials stands for: one initialled form at most
  // (with the plain name or not) joins them.
  const forms = new Map<string, Set<string>>();
  for (const g of byName.values()) {
    const bare = withoutInitials(g[0]!);
    if (bare === null) continue;
    const set = forms.get(bare) ?? new Set<string>();
    set.add(fullName(g[0]!)!);
    forms.set(bare, set);
  }
  const linkedTo = new Map<string, string>();
  for (const [bare, initialled] of forms)
    if (initialled.size === 1) linkedTo.set([...initialled][0]!, bare);
  const order = new Map(entities.map((e, i) => [e, i]));
  const groups = new Map<string, NamedEntity[]>();
  for (const [key, g] of byName) {
    const to = linkedTo.get(key) ?? key;
    const joined = groups.get(to);
    if (joined) joined.push(...g);
    else groups.set(to, [...g]);
  }
  const ordered = [...groups.values()]
    .map((g) => g.sort((a, b) => order.get(a)! - order.get(b)!))
    .sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
  const out: PersonAcrossStories[] = [];
  for (const g of ordered) {
    if (new Set(g.map((e) => e.story)).size < 2) continue;
    // the spelling most of its entities show, the first on a tie
    const counts = new Map<string, number>();
    for (const e of g) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    const name = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    out.push({ id: `p${out.length + 1}`, name, entities: g.map((e) => e.id) });
  }
  return out;
}
