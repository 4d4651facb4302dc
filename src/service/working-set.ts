import { sql } from "kysely";
import type { Article } from "../model/index.js";
import { loadArticles, type StoredArticle } from "../store/articles.js";
import type { Store } from "../store/open.js";
import type { StoreId } from "../store/schema.js";
import { siteOfUrl } from "../sites/outlet-name.js";
import { inCorpusOrder } from "../pipeline/corpus-order.js";
import type { Keyed } from "./incremental.js";

const byCodeUnits = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const byNumber = (x: string, y: string): number =>
  x.length !== y.length ? x.length - y.length : byCodeUnits(x, y);

/** A loaded article, with its input id and the article as stored, which the corpus order reads. */
type Member = Keyed & { readonly inputId: string; readonly stored: Article };

/**
 * The stored articles one update works on (its new articles, their reuse candidates and copy
 * groups, a story's members), loaded once each, as the corpus stages see them: each with the id
 * a brief gives it and its site's shared name.
 *
 * - The corpus order is a batch run's (`inCorpusOrder`: by what the articles say, as stored,
 *   before the site names stage renames outlets), then by the id ingest gave an article and its
 *   store id: comparing two articles needs only the two.
 * - An input id that an earlier-stored article has too (two ingests of folders with the same file
 *   names) becomes `id#storeId`.
 * - An article whose outlet was read from its address takes the name its site's pages spell most
 *   often (the site names stage, over the counts kept in `site_names`).
 */
export class WorkingSet {
  private readonly members = new Map<StoreId, Member>();

  constructor(private readonly store: Store) {}

  /** Loads the articles not loaded yet. */
  async load(ids: Iterable<StoreId>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.members.has(id));
    if (missing.length) await this.add(await loadArticles(this.store, missing));
  }

  /** Takes in articles loaded elsewhere. */
  async add(stored: readonly StoredArticle[]): Promise<void> {
    const fresh = stored.filter((s) => !this.members.has(s.storeId));
    if (!fresh.length) return;
    const firstOf = await this.firstStoredWithInputId(fresh.map((s) => s.article.id));
    const names = await this.siteNames(fresh.map((s) => s.article));
    for (const { storeId, article } of fresh) {
      const first = firstOf.get(article.id);
      const id = first !== undefined && first !== storeId ? `${article.id}#${storeId}` : article.id;
      const site = article.outletFrom === "url" ? siteOfUrl(article.url) : null;
      const name = site ? names.get(site.domain) : undefined;
      const shown: Article = {
        ...article,
        id,
        ...(name !== undefined ? { outlet: name } : {}),
      };
      this.members.set(storeId, {
        key: storeId,
        article: shown,
        inputId: article.id,
        stored: article,
      });
    }
  }

  get(key: StoreId): Keyed | undefined {
    return this.members.get(key);
  }

  /** The loaded articles of these keys (unknown ones left out), in the corpus order. */
  ordered(keys: Iterable<StoreId>): Keyed[] {
    const list = [...new Set(keys)].flatMap((k) => this.members.get(k) ?? []);
    return inCorpusOrder(
      list,
      (m) => m.stored,
      (x, y) => byCodeUnits(x.inputId, y.inputId) || byNumber(x.key, y.key),
    );
  }

  /**
   * Places in the corpus order of every loaded article: what the stages compare when they take
   * the later of two articles. Recomputed on each call; keep it while nothing is loaded.
   */
  positions(): (key: StoreId) => number {
    const rank = new Map(this.ordered(this.members.keys()).map((k, i) => [k.key, i]));
    return (key) => rank.get(key) ?? -1;
  }

  private async firstStoredWithInputId(inputIds: string[]): Promise<Map<string, StoreId>> {
    const { rows } = await sql<{ input_id: string; first: StoreId }>`
      select input_id, min(id) as first from articles
      where input_id = any(${[...new Set(inputIds)]}::text[]) group by input_id`.execute(
      this.store.db,
    );
    return new Map(rows.map((r) => [r.input_id, r.first]));
  }

  /** The name each site's pages spell most often (the alphabetically first of a tie). */
  private async siteNames(articles: readonly Article[]): Promise<Map<string, string>> {
    const domains = new Set<string>();
    for (const a of articles) {
      const site = a.outletFrom === "url" ? siteOfUrl(a.url) : null;
      if (site) domains.add(site.domain);
    }
    if (!domains.size) return new Map();
    const rows = await this.store.db
      .selectFrom("site_names")
      .select(["domain", "name"])
      .where("domain", "in", [...domains])
      .orderBy("domain")
      .orderBy("articles", "desc")
      .orderBy("name")
      .execute();
    const best = new Map<string, string>();
    for (const r of rows) if (!best.has(r.domain)) best.set(r.domain, r.name);
    return best;
  }
}

/** Counts how the new articles' pages spell their sites' names (see `WorkingSet`). */
export async function countSiteNames(store: Store, articles: readonly Article[]): Promise<void> {
  const counts = new Map<string, { domain: string; name: string; articles: number }>();
  for (const a of articles) {
    if (a.outletFrom !== "text" || a.outlet === null) continue;
    const site = siteOfUrl(a.url);
    if (!site) continue;
    const key = `${site.domain}\n${a.outlet}`;
    const c = counts.get(key) ?? { domain: site.domain, name: a.outlet, articles: 0 };
    c.articles++;
    counts.set(key, c);
  }
  if (!counts.size) return;
  await store.db
    .insertInto("site_names")
    .values([...counts.values()])
    .onConflict((oc) =>
      oc.columns(["domain", "name"]).doUpdateSet({
        articles: sql`site_names.articles + excluded.articles`,
      }),
    )
    .execute();
}
