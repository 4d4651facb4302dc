import type { Article } from "../../model/index.js";
import {
  addToCentroid,
  cosineByTableAbove,
  cosineWithout,
  dayOf,
  emptyCentroid,
  inWindow,
  removeFromCentroid,
  tailNorms,
  TIME_WINDOW_DAYS,
  type Centroid,
  type SparseVector,
} from "./centroid.js";
import { termCounts, TERMS_PER_ARTICLE } from "./01-terms.js";
import { TermPostings } from "./postings.js";
import { TermTable } from "./term-table.js";

export type { SparseVector } from "./centroid.js";
export { TIME_WINDOW_DAYS } from "./centroid.js";

/** The inverse document frequency of a term in `df` of `n` articles (smoothed, never zero). */
export const idf = (n: number, df: number): number => Math.log((n + 1) / (df + 1)) + 1;

/** What a vector needs of the corpus: how telling each term is. */
export type TermWeights = { idf(term: number): number };

/**
 * Corpus statistics kept incrementally: how many articles contain each term. It may start from
 * counts kept elsewhere (the store's, for the terms of the batch at hand).
 */
export class TermStats implements TermWeights {
  constructor(
    private n = 0,
    private readonly df = new Map<number, number>(),
  ) {}
  observe(counts: Map<number, number>): void {
    this.n++;
    for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }
  idf(term: number): number {
    return idf(this.n, this.df.get(term) ?? 0);
  }
}

/** The TF-IDF vector of an article's counts, keeping its heaviest terms. */
export function vectorOf(counts: Map<number, number>, stats: TermWeights): SparseVector {
  const entries = [...counts].map(([t, c]) => [t, (1 + Math.log(c)) * stats.idf(t)] as const);
  entries.sort((a, b) => b[1] - a[1]);
  const kept = entries.slice(0, TERMS_PER_ARTICLE);
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return {
    terms: Uint32Array.from(kept.map(([t]) => t)),
    weights: Float32Array.from(kept.map(([, w]) => w / norm)),
  };
}

/** A story while it is being built: its centroid, and the members this index has seen join. */
type OpenStory = Centroid & {
  readonly id: number;
  /** The centroid's weights again, for scoring candidates fast (kept equal to `weights`). */
  readonly table: TermTable;
  /** Members added here; a loaded story's earlier members are only counted (`size`). */
  readonly members: string[];
};

/** A story's centroid as an index is given it or hands it back (as the store keeps it). */
export type CentroidState = Readonly<Centroid>;

/** Only an article's heaviest terms look up candidate stories; all its terms score them. */
export const LOOKUP_TERMS = 20;
/**
 * Of each lookup term's postings, only the newest this many stories within the article's time
 * window are candidates (stories are numbered as they start, so the most recently started). A
 * rare term's list is read whole; a common one's ("police", "election") would hold most of a
 * busy day's open stories and make each article's cost follow their number. The right story
 * seldom shares only common terms with an article, and a term that common adds little to the
 * cosine anyway. Candidates scored per article are then at most LOOKUP_TERMS × this, whatever
 * the number of open stories. The list order is one the store keeps too (story ids), so both
 * indexes read the same candidates.
 */
export const POSTINGS_READ_PER_TERM = 16;
/**
 * Of those candidates, only this many are scored: those found through the heaviest of the
 * article's lookup terms (their summed weights), the newest first among equals. The lists fill
 * up to the cap as a window grows (on a generated day, 91 candidates an article at 10,000 open
 * articles, 142 at 40,000), and the cosines are the cost; a story reached only through light
 * terms seldom reaches the threshold.
 */
export const STORIES_SCORED = 64;
/** How often (in added articles) stories that fell out of the time window are retired. */
const RETIRE_EVERY = 500;

/** The terms an article looks up candidate stories by. */
export const lookupTerms = (v: SparseVector): Uint32Array => v.terms.subarray(0, LOOKUP_TERMS);

