import type { Article, Entity, EntityMention, EntityType, Story } from "../../model/index.js";
import { GIVEN_NAMES } from "./00-gazetteers.js";
import { BlockIndex, oneDeletionForms } from "../../util/block-index.js";
import {
  acronymOf,
  editDistance,
  GENERATION_SUFFIX,
  isAcronym,
  nameKey,
  transliterationKey,
} from "./02-names.js";
import { givenNameKeys, sameGivenName } from "../../lang/en/nicknames.js";

/** A name group while a story's entities are merged. */
type Group = {
  keys: Set<string>;
  forms: Map<string, number>;
  types: Map<EntityType, number>;
  /** Mentions per type on firm evidence, and on the words around them only. */
  firm: Map<EntityType, number>;
  context: Map<EntityType, number>;
  /** A full name (two words or more) typed as a person's on firm evidence is among the forms. */
  fullPerson: boolean;
  /**
   * Forms that are a name run on into a headline's words ("Ana Ruiz Wins Seat"): kept as
   * aliases, so their mentions find the person, but never shown as the name.
   */
  runOn: Set<string>;
  titles: Set<string>;
  articles: Set<string>;
  mentions: number;
};

/** Words of a headline run on before a full name ("Harbour Hero Ana Ruiz"), at most. */
const MAX_RUN_ON_BEFORE = 3;

/** Surnames at least this long may differ by one letter (a slip: "Varnhalt" for "Varnholt"). */
const SLIP_MIN_LENGTH = 5;

const words = (key: string): string[] => key.split(" ");
/** The last word of a name but a generation suffix: "vell" of "tomas vell jr". */
const surnameOf = (key: string): string => words(key.replace(GENERATION_SUFFIX, "")).at(-1)!;
const most = (votes: Map<EntityType, number>): EntityType | undefined =>
  [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];

/**
 * The type most mentions give; but a person needs evidence. A name that only the default guess
 * made a person's takes the type its firmest other mentions give ("Cupertino" guessed twice, a
 * dateline once: a place), else "other" ("Kestrel Gamma" said nothing a person would).
 */
const typeOf = (g: Group): EntityType => {
  const type = most(g.types)!;
  // "Tomas Veronese ... Veronese": a surname read alone as a people's word ("-ese") is still
  // the person's, when a full name with a cue names them
  if (type === "other" && g.fullPerson) return "person";
  if (type !== "person" || g.firm.has("person") || g.context.has("person")) return type;
  return most(g.firm) ?? most(g.context) ?? "other";
};
/** A dateline or headline in capitals ("TARTU") is no way to write a name that has a cased form. */
const shouted = (form: string): number =>
  Number(/\p{Lu}{2}/u.test(form) && !/\p{Ll}/u.test(form) && form.length >= 5);

/** Letters beyond ASCII: "François" keeps what "Francois" lost. */
const accents = (form: string): number => form.replace(/\p{ASCII}/gu, "").length;

/**
 * The name shown: the longest form (in words of its key, so "Okafor-Lindqvist" is as long as
 * "Okafor Lindqvist"), then the most written, then the one with its accents, never one in
 * capitals if another is cased.
 */
const nameOf = (g: Group): string =>
  [...g.forms]
    .filter(([form]) => !g.runOn.has(form) || g.runOn.size === g.forms.size)
    .sort(
      (a, b) =>
        shouted(a[0]) - shouted(b[0]) ||
        words(nameKey(b[0])).length - words(nameKey(a[0])).length ||
        b[1] - a[1] ||
        accents(b[0]) - accents(a[0]) ||
        (a[0] < b[0] ? -1 : 1),
    )[0]![0];

function merge(into: Group, from: Group): void {
  for (const k of from.keys) into.keys.add(k);
  for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
  for (const [t, n] of from.types) into.types.set(t, (into.types.get(t) ?? 0) + n);
  for (const [t, n] of from.firm) into.firm.set(t, (into.firm.get(t) ?? 0) + n);
  for (const [t, n] of from.context) into.context.set(t, (into.context.get(t) ?? 0) + n);
  into.fullPerson ||= from.fullPerson;
  for (const t of from.titles) into.titles.add(t);
  for (const a of from.articles) into.articles.add(a);
  into.mentions += from.mentions;
  for (const f of from.runOn) into.runOn.add(f);
}

