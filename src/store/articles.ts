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
  Skip,
} from "../model/index.js";
import { completeArticle } from "../pipeline/run.js";
import { ARTICLE_STAGES } from "../pipeline/stages.js";
import type { Store } from "./open.js";
import { compareStoreIds, type StoreId, type StoreSchema } from "./schema.js";

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
  // (siteShared, what the batch said of the site's other pages, is dropped by the clean stage)
} as const satisfies Record<
  Exclude<keyof ArticleDraft, "siteShared">,
  keyof StoreSchema["articles"]
>;

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
export async function knownArticleId(store: Store, article: Known): Promise<StoreId | null> {
  return (await knownArticleIds(store.db, [article]))[0]!;
}

const earlierId = (a: StoreId, b: StoreId): boolean => compareStoreIds(a, b) < 0;

/**
 * For each article, the id of the earliest stored article with its URL or its original text,
 * or null: one query for the whole list.
 */
export async function knownArticleIds(
  db: Kysely<StoreSchema>,
  articles: readonly Known[],
): Promise<(StoreId | null)[]> {
  if (articles.length === 0) return [];
  const hashes = articles.map((a) => contentHash(a.original));
  const urls = articles.flatMap((a) => (a.url === null ? [] : [a.url]));
  const rows = await db
    .selectFrom("articles")
    .select(["id", "url", "content_hash"])
    .where((eb) =>
      eb.or([eb("content_hash", "in", hashes), ...(urls.length ? [eb("url", "in", urls)] : [])]),
    )
    .execute();
  const byHash = new Map(rows.map((r) => [r.content_hash.toString("hex"), r.id]));
  const byUrl = new Map(rows.flatMap((r) => (r.url === null ? [] : [[r.url, r.id] as const])));
  return articles.map((a, i) => {
    const h = byHash.get(hashes[i]!.toString("hex"));
    const u = a.url === null ? undefined : byUrl.get(a.url);
    if (h === undefined || u === undefined) return h ?? u ?? null;
    return earlierId(h, u) ? h : u;
  });
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

/**
 * The articles of a batch worth analysing: those the store can keep (the others are added to
 * `skipped`, with why) and does not hold yet by URL or text; `known` counts the rest.
 */
export async function unknownStorable(
  db: Kysely<StoreSchema>,
  raws: readonly RawArticle[],
  skipped: Skip[],
): Promise<{ fresh: RawArticle[]; known: number }> {
  const storable = raws.filter((raw) => {
    const reason = unstorableReason(raw);
    if (reason !== null) skipped.push({ input: raw.id, reason });
    return reason === null;
  });
  const knownIds = await knownArticleIds(db, storable);
  const fresh = storable.filter((_, i) => knownIds[i] === null);
  return { fresh, known: storable.length - fresh.length };
}

/** What `addArticles` did with an article: stored it, or found it stored already. */
export type Added = { readonly id: StoreId; readonly added: boolean };

/** An article's row of `articles`. */
const articleRow = (article: Article) => ({
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
});

/** An article's row of `article_analysis`. */
function analysisRow(articleId: StoreId, article: Article) {
  const fields: Record<string, unknown> = {};
  for (const f of STORED_ANALYSIS_FIELDS) {
    const value = article[f as keyof Article];
    if (value !== undefined) fields[f] = value;
  }
  return {
    article_id: articleId,
    stages: ARTICLE_STAGES.map((s) => s.name),
    fields: JSON.stringify(fields),
    tokens: tokensToBytes(article.tokens),
  };
}

/**
 * The first article of the list with each URL and each text: a later one with the same URL or
 * text is the same article, and maps to the index of the first.
 */
function firstOfEach(articles: readonly Article[]): number[] {
  const seen = new Map<string, number>();
  return articles.map((a, i) => {
    const keys = [`text:${contentHash(a.original).toString("hex")}`];
    if (a.url !== null) keys.push(`url:${a.url}`);
    const first = keys.map((k) => seen.get(k)).find((f) => f !== undefined) ?? i;
    for (const k of keys) if (!seen.has(k)) seen.set(k, first);
    return first;
  });
}

/**
 * Queued articles being stored (`corroborate worker`): each keeps the id it was queued under
 * (`ids`, one per article), and the queued rows of `dequeue` (those stored, and those whose
 * analysis failed) leave the queue in the same transaction, so an article is queued or stored,
 * never both or neither, whenever a worker dies.
 */
export type FromQueue = {
  readonly ids: readonly StoreId[];
  readonly dequeue: readonly StoreId[];
};

/**
 * Stores analysed articles and their analysis in one transaction (a batch of inserts, so many
 * articles cost little more than one). An article whose URL or original text is stored already,
 * or comes earlier in the list, is not stored again: the existing id comes back.
 */
export async function addArticles(
  store: Store,
  articles: readonly Article[],
  queued?: FromQueue,
): Promise<Added[]> {
  for (const a of articles) {
    const unstorable = unstorableReason(a);
    if (unstorable !== null) throw new Error(`article ${a.id} ${unstorable}`);
  }
  if (queued !== undefined && queued.ids.length !== articles.length)
    throw new Error("addArticles: one queued id is needed for each article");
  if (articles.length === 0 && !queued?.dequeue.length) return [];
  const first = firstOfEach(articles);
  const uniqueAt = articles.flatMap((_, i) => (first[i] === i ? [i] : []));
  return store.db.transaction().execute(async (trx) => {
    if (queued?.dequeue.length)
      await trx.deleteFrom("queued_articles").where("id", "in", queued.dequeue).execute();
    if (articles.length === 0) return [];
    const inserted = await trx
      .insertInto("articles")
      .values(
        uniqueAt.map((i) => ({
          ...articleRow(articles[i]!),
          ...(queued === undefined ? {} : { id: queued.ids[i]! }),
        })),
      )
      // Either unique key (URL, content hash) makes it a known article.
      .onConflict((oc) => oc.doNothing())
      .returning(["id", "content_hash"])
      .execute();
    const insertedId = new Map(inserted.map((r) => [r.content_hash.toString("hex"), r.id]));
    const added = uniqueAt
      .map((i) => articles[i]!)
      .flatMap((a) => {
        const id = insertedId.get(contentHash(a.original).toString("hex"));
        return id === undefined ? [] : [analysisRow(id, a)];
      });
    if (added.length) await trx.insertInto("article_analysis").values(added).execute();
    const newId = articles.map((a, i) =>
      first[i] === i ? insertedId.get(contentHash(a.original).toString("hex")) : undefined,
    );
    // The rest are known: stored before, or earlier in this list.
    const rest = articles.filter((_, i) => newId[i] === undefined);
    const known = await knownArticleIds(trx, rest);
    let k = 0;
    return articles.map((a, i) => {
      const id = newId[i];
      if (id !== undefined) return { id, added: true };
      const existing = known[k++];
      if (existing === null || existing === undefined)
        throw new Error(`article ${a.id} conflicts with a stored one, which was not found`);
      return { id: existing, added: false };
    });
  });
}

/** Stores one analysed article (see `addArticles`). */
export async function addArticle(store: Store, article: Article): Promise<Added> {
  return (await addArticles(store, [article]))[0]!;
}

/** The columns an article is loaded from (not the search vector or hash: the database's, and large). */
const articleQuery = (store: Store) =>
  store.db
    .selectFrom("articles")
    .innerJoin("article_analysis", "article_analysis.article_id", "articles.id")
    .select([...Object.values(DRAFT_COLUMNS), "clean", "articles.id as store_id"])
    .select(["article_analysis.fields", "article_analysis.tokens"]);

type ArticleRow = Awaited<ReturnType<ReturnType<typeof articleQuery>["executeTakeFirstOrThrow"]>>;

function articleOfRow(row: ArticleRow): Article {
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

/** A stored article as the article stages left it, or null for an unknown id. */
export async function loadArticle(store: Store, id: StoreId): Promise<Article | null> {
  const row = await articleQuery(store).where("articles.id", "=", id).executeTakeFirst();
  return row === undefined ? null : articleOfRow(row);
}

/** An article with the id the store gave it. */
export type StoredArticle = { readonly storeId: StoreId; readonly article: Article };

/** Every stored article (or those of `ids`), in the order they were stored. */
export async function loadArticles(
  store: Store,
  ids?: readonly StoreId[],
): Promise<StoredArticle[]> {
  if (ids !== undefined && ids.length === 0) return [];
  const rows = await articleQuery(store)
    .$if(ids !== undefined, (q) => q.where("articles.id", "in", ids!))
    .orderBy("articles.id")
    .execute();
  return rows.map((row) => ({ storeId: row.store_id, article: articleOfRow(row) }));
}

/**
 * Up to `limit` stored articles after the id `after` (and before `before`, when given), in the
 * order they were stored.
 */
export async function loadArticlesAfter(
  store: Store,
  after: StoreId,
  limit: number,
  before: StoreId | null = null,
): Promise<StoredArticle[]> {
  const rows = await articleQuery(store)
    .where("articles.id", ">", after)
    .$if(before !== null, (q) => q.where("articles.id", "<", before!))
    .orderBy("articles.id")
    .limit(limit)
    .execute();
  return rows.map((row) => ({ storeId: row.store_id, article: articleOfRow(row) }));
}

/** Input ids asked for in one query by `originalsOf`. */
const ORIGINALS_CHUNK = 1000;

/**
 * The original text of articles by the id a brief gives them: the input id, or for an input id
 * that two stored articles share, `id#storeId` (see src/service/working-set.ts).
 */
export async function originalsOf(
  store: Store,
  briefIds: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (briefIds.length === 0) return out;
  const wanted = briefIds.map((briefId) => ({ briefId, suffix: /^(.*)#(\d+)$/.exec(briefId) }));
  const inputIds = new Set(
    wanted.flatMap((w) => (w.suffix ? [w.briefId, w.suffix[1]!] : [w.briefId])),
  );
  // A query per thousand ids, not one per article (a story page names every article of its
  // story), and not one for all (a whole store's brief would pass PostgreSQL's 65,535
  // parameters); lowest id first, so each brief id below takes the row the per-id lookup took.
  const ids = [...inputIds];
  const rows: { id: StoreId; input_id: string; original: string }[] = [];
  for (let start = 0; start < ids.length; start += ORIGINALS_CHUNK) {
    rows.push(
      ...(await store.db
        .selectFrom("articles")
        .select(["id", "input_id", "original"])
        .where("input_id", "in", ids.slice(start, start + ORIGINALS_CHUNK))
        .execute()),
    );
  }
  rows.sort((x, y) => compareStoreIds(x.id, y.id));
  // Looked up by id and by input id (the lowest id of an input id), not by scanning the rows
  // for each brief id: a whole store's brief names every stored article.
  const byId = new Map(rows.map((r) => [r.id, r]));
  const firstOfInput = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!firstOfInput.has(r.input_id)) firstOfInput.set(r.input_id, r);
  for (const { briefId, suffix } of wanted) {
    const exact = suffix === null ? undefined : byId.get(suffix[2]!);
    const suffixed = exact !== undefined && exact.input_id === suffix![1] ? exact : undefined;
    const plain = firstOfInput.get(briefId);
    const row =
      suffixed === undefined || (plain !== undefined && compareStoreIds(plain.id, suffixed.id) < 0)
        ? plain
        : suffixed;
    if (row) out.set(briefId, row.original);
  }
  return out;
}
