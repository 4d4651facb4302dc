import type { Article, CopyGroup, Story } from "../../model/index.js";
import type { Figure, FigureAgreement, FigureQualifier, StoryFigure } from "../../model/figure.js";
import { spanOf } from "../../model/offsets.js";

/**
 * Figures of a story grouped by what they measure, and each reading judged against the others:
 * "more than $65 billion" agrees with "$65.9 billion"; "about 1,200 people" and "about 1,500
 * people" evacuated conflict. Copies of one origin count as one source, so a figure only
 * repeated by copies of one article is "single".
 */

/**
 * Two figures with the same unit are about the same thing when the content words around them
 * overlap at least this much (Dice coefficient of stem sets). Set on examples/corpus, where
 * evacuations, hospital cases and shelter counts, all in "people", must stay apart while the
 * outlets' rewordings of each join.
 */
export const GROUP_MIN_SIMILARITY = 0.5;
/**
 * Added to the similarity of two figures whose values agree: in one story, two outlets giving
 * "about 60 firefighters" are most likely counting the same thing even when their sentences are
 * worded apart. Set on examples/corpus with GROUP_MIN_SIMILARITY, so a different value still
 * needs closely matching words to be compared (and possibly conflict).
 */
export const VALUE_MATCH_BONUS = 0.4;
/** "About 300" covers 10% either side: what outlets' rounding of one count does in practice. */
export const ABOUT_TOLERANCE = 0.1;
/**
 * "More than 300" is read as at most 1.5 × 300: a writer with 600 would say "about 600". Without
 * a ceiling "more than" could never conflict with anything larger.
 */
export const MORE_THAN_CEILING = 1.5;
/** "Up to"/"less than 300" is read as at least a third of it, for the same reason. */
export const UP_TO_FLOOR = 1 / 3;
/**
 * Two readings further apart than this factor are not set against each other: in the brief of
 * the real mix (bench/real-mix.ts) the pairs so far apart that we read were two quantities
 * worded alike (the takings of two robberies, a region's crowd and a city's), while outlets
 * disagreeing on one count stayed within it (tolls of 30 and 42, "about 1,200" and "about
 * 1,500" evacuated).
 */
export const CONFLICT_MAX_RATIO = 2.5;

/**
 * Readings in conflict within one group that give at least this many values no two of which
 * could be true together are not one quantity that outlets disagree on, but a measure that
 * recurs with its own value each time: each poll's margin of error, each day's move in the oil
 * price, each player's catches. In the brief of the real mix (bench/real-mix.ts) the groups
 * with three or more such values were all of that kind, while outlets disagreeing on one count
 * gave two ("nearly 100" and "more than 200" marchers, 30 and 42 killed).
 */
export const MANY_VALUES = 3;

type Interval = { readonly lo: number; readonly hi: number };

/** The values a figure as written allows, rounding to its last digit included. */
export function intervalOf(value: number, precision: number, q: FigureQualifier | null): Interval {
  const r = precision / 2;
  switch (q) {
    case "about":
      return {
        lo: Math.min(value * (1 - ABOUT_TOLERANCE), value - r),
        hi: Math.max(value * (1 + ABOUT_TOLERANCE), value + r),
      };
    case "nearly":
      return { lo: value * (1 - ABOUT_TOLERANCE), hi: value };
    case "more than":
    case "at least":
      return { lo: value, hi: value * MORE_THAN_CEILING };
    case "up to":
    case "less than":
      return { lo: value * UP_TO_FLOOR, hi: value };
    default:
      return { lo: value - r, hi: value + r };
  }
}

const overlap = (a: Interval, b: Interval): boolean =>
  a.lo <= b.hi * (1 + 1e-9) && b.lo <= a.hi * (1 + 1e-9);

/** The value of a figure in `unit`, through its bracketed conversion if needed. */
function valueIn(f: Figure, unit: string): { value: number; precision: number } | null {
  if (f.unit === unit || unitHead(f.unit) === unitHead(unit))
    return { value: f.value, precision: f.precision };
  if (f.conversion?.unit === unit) {
    // A converted amount is itself rounded; give it the original's relative precision.
    return { value: f.conversion.value, precision: (f.precision / f.value) * f.conversion.value };
  }
  return null;
}