/** How a story index is set up. */
export type StoryIndexOptions = {
  /** Term statistics to start from (the store's, for the batch's terms); empty by default. */
  readonly stats?: TermStats;
  /**
   * Whether stories that fell out of the time window are dropped as articles are added (a feed
   * or batch held in memory). Off for the store's working set: it holds only the stories a batch
   * can reach, and every one it changed is written back.
   */
  readonly retire?: boolean;
  /**
   * Stories read per lookup term (`POSTINGS_READ_PER_TERM` by default); `Infinity` reads every
   * posting, as the index did before the cap (for benchmarks to compare with). The store's
   * assignment reads its postings with the default, so an index it loads must keep it.
   */
  readonly postingsPerTerm?: number;
  /** Candidates scored per article (`STORIES_SCORED` by default; `Infinity`: every one). */
  readonly scoredPerArticle?: number;
};

/**
 * The story index: stories with their centroids and an inverted index from terms to the stories
 * that contain them, built one article at a time. It is the explicit corpus-level state of the
 * cluster stage; the same object serves a batch (articles added in order), a feed (articles
 * added as they come), and the store, which loads the stories a batch can reach into one.
 */
export class StoryIndex {
  readonly stats: TermStats;
  private readonly retire: boolean;
  private readonly stories = new Map<number, OpenStory>();
  private readonly postings = new TermPostings();
  private readonly postingsPerTerm: number;
  private readonly scoredPerArticle: number;
  private readonly storyOf = new Map<string, number>();
  private readonly vectors = new Map<string, { v: SparseVector; day: number | null }>();
  /** Stories whose centroid an article joined or left since the index was made. */
  private readonly changed = new Set<number>();
  private nextId = 0;
  private latestDay: number | null = null;
  private added = 0;
  private readonly retired: string[][] = [];
  /** Cosines computed against candidate stories so far: what assignment's cost follows. */
  private scored = 0;

  constructor(
    private readonly threshold: number,
    options: StoryIndexOptions = {},
  ) {
    this.stats = options.stats ?? new TermStats();
    this.retire = options.retire ?? true;
    this.postingsPerTerm = options.postingsPerTerm ?? POSTINGS_READ_PER_TERM;
    this.scoredPerArticle = options.scoredPerArticle ?? STORIES_SCORED;
  }

  /**
   * Retires stories whose last article is more than the time window before `day`: no later
   * article can join them, so their centroids and postings are dropped and only their member
   * lists are kept. This is what keeps a feed's index flat as it grows.
   */
  private retireBefore(day: number | null): void {
    const latest = day === null ? this.latestDay : Math.max(day, this.latestDay ?? day);
    if (latest === null) return;
    const gone = new Set<number>();
    const terms = new Set<number>();
    for (const s of [...this.stories.values()]) {
      if (s.last === null || s.last >= latest - 2 * TIME_WINDOW_DAYS) continue;
      for (const t of s.weights.keys()) terms.add(t);
      for (const id of s.members) this.vectors.delete(id);
      this.retired.push([...s.members]);
      this.stories.delete(s.id);
      gone.add(s.id);
    }
    if (gone.size) this.postings.deleteStories(terms, gone);
  }

  /** Cosines computed against candidate stories since the index was made. */
  get candidatesScored(): number {
    return this.scored;
  }

  /** Stories currently open to new articles. */
  get openStories(): number {
    return this.stories.size;
  }

  /** The story an article was put in. */
  story(articleId: string): number | undefined {
    return this.storyOf.get(articleId);
  }

  /** The vector an article was put in its story with. */
  vector(articleId: string): SparseVector | undefined {
    return this.vectors.get(articleId)?.v;
  }

  /** A story's centroid as it stands, or undefined once its last member left. */
  state(story: number): CentroidState | undefined {
    return this.stories.get(story);
  }

  /** Stories an article joined or left since the index was made (some may be gone since). */
  changedStories(): number[] {
    return [...this.changed];
  }

  /** Stories as lists of article ids: retired ones first, then open ones in the order they were started. */
  groups(): string[][] {
    return [
      ...this.retired.map((g) => [...g]),
      ...[...this.stories.values()].sort((a, b) => a.id - b.id).map((s) => [...s.members]),
    ];
  }

