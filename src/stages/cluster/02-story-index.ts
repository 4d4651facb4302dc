import type { Article } from "../../model/index.js";
import { termCounts, TERMS_PER_ARTICLE } from "./01-terms.js";

/** A sparse, L2-normalised vector: parallel arrays of term hashes and weights. */
export type SparseVector = { readonly terms: Uint32Array; readonly weights: Float32Array };

/** Corpus statistics kept incrementally: how many articles contain each term. */
export class TermStats {
  private readonly df = new Map<number, number>();
  private n = 0;
  observe(counts: Map<number, number>): void {
    this.n++;
    for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }
  idf(term: number): number {
    return Math.log((this.n + 1) / ((this.df.get(term) ?? 0) + 1)) + 1;
  }
}

/** The TF-IDF vector of an article's counts, keeping its heaviest terms. */
export function vectorOf(counts: Map<number, number>, stats: TermStats): SparseVector {
  const entries = [...counts].map(([t, c]) => [t, (1 + Math.log(c)) * stats.idf(t)] as const);
  entries.sort((a, b) => b[1] - a[1]);
  const kept = entries.slice(0, TERMS_PER_ARTICLE);
  const norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return {
    terms: Uint32Array.from(kept.map(([t]) => t)),
    weights: Float32Array.from(kept.map(([, w]) => w / norm)),
  };
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string | null): number | null =>
  iso ? Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS) : null;

/**
 * An article joins a story only within this many days of the story's dates: a story is one news
 * cycle, and the window bounds the stories any article is compared with.
 */
export const TIME_WINDOW_DAYS = 10;

/** A story while it is being built: members and the sum of their vectors. */
type OpenStory = {
  readonly id: number;
  readonly members: string[];
  readonly centroid: Map<number, number>;
  /** Squared norm of the centroid, kept up to date term by term. */
  normSq: number;
  first: number | null;
  last: number | null;
};

/** Only an article's heaviest terms look up candidate stories; all its terms score them. */
const LOOKUP_TERMS = 20;
/** How often (in added articles) stories that fell out of the time window are retired. */
const RETIRE_EVERY = 500;

/**
 * The story index: stories with their centroids and an inverted index from terms to the stories
 * that contain them, built one article at a time. It is the explicit corpus-level state of the
 * cluster stage; the same object serves a batch (articles added in order) and a feed (articles
 * added as they come).
 */
export class StoryIndex {
  readonly stats = new TermStats();
  private readonly stories = new Map<number, OpenStory>();
  private readonly postings = new Map<number, Set<number>>();
  private readonly storyOf = new Map<string, number>();
  private readonly vectors = new Map<string, { v: SparseVector; day: number | null }>();
  private nextId = 0;
  private latestDay: number | null = null;
  private added = 0;
  private readonly retired: string[][] = [];

  /**
   * Retires stories whose last article is more than the time window before `day`: no later
   * article can join them, so their centroids and postings are dropped and only their member
   * lists are kept. This is what keeps a feed's index flat as it grows.
   */
  private retireBefore(day: number | null): void {
    const latest = day === null ? this.latestDay : Math.max(day, this.latestDay ?? day);
    if (latest === null) return;
    for (const s of [...this.stories.values()]) {
      if (s.last === null || s.last >= latest - 2 * TIME_WINDOW_DAYS) continue;
      for (const t of s.centroid.keys()) this.postings.get(t)?.delete(s.id);
      for (const id of s.members) this.vectors.delete(id);
      this.retired.push([...s.members]);
      this.stories.delete(s.id);
    }
  }

  /** Stories currently open to new articles. */
  get openStories(): number {
    return this.stories.size;
  }

  constructor(private readonly threshold: number) {}

