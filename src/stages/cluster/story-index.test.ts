import { describe, expect, it } from "vitest";
import {
  LOOKUP_TERMS,
  POSTINGS_READ_PER_TERM,
  STORIES_SCORED,
  StoryIndex,
  type SparseVector,
} from "./02-story-index.js";
import { TermPostings } from "./postings.js";

const THRESHOLD = 0.22;

/** A normalised vector of the given term weights, heaviest first as `vectorOf` orders them. */
function vector(weights: Record<number, number>): SparseVector {
  const entries = Object.entries(weights)
    .map(([t, w]) => [Number(t), w] as const)
    .sort((a, b) => b[1] - a[1]);
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  return {
    terms: Uint32Array.from(entries.map(([t]) => t)),
    weights: Float32Array.from(entries.map(([, w]) => w / norm)),
  };
}

// Term ids: a word every story uses, two rare names, and a name of each other story.
const COMMON = 1;
const RARE_A = 2;
const RARE_B = 3;
const ownName = (i: number): number => 1000 + i;

/**
 * An index holding a target story that shares the rare names, started first (so the oldest),
 * and then `others` stories sharing only the common word with it, each with a name of its own.
 */
function crowdedIndex(others: number, postingsPerTerm?: number) {
  const index = new StoryIndex(THRESHOLD, postingsPerTerm === undefined ? {} : { postingsPerTerm });
  const target = index.place("target", vector({ [RARE_A]: 1, [RARE_B]: 1, [COMMON]: 0.5 }), null);
  for (let i = 0; i < others; i++)
    index.place(`other-${i}`, vector({ [ownName(i)]: 1, [COMMON]: 0.5 }), null);
  return { index, target };
}

describe("StoryIndex candidate stories", () => {
  it("keeps the crowd apart: each other story is its own", () => {
    const { index } = crowdedIndex(3 * POSTINGS_READ_PER_TERM);
    expect(index.openStories).toBe(3 * POSTINGS_READ_PER_TERM + 1);
  });

  it("finds the story an article shares only rare terms with, past a common term's cap", () => {
    const { index, target } = crowdedIndex(3 * POSTINGS_READ_PER_TERM);
    const before = index.candidatesScored;
    const story = index.place("new", vector({ [RARE_A]: 1, [RARE_B]: 0.8, [COMMON]: 0.5 }), null);
    expect(story).toBe(target);
    // The common term's newest stories and the target (through the rare terms), no more.
    expect(index.candidatesScored - before).toBe(POSTINGS_READ_PER_TERM + 1);
  });

  it("scores at most the cap per lookup term, however many stories share them", () => {
    for (const others of [POSTINGS_READ_PER_TERM * 4, POSTINGS_READ_PER_TERM * 20]) {
      const { index } = crowdedIndex(others);
      const before = index.candidatesScored;
      index.place("new", vector({ [COMMON]: 1, 999_999: 1 }), null);
      expect(index.candidatesScored - before).toBe(POSTINGS_READ_PER_TERM);
    }
    // Many lookup terms, each in more stories than the cap: at most the cap for each.
    const index = new StoryIndex(THRESHOLD, { scoredPerArticle: Infinity });
    for (let i = 0; i < 40 * POSTINGS_READ_PER_TERM; i++)
      index.place(`s${i}`, vector({ [ownName(i)]: 1, [i % LOOKUP_TERMS]: 0.4 }), null);
    const before = index.candidatesScored;
    const all = Object.fromEntries(Array.from({ length: LOOKUP_TERMS }, (_, t) => [t, 1]));
    index.place("wide", vector(all), null);
    expect(index.candidatesScored - before).toBe(LOOKUP_TERMS * POSTINGS_READ_PER_TERM);
  });

  it("reads every posting when asked to, as before the cap", () => {
    const others = 3 * POSTINGS_READ_PER_TERM;
    const { index, target } = crowdedIndex(others, Infinity);
    const before = index.candidatesScored;
    const story = index.place("new", vector({ [RARE_A]: 1, [RARE_B]: 0.8, [COMMON]: 0.5 }), null);
    expect(story).toBe(target);
    expect(index.candidatesScored - before).toBe(others + 1);
  });

  it("does not count stories outside the article's time window against the cap", () => {
    const index = new StoryIndex(THRESHOLD);
    const target = index.place("target", vector({ [COMMON]: 1, [RARE_A]: 0.3 }), 100);
    // Newer stories with the common term, all 50 days later: outside the window of day 100.
    for (let i = 0; i < 2 * POSTINGS_READ_PER_TERM; i++)
      index.place(`later-${i}`, vector({ [ownName(i)]: 1, [COMMON]: 0.5 }), 150);
    const before = index.candidatesScored;
    const story = index.place("new", vector({ [COMMON]: 1, [RARE_B]: 0.3 }), 101);
    expect(story).toBe(target);
    expect(index.candidatesScored - before).toBe(1);
  });
});