/** Whether two figures can both be true of one quantity. */
export function compatible(a: Figure, b: Figure): boolean {
  const unit = valueIn(b, a.unit) ? a.unit : valueIn(a, b.unit) ? b.unit : null;
  if (!unit) return false;
  const va = valueIn(a, unit)!;
  const vb = valueIn(b, unit)!;
  return overlap(
    intervalOf(va.value, va.precision, a.qualifier),
    intervalOf(vb.value, vb.precision, b.qualifier),
  );
}

/** A counted noun phrase's head: "fire engines" and "engines" count the same things. */
export const unitHead = (unit: string): string => unit.slice(unit.lastIndexOf(" ") + 1);

const sameUnit = (a: Figure, b: Figure): boolean =>
  unitHead(a.unit) === unitHead(b.unit) ||
  a.conversion?.unit === b.unit ||
  b.conversion?.unit === a.unit;

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let common = 0;
  for (const x of a) if (b.includes(x)) common++;
  return (2 * common) / (a.length + b.length);
}

/** Shared stems over the smaller set: "military assistance" within "security assistance to …". */
function overlapCoefficient(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let common = 0;
  for (const x of a) if (b.includes(x)) common++;
  return common / Math.min(a.length, b.length);
}

type Placed = { readonly article: Article; readonly figure: Figure };

/**
 * A group being built: its members in order, and what the comparisons need of them. Figures
 * with the same value, unit and words around them compare alike with any other, so each such
 * kind is compared once ("distinct"): a story of hundreds of reprints holds hundreds of copies
 * of each figure, and comparing with every copy made grouping quadratic.
 */
type Group = {
  readonly members: Placed[];
  readonly distinct: Map<string, Figure>;
  readonly byArticle: Map<Article, Figure[]>;
};

/** Everything about a figure that grouping compares. */
const comparedAs = (f: Figure): string =>
  JSON.stringify([
    f.value,
    f.precision,
    f.unit,
    f.qualifier,
    f.conversion,
    f.context,
    f.aboutStems,
  ]);

function addTo(group: Group, p: Placed): void {
  group.members.push(p);
  const key = comparedAs(p.figure);
  if (!group.distinct.has(key)) group.distinct.set(key, p.figure);
  const same = group.byArticle.get(p.article);
  if (same) same.push(p.figure);
  else group.byArticle.set(p.article, [p.figure]);
}

/**
 * An article holding more figures than this of one unit is a table or a tally (each player's
 * catches, each fund's price): its figures of that unit are all read as ambiguous, and the pairs
 * within it are not compared (a cap that keeps this linear in the article's figures).
 */
const AMBIGUOUS_COMPARED_MAX = 40;

/** How alike two figures' words are: shared context stems, or shared stems of what they measure. */
const similarity = (a: Figure, b: Figure): number =>
  Math.max(dice(a.context, b.context), overlapCoefficient(a.aboutStems, b.aboutStems));

/**
 * Figures whose words do not pick out one quantity: words that one article gives two different
 * values ("closed at $71.20 a barrel", later "rose to $71.45 a barrel") cannot tell which of
 * them another article's figure is about. So are figures in a list or a comparison with another
 * of their unit in one sentence ("Norland (61 percent), Esterby (58 percent)", "62 percent of
 * members backed it and 17 percent of members opposed it"), paired with what they count by
 * their order, not by the words around them.
 */
function ambiguousFigures(placed: readonly Placed[]): Set<Figure> {
  const byUnit = new Map<string, Figure[]>();
  for (const { article, figure } of placed) {
    const key = `${article.id}|${unitHead(figure.unit)}`;
    const same = byUnit.get(key);
    if (same) same.push(figure);
    else byUnit.set(key, [figure]);
  }
  const out = new Set<Figure>();
  for (const figures of byUnit.values()) {
    if (figures.length > AMBIGUOUS_COMPARED_MAX) {
      for (const f of figures) out.add(f);
      continue;
    }
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        const a = figures[i]!;
        const b = figures[j]!;
        if (compatible(a, b)) continue;
        if (a.sentence === b.sentence || similarity(a, b) >= GROUP_MIN_SIMILARITY) {
          out.add(a);
          out.add(b);
        }
      }
    }
  }
  return out;
}

/** How many times the larger of two figures' values is the smaller, in one unit. */
function ratioOf(a: Figure, b: Figure): number {
  const unit = valueIn(b, a.unit) ? a.unit : b.unit;
  const va = valueIn(a, unit)?.value ?? a.value;
  const vb = valueIn(b, unit)?.value ?? b.value;
  const lo = Math.min(Math.abs(va), Math.abs(vb));
  return lo === 0 ? Infinity : Math.max(Math.abs(va), Math.abs(vb)) / lo;
}

