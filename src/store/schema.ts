import type { ColumnType, Generated } from "kysely";
import type { RawArticle } from "../model/index.js";

/**
 * The store's tables as Kysely sees them. Ids are 64-bit (`bigserial`); node-postgres hands
 * `bigint` back as a decimal string, so ids are strings here (a JavaScript number would lose
 * precision past 2^53). JSON columns are written as JSON text (node-postgres would turn a
 * JavaScript array into a PostgreSQL array) and read back parsed.
 *
 * Every table of articles is keyed by article id and every table of stories by story id, so the
 * schema can be distributed on those keys (Citus) without a change.
 */
export type StoreId = string;

/** Store ids in numeric order: decimal strings of up to 19 digits compare by length, then text. */
export const compareStoreIds = (x: StoreId, y: StoreId): number =>
  x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);

type Json<T> = ColumnType<T, string, string>;
type Id = ColumnType<StoreId, never, never>;

export type ArticlesTable = {
  /** Given only when a queued article is stored: it keeps the id it was queued under. */
  id: ColumnType<StoreId, StoreId | undefined, never>;
  /** The id ingest gave the article (a path, or a record's own id): `Article.id`. */
  input_id: string;
  source: string;
  format: string;
  url: string | null;
  /** SHA-256 of the original text: the same text from two inputs is one article. */
  content_hash: Buffer;
  outlet: string | null;
  outlet_from: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  published_from: string | null;
  original: string;
  body_start: number;
  dropped_before: Json<unknown> | null;
  clean: string;
  added_at: ColumnType<Date, never, never>;
};

export type ArticleAnalysisTable = {
  article_id: StoreId;
  /** The article stages whose output this is, in order. */
  stages: string[];
  /** The fields the article stages add, by name, except `clean` and `tokens`. */
  fields: Json<Record<string, unknown>>;
  /** `Article.tokens`: little-endian 32-bit integers. */
  tokens: Buffer;
};

export type ReuseBandsTable = {
  article_id: StoreId;
  band: number;
  /** A hash of the band's rows of the MinHash signature, 0 to 2^32 - 1. */
  key: ColumnType<string, number, number>;
};

export type ReuseEdgesTable = {
  copy_id: StoreId;
  source_id: StoreId;
  origin_id: StoreId;
  kind: string;
  credited: boolean;
  share: number;
  evidence: Json<unknown>;
};

export type StoriesTable = {
  id: Generated<StoreId> & Id;
  label: string;
  first_date: string | null;
  last_date: string | null;
  /** Where the story stands in the order a batch run lists stories (largest first). */
  position: number | null;
  /** A digest of what the story's brief was aggregated from: unchanged, it is not aggregated again. */
  digest: string | null;
  /** Its members or copy groups changed since its brief was last aggregated. */
  stale: Generated<boolean>;
};

export type StoryArticlesTable = {
  story_id: StoreId;
  article_id: StoreId;
};

export type StoryBriefsTable = {
  story_id: StoreId;
  version: number;
  brief: Json<unknown>;
  written_at: ColumnType<Date, never, never>;
};

/** What a story list shows of a story, from its latest brief (migration 0007). */
/** A story emptied into another by the re-clustering (migration 0009). */
export type StoryMergesTable = {
  story_id: StoreId;
  into_id: StoreId;
};

export type StoryListingTable = {
  story_id: StoreId;
  version: number;
  label: string;
  first_date: string | null;
  last_date: string | null;
  /** `last_date`, or "" for an undated story: sorts without nulls, so pages can follow it. */
  sort_date: string;
  articles: number;
  outlets: Json<string[]>;
  /** The outlet names one to a line, for the trigram index. */
  outlet_names: string;
  independent_sources: number;
  warnings: number;
  search: ColumnType<string, never, never>;
};

export type FeedsTable = {
  id: Generated<StoreId> & Id;
  url: string;
  /** The feed's own title, from its last successful read. */
  title: string | null;
  /** The validators of the last full answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  last_modified: string | null;
  added_at: Date;
  last_polled_at: Date | null;
  last_succeeded_at: Date | null;
  /** Polls in a row that failed; 0 after a success. */
  failures: Generated<number>;
  next_poll_at: Date;
  /** Why the last poll failed, in one line; null after a success. */
  last_error: string | null;
};

