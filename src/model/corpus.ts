import type { Article } from "./article.js";
import type { Entity } from "./entity.js";
import type { CopyGroup, ReuseRelation } from "./reuse.js";

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
};
