import type { RawArticle, Skip } from "./model/index.js";
import { defaultContext } from "./pipeline/context.js";
import { runPipeline } from "./pipeline/run.js";
import { extractHtml } from "./ingest/html.js";
import { outletFromUrl } from "./ingest/outlet-name.js";
import { articleFromRecord } from "./ingest/records.js";
import { briefOf } from "./stages/brief/brief-json.js";
import type { BriefJson } from "./render/schema.js";

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
    const page = extractHtml(input.html, input.url ?? null);
    if (!page.text.trim()) return { input: id, reason: "no article text found in the page" };
    const outlet = input.outlet ?? page.siteName ?? outletFromUrl(page.url);
    return {
      id,
      source: id,
      format: "html",
      url: page.url,
      outlet,
      outletFrom: input.outlet ? "metadata" : page.siteName ? "site-name" : outlet ? "url" : null,
      title: input.title ?? page.title,
      author: input.author ?? page.author,
      published: page.published,
      original: page.text,
      bodyStart: 0,
    };
  }
  const r = articleFromRecord(input);
  if ("reason" in r) return { input: id, reason: r.reason };
  return {
    id,
    source: id,
    format: "json",
    url: r.url,
    outlet: r.outlet,
    outletFrom: r.outletFrom,
    title: r.title,
    author: r.author,
    published: r.published,
    original: r.text,
    bodyStart: 0,
  };
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