/** The corpus stages' state between ingests: one row. */
export type CorpusStateTable = {
  id: number;
  /** The highest article id the corpus-level results hold; later articles are new to them. */
  indexed_through: StoreId;
  /** Articles counted into `reuse_anchors`. */
  reuse_observed: ColumnType<string, string | number, string | number>;
  /** `indexed_through` as the last re-clustering of the open window found it (src/store/recluster.ts). */
  reclustered_through: Generated<StoreId>;
  /** The articles that re-clustering held: the next is due at a share of it (migration 0010). */
  reclustered_window: Generated<number>;
};

/** The reuse index's phrase postings: sampled phrases, sentence openings and anchor pairs. */
export type ReusePhrasesTable = {
  /** A phrase key of the reuse stage's index, 0 to 2^32 - 1. */
  key: ColumnType<string, number, number>;
  article_id: StoreId;
};

/** How many indexed articles hold each anchor (a name or number outside quotes). */
export type ReuseAnchorsTable = {
  anchor: ColumnType<string, number, number>;
  articles: number;
};

/** How often the pages of a site spell its name each way (see the site names stage). */
export type SiteNamesTable = {
  domain: string;
  name: string;
  articles: number;
};

/** A verified reuse pair: `a_id` comes after `b_id` in the corpus order (see src/service). */
export type ReusePairsTable = {
  a_id: StoreId;
  b_id: StoreId;
};

/** The story index's one row (see migration 0004): articles counted into `story_terms`. */
export type StoryIndexStateTable = {
  id: number;
  articles: ColumnType<string, string | number, string | number>;
};

/** A term's document frequency; `term` is the 32-bit hash `| 0` (read it back `>>> 0`). */
export type StoryTermsTable = {
  term: number;
  df: number;
};

/** A clustered article's vector: terms as little-endian uint32, weights as float32. */
export type ArticleVectorsTable = {
  article_id: StoreId;
  /** The story whose centroid holds the vector. */
  story_id: StoreId;
  terms: Buffer;
  weights: Buffer;
  /** Days since 1970 of its date, or null. */
  day: number | null;
  /**
   * Its term counts (`termCounts`) as little-endian uint32 pairs of term and count, in the order
   * counted; null when stored before migration 0010.
   */
  counts: Buffer | null;
  /** Its key in the batch's canonical order, before its id (`canonicalOrderKey`); null likewise. */
  order_key: string | null;
};

/** A story's centroid: terms as little-endian uint32, summed weights as float64, in the order built. */
export type StoryCentroidsTable = {
  story_id: StoreId;
  terms: Buffer;
  weights: Buffer;
  norm_sq: number;
  first_day: number | null;
  last_day: number | null;
  /** Clustered members summed in (copies placed in the story are not). */
  size: number;
};

/** Term → story, with the story's dates (the widest for an undated story) to filter by window. */
export type StoryPostingsTable = {
  story_id: StoreId;
  term: number;
  first_day: number;
  last_day: number;
};

/** An article read but not analysed yet (migration 0012): its id is the one it will be stored under. */
export type QueuedArticlesTable = {
  id: Generated<StoreId> & Id;
  input_id: string;
  url: string | null;
  content_hash: Buffer;
  /** The `RawArticle` as read. */
  raw: Json<RawArticle>;
  queued_at: ColumnType<Date, never, never>;
};

export type StoreSchema = {
  queued_articles: QueuedArticlesTable;
  story_index_state: StoryIndexStateTable;
  story_terms: StoryTermsTable;
  article_vectors: ArticleVectorsTable;
  story_centroids: StoryCentroidsTable;
  story_postings: StoryPostingsTable;
  corpus_state: CorpusStateTable;
  reuse_pairs: ReusePairsTable;
  reuse_phrases: ReusePhrasesTable;
  reuse_anchors: ReuseAnchorsTable;
  site_names: SiteNamesTable;
  articles: ArticlesTable;
  article_analysis: ArticleAnalysisTable;
  reuse_bands: ReuseBandsTable;
  reuse_edges: ReuseEdgesTable;
  stories: StoriesTable;
  story_articles: StoryArticlesTable;
  story_briefs: StoryBriefsTable;
  story_listing: StoryListingTable;
  story_merges: StoryMergesTable;
  feeds: FeedsTable;
};