  /** Counts an article into the term statistics; call before `add` for batch-level IDF. */
  observe(article: Article): Map<number, number> {
    const counts = termCounts(article);
    this.stats.observe(counts);
    return counts;
  }

  /**
   * Takes in a story kept elsewhere, with its centroid and member count, and returns its id here.
   * Its members are not known here: only articles placed here can leave it.
   */
  load(state: CentroidState): number {
    const weights = new Map(state.weights);
    const s: OpenStory = {
      ...state,
      weights,
      table: TermTable.of(weights),
      id: this.nextId++,
      members: [],
    };
    this.stories.set(s.id, s);
    for (const t of s.weights.keys()) this.post(t, s.id);
    return s.id;
  }

  /**
   * Makes known members of a loaded story, whose vectors its centroid already sums, so that
   * refinement can move them too.
   */
  loadMembers(
    story: number,
    members: readonly { key: string; v: SparseVector; day: number | null }[],
  ): void {
    const s = this.stories.get(story)!;
    for (const m of members) {
      s.members.push(m.key);
      this.vectors.set(m.key, { v: m.v, day: m.day });
      this.storyOf.set(m.key, story);
    }
  }

  private post(term: number, story: number): void {
    this.postings.add(term, story);
  }

  /**
   * The most similar story within the time window, among the candidates: for each lookup term,
   * the newest `postingsPerTerm` stories holding it within the window. `own` is the story the
   * article is in when it is scored again, with its cosine to that story as it would be
   * without the article (the caller has it already).
   */
  private best(
    v: SparseVector,
    day: number | null,
    own?: { readonly story: number; readonly similarity: number },
  ): { story: OpenStory | null; similarity: number } {
    // Each candidate with the summed weights of the lookup terms it was found through: the
    // share of the article's vector it can match at most, a cheap rank for the cap on scoring.
    const ids: number[] = [];
    const reach: number[] = [];
    const slot = new Map<number, number>();
    for (let k = 0; k < v.terms.length && k < LOOKUP_TERMS; k++) {
      const list = this.postings.storiesOf(v.terms[k]!) ?? [];
      // Stories outside the window do not count against the cap, as the store's query skips them.
      for (let i = list.length - 1, read = 0; i >= 0 && read < this.postingsPerTerm; i--) {
        const id = list[i]!;
        if (!inWindow(day, this.stories.get(id)!)) continue;
        read++;
        const at = slot.get(id);
        if (at === undefined) {
          slot.set(id, ids.length);
          ids.push(id);
          reach.push(v.weights[k]!);
        } else reach[at]! += v.weights[k]!;
      }
    }
    // Candidates rank by highest reach, then newest: the same order wherever the same lists were
    // read. Only the first `scoredPerArticle` are scored; among equal cosines the one ranked
    // first wins, so they may be scored in any order.
    const chosen = topRanked(ids, reach, this.scoredPerArticle);
    const ranksBefore = (a: number, b: number): boolean =>
      reach[a]! > reach[b]! || (reach[a] === reach[b] && ids[a]! > ids[b]!);
    let best = -1;
    let bestSim = 0;
    const tail = tailNorms(v);
    for (const c of chosen) {
      const s = this.stories.get(ids[c]!)!;
      this.scored++;
      // Another story is scored only as far as it can still beat both the best so far and the
      // threshold: what `place` and `refine` do with a best story below the threshold does not
      // depend on which story that is, so the stories found are the same as with every cosine
      // finished.
      const sim =
        own !== undefined && own.story === s.id
          ? own.similarity
          : cosineByTableAbove(v, s.table, s.normSq, tail, Math.max(bestSim, this.threshold));
      if (sim > bestSim || (best >= 0 && sim === bestSim && ranksBefore(c, best))) {
        best = c;
        bestSim = sim;
      }
    }
    return { story: best >= 0 ? this.stories.get(ids[best]!)! : null, similarity: bestSim };
  }

  private join(articleId: string, v: SparseVector, day: number | null, s: OpenStory): void {
    s.members.push(articleId);
    addToCentroid(
      s,
      v,
      day,
      (t) => this.post(t, s.id),
      (t, w) => s.table.set(t, w),
    );
    this.storyOf.set(articleId, s.id);
    this.changed.add(s.id);
  }