/**
 * The type shown. A name of one word that joined no full name is a person only on firm
 * evidence (a title, "he", an age, an apposition): news names people in full, and a word said
 * to have "said" something alone is as often a firm, a site or an app ("Kestrelify said").
 */
function finalType(g: Group): EntityType {
  const type = typeOf(g);
  if (type !== "person" || g.firm.has("person") || g.fullPerson) return type;
  if (nameOf(g).trim().split(/\s+/).length > 1) return type;
  const others = (votes: Map<EntityType, number>) =>
    most(new Map([...votes].filter(([t]) => t !== "person")));
  return others(g.firm) ?? others(g.context) ?? "other";
}

/**
 * Of several full names a surname fits ("Tomas Vellner", "Oskar Vellner"), the one the story
 * is about when it leads the next by far: its mentions at least this many times the next's.
 */
const PRINCIPAL_LEAD = 4;

/**
 * The full name a surname alone stands for among several that share it: the story's principal,
 * when one leads the others by PRINCIPAL_LEAD (a story names its subject in full once and by
 * surname after; an article that only gives the surname means the subject, not the father
 * named in passing); null when none leads.
 */
function principal(candidates: readonly Group[]): Group | null {
  if (candidates.length < 2) return null;
  const [first, second] = [...candidates].sort((a, b) => b.mentions - a.mentions);
  return first!.mentions >= PRINCIPAL_LEAD * second!.mentions ? first! : null;
}

/** The one group among `candidates` a name may join, or null when none or several could. */
const unique = (candidates: Group[]): Group | null =>
  candidates.length === 1 ? candidates[0]! : null;

/** Does `full` end with all the words of `part`, and have more? ("adaeze okafor lindqvist") */
const endsWithWords = (full: string, part: string): boolean =>
  full.length > part.length && full.endsWith(` ${part}`);

/**
 * The given name of a full name's key: its first word after any leading initials ("w mark
 * felt" → "mark"), or its first word when initials are all it has before the surname.
 */
function givenOf(key: string): string {
  const w = words(key);
  const from = w.findIndex((x) => x.length > 1);
  return from >= 0 && from < w.length - 1 ? w[from]! : w[0]!;
}

/** Given names at least this long may differ by one letter left out inside them. */
const GIVEN_SLIP_MIN_LENGTH = 5;

/**
 * "Tobiyas" for "Tobias", "Gregry" for "Gregory": one letter more inside the name, never at
 * its end ("Daniel" and "Daniela", "Louis" and "Louise" are two people) and never a letter
 * changed ("Mario", "Maria").
 */
function givenSlip(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < GIVEN_SLIP_MIN_LENGTH) return false;
  for (let i = 0; i < long.length - 1; i++)
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** Two given names of one person: the same, transliterated alike, a short form and its full name, or a slip. */
const sameGiven = (a: string, b: string): boolean =>
  a === b ||
  transliterationKey(a) === transliterationKey(b) ||
  sameGivenName(a, b) ||
  givenSlip(a, b);

/** Does person name `a` (a surname alone, or a full name) name the same person as full name `b`? */
function samePerson(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const lastA = wa[wa.length - 1]!;
  // a surname alone is the surname before a suffix ("Vell" of "Tomas Vell Jr."); two full names
  // keep it, for "Ana Vell Jr." is not "Ana Vell"
  const lastB = wa.length === 1 ? surnameOf(b) : wb[wb.length - 1]!;
  // Given names must agree when both are given ("Ana Ruiz" is not "Maria Ruiz"'s sister, but
  // "Tomas Vell" and "Grant Vell" are two people); "Fred" is "Frederick", and a leading
  // initial ("K. Ilsa Varnholt") is not the given name.
  if (wa.length > 1 && wb.length > 1 && !sameGiven(givenOf(a), givenOf(b))) return false;
  if (transliterationKey(lastA) === transliterationKey(lastB)) return true;
  return lastA.length >= SLIP_MIN_LENGTH && editDistance(lastA, lastB, 1) <= 1;
}