/**
 * Whether two figures that cannot both be true may still be read as one quantity in conflict:
 * not when either is ambiguous in its own article, when names before them say they are
 * different people's, places' or polls' figures, or when their values are far apart.
 */
function mayConflict(a: Figure, b: Figure, ambiguous: ReadonlySet<Figure>): boolean {
  return (
    !ambiguous.has(a) &&
    !ambiguous.has(b) &&
    !otherSubjects(a, b) &&
    ratioOf(a, b) <= CONFLICT_MAX_RATIO
  );
}

/** Two named subjects with no word in common: "Ostrander needs 1,240 delegates", "Vasquez … 2,380". */
function otherSubjects(a: Figure, b: Figure): boolean {
  if (!a.subject || !b.subject) return false;
  const words = new Set(a.subject.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return !b.subject
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length > 2 && words.has(w));
}

/** Figures of one story grouped by what they measure, in order of first appearance. */
export function groupFigures(placed: readonly Placed[]): Placed[][] {
  const groups: Group[] = [];
  // Where a group holds figures of a unit (its head, its own name, what it converts to), by the
  // groups' indices: a figure may join only a group with some figure `sameUnit` with it (every
  // other group is blocked below), so the groups under its own keys are all it need weigh — in
  // the order of all groups, so the one it joins is the one a scan of all would pick.
  const byUnit = new Map<string, Set<number>>();
  const file = (key: string, index: number): void => {
    const held = byUnit.get(key);
    if (held) held.add(index);
    else byUnit.set(key, new Set([index]));
  };
  const fileFigure = (f: Figure, index: number): void => {
    file(`h:${unitHead(f.unit)}`, index);
    file(`u:${f.unit}`, index);
    if (f.conversion) file(`c:${f.conversion.unit}`, index);
  };
  const candidates = (f: Figure): number[] => {
    const at = new Set<number>();
    for (const key of [
      `h:${unitHead(f.unit)}`,
      `c:${f.unit}`,
      ...(f.conversion ? [`u:${f.conversion.unit}`] : []),
    ])
      for (const i of byUnit.get(key) ?? []) at.add(i);
    return [...at].sort((a, b) => a - b);
  };
  for (const p of placed) {
    // A group where some figure agrees with this one wins over one it would conflict with: words
    // alone ("spent the day") are weaker evidence of the same quantity than words and value.
    let best: Group | null = null;
    let bestAt = -1;
    let bestScore = GROUP_MIN_SIMILARITY;
    let bestAgrees = false;
    for (const at of candidates(p.figure)) {
      const g = groups[at]!;
      // One article giving two different values is talking about two things.
      const sameArticle = g.byArticle.get(p.article) ?? [];
      if (sameArticle.some((q) => !compatible(p.figure, q))) continue;
      let score = 0;
      let blocked = false;
      let agrees = false;
      for (const q of g.distinct.values()) {
        if (!sameUnit(p.figure, q)) {
          blocked = true;
          break;
        }
        const s = similarity(p.figure, q);
        const same = compatible(p.figure, q);
        if (same) agrees = true;
        const bonus = same ? VALUE_MATCH_BONUS : 0;
        if (s + bonus > score) score = s + bonus;
      }
      if (blocked || score < GROUP_MIN_SIMILARITY || (bestAgrees && !agrees)) continue;
      if (score >= bestScore || (agrees && !bestAgrees)) {
        best = g;
        bestAt = at;
        bestScore = score;
        bestAgrees = agrees;
      }
    }
    if (best) {
      addTo(best, p);
      fileFigure(p.figure, bestAt);
    } else {
      const group: Group = { members: [], distinct: new Map(), byArticle: new Map() };
      addTo(group, p);
      fileFigure(p.figure, groups.length);
      groups.push(group);
    }
  }
  return groups.map((g) => g.members);
}

const readingKey = (f: Figure): string => `${f.value}|${unitHead(f.unit)}|${f.qualifier ?? ""}`;

/** Distinct wordings of a reading compared with another's: a bound on a reading of hundreds of copies. */
const WORDINGS_COMPARED = 16;

/** A reading's figures worded differently, the first WORDINGS_COMPARED of them. */
function wordingsOf(reading: readonly Placed[]): Figure[] {
  const seen = new Map<string, Figure>();
  for (const p of reading) {
    if (seen.size >= WORDINGS_COMPARED) break;
    const key = comparedAs(p.figure);
    if (!seen.has(key)) seen.set(key, p.figure);
  }
  return [...seen.values()];
}

