import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type {
  Article,
  ArticleDraft,
  InputFormat,
  OutletFrom,
  PublishedFrom,
  RawArticle,
  Removal,
} from "../model/index.js";
import { completeArticle } from "../pipeline/run.js";
import { ARTICLE_STAGES } from "../pipeline/stages.js";
import type { Store } from "./open.js";
import type { StoreId, StoreSchema } from "./schema.js";

/**
 * The fields of an article draft, each with its column in `articles`. A `Record` over every key
 * of `ArticleDraft`, so a field added to the draft does not compile until it has a column.
 */
const DRAFT_COLUMNS = {
  id: "input_id",
  source: "source",
  format: "format",
  url: "url",
  outlet: "outlet",
  outletFrom: "outlet_from",
  title: "title",
  author: "author",
  published: "published",
  publishedFrom: "published_from",
  original: "original",
  bodyStart: "body_start",
  droppedBefore: "dropped_before",
} as const satisfies Record<keyof ArticleDraft, keyof StoreSchema["articles"]>;

/** Analysis fields with a column of their own: the clean text is searched, tokens are binary. */
const OWN_COLUMNS: ReadonlySet<string> = new Set(["clean", "tokens"]);

/**
 * The fields the article stages add that `article_analysis.fields` keeps: read from the stage
 * list, so a stage that adds a field has it stored without a change here. Fields a stage changes
 * that ingest also gives (title, outlet…) are kept, as changed, in their `articles` columns.
 */
export const STORED_ANALYSIS_FIELDS: readonly string[] = [
  ...new Set(ARTICLE_STAGES.flatMap((s) => s.adds as readonly string[])),
].filter((f) => !(f in DRAFT_COLUMNS) && !OWN_COLUMNS.has(f));

/** SHA-256 of an article's original text: the key that makes one text one article. */
export const contentHash = (original: string): Buffer =>
  createHash("sha256").update(original, "utf8").digest();

/** An article's tokens as bytes, and back (copied, so the array owns an aligned buffer). */
const tokensToBytes = (tokens: Int32Array): Buffer =>
  Buffer.from(tokens.buffer, tokens.byteOffset, tokens.byteLength);
const bytesToTokens = (bytes: Buffer): Int32Array =>
  new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));

type Known = Pick<RawArticle, "url" | "original">;

/** The id of the stored article with this URL or this original text, if there is one. */
export const knownArticleId = (store: Store, article: Known): Promise<StoreId | null> =>
  findKnown(store.db, article);

async function findKnown(db: Kysely<StoreSchema>, article: Known): Promise<StoreId | null> {
  const hash = contentHash(article.original);
  const row = await db
    .selectFrom("articles")
    .select("id")
    .where((eb) =>
      article.url === null
        ? eb("content_hash", "=", hash)
        : eb.or([eb("content_hash", "=", hash), eb("url", "=", article.url)]),
    )
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Why PostgreSQL cannot keep an article, or null when it can: its `text` and `jsonb` refuse the
 * NUL character, which a JSON record can carry as `\u0000`. Every other field is derived from
 * these, so checking them checks the analysis too.
 */
export function unstorableReason(article: RawArticle): string | null {
  const { original, id, source, url, title, author, outlet } = article;
  for (const value of [original, id, source, url, title, author, outlet])
    if (value?.includes("\u0000")) return "holds a NUL character, which the store cannot keep";
  return null;
}

/** What `addArticle` did: stored the article, or found it stored already. */
export type Added = { readonly id: StoreId; readonly added: boolean };

/**
 * Stores an analysed article and its analysis in one transaction. An article whose URL or
 * original text is stored already is not stored again: its existing id comes back.
 */
export async function addArticle(store: Store, article: Article): Promise<Added> {
  const unstorable = unstorableReason(article);
  if (unstorable !== null) throw new Error(`article ${article.id} ${unstorable}`);
  const fields: Record<string, unknown> = {};
  for (const f of STORED_ANALYSIS_FIELDS) {
    const value = article[f as keyof Article];
    if (value !== undefined) fields[f] = value;
  }
  const stages = ARTICLE_STAGES.map((s) => s.name);
  return store.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("articles")
      .values({
        input_id: article.id,
        source: article.source,
        format: article.format,
        url: article.url,
        content_hash: contentHash(article.original),
        outlet: article.outlet,
        outlet_from: article.outletFrom,
        title: article.title,
        author: article.author,
        published: article.published,
        published_from: article.publishedFrom,
        original: article.original,
        body_start: article.bodyStart,
        dropped_before:
          article.droppedBefore === undefined ? null : JSON.stringify(article.droppedBefore),
        clean: article.clean,
      })
      // Either unique key (URL, content hash) makes it a known article.
      .onConflict((oc) => oc.doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted === undefined) {
      const id = await findKnown(trx, article);
      if (id === null)
        throw new Error(`article ${article.id} conflicts with a stored one, not found`);
      return { id, added: false };
    }
    await trx
      .insertInto("article_analysis")
      .values({
        article_id: inserted.id,
        stages,
        fields: JSON.stringify(fields),
        tokens: tokensToBytes(article.tokens),
      })
      .execute();
    return { id: inserted.id, added: true };
  });
}

/** A stored article as the article stages left it, or null for an unknown id. */
export async function loadArticle(store: Store, id: StoreId): Promise<Article | null> {
  const row = await store.db
    .selectFrom("articles")
    .innerJoin("article_analysis", "article_analysis.article_id", "articles.id")
    .selectAll("articles")
    .select(["article_analysis.fields", "article_analysis.tokens"])
    .where("articles.id", "=", id)
    .executeTakeFirst();
  if (row === undefined) return null;
  const draft: ArticleDraft = {
    id: row.input_id,
    source: row.source,
    format: row.format as InputFormat,
    url: row.url,
    outlet: row.outlet,
    outletFrom: row.outlet_from as OutletFrom | null,
    title: row.title,
    author: row.author,
    published: row.published,
    publishedFrom: row.published_from as PublishedFrom | null,
    original: row.original,
    bodyStart: row.body_start,
    ...(row.dropped_before === null
      ? {}
      : { droppedBefore: row.dropped_before as readonly Removal[] }),
  };
  return completeArticle({
    ...draft,
    ...row.fields,
    clean: row.clean,
    tokens: bytesToTokens(row.tokens),
  });
}