/** A name group's derived figures, kept until a merge changes the group. */
type Derived = { name: string; key: string; type: EntityType };

/**
 * The entities of a story: article mentions grouped by name, then merged where outlets spell one
 * entity differently — a surname alone with the one full name it fits, transliterations
 * ("Kovalenkyy", "Kovalenkiy"), one-letter slips, and an acronym with its expansion ("HSWG" and
 * "Harbour Safety Working Group"). Two full names are never merged on a shared surname, and a
 * surname alone that fits several full names joins one only when it is the story's principal
 * (see `principal`).
 *
 * Each merge step visits the groups in order and compares a group only with the groups filed
 * under a key they must share to match (a surname's transliteration or its one-letter-slip forms,
 * a first name, a trailing run of words, an acronym's letters), not with every other group: the
 * same merges as comparing all pairs in the same order, in time near-linear in the story's size.
 */
export function storyEntities(story: Story, articles: readonly Article[]): Entity[] {
  const byKey = new Map<string, Group>();
  for (const a of articles) {
    for (const m of a.mentions as EntityMention[]) {
      let g = byKey.get(m.key);
      if (!g) {
        g = {
          keys: new Set([m.key]),
          forms: new Map(),
          types: new Map(),
          firm: new Map(),
          context: new Map(),
          fullPerson: false,
          runOn: new Set(),
          titles: new Set(),
          articles: new Set(),
          mentions: 0,
        };
        byKey.set(m.key, g);
      }
      g.forms.set(m.text, (g.forms.get(m.text) ?? 0) + 1);
      g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
      const evidence = m.evidence ?? "firm";
      if (m.type === "person" && evidence === "firm" && m.key.includes(" ")) g.fullPerson = true;
      if (evidence !== "none") {
        const votes = evidence === "firm" ? g.firm : g.context;
        votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
      }
      if (m.title) g.titles.add(m.title);
      g.articles.add(a.id);
      g.mentions++;
    }
  }
  const all = [...byKey.values()];
  const order = new Map(all.map((g, i) => [g, i]));
  const rank = (g: Group): number => order.get(g)!;
  /** The groups not merged into another (nor dropped), in their first order. */
  const live = new Set(all);
  const derived = new Map<Group, Derived>();
  const of = (g: Group): Derived => {
    let d = derived.get(g);
    if (!d) {
      const name = nameOf(g);
      d = { name, key: nameKey(name), type: typeOf(g) };
      derived.set(g, d);
    }
    return d;
  };
  const isFullPerson = (g: Group): boolean =>
    of(g).type === "person" && words(of(g).key).length > 1;
  // Each name's blocks are worked out once a story: a group is filed again after every merge it
  // takes part in, and its blocks looked up again after each, mostly under the same name.
  const remembered = <R>(work: (key: string) => R): ((key: string) => R) => {
    const known = new Map<string, R>();
    return (key) => {
      let r = known.get(key);
      if (r === undefined) {
        r = work(key);
        known.set(key, r);
      }
      return r;
    };
  };
  /** Where a person name may find the full names `samePerson` could match it with. */
  const surnameBlocks = remembered((key: string): string[] => {
    const surname = surnameOf(key);
    return [`t:${transliterationKey(surname)}`, ...oneDeletionForms(surname).map((f) => `d:${f}`)];
  });
  /**
   * Where a full name may find the full names `samePerson` could match it with: those blocks
   * narrowed to the same first name (two full names match only when their first names agree),
   * so that a story with many people of one surname does not compare each with all of them.
   */
  const fullNameBlocks = remembered((key: string): string[] => {
    const given = givenOf(key);
    const blocks = givenNameKeys(given).flatMap((form) => {
      const first = transliterationKey(form);
      return surnameBlocks(key).map((b) => `n:${first}|${b}`);
    });
    if (given.length <= GIVEN_SLIP_MIN_LENGTH) return blocks;
    // A slip of the given name meets it under one of its forms with a letter left out, beside
    // the surname as spelled (not its slips too: a name slipped twice is not matched, and the
    // blocks would grow as the product of the two names' lengths).
    const surname = `t:${transliterationKey(surnameOf(key))}`;
    for (const form of oneDeletionForms(given))
      blocks.push(`n:${transliterationKey(form)}|${surname}`);
    return blocks;
  });
  const personBlocks = remembered((key: string): string[] => {
    const w = words(key);
    return [
      ...surnameBlocks(key),
      ...fullNameBlocks(key),
      `f:${w[0]!}`,
      ...w.slice(1).map((_, i) => `s:${w.slice(i + 1).join(" ")}`),
    ];
  });
  const persons = new BlockIndex<Group>(
    (g) => (live.has(g) && isFullPerson(g) ? personBlocks(of(g).key) : []),
    rank,
  );
  /** A group changed (or left): its figures are read again and it is filed again. */
  const changed = (g: Group): void => {
    derived.delete(g);
    persons.set(g);
  };
  const mergeInto = (target: Group, g: Group): void => {
    merge(target, g);
    live.delete(g);
    changed(g);
    changed(target);
  };
  for (const g of all) persons.set(g);

  // Full names that are one person spelled two ways, then names that fit one full name only.
  for (const g of all.filter(isFullPerson)) {
    if (!live.has(g)) continue;
    // The full names as they stood when g began comparing, in order; g's own name may change as
    // it takes others in, so its candidates are looked up again after each merge.
    let after = -1;
    for (;;) {
      const h = persons
        .candidates(fullNameBlocks(of(g).key))
        .find((c) => c !== g && rank(c) > after && samePerson(of(c).key, of(g).key));
      if (!h) break;
      after = rank(h);
      mergeInto(g, h);
    }
  }
  for (const g of all) {
    if (!live.has(g)) continue;
    const key = of(g).key;
    // A surname typed otherwise in some sentences ("Biden" read as an organisation) still joins
    // the one person it fits; a place never does. A surname of several words ("Okafor
    // Lindqvist", "Okafor-Lindqvist") joins the one full name that ends with it.
    if (of(g).type === "place") continue;
    const several = words(key).length > 1;
    if (several && of(g).type !== "person") continue;
    const fits = persons
      .candidates(several ? [`s:${key}`] : surnameBlocks(key))
      .filter(
        (h) => h !== g && (several ? endsWithWords(of(h).key, key) : samePerson(key, of(h).key)),
      );
    const target = unique(fits) ?? principal(fits);
    if (target) mergeInto(target, g);
  }
  // A full name run on into a headline's words ("Ana Ruiz Wins Seat", "Ana Ruiz Leaves Clinic"),
  // read as a longer name (a given name opens it): the person the story names far more often.
  // Only a person's: "Ana Ruiz Foundation" is a body named after her.
  for (const g of all) {
    if (!live.has(g) || of(g).type !== "person") continue;
    const key = of(g).key;
    const w = words(key);
    if (w.length < 3) continue;
    const target = unique(
      persons
        .candidates([`f:${w[0]!}`])
        .filter(
          (h) =>
            h !== g && key.startsWith(`${of(h).key} `) && h.mentions >= PRINCIPAL_LEAD * g.mentions,
        ),
    );
    if (!target) continue;
    for (const form of g.forms.keys()) g.runOn.add(form);
    mergeInto(target, g);
  }
  // A full name with a headline's words run on before it ("Harbour Hero Ana Ruiz Jr."): the
  // person named without them, when the words before are no given name (so not a longer name
  // of another person, "Maria Ana Ruiz"). Kept as a form, never as the name shown.
  for (const g of all) {
    if (!live.has(g) || of(g).type !== "person") continue;
    const w = words(of(g).key.replace(GENERATION_SUFFIX, ""));
    for (let i = 1; i <= MAX_RUN_ON_BEFORE && w.length - i >= 2; i++) {
      if (GIVEN_NAMES.has(w[i - 1]!)) break;
      const rest = w.slice(i).join(" ");
      const target = unique(
        persons.candidates([`f:${w[i]!}`]).filter((h) => h !== g && of(h).key === rest),
      );
      if (!target) continue;
      for (const form of g.forms.keys()) g.runOn.add(form);
      mergeInto(target, g);
      break;
    }
  }
  // A given name alone ("Henry", "Iris") is a known actor's ("Anu" of "Anu Saar") when
  // one full name of the story opens with it, or a title stands before it ("Queen Elizabeth");
  // else a relative, a product or a programme named in passing: no person, but what else its
  // mentions say it is, if anything. A word no list knows as a given name ("Orvane", "Zelka")
  // joins the one full name it opens only when no full name of the story ends with it (then it
  // is no surname), and is left as it is otherwise.
  for (const g of all) {
    if (!live.has(g)) continue;
    const key = of(g).key;
    if (of(g).type !== "person" || key.includes(" ")) continue;
    const known = GIVEN_NAMES.has(key);
    if (!known && persons.candidates([`s:${key}`]).some((h) => h !== g)) continue;
    const target = unique(
      persons.candidates([`f:${key}`]).filter((h) => h !== g && words(of(h).key)[0] === key),
    );
    if (target) mergeInto(target, g);
    else if (!known) continue;
    else if (g.titles.size > 0)
      continue; // "Queen Elizabeth", "Pope Leo": a title makes an actor
    else {
      g.types.delete("person");
      g.firm.delete("person");
      g.context.delete("person");
      g.fullPerson = false;
      if (g.types.size === 0) live.delete(g);
      changed(g);
    }
  }
  // An acronym with its expansion; then an acronym whose letters are another's transposed
  // ("HWSG" for "HSWG"), which by now sits with its expansion.
  const expansions = new BlockIndex<Group>((g) => {
    const name = of(g).name;
    return live.has(g) && !isAcronym(name) && words(name).length > 1 ? [acronymOf(name)] : [];
  }, rank);
  for (const g of live) expansions.set(g);
  for (const g of all) {
    if (!live.has(g)) continue;
    const name = of(g).name;
    if (!isAcronym(name)) continue;
    const letters = name.replace(/\./g, "");
    const target = unique(
      expansions.candidates([letters]).filter((h) => h !== g && acronymOf(of(h).name) === letters),
    );
    if (target) {
      mergeInto(target, g);
      expansions.set(g);
      expansions.set(target);
    }
  }
  const sortedLetters = (form: string): string => [...form].sort().join("");
  const acronymForms = new BlockIndex<Group>(
    (g) =>
      live.has(g) ? [...new Set([...g.forms.keys()].filter(isAcronym).map(sortedLetters))] : [],
    rank,
  );
  for (const g of live) acronymForms.set(g);
  for (const g of all) {
    if (!live.has(g)) continue;
    const name = of(g).name;
    if (!isAcronym(name) || name.length < 4) continue;
    const sorted = sortedLetters(name);
    const target = unique(
      acronymForms
        .candidates([sorted])
        .filter(
          (h) =>
            h !== g &&
            [...h.forms.keys()].some(
              (f) => isAcronym(f) && f !== name && sortedLetters(f) === sorted,
            ),
        ),
    );
    if (target) {
      mergeInto(target, g);
      acronymForms.set(g);
      acronymForms.set(target);
    }
  }

  const position = new Map(articles.map((a, i) => [a.id, i]));
  return [...live]
    .map((g) => ({ g, type: finalType(g), name: nameOf(g) }))
    .sort((x, y) => y.g.mentions - x.g.mentions || (x.name < y.name ? -1 : 1))
    .map(({ g, type, name }, i) => ({
      id: `${story.id}/e${i + 1}`,
      story: story.id,
      name,
      type,
      aliases: [...g.forms.keys()].filter((f) => f !== name).sort(),
      titles: [...g.titles].sort(),
      // In the story's order of articles (each article once).
      articles: [...g.articles].sort((x, y) => position.get(x)! - position.get(y)!),
      mentions: g.mentions,
    }));
}
