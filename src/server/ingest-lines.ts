import { createHash } from "node:crypto";
import { fromRecord, reasonOf } from "../ingest/read-inputs.js";
import { articleFromRecord } from "../ingest/records.js";
import type { RawArticle } from "../model/index.js";

/** A line of an ingest body that gave no article, and why. */
export type LineError = { readonly line: number; readonly reason: string };

/** Where an API ingest's articles say they came from. */
const SOURCE = "api";

/**
 * The articles of a JSONL body: one record per line, read as the CLI reads a `.jsonl` file
 * (src/ingest/records.ts). A line that is not JSON or not an article is reported by number and
 * the others are kept. A record without its own id is named by a digest of its text, so the
 * same record sent twice gets the same id and different ones never share it.
 */
export function articlesOfJsonl(body: string): {
  readonly articles: { readonly line: number; readonly article: RawArticle }[];
  readonly errors: LineError[];
} {
  const articles: { line: number; article: RawArticle }[] = [];
  const errors: LineError[] = [];
  const ids = new Set<string>();
  body
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((text, i) => {
      const line = i + 1;
      if (text.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        errors.push({ line, reason: `not valid JSON: ${reasonOf(e)}` });
        return;
      }
      const record = articleFromRecord(value);
      if ("reason" in record) {
        errors.push({ line, reason: record.reason });
        return;
      }
      const digest = createHash("sha256").update(record.text).digest("hex").slice(0, 16);
      const article = fromRecord(`${SOURCE} line ${line}`, `${SOURCE}-${digest}`, "jsonl", record);
      // Two lines with one id in a body: the second is told apart, as a file's would be.
      let id = article.id;
      for (let n = 2; ids.has(id); n++) id = `${article.id}#${n}`;
      ids.add(id);
      articles.push({ line, article: id === article.id ? article : { ...article, id } });
    });
  return { articles, errors };
}
