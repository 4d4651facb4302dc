/**
 * A digest of what a store holds after an ingest, to show that two ways of filling it (one
 * `corroborate ingest`, or `ingest --queue` and any number of `corroborate worker` processes)
 * stored the same: the articles with their ids and analysis, the stories and their members, the
 * reuse edges and each story's latest brief. How many brief versions were written on the way is
 * left out: it depends on how often a story was aggregated while its articles came in.
 */
import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Store } from "../src/store/index.js";

export type StoredResult = {
  readonly articles: number;
  readonly stories: number;
  readonly reuseEdges: number;
  /** SHA-256 over all of the parts below, each in a fixed order. */
  readonly digest: string;
  /** Each part's SHA-256, to tell which differs. */
  readonly parts: Readonly<Record<string, string>>;
};

const PARTS: Readonly<Record<string, string>> = {
  articles: `select a.id::text || ' ' || a.input_id || ' ' || encode(a.content_hash, 'hex') || ' '
      || md5(x.fields::text) || ' ' || md5(x.tokens) as line
    from articles a join article_analysis x on x.article_id = a.id order by a.id`,
  stories: `select s.id::text || ' ' || s.label || ' ' || coalesce(s.first_date, '-') || ' '
      || coalesce(s.last_date, '-') || ' ' || string_agg(m.article_id::text, ',' order by m.article_id) as line
    from stories s join story_articles m on m.story_id = s.id group by s.id order by s.id`,
  reuse: `select copy_id::text || ' ' || source_id::text || ' ' || origin_id::text || ' ' || kind
      || ' ' || credited::text || ' ' || share::text || ' ' || evidence::text as line
    from reuse_edges order by copy_id, source_id`,
  briefs: `select distinct on (story_id) story_id::text || ' ' || md5(brief::text) as line
    from story_briefs order by story_id, version desc`,
};

export async function storedResult(store: Store): Promise<StoredResult> {
  const parts: Record<string, string> = {};
  const counts: Record<string, number> = {};
  const whole = createHash("sha256");
  for (const [name, query] of Object.entries(PARTS)) {
    const { rows } = await sql<{ line: string }>`${sql.raw(query)}`.execute(store.db);
    const hash = createHash("sha256");
    for (const r of rows) hash.update(`${r.line}\n`);
    parts[name] = hash.digest("hex");
    counts[name] = rows.length;
    whole.update(`${name} ${parts[name]}\n`);
  }
  return {
    articles: counts.articles!,
    stories: counts.stories!,
    reuseEdges: counts.reuse!,
    digest: whole.digest("hex"),
    parts,
  };
}