/**
 * Whether two readings of a group are in conflict: their values cannot both be true, and some
 * figure of one is worded like some figure of the other with nothing to say they are different
 * quantities. Being in one group is not enough: a group joins figures through others they agree
 * with, so "about 300 people filled the hall" can sit beside "nearly 120 protesters marched"
 * through a count worded like each.
 */
function inConflict(
  a: readonly Figure[],
  b: readonly Figure[],
  ambiguous: ReadonlySet<Figure>,
): boolean {
  if (compatible(a[0]!, b[0]!)) return false;
  return a.some((x) =>
    b.some((y) => mayConflict(x, y, ambiguous) && similarity(x, y) >= GROUP_MIN_SIMILARITY),
  );
}

/**
 * The most of `figures` whose values lie pairwise apart (no two could both be true), read in the
 * first one's unit: the greatest number of disjoint value intervals, taken by earliest end.
 */
export function apartValues(figures: readonly Figure[]): number {
  if (figures.length === 0) return 0;
  const unit = figures[0]!.unit;
  const intervals: Interval[] = [];
  for (const f of figures) {
    const v = valueIn(f, unit);
    if (v) intervals.push(intervalOf(v.value, v.precision, f.qualifier));
  }
  intervals.sort((a, b) => a.hi - b.hi);
  let count = 0;
  let end = -Infinity;
  for (const i of intervals) {
    if (count > 0 && i.lo <= end * (1 + 1e-9)) continue;
    count++;
    end = i.hi;
  }
  return count;
}

/** The story figures of one story: one per reading of each group, judged for agreement. */
export function storyFigures(
  story: Story,
  articles: readonly Article[],
  copyGroups: readonly CopyGroup[],
): StoryFigure[] {
  const originOf = new Map<string, string>();
  for (const g of copyGroups) for (const m of g.members) originOf.set(m, g.origin);
  const origin = (id: string): string => originOf.get(id) ?? id;
  const placed: Placed[] = [];
  for (const a of articles) for (const f of a.figures ?? []) placed.push({ article: a, figure: f });
  const ambiguous = ambiguousFigures(placed);
  const out: StoryFigure[] = [];
  let groupNo = 0;
  for (const g of groupFigures(placed)) {
    groupNo++;
    const group = `${story.id}/figure-${groupNo}`;
    const readings = new Map<string, Placed[]>();
    for (const p of g) {
      const k = readingKey(p.figure);
      const r = readings.get(k);
      if (r) r.push(p);
      else readings.set(k, [p]);
    }
    const list = [...readings.values()];
    const wordings = list.map(wordingsOf);
    const origins = list.map((r) => new Set(r.map((p) => origin(p.article.id))));
    const ids = list.map((_, i) => (list.length === 1 ? group : `${group}.${i + 1}`));
    const conflicts = list.map((_, i) =>
      ids.filter((_, j) => j !== i && inConflict(wordings[i]!, wordings[j]!, ambiguous)),
    );
    const inConflictAt = list.flatMap((r, i) => (conflicts[i]!.length ? [r[0]!.figure] : []));
    const recurring = apartValues(inConflictAt) >= MANY_VALUES;
    list.forEach((r, i) => {
      const f = r[0]!.figure;
      const conflictsWith = recurring ? [] : conflicts[i]!;
      // Agreement is counted over the readings this one can stand with: a reading its group
      // holds beside others it neither matches nor conflicts with is not backed by them.
      const own = origins[i]!;
      const backed =
        own.size > 1 ||
        list.some(
          (other, j) =>
            j !== i &&
            compatible(f, other[0]!.figure) &&
            (origins[j]!.size > 1 || !own.has(origin(other[0]!.article.id))),
        );
      const agreement: FigureAgreement = conflictsWith.length
        ? "conflicting"
        : backed
          ? "consistent"
          : "single";
      out.push({
        id: ids[i]!,
        story: story.id,
        group,
        kind: f.kind,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        about: f.about,
        subject: r.find((p) => p.figure.subject)?.figure.subject ?? null,
        conversion: r.find((p) => p.figure.conversion)?.figure.conversion ?? null,
        occurrences: r.map((p) => spanOf(p.article, p.figure.start, p.figure.end)),
        independentSources: new Set(r.map((p) => origin(p.article.id))).size,
        agreement,
        conflictsWith,
      });
    });
  }
  return out;
}