  /** The story an article was put in. */
  story(articleId: string): number | undefined {
    return this.storyOf.get(articleId);
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

  private cosine(v: SparseVector, s: OpenStory): number {
    if (s.normSq <= 0) return 0;
    let dot = 0;
    for (let i = 0; i < v.terms.length; i++) {
      dot += v.weights[i]! * (s.centroid.get(v.terms[i]!) ?? 0);
    }
    return dot / Math.sqrt(s.normSq);
  }

  private inWindow(day: number | null, s: OpenStory): boolean {
    if (day === null || s.first === null || s.last === null) return true;
    return day >= s.first - TIME_WINDOW_DAYS && day <= s.last + TIME_WINDOW_DAYS;
  }

  /** The most similar story within the time window, among stories sharing a term. */
  private best(
    v: SparseVector,
    day: number | null,
    exclude?: string,
  ): { story: OpenStory | null; similarity: number } {
    const seen = new Set<number>();
    let best: OpenStory | null = null;
    let bestSim = 0;
    for (let k = 0; k < v.terms.length && k < LOOKUP_TERMS; k++) {
      for (const id of this.postings.get(v.terms[k]!) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const s = this.stories.get(id)!;
        if (!this.inWindow(day, s)) continue;
        let sim: number;
        if (exclude !== undefined && s.members.includes(exclude)) {
          // Compare with the story as it would be without the article itself.
          const own = this.vectors.get(exclude)!.v;
          sim = this.cosineWithout(v, s, own);
        } else sim = this.cosine(v, s);
        if (sim > bestSim) {
          best = s;
          bestSim = sim;
        }
      }
    }
    return { story: best, similarity: bestSim };
  }

  private cosineWithout(v: SparseVector, s: OpenStory, own: SparseVector): number {
    if (s.members.length === 1) return 0;
    // Scoring an article against its own story without it: subtract its own vector.
    const minus = new Map<number, number>();
    for (let i = 0; i < own.terms.length; i++) minus.set(own.terms[i]!, own.weights[i]!);
    let dot = 0;
    let normSq = 0;
    for (const [t, w] of s.centroid) {
      const x = w - (minus.get(t) ?? 0);
      normSq += x * x;
    }
    for (let i = 0; i < v.terms.length; i++) {
      const t = v.terms[i]!;
      dot += v.weights[i]! * ((s.centroid.get(t) ?? 0) - (minus.get(t) ?? 0));
    }
    return normSq > 0 ? dot / Math.sqrt(normSq) : 0;
  }

  private join(articleId: string, v: SparseVector, day: number | null, s: OpenStory): void {
    s.members.push(articleId);
    for (let i = 0; i < v.terms.length; i++) {
      const t = v.terms[i]!;
      const old = s.centroid.get(t) ?? 0;
      const w = old + v.weights[i]!;
      s.centroid.set(t, w);
      s.normSq += w * w - old * old;
      if (old === 0) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = new Set()));
        p.add(s.id);
      }
    }
    if (day !== null) {
      s.first = s.first === null ? day : Math.min(s.first, day);
      s.last = s.last === null ? day : Math.max(s.last, day);
    }
    this.storyOf.set(articleId, s.id);
  }

  private leave(articleId: string): void {
    const id = this.storyOf.get(articleId);
    const entry = this.vectors.get(articleId);
    if (id === undefined || !entry) return;
    const s = this.stories.get(id)!;
    s.members.splice(s.members.indexOf(articleId), 1);
    for (let i = 0; i < entry.v.terms.length; i++) {
      const t = entry.v.terms[i]!;
      const old = s.centroid.get(t) ?? 0;
      const w = old - entry.v.weights[i]!;
      if (w > 1e-6) {
        s.centroid.set(t, w);
        s.normSq += w * w - old * old;
      } else {
        s.centroid.delete(t);
        s.normSq -= old * old;
        this.postings.get(t)?.delete(s.id);
      }
    }
    if (s.members.length === 0) this.stories.delete(id);
    this.storyOf.delete(articleId);
  }

  private open(day: number | null): OpenStory {
    const s: OpenStory = {
      id: this.nextId++,
      members: [],
      centroid: new Map(),
      normSq: 0,
      first: day,
      last: day,
    };
    this.stories.set(s.id, s);
    return s;
  }

  /** Puts an article in the most similar story of its time window, or starts a story. */
  add(article: Article, counts: Map<number, number>): number {
    const day = dayOf(article.published);
    if (++this.added % RETIRE_EVERY === 0) this.retireBefore(day);
    const v = vectorOf(counts, this.stats);
    this.vectors.set(article.id, { v, day });
    if (day !== null && (this.latestDay === null || day > this.latestDay)) this.latestDay = day;
    const { story, similarity } = this.best(v, day);
    const target = story && similarity >= this.threshold ? story : this.open(day);
    this.join(article.id, v, day, target);
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
      const { story, similarity } = this.best(entry.v, entry.day, id);
      const own = this.stories.get(current)!;
      const ownSim = own.members.length > 1 ? this.cosineWithout(entry.v, own, entry.v) : 0;
      if (story && story.id !== current && similarity >= this.threshold && similarity > ownSim) {
        this.leave(id);
        this.join(id, entry.v, entry.day, story);
        moved++;
      } else if (
        own.members.length > 1 &&
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
}
