import type { Article, Corpus, Entity, Range, ReuseRelation, Story } from "../../model/index.js";
import type {
  Quote,
  QuoteDifference,
  QuoteOccurrence,
  Reattribution,
  StoryQuote,
} from "../../model/quote.js";
import { spanOf } from "../../model/offsets.js";
import { originMap } from "../../model/reuse.js";
import { nameKey } from "../entities/02-names.js";
import { bodyNounOf, WORD } from "./00-lexicon.js";
import { holdsRole } from "./referents.js";
import { firstIndexFrom } from "../../util/sorted-search.js";
import { FUNCTION_WORDS } from "../../lang/en/function-words.js";

/**
 * Two quotations of one speaker in two articles are one utterance when this share of the
 * shorter one's words is in the other (a partial quote inside the full one counts).
 */
const SAME_QUOTE_CONTAINMENT = 0.7;
/** Fewer words than this are too little to call two quotations one on words alone. */
const SAME_QUOTE_MIN_WORDS = 2;
/**
 * An occurrence whose words, in order, match less than this share of the other wording's is
 * altered, not a variant: a spelling slip or a dropped clause keeps it above; a reworded
 * sentence ("likes selling weapons made in America" → "favors selling American-made weapons")
 * falls below.
 */
const ALTERED_BELOW = 0.8;
/**
 * Below this share of words in order, two wordings in one group are not one utterance at all
 * (a group joins through a third, longer quotation, or a copy's loose match): no alteration is
 * claimed between them. Measured on the seeds, the examples and crawled news: real alterations
 * (a reworded quote, a rewrite's paraphrase inside the marks) keep 0.47–0.77 of the words in
 * order; two different sentences of one speech or ruling keep 0.14–0.25.
 */
const SAME_UTTERANCE_FROM = 0.35;
/**
 * Between two articles neither of which copies the other, an alteration is claimed only between
 * wordings that share at least this many words in order:
 * "That would be Hillary Clinton" and "… an embarrassment for Hillary Clinton" share three, as
 * two different sentences of one person easily do.
 */
const ALTERED_MIN_SHARED = 4;
/**
 * And at least this many of the words they share in order are not function words: "But I think
 * we have a viable path" and "…, but I also think that … we have an opportunity to win …"
 * share "but I think we have a", which any two sentences of one speaker may; an outlet that
 * changes a quote keeps its nouns and verbs around the change.
 */
const ALTERED_MIN_CONTENT = 2;
/**
 * Nor where one stretch of words stands in for another of more than this many (on either side):
 * an outlet that changes a quote swaps a word or a short phrase ("go out to" → "are with");
 * "I'm [the guy they used to call] Deep Throat" against "I'm [proud of everything that] Deep
 * Throat did" are two sentences of one man. A dropped or added stretch (one side empty) is not
 * such a swap.
 */
const ALTERED_MAX_SWAP = 4;

/**
 * Between a copy and its source, a quotation of the same speaker sharing this share of words is
 * the same utterance reworded (a rewrite changes words inside the marks too).
 */
const COPY_SAME_QUOTE = 0.4;
/**
 * The same words given to another speaker: two quotations in two articles, each with a name
 * written beside it, the names not one person's, and this share of the shorter wording's words
 * in the other, in order. Only names written beside the quotes count: a pronoun or a carried
 * over speaker is our reading, and a wrong reading must not pass for an outlet's change.
 */
const OTHER_SPEAKER_SAME_WORDS = 0.8;
/** Quotations of fewer distinct words than this are phrases two people can both say. */
const OTHER_SPEAKER_MIN_WORDS = 8;
/** Reported speech in a copy that holds this share of a source quotation's words reports that quotation. */
const TURNED_MIN_SHARED = 0.4;
/**
 * A word held by more than this share of a story's distinct quotes (and by more than
 * MIN_COMMON_WORD_QUOTES of them) proposes no candidate pairs: "the" would pair every quote with
 * every other, and a story of hundreds of articles would take minutes.
 */
const COMMON_WORD_SHARE = 0.2;
const MIN_COMMON_WORD_QUOTES = 30;
/** A quote joined to several speakers' quotes goes with one that shares this many times the words of the next. */
const SHARED_LEAD = 2;
/** A copy's aligned sentence and a source quotation are one utterance when it covers this share of the sentence or the quote. */
const ALIGNED_OVERLAP = 0.5;

/**
 * Reported speech of one speaker in two articles is one statement when the shorter content has
 * this share of its words in the other: a reprint, or an outlet that reports it in nearly the
 * same words. Without quotation marks nothing says the words are the speaker's, so a rewording
 * is a variant, never an alteration.
 */
