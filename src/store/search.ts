import { sql } from "kysely";
import type { Store } from "./open.js";
import type { StoreId } from "./schema.js";

/** Most results a search returns when the caller names no limit. */
export const DEFAULT_SEARCH_LIMIT = 20;

/** An article found by a search, with the passage that matched. */
export type SearchHit = {
  readonly id: StoreId;
  readonly title: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  /** Matched words of the clean text in context, each within `[` and `]`. */
  readonly headline: string;
  readonly rank: number;
};

/**
 * Full-text search over stored articles (titles weigh more than bodies). The query is read as a
 * web search box reads it: words, "quoted phrases", `or`, `-excluded`; a query of only stop
 * words finds nothing.
 */
export async function searchArticles(
  store: Store,
  query: string,
  options: {
    readonly limit?: number;
    /**
     * What to put around matched words instead of `[` and `]`: a caller that must tell marks
     * from the text's own brackets gives characters the text cannot hold (they are removed
     * from the passage before marking).
     */
    readonly marks?: { readonly start: string; readonly stop: string };
  } = {},
): Promise<SearchHit[]> {
  const q = sql`websearch_to_tsquery('english', ${query})`;
  const marks = options.marks;
  const passage =
    marks === undefined
      ? sql<string>`ts_headline('english', clean, ${q}, 'StartSel=[, StopSel=], MaxFragments=2, MaxWords=30, MinWords=10')`
      : sql<string>`ts_headline('english', translate(clean, ${marks.start + marks.stop}, ''), ${q},
          ${`StartSel=${marks.start}, StopSel=${marks.stop}, MaxFragments=2, MaxWords=30, MinWords=10`})`;
  const rows = await store.db
    .selectFrom("articles")
    .select([
      "id",
      "title",
      "url",
      "outlet",
      passage.as("headline"),
      sql<number>`ts_rank(search, ${q})`.as("rank"),
    ])
    .where(sql<boolean>`search @@ ${q}`)
    .orderBy("rank", "desc")
    .orderBy("id")
    .limit(options.limit ?? DEFAULT_SEARCH_LIMIT)
    .execute();
  return rows;
}

/**
 * Stored outlet names like the given one, most alike first: "northern ledger" finds
 * "The Northern Ledger". Uses `pg_trgm`'s `%` (similarity of at least
 * `pg_trgm.similarity_threshold`, 0.3 unless set), which the trigram index answers, so a
 * misspelling still matches.
 */
export async function similarOutlets(
  store: Store,
  name: string,
): Promise<{ outlet: string; similarity: number }[]> {
  const similarity = sql<number>`similarity(outlet, ${name})`;
  const rows = await store.db
    .selectFrom("articles")
    .select(["outlet", similarity.as("similarity")])
    .distinct()
    .where("outlet", "is not", null)
    .where(sql<boolean>`outlet % ${name}`)
    .orderBy("similarity", "desc")
    .orderBy("outlet")
    .execute();
  return rows.map((r) => ({ outlet: r.outlet!, similarity: r.similarity }));
}
