/**
 * The store: articles, their analysis, the reuse index, stories and their briefs, kept in
 * PostgreSQL (a server, or PGlite embedded in a data folder) through one code path. See
 * docs/store.md.
 */
export { openStore, DEFAULT_DATA_FOLDER, type Store, type StoreConfig } from "./open.js";
export { StoreLockedError, LOCK_FILE } from "./lock.js";
export type { StoreId } from "./schema.js";
export {
  addArticle,
  addArticles,
  knownArticleIds,
  knownArticleId,
  loadArticle,
  contentHash,
  STORED_ANALYSIS_FIELDS,
  type Added,
} from "./articles.js";
export {
  createStory,
  updateStory,
  loadStory,
  storiesOfArticle,
  saveReuseEdge,
  reuseEdgesOf,
  writeBrief,
  readBrief,
  briefVersions,
  type StoredStory,
  type StoredReuseEdge,
  type BriefVersion,
} from "./stories.js";
export { searchArticles, similarOutlets, DEFAULT_SEARCH_LIMIT, type SearchHit } from "./search.js";