  private leave(articleId: string): void {
    const id = this.storyOf.get(articleId);
    const entry = this.vectors.get(articleId);
    if (id === undefined || !entry) return;
    const s = this.stories.get(id)!;
    s.members.splice(s.members.indexOf(articleId), 1);
    removeFromCentroid(
      s,
      entry.v,
      (t) => {
        this.postings.delete(t, s.id);
        s.table.delete(t);
      },
      (t, w) => s.table.set(t, w),
    );
    if (s.size === 0) this.stories.delete(id);
    this.storyOf.delete(articleId);
    this.changed.add(id);
  }

  private open(day: number | null): OpenStory {
    const s: OpenStory = {
      ...emptyCentroid(day),
      table: new TermTable(),
      id: this.nextId++,
      members: [],
    };
    this.stories.set(s.id, s);
    return s;
  }

  /** Puts an article in the most similar story of its time window, or starts a story. */
  add(article: Article, counts: Map<number, number>): number {
    return this.addVector(article.id, vectorOf(counts, this.stats), dayOf(article.published));
  }

  /**
   * `add` for an article known by its key and vector (the store's re-clustering of its open
   * window, whose articles are rows): retires as `add` does, then places it.
   */
  addVector(key: string, v: SparseVector, day: number | null): number {
    if (this.retire && ++this.added % RETIRE_EVERY === 0) this.retireBefore(day);
    return this.place(key, v, day);
  }

  /** Puts an article, by its vector, in the most similar story of its time window, or starts one. */
  place(articleId: string, v: SparseVector, day: number | null): number {
    this.vectors.set(articleId, { v, day });
    if (day !== null && (this.latestDay === null || day > this.latestDay)) this.latestDay = day;
    const { story, similarity } = this.best(v, day);
    const target = story && similarity >= this.threshold ? story : this.open(day);
    this.join(articleId, v, day, target);
    return target.id;
  }

  /**
   * One pass that moves each article to the story now most similar to it (its own story counted
   * without itself), which undoes most of what the order of arrival decided.
   */
  refine(order: readonly string[]): number {
    let moved = 0;
    for (const id of order) {
      const entry = this.vectors.get(id);
      const current = this.storyOf.get(id);
      if (!entry || current === undefined) continue;
      const own = this.stories.get(current)!;
      // Its own story as it would be without it.
      const ownSim = own.size > 1 ? cosineWithout(entry.v, own, entry.v) : 0;
      const { story, similarity } = this.best(entry.v, entry.day, {
        story: current,
        similarity: ownSim,
      });
      if (story && story.id !== current && similarity >= this.threshold && similarity > ownSim) {
        this.leave(id);
        this.join(id, entry.v, entry.day, story);
        moved++;
      } else if (
        own.size > 1 &&
        ownSim < this.threshold &&
        (!story || similarity < this.threshold)
      ) {
        this.leave(id);
        this.join(id, entry.v, entry.day, this.open(entry.day));
        moved++;
      }
    }
    return moved;
  }

  /** Refinement passes over these articles until one moves none, at most `passes`. */
  settle(order: readonly string[], passes: number): void {
    for (let pass = 0; pass < passes; pass++) if (this.refine(order) === 0) break;
  }
}

/**
 * Indexes of the `cap` candidates ranked first, by highest reach, then highest id, in no
 * particular order: all of them when there are no more. (A sort of every candidate was a good
 * part of story assignment's time.)
 */
function topRanked(ids: readonly number[], reach: readonly number[], cap: number): number[] {
  const all = ids.map((_, i) => i);
  if (ids.length <= cap) return all;
  // The reach of the last one taken: every candidate above it is taken, and of those at it,
  // the newest as far as the cap allows.
  const sorted = Float64Array.from(reach).sort();
  const cut = sorted[sorted.length - cap]!;
  const above = all.filter((i) => reach[i]! > cut);
  const at = all.filter((i) => reach[i] === cut).sort((a, b) => ids[b]! - ids[a]!);
  return [...above, ...at.slice(0, cap - above.length)];
}