const SAME_REPORT_CONTAINMENT = 0.7;
/** Between a copy and its source (or in sentences the reuse stage aligned), the looser share. */
const COPY_SAME_REPORT = 0.4;
/** Contents of fewer distinct words are one statement only when word for word the same. */
const SAME_REPORT_MIN_WORDS = 4;
/** Words that turn a statement into its opposite ("the plant was not safe"). */
const NEGATION = /^(?:not|no|never|nobody|nothing|none|neither|nor|without|cannot)$|n['’]t$/;

export type Item = {
  article: Article;
  index: number;
  quote: Quote;
  entity: Entity | null;
  speaker: string | null;
  /** The speaker's name key, hyphens as spaces, for comparing names; read once per item. */
  speakerKey: string | null;
  words: string[];
  set: Set<string>;
};

/** "U.S." and "US" are one word. */
const ABBREVIATION_DOT = /\.(?=\p{Lu}\b)/gu;
/**
 * "[Ukraine]", "[peace planning process]": words an editor put inside the quotation marks. They
 * are not the speaker's, so an outlet that clarifies differently has not changed the quote.
 */
export const EDITORIAL_INSERTION = /\[[^\]\n]{1,80}\]/g;
const speakersWords = (s: string): string =>
  s.replace(EDITORIAL_INSERTION, " ").replace(ABBREVIATION_DOT, "");