describe("StoryIndex scoring cap", () => {
  // Stories each holding one of ten light words of the article, and a target holding its names.
  const LIGHT = Array.from({ length: 10 }, (_, j) => 100 + j);
  function lightCrowd(): { index: StoryIndex; target: number } {
    const index = new StoryIndex(THRESHOLD);
    const target = index.place("target", vector({ [RARE_A]: 1, [RARE_B]: 1 }), null);
    for (let i = 0; i < 10 * POSTINGS_READ_PER_TERM; i++)
      index.place(`light-${i}`, vector({ [ownName(i)]: 1, [LIGHT[i % 10]!]: 0.5 }), null);
    return { index, target };
  }
  const article = vector({
    [RARE_A]: 1,
    [RARE_B]: 1,
    ...Object.fromEntries(LIGHT.map((t) => [t, 0.3])),
  });

  it("scores only the candidates found through the heaviest terms, at most STORIES_SCORED", () => {
    const { index, target } = lightCrowd();
    const before = index.candidatesScored;
    expect(index.place("new", article, null)).toBe(target);
    // 160 candidates through the light words and the target: the cap bounds the cosines.
    expect(10 * POSTINGS_READ_PER_TERM + 1).toBeGreaterThan(STORIES_SCORED);
    expect(index.candidatesScored - before).toBe(STORIES_SCORED);
  });
});

describe("StoryIndex ties", () => {
  it("puts an article equally like two stories in the one ranked first: the newer on equal reach", () => {
    const index = new StoryIndex(THRESHOLD);
    const centroid = {
      weights: new Map([
        [RARE_A, 1],
        [RARE_B, 1],
      ]),
      normSq: 2,
      first: null,
      last: null,
      size: 1,
    };
    const older = index.load(centroid);
    const newer = index.load(centroid);
    expect(newer).toBeGreaterThan(older);
    expect(index.place("new", vector({ [RARE_A]: 1, [RARE_B]: 1 }), null)).toBe(newer);
  });

  it("scores the candidates of highest reach, the newest among equals, when there are more than the cap", () => {
    const index = new StoryIndex(THRESHOLD, { scoredPerArticle: 2 });
    const story = (weights: Map<number, number>) =>
      index.load({
        weights,
        normSq: [...weights.values()].reduce((sum, w) => sum + w * w, 0),
        first: null,
        last: null,
        size: 1,
      });
    // The oldest story is the likest, but all five are found through the one term (equal
    // reach): the cap takes the two newest, equally like the article, and the newer wins.
    story(new Map([[COMMON, 1]]));
    const others = Array.from({ length: 4 }, (_, i) =>
      story(
        new Map([
          [COMMON, 0.3],
          [ownName(i), 1],
        ]),
      ),
    );
    const before = index.candidatesScored;
    expect(index.place("new", vector({ [COMMON]: 1, 999: 0.2 }), null)).toBe(others[3]);
    expect(index.candidatesScored - before).toBe(2);
  });
});

describe("TermPostings", () => {
  it("keeps each list in ascending story order whatever order stories gain the term", () => {
    const postings = new TermPostings();
    for (const story of [5, 9, 2, 7, 9, 1]) postings.add(COMMON, story);
    expect(postings.storiesOf(COMMON)).toEqual([1, 2, 5, 7, 9]);
    postings.delete(COMMON, 5);
    postings.delete(COMMON, 4);
    expect(postings.storiesOf(COMMON)).toEqual([1, 2, 7, 9]);
    postings.add(RARE_A, 2);
    postings.deleteStories([COMMON, RARE_A], new Set([2, 9]));
    expect(postings.storiesOf(COMMON)).toEqual([1, 7]);
    expect(postings.storiesOf(RARE_A)).toBeUndefined();
  });
});
