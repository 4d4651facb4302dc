import type { Article } from "./article.js";
import type { ArticleCoverage, Claim, StorySummary } from "./claim.js";
import type { Entity, PersonAcrossStories } from "./entity.js";
import type { StoryFigure } from "./figure.js";
import type { StoryQuote } from "./quote.js";
import type { StoryReading } from "./reading.js";
import type { CopyGroup, ReuseRelation } from "./reuse.js";
import type { TimelineEvent } from "./timeline.js";

/** An input that could not be used, and why, in one line. */
export type Skip = { readonly input: string; readonly reason: string };

/** A story: articles about one real-world event. */
export type Story = {
  readonly id: string;
  readonly label: string;
  readonly articles: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
};

/** Everything the pipeline knows about a batch of articles. */
export type Corpus = {
  readonly articles: readonly Article[];
  readonly skipped: readonly Skip[];
  readonly stories: readonly Story[];
  /** Text reuse between articles, once the reuse stage has run. */
  readonly reuse?: readonly ReuseRelation[];
  readonly copyGroups?: readonly CopyGroup[];
  /** The people, organisations and places of each story, once the entities stage has run. */
  readonly entities?: readonly Entity[];
  /** People named in more than one story, once the entities stage has run. */
  readonly people?: readonly PersonAcrossStories[];
  /** Each story's quotes merged across its articles, once the quotes stage has run. */
  readonly quotes?: readonly StoryQuote[];
  /** Each story's events in date order, merged across its articles, once the timeline stage has run. */
  readonly timeline?: readonly TimelineEvent[];
  /** Each story's figures grouped by what they measure, once the figures stage has run. */
  readonly figures?: readonly StoryFigure[];
  /**
   * Each story's sentences as the claims stage read them, for the summary stage: an intermediate
   * result, absent from the brief.
   */
  readonly readings?: readonly StoryReading[];
  /** Each story's claims, ranked (key claims first), once the claims stage has run. */
  readonly claims?: readonly Claim[];
  /** What each article carries of its story's key claims and quotes, once the claims stage has run. */
  readonly coverage?: readonly ArticleCoverage[];
  /** Each story's extractive summary, once the summary stage has run. */
  readonly summaries?: readonly StorySummary[];
};

/** A corpus before its stories are found: the stages before clustering work on this. */
export type CorpusDraft = Omit<Corpus, "stories"> & { readonly stories?: readonly Story[] };

/** The parts of a corpus the stages compute. */
export type CorpusField = Exclude<keyof Corpus, "articles" | "skipped">;