const wordsOf = (s: string): string[] =>
  (speakersWords(s).match(WORD) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"));

/** Longest common subsequence of two word lists, as the pairs it keeps. */
function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const t = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * (m + 1) + j] =
        a[i] === b[j]
          ? t[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(t[(i + 1) * (m + 1) + j]!, t[i * (m + 1) + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  // Among equally long alignments, skip words of the longer side first, so that a fragment
  // lines up with the stretch it was taken from rather than with scattered early words.
  while (i < n && j < m) {
    const here = t[i * (m + 1) + j]!;
    if (a[i] === b[j] && n - i > m - j && t[(i + 1) * (m + 1) + j] === here) i++;
    else if (a[i] === b[j] && m - j > n - i && t[i * (m + 1) + j + 1] === here) j++;
    else if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (t[(i + 1) * (m + 1) + j]! >= t[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The longest stretch of words of either wording that stands in for a stretch of the other
 * between two words they share in order (0 when every difference only drops or adds words).
 */
function longestSwap(pairs: readonly (readonly [number, number])[]): number {
  let longest = 0;
  for (let k = 1; k < pairs.length; k++) {
    const del = pairs[k]![0] - pairs[k - 1]![0] - 1;
    const ins = pairs[k]![1] - pairs[k - 1]![1] - 1;
    if (del > 0 && ins > 0) longest = Math.max(longest, del, ins);
  }
  return longest;
}

/** How many of the words `pairs` (from `lcs(a, …)`) holds are not function words. */
function contentShared(
  pairs: readonly (readonly [number, number])[],
  a: readonly string[],
): number {
  let n = 0;
  for (const [i] of pairs) if (!FUNCTION_WORDS.has(a[i]!)) n++;
  return n;
}

/** Share of the shorter wording's words that the other has in the same order. */
export function orderedMatch(a: readonly string[], b: readonly string[]): number {
  return shareOfShorter(lcs(a, b), a, b);
}

/** The share of the shorter wording's words that `pairs` (from `lcs(a, b)`) holds. */
function shareOfShorter(
  pairs: readonly (readonly [number, number])[],
  a: readonly string[],
  b: readonly string[],
): number {
  const shorter = Math.min(a.length, b.length);
  return shorter === 0 ? 0 : pairs.length / shorter;
}

/**
 * A word-level difference from `a` to `b` over the stretch they share: `−[likes] +[favors]`.
 * Words before the first and after the last shared word (one is a fragment of the other) are
 * not differences.
 */
export function wordDiff(a: string, b: string): string {
  const wa = speakersWords(a).match(WORD) ?? [];
  const wb = speakersWords(b).match(WORD) ?? [];
  const pairs = lcs(wordsOf(a), wordsOf(b));
  const parts: string[] = [];
  for (let k = 1; k < pairs.length; k++) {
    const [i0, j0] = pairs[k - 1]!;
    const [i1, j1] = pairs[k]!;
    const del = wa.slice(i0 + 1, i1).join(" ");
    const ins = wb.slice(j0 + 1, j1).join(" ");
    if (del || ins)
      parts.push(`${del ? `−[${del}]` : ""}${del && ins ? " " : ""}${ins ? `+[${ins}]` : ""}`);
  }
  return parts.join("; ");
}

function unionFind(n: number): {
  find: (i: number) => number;
  join: (i: number, j: number) => void;
} {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return { find, join: (i, j) => void (parent[find(i)] = find(j)) };
}

type UnionFind = ReturnType<typeof unionFind>;

/** The items of `list` by the union-find set each belongs to, in the order of their first item. */
function groupsOf(list: readonly Item[], uf: UnionFind): Item[][] {
  const groups = new Map<number, Item[]>();
  list.forEach((it, i) => {
    const root = uf.find(i);
    const g = groups.get(root);
    if (g) g.push(it);
    else groups.set(root, [it]);
  });
  return [...groups.values()];
}

/**
 * Pairs of `distinct` items (indexes into `list`, in different articles) that `accepts` and whose
 * shorter side has at least `threshold` of its words in the other, given to `visit`. Pairs are
 * proposed through shared words; words most items hold ("the", "we") propose none, since every
 * pair they would add shares rarer words too or is no match (the containment test counts all
 * words).
 */
function alikePairs(
  list: readonly Item[],
  distinct: readonly number[],
  accepts: (a: Item, b: Item) => boolean,
  threshold: (a: Item, b: Item) => number,
  minWords: number,
  visit: (i: number, j: number) => void,
): void {
  // Pairs are of two articles: a story of one article (however long) has none to look for.
  const first = distinct.length > 0 ? list[distinct[0]!]!.article : "";
  if (distinct.every((i) => list[i]!.article === first)) return;
  const df = new Map<string, number>();
  for (const i of distinct) for (const w of list[i]!.set) df.set(w, (df.get(w) ?? 0) + 1);
  const commonFrom = Math.max(MIN_COMMON_WORD_QUOTES, distinct.length * COMMON_WORD_SHARE);
  const byWord = new Map<string, number[]>();
  for (const i of distinct) {
    const it = list[i]!;
    const candidates = new Set<number>();
    for (const w of it.set) {
      if ((df.get(w) ?? 0) > commonFrom) continue;
      const seen = byWord.get(w);
      if (seen) for (const j of seen) candidates.add(j);
      else byWord.set(w, []);
      byWord.get(w)!.push(i);
    }
    for (const j of candidates) {
      const other = list[j]!;
      if (other.article === it.article || !accepts(it, other)) continue;
      const smaller = Math.min(it.set.size, other.set.size);
      if (smaller < minWords) continue;
      let n = 0;
      const [few, many] = it.set.size <= other.set.size ? [it.set, other.set] : [other.set, it.set];
      for (const w of few) if (many.has(w)) n++;
      if (n / smaller >= threshold(it, other)) visit(i, j);
    }
  }
}

/**
 * Joins the items of `list` that are one statement in two articles: the same words by the same
 * speaker at once (reprints; only the first goes on to the pairwise test, which keeps a story
 * of many reprints linear), and the pairs `alikePairs` finds.
 */
function joinAlike(
  list: readonly Item[],
  uf: UnionFind,
  accepts: (a: Item, b: Item) => boolean,
  threshold: (a: Item, b: Item) => number,
  minWords = SAME_QUOTE_MIN_WORDS,
): void {
  const firstWithText = new Map<string, number>();
  const distinct: number[] = [];
  list.forEach((it, i) => {
    const key = `${it.entity?.id ?? it.speaker ?? ""}\n${it.words.join(" ")}`;
    const first = firstWithText.get(key);
    if (first !== undefined && list[first]!.article !== it.article) uf.join(first, i);
    else {
      if (first === undefined) firstWithText.set(key, i);
      distinct.push(i);
    }
  });
  alikePairs(list, distinct, accepts, threshold, minWords, uf.join);
}

const overlap = (a: Range, b: Range): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The entity a speaker name stands for in this story, by its spelling or its name key. */
function entityFinder(
  entities: readonly Entity[],
): (name: string | null, key: string | null) => Entity | null {
  const byForm = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type === "place" || e.type === "other") continue;
    for (const f of [e.name, ...e.aliases]) {
      byForm.set(f, e);
      byForm.set(nameKey(f), e);
    }
  }
  return (name, key) =>
    (name && (byForm.get(name) ?? byForm.get(nameKey(name)))) || (key && byForm.get(key)) || null;
}

/** "the Prime Minister", "the airport": a description alone, as written. */
const DESCRIPTION = /^the\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)$/iu;
/** A body the story names with a noun is "the <noun>" when it is in this many times the articles of the next. */
const BODY_LEAD = 2;

/**
 * What a description the article left unresolved stands for in the story: the one person whose
 * titles hold the role ("the Prime Minister" → the story's only prime minister), or the body
 * whose name holds the noun, when it leads the others by far ("the airport" → the airport most
 * articles name). Two candidates and no clear lead: nobody.
 */
export function storyReferent(entities: readonly Entity[], phrase: string): Entity | null {
  return referentReader(entities)(phrase);
}

/**
 * `storyReferent` for many phrases of one story: what a body noun or a role finds is read once
 * for each noun and role, and only the entities with titles are read for roles (a long article
 * holds thousands of descriptions, "the harbour committee", "the council", and as many entities).
 */
export function referentReader(entities: readonly Entity[]): (phrase: string) => Entity | null {
  const byNoun = new Map<string, Entity | null>();
  const byRole = new Map<string, Entity | null>();
  let titled: Entity[] | null = null;
  return (phrase) => {
    const role = DESCRIPTION.exec(phrase.trim())?.[1]?.toLowerCase();
    if (!role) return null;
    const body = bodyNounOf(role.split(/\s+/).at(-1)!);
    if (body) {
      if (body.plural) return null;
      let found = byNoun.get(body.noun);
      if (found === undefined) byNoun.set(body.noun, (found = bodyReferent(entities, body.noun)));
      return found;
    }
    let found = byRole.get(role);
    if (found === undefined) {
      titled ??= entities.filter(
        (e) => (e.type === "person" || e.type === "other") && e.titles.length > 0,
      );
      const holding = titled.filter((e) => e.titles.some((t) => holdsRole(t, role)));
      byRole.set(role, (found = holding.length === 1 ? holding[0]! : null));
    }
    return found;
  };
}

/** The body the story names with `noun` ("the airport"), when one such name leads the others. */
function bodyReferent(entities: readonly Entity[], noun: string): Entity | null {
  const word = new RegExp(`\\b${noun}\\b`, "i");
  // Spellings of one body ("Harbour Point Airport", "Harbour Point International Airport")
  // count together: one name's words all in the other's.
  const named: { entity: Entity; words: Set<string>; articles: Set<string> }[] = [];
  for (const e of entities) {
    if (e.type === "person" || !word.test(e.name)) continue;
    const words = new Set(e.name.toLowerCase().split(/\s+/));
    const same = named.find(
      (n) => [...words].every((w) => n.words.has(w)) || [...n.words].every((w) => words.has(w)),
    );
    if (!same) named.push({ entity: e, words, articles: new Set(e.articles) });
    else {
      for (const a of e.articles) same.articles.add(a);
      if (words.size > same.words.size) [same.entity, same.words] = [e, words];
    }
  }
  named.sort((a, b) => b.articles.size - a.articles.size);
  const [first, second] = named;
  return first && (!second || first.articles.size >= BODY_LEAD * second.articles.size)
    ? first.entity
    : null;
}

/** Could two items be the same speaker's? Two entities must be one; two unresolved names must agree. */
function compatible(a: Item, b: Item): boolean {
  if (a.entity && b.entity && a.entity === b.entity) return true;
  if (!a.speaker || !b.speaker) return !(a.entity && b.entity);
  // Spelled apart ("Okafor-Lindqvist", "Okafor Lindqvist") or a surname alone.
  const x = a.speakerKey!;
  const y = b.speakerKey!;
  if (x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`)) return true;
  return !(a.entity && b.entity) && !(a.entity || b.entity);
}

/** One speaker for two items: the same story entity, or names that agree ("Okafor-Lindqvist", "Ilsa Okafor Lindqvist"). */
function sameSpeaker(a: Item, b: Item): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  if (!a.speaker || !b.speaker) return false;
  const x = a.speakerKey!;
  const y = b.speakerKey!;
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/** A speaker written beside the quote (a name, a pronoun, a description), not carried over. */
const written = (it: Item): boolean => !!it.speaker && it.quote.speaker?.from !== "carried";
const carried = (it: Item): boolean => !!it.speaker && it.quote.speaker?.from === "carried";

/**
 * Items that agree on a speaker, among those `strong` says to trust; the others join the one
 * speaker when there is exactly one (or one they agree with), and are left over otherwise.
 */
function partition(items: readonly Item[], strong: (it: Item) => boolean): [Item[][], Item[]] {
  const classes: Item[][] = [];
  const agreeing = (it: Item): Item[] | undefined =>
    classes.find((c) => c.some((o) => sameSpeaker(o, it)));
  for (const it of items) {
    if (!strong(it)) continue;
    const c = agreeing(it);
    if (c) c.push(it);
    else classes.push([it]);
  }
  const left: Item[] = [];
  for (const it of items) {
    if (strong(it)) continue;
    const c =
      classes.length === 1
        ? classes[0]
        : ((it.speaker ? agreeing(it) : undefined) ?? mostShared(it, classes));
    if (c) c.push(it);
    else left.push(it);
  }
  return [classes, left];
}

/**
 * A quotation joined to several speakers' quotes through shared words ("involved in an incident"
 * inside a longer statement) belongs with the one it shares most words with, when that one
 * clearly leads (SHARED_LEAD times the next); else with none.
 */
function mostShared(it: Item, classes: readonly Item[][]): Item[] | undefined {
  let best: Item[] | undefined;
  let top = 0;
  let next = 0;
  for (const c of classes) {
    let n = 0;
    for (const o of c) {
      let k = 0;
      for (const w of o.set) if (it.set.has(w)) k++;
      n = Math.max(n, k);
    }
    if (n > top) [best, top, next] = [c, n, top];
    else if (n > next) next = n;
  }
  return top >= SAME_QUOTE_MIN_WORDS && top >= SHARED_LEAD * next ? best : undefined;
}

/**
 * One quote group per speaker. Articles that name different speakers for the same words keep
 * each its own speaker (the brief never shows one article's quote under another's attribution).
 * A speaker written beside the quote outweighs one carried over from the quote before, and a
 * quote an article leaves unattributed takes the speaker the other articles agree on; when they
 * disagree it stays unattributed.
 */
export function splitBySpeaker(g: readonly Item[]): Item[][] {
  const [named, rest] = partition(g, written);
  if (rest.length === 0) return named;
  const [carriedOver, unattributed] = partition(rest, carried);
  return [...named, ...carriedOver, ...(unattributed.length ? [unattributed] : [])];
}

/**
 * The pieces of a quotation grouped by paragraph: one range per paragraph it covers. A quotation
 * set around its attribution in one paragraph ("“We will,” she said, “and soon.”") is one range.
 */
export function paragraphParts(article: Article, q: Quote): Range[] {
  const parts: Range[] = [];
  let paragraph = -1;
  const paras = article.paragraphs;
  // The paragraph of the first piece by binary search, not a walk from the article's start
  // (quotes × paragraphs on a long article), the last one when past them all, as the walk
  // stops there; later pieces walk on from it.
  const first = q.pieces[0];
  let p = first
    ? Math.min(
        firstIndexFrom(paras, first.start, (x) => x.end),
        Math.max(0, paras.length - 1),
      )
    : 0;
  for (const piece of q.pieces) {
    while (p < paras.length - 1 && paras[p]!.end < piece.start) p++;
    const last = parts[parts.length - 1];
    if (last && p === paragraph) parts[parts.length - 1] = { start: last.start, end: piece.end };
    else parts.push({ start: piece.start, end: piece.end });
    paragraph = p;
  }
  return parts;
}

/** Where an item's quote stands: one occurrence, or one per paragraph it runs over. */
function occurrencesOf(it: Item): QuoteOccurrence[] {
  const q = it.quote;
  const base = {
    kind: q.kind,
    venue: q.venue,
    when: q.when,
    cue: q.cue?.text ?? null,
    speakerText: q.speaker?.text ?? null,
  };
  const parts = q.kind === "indirect" ? [] : paragraphParts(it.article, q);
  if (parts.length <= 1)
    return [{ ...base, span: spanOf(it.article, q.start, q.end), part: null, text: q.text }];
  return parts.map((r, index) => {
    const span = spanOf(it.article, r.start, r.end);
    const text = it.article.clean.slice(r.start, r.end);
    return { ...base, span, part: { index: index + 1, of: parts.length }, text };
  });
}

/** The negations and the numbers of a content: two reports that differ in either say different things. */
const polarityAndNumbers = (it: Item): string =>
  [
    it.words.some((w) => NEGATION.test(w)) ? "not" : "",
    ...[...it.set].filter((w) => /\d/.test(w)).sort(),
  ].join(" ");

/**
 * Reported statements joined across the story's articles: the same speaker (`sameSpeaker`: an
 * unattributed report joins only its word-for-word reprints), the same negation and figures, and
 * most words shared, or fewer between a copy and its source. `aligned` are pairs of reports in
 * sentences the reuse stage aligned between a copy and its source, joined on the looser share.
 */
function reportedGroups(
  reports: readonly Item[],
  related: ReadonlySet<string>,
  aligned: readonly [Item, Item][],
): Item[][] {
  const uf = unionFind(reports.length);
  // read once per report, not once per candidate pair
  const says = new Map(reports.map((it) => [it, polarityAndNumbers(it)]));
  const agree = (a: Item, b: Item): boolean => sameSpeaker(a, b) && says.get(a) === says.get(b);
  joinAlike(
    reports,
    uf,
    agree,
    (a, b) =>
      related.has(`${a.article.id}\n${b.article.id}`) ? COPY_SAME_REPORT : SAME_REPORT_CONTAINMENT,
    SAME_REPORT_MIN_WORDS,
  );
  const indexOf = new Map(reports.map((it, i) => [it, i]));
  for (const [a, b] of aligned) {
    if (!agree(a, b)) continue;
    let n = 0;
    for (const w of a.set) if (b.set.has(w)) n++;
    if (n >= COPY_SAME_REPORT * Math.min(a.set.size, b.set.size))
      uf.join(indexOf.get(a)!, indexOf.get(b)!);
  }
  return groupsOf(reports, uf);
}

/**
 * How the wordings of one group differ: each article's wording against the closest earlier one
 * in another article (a copy's against its source's), once per wording however many outlets
 * carry it. A fragment of the other's words is a variant that quotes (or reports) part of it; a
 * quotation with fewer than ALTERED_BELOW of the words in order is altered. Reported speech
 * (`reported`) has no words to alter: every other wording is a variant.
 */
function wordingChanges(
  g: readonly Item[],
  sourceOf: ReadonlyMap<string, string>,
  reported: boolean,
): { variants: QuoteDifference[]; altered: QuoteDifference[] } {
  const first = g[0]!;
  const variants: QuoteDifference[] = [];
  const altered: QuoteDifference[] = [];
  const wordings = new Map<string, Item>();
  const verb = reported ? "reports" : "quotes";
  g.forEach((it, k) => {
    const wording = it.words.join(" ");
    const earlier = [...wordings.values()];
    if (!wordings.has(wording)) wordings.set(wording, it);
    if (k === 0 || it.article === first.article) return;
    const source = sourceOf.get(it.article.id);
    const fromSource = source ? g.slice(0, k).filter((o) => o.article.id === source) : [];
    let best: Item | null = null;
    let bestScore = -1;
    for (const o of fromSource.length ? fromSource : earlier) {
      if (o.article === it.article) continue;
      // Most words in common, in order.
      const score = lcs(o.words, it.words).length;
      if (score > bestScore) [best, bestScore] = [o, score];
    }
    if (!best || best.words.join(" ") === wording) return;
    const d = {
      article: it.article.id,
      text: it.quote.text,
      against: best.article.id,
      diff: wordDiff(best.quote.text, it.quote.text),
    };
    if (!d.diff) {
      const more = it.words.length < best.words.length ? "part" : "more";
      variants.push({ ...d, diff: `${verb} ${more} of it` });
      return;
    }
    const pairs = lcs(best.words, it.words);
    const match = shareOfShorter(pairs, best.words, it.words);
    if (reported) variants.push(d);
    else if (match < SAME_UTTERANCE_FROM) return;
    else if (match >= ALTERED_BELOW) variants.push(d);
    // Between a copy and its source the text around says it is one utterance, however reworded;
    // between two reports only the words do: too few in common, or a whole phrase for another,
    // and they are two utterances, not one changed.
    else if (
      best.article.id === source ||
      (pairs.length >= ALTERED_MIN_SHARED &&
        contentShared(pairs, best.words) >= ALTERED_MIN_CONTENT &&
        longestSwap(pairs) <= ALTERED_MAX_SWAP)
    )
      altered.push(d);
  });
  return { variants, altered };
}

/** A person's name written beside the quote, that the article's mentions know as a name. */
const personNamedBeside = (it: Item): boolean =>
  it.quote.speaker?.from === "named" &&
  it.quote.speaker.key !== null &&
  it.quote.speaker.type === "person" &&
  !!it.quote.speaker.name &&
  !!it.speaker;

/** The speaker's name as the article writes it, folded as name keys are ("Williams", "a j smith"). */
const writtenKey = (it: Item): string => nameKey(it.quote.speaker!.name!).replace(/-/g, " ");

/**
 * Two people, by the names written and by the story's entities: "Williams" beside one quote and
 * "Jumaane Williams" beside the other may be one person whatever the entities say.
 */
function differentPeople(a: Item, b: Item): boolean {
  if (compatible(a, b)) return false;
  const x = writtenKey(a);
  const y = writtenKey(b);
  return !(x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`));
}

/** Does `text`, folded as a name key, hold the surname of the item's written speaker as a word? */
function holdsSurname(text: string, it: Item): boolean {
  const surname = writtenKey(it).split(" ").at(-1)!;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|[^\\p{L}])${escaped}(?![\\p{L}])`, "u").test(nameKey(text));
}

/**
 * Is the name beside either quote doubtful? The paragraph of one quote (the quote included)
 * names the other's speaker, so the article speaks of both and the name read may be the wrong
 * one of two ("X, who plays Y, said: …"); or a quotation names its own speaker ("Hugh is the
 * ideal host"), so it is likely about them, not by them.
 */
function doubtfulSpeakers(a: Item, b: Item): boolean {
  const paragraph = (it: Item): string => {
    const p = it.article.paragraphs[it.quote.paragraph];
    return p ? it.article.clean.slice(p.start, p.end) : it.quote.text;
  };
  return (
    holdsSurname(paragraph(a), b) ||
    holdsSurname(paragraph(b), a) ||
    holdsSurname(a.quote.text, a) ||
    holdsSurname(b.quote.text, b)
  );
}

/**
 * Quotations whose words the story's first article to give them (with a name beside them)
 * gives to another person, each with that first one. An article that follows the first
 * attribution is not flagged, whoever else differs. `before` orders articles as the story does.
 */
function otherSpeakers(
  direct: readonly Item[],
  before: (x: Article, y: Article) => number,
): Map<Item, Item> {
  const named = direct
    .map((it, i) => [it, i] as const)
    .filter(([it]) => personNamedBeside(it))
    .sort(([x], [y]) => before(x.article, y.article) || x.quote.start - y.quote.start);
  // One item per name as written and wording, the earliest: a wording reprinted by many articles
  // under one name is compared once (the pairs would otherwise grow as their square).
  const firstOf = new Map<string, number>();
  const repOf = new Map<Item, Item>();
  for (const [it, i] of named) {
    const key = `${writtenKey(it)}\n${it.words.join(" ")}`;
    if (!firstOf.has(key)) firstOf.set(key, i);
    repOf.set(it, direct[firstOf.get(key)!]!);
  }
  const earliest = new Map<Item, Item>();
  const note = (x: Item, y: Item): void => {
    const seen = earliest.get(x);
    if (!seen || before(y.article, seen.article) < 0) earliest.set(x, y);
  };
  alikePairs(
    direct,
    [...firstOf.values()],
    () => true,
    () => OTHER_SPEAKER_SAME_WORDS,
    OTHER_SPEAKER_MIN_WORDS,
    (i, j) => {
      const [a, b] = [direct[i]!, direct[j]!];
      // Words in order are checked only where a flag could follow: a pair of one person's quotes
      // sharing most words stands as an earlier attribution by that person without it, which
      // can only spare a later quote of theirs a flag (and an alignment per pair of a story's
      // reprints under two spellings of one name is most of the cost).
      if (differentPeople(a, b) && orderedMatch(a.words, b.words) < OTHER_SPEAKER_SAME_WORDS)
        return;
      note(a, b);
      note(b, a);
    },
  );
  const out = new Map<Item, Item>();
  for (const [it] of named) {
    const rep = repOf.get(it)!;
    const other = earliest.get(rep);
    if (!other) continue;
    // The first attribution: this wording's own under this name, when no other came earlier.
    const first = before(rep.article, other.article) <= 0 ? rep : other;
    if (before(first.article, it.article) >= 0) continue;
    if (differentPeople(it, first) && !doubtfulSpeakers(it, first)) out.set(it, first);
  }
  return out;
}

/** What a story's quotes are merged with: its entities, and the reuse relations of its copies. */
type StoryParts = {
  readonly entities: readonly Entity[];
  readonly reuse: readonly ReuseRelation[];
  /** Each article's copy-group origin (an article outside every group is its own). */
  readonly origins: ReadonlyMap<string, string>;
};

/** How many copy-group origins a group's articles come from: its independent sources. */
const independentSourcesOf = (g: readonly Item[], origins: ReadonlyMap<string, string>): number =>
  new Set(g.map((it) => origins.get(it.article.id) ?? it.article.id)).size;

/** The quotes of one story, merged across its articles. */
function quotesOfStory(story: Story, parts: StoryParts, byId: Map<string, Article>): StoryQuote[] {
  const articles = story.articles.map((id) => byId.get(id)!).filter((a) => a && a.quotes);
  const storyEntities = parts.entities;
  const findEntity = entityFinder(storyEntities);
  const reuse = parts.reuse;
  const copies = new Set(reuse.map((r) => r.copy));
  const related = new Set(
    reuse.flatMap((r) => [`${r.copy}\n${r.source}`, `${r.source}\n${r.copy}`]),
  );
  const order = new Map(story.articles.map((id, i) => [id, i]));
  // Earliest date first, then an origin before its copies, then the story's order.
  const rank = (a: Article): [string, number, number] => [
    a.published ?? "9999",
    copies.has(a.id) ? 1 : 0,
    order.get(a.id) ?? 0,
  ];
  const before = (x: Article, y: Article): number => {
    const [d1, c1, o1] = rank(x);
    const [d2, c2, o2] = rank(y);
    return d1 < d2 ? -1 : d1 > d2 ? 1 : c1 - c2 || o1 - o2;
  };

  // A description ("the council") is looked up once a story: it is read against every entity,
  // and an article can hold thousands of quotes with the same few descriptions.
  const referentOf = referentReader(storyEntities);
  const items: Item[] = [];
  for (const a of articles) {
    a.quotes!.forEach((q, index) => {
      const sp = q.speaker;
      const entity = sp
        ? (findEntity(sp.name, sp.key) ??
          (sp.name === sp.text && !sp.key ? referentOf(sp.text) : null))
        : null;
      const words = wordsOf(q.text);
      const speaker = entity?.name ?? q.speaker?.name ?? null;
      items.push({
        article: a,
        index,
        quote: q,
        entity,
        speaker,
        speakerKey: speaker ? nameKey(speaker).replace(/-/g, " ") : null,
        words,
        set: new Set(words),
      });
    });
  }
  const direct = items.filter((it) => it.quote.kind !== "indirect");
  const uf = unionFind(direct.length);
  joinAlike(direct, uf, compatible, (it, other) =>
    !!it.entity &&
    it.entity === other.entity &&
    related.has(`${it.article.id}\n${other.article.id}`)
      ? COPY_SAME_QUOTE
      : SAME_QUOTE_CONTAINMENT,
  );
  // A copy's sentence aligned with a source sentence: quotations in both are one utterance.
  const indexOf = new Map(direct.map((it, i) => [it, i]));
  const itemsOf = new Map<string, Item[]>();
  for (const it of items) {
    const list = itemsOf.get(it.article.id) ?? [];
    list.push(it);
    itemsOf.set(it.article.id, list);
  }
  const inRange = (id: string, r: Range, kinds: "direct" | "indirect"): Item[] =>
    (itemsOf.get(id) ?? []).filter(
      (it) =>
        (kinds === "indirect") === (it.quote.kind === "indirect") &&
        overlap(it.quote.outer, r) >=
          ALIGNED_OVERLAP * Math.min(r.end - r.start, it.quote.outer.end - it.quote.outer.start),
    );
  const turned: { relation: ReuseRelation; source: Item; span: Range }[] = [];
  const aligned: [Item, Item][] = [];
  for (const r of reuse) {
    for (const e of r.evidence) {
      for (const s of inRange(r.source, e.source, "indirect"))
        for (const c of inRange(r.copy, e.copy, "indirect")) aligned.push([s, c]);
      const src = inRange(r.source, e.source, "direct");
      if (src.length === 0) continue;
      const cp = inRange(r.copy, e.copy, "direct");
      for (const s of src)
        for (const c of cp) if (compatible(s, c)) uf.join(indexOf.get(s)!, indexOf.get(c)!);
      if (cp.length > 0) continue;
      // No quotation in the copy's sentence: reported speech there turned the quotation indirect.
      for (const ind of inRange(r.copy, e.copy, "indirect")) {
        let best: Item | null = null;
        let shared = -1;
        for (const s of src) {
          if (!compatible(s, ind)) continue;
          let n = 0;
          for (const w of ind.set) if (s.set.has(w)) n++;
          if (n > shared) [best, shared] = [s, n];
        }
        if (best) turned.push({ relation: r, source: best, span: ind.quote.outer });
      }
    }
  }

  // Without an aligned sentence: reported speech of the same speaker in a copy that shares much
  // of a source quotation's words, where the copy does not quote it.
  const done = new Set(turned.map((t) => t.span.start + t.relation.copy));
  for (const r of reuse) {
    const src = (itemsOf.get(r.source) ?? []).filter(
      (it) => it.quote.kind === "direct" && it.entity,
    );
    const quotedInCopy = new Set(
      (itemsOf.get(r.copy) ?? [])
        .filter((it) => it.quote.kind !== "indirect")
        .map((it) => uf.find(indexOf.get(it)!)),
    );
    for (const ind of itemsOf.get(r.copy) ?? []) {
      if (ind.quote.kind !== "indirect" || !ind.entity || done.has(ind.quote.start + r.copy))
        continue;
      for (const s of src) {
        if (s.entity !== ind.entity || quotedInCopy.has(uf.find(indexOf.get(s)!))) continue;
        let n = 0;
        for (const w of s.set) if (ind.set.has(w)) n++;
        if (n / s.set.size >= TURNED_MIN_SHARED) {
          turned.push({ relation: r, source: s, span: ind.quote.outer });
          break;
        }
      }
    }
  }
  // The first relation of each copy names its source (as reuse.find would).
  const sourceOf = new Map<string, string>();
  for (const r of reuse) if (!sourceOf.has(r.copy)) sourceOf.set(r.copy, r.source);
  // Turned quotations by their source item, in the order found.
  const turnedOf = new Map<Item, number[]>();
  turned.forEach((t, i) => {
    const list = turnedOf.get(t.source);
    if (list) list.push(i);
    else turnedOf.set(t.source, [i]);
  });
  /** Groups split by speaker, each in story order (earliest first), the groups by their first. */
  const inStoryOrder = (groups: Item[][]): Item[][] =>
    groups
      .flatMap(splitBySpeaker)
      .map((g) => g.sort((x, y) => before(x.article, y.article) || x.quote.start - y.quote.start))
      .sort(
        (x, y) => before(x[0]!.article, y[0]!.article) || x[0]!.quote.start - y[0]!.quote.start,
      );
  /** What a story quote says of its group whatever its kind: words, speaker, where it stands. */
  const common = (g: readonly Item[]) => {
    const first = g[0]!;
    const names = g.map((it) => it.speaker).filter((s): s is string => !!s);
    const entity = g.find((it) => it.entity)?.entity ?? null;
    return {
      id: "",
      story: story.id,
      text: first.quote.text,
      speaker: entity?.name ?? names[0] ?? null,
      speakerEntity: entity?.id ?? null,
      occurrences: g.flatMap(occurrencesOf),
      first: first.article.id,
      independentSources: independentSourcesOf(g, parts.origins),
    };
  };
  const givenElsewhere = otherSpeakers(direct, before);
  const reattributions = (g: readonly Item[]): Reattribution[] =>
    g.flatMap((it) => {
      const earlier = givenElsewhere.get(it);
      return earlier
        ? [
            {
              article: it.article.id,
              span: spanOf(it.article, it.quote.start, it.quote.end),
              speaker: it.speaker!,
              against: earlier.article.id,
              againstSpan: spanOf(earlier.article, earlier.quote.start, earlier.quote.end),
              againstSpeaker: earlier.speaker!,
            },
          ]
        : [];
    });
  const out: StoryQuote[] = [];
  for (const g of inStoryOrder(groupsOf(direct, uf))) {
    const { variants, altered } = wordingChanges(g, sourceOf, false);
    out.push({
      ...common(g),
      kind: g[0]!.quote.kind,
      variants,
      altered,
      turnedIndirect: [...new Set(g.flatMap((it) => turnedOf.get(it) ?? []))]
        .sort((a, b) => a - b)
        .map((i) => turned[i]!)
        .map((t) => ({
          article: t.relation.copy,
          span: spanOf(byId.get(t.relation.copy)!, t.span.start, t.span.end),
          against: t.relation.source,
        })),
      reattributed: reattributions(g),
    });
  }
  const reports = items.filter((x) => x.quote.kind === "indirect");
  for (const g of inStoryOrder(reportedGroups(reports, related, aligned))) {
    out.push({
      ...common(g),
      kind: "indirect",
      variants: wordingChanges(g, sourceOf, true).variants,
      altered: [],
      turnedIndirect: [],
      reattributed: [],
    });
  }
  return out.map((q, i) => ({ ...q, id: `${story.id}/q${i + 1}` }));
}

/**
 * Each story's entities and the reuse relations whose copy is in it, in corpus order, found in
 * one pass over each list instead of one per story.
 */
function partsByStory(corpus: Corpus): (story: Story) => StoryParts {
  const entities = new Map<string, Entity[]>();
  for (const e of corpus.entities ?? []) {
    const list = entities.get(e.story);
    if (list) list.push(e);
    else entities.set(e.story, [e]);
  }
  const reuseOfCopy = new Map<string, number[]>();
  (corpus.reuse ?? []).forEach((r, i) => {
    const list = reuseOfCopy.get(r.copy);
    if (list) list.push(i);
    else reuseOfCopy.set(r.copy, [i]);
  });
  const origins = originMap(corpus.copyGroups ?? []);
  return (story) => {
    const at = new Set(story.articles.flatMap((id) => reuseOfCopy.get(id) ?? []));
    return {
      entities: entities.get(story.id) ?? [],
      reuse: [...at].sort((a, b) => a - b).map((i) => corpus.reuse![i]!),
      origins,
    };
  };
}

/** Every story's quotes: one entry per utterance, with its occurrences, variants and alterations. */
export function storyQuotes(corpus: Corpus): StoryQuote[] {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const partsOf = partsByStory(corpus);
  return corpus.stories.flatMap((s) => quotesOfStory(s, partsOf(s), byId));
}
