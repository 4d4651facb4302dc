import type { RawArticle, Skip } from "./model/index.js";
import { defaultContext } from "./pipeline/context.js";
import { runPipeline } from "./pipeline/run.js";
import { readHtmlPage } from "./ingest/html.js";
import { articleFromPage, fromRecord } from "./ingest/read-inputs.js";
import { articleFromRecord } from "./ingest/records.js";
import { briefOf } from "./brief/brief.js";
import type { BriefJson } from "./brief/schema.js";

/**
 * One article handed to `analyze` in memory: its text (or a whole HTML page) and whatever
 * metadata is known. Field names follow the JSONL input (DESIGN §3).
 */
export type ArticleInput = {
  readonly id?: string;
  readonly text?: string;
  readonly html?: string;
  readonly url?: string;
  readonly title?: string;
  readonly date?: string;
  readonly outlet?: string;
  readonly author?: string;
};

export type AnalyzeOptions = {
  /** Today as YYYY-MM-DD; the latest date an article can be given. Defaults to the clock's. */
  readonly today?: string;
};

function rawOf(input: ArticleInput, index: number): RawArticle | Skip {
  const id = input.id ?? `article-${index + 1}`;
  if (input.html !== undefined) {
    const read = readHtmlPage(input.html, input.url ?? null);
    if ("reason" in read) return { input: id, reason: read.reason };
    return articleFromPage(id, id, read.page, {
      title: input.title,
      outlet: input.outlet,
      author: input.author,
    });
  }
  const r = articleFromRecord(input);
  return "reason" in r ? { input: id, reason: r.reason } : fromRecord(id, id, "json", r);
}

/** Runs the whole pipeline on articles held in memory and returns the brief (JSON contract). */
export function analyze(inputs: readonly ArticleInput[], options: AnalyzeOptions = {}): BriefJson {
  const raws: RawArticle[] = [];
  const skipped: Skip[] = [];
  inputs.forEach((input, i) => {
    const r = rawOf(input, i);
    if ("reason" in r) skipped.push(r);
    else raws.push(r);
  });
  const ctx = defaultContext(options.today ? { today: options.today } : {});
  return briefOf(runPipeline(raws, skipped, ctx));
}
