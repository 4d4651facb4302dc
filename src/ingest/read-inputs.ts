// Synchronous reads: an article file is small, and one call per file beats two awaited ones
// (stat, then read) — measured at a quarter of ingest time on 10k files.
import { createReadStream, readdirSync, statSync, type Dirent, type Stats } from "node:fs";
import { extname, join } from "node:path";
import type { Readable } from "node:stream";
import type { InputFormat, RawArticle, Skip } from "../model/index.js";
import { looksEnglish } from "../util/language.js";
import { reasonOf } from "../util/reason.js";
import { cappedLines } from "./capped-lines.js";
import { decodeBytes, decodeText } from "./decode.js";
import {
  firstVisitOfFile,
  firstVisitOfFolder,
  mb,
  noInputsSeen,
  notAFileReason,
  readCapped,
  statFailureReason,
  type SeenInputs,
} from "./input-files.js";
import { looksLikeFeed, parseFeed } from "./feed.js";
import { readHtmlPage, type HtmlExtraction } from "./html.js";
import { outletFromUrl } from "../sites/outlet-name.js";
import { articleFromRecord, recordsOfJson, type RecordArticle } from "./records.js";
import { parseTextHeader } from "./text-file.js";
import { withUniqueIds } from "./unique-ids.js";
import { metadataDate } from "./url-date.js";

export type IngestOptions = {
  /** Largest single article file, in bytes; larger files are skipped with a reason. */
  readonly maxBytes?: number;
  /** Where `-` reads JSONL from. */
  readonly stdin?: Readable;
  /** Called once per input file as it is read (for progress display). */
  readonly onInput?: (input: string) => void;
};

/** What ingest read: the articles, the inputs it could not use, and notes on those it could. */
export type IngestResult = {
  readonly articles: RawArticle[];
  readonly skipped: Skip[];
  readonly warnings: Skip[];
};

/**
 * No news article comes near this: the longest run to a few hundred KB of text. A larger file
 * is a data dump or a mistake, and reading it whole would stall a run.
 */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * A JSONL input whose first this many lines all hold NUL bytes is a binary file (one skip for
 * the file); a NUL byte in a record after good ones, or in fewer first lines, skips that record
 * alone. Three, so a mangled first record does not cost the whole file.
 */
const BINARY_FIRST_LINES = 3;

const TEXT_EXT = new Set([".txt", ".md", ".markdown", ".text"]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);
const FEED_EXT = new Set([".rss", ".atom", ".xml"]);

// Where it has always been imported from; the pipeline's workers take it from util/ without
// loading the readers.
export { reasonOf };

// White space as trim() knows it, and the zero-width characters pasted text carries.
const BLANK = /^[\s\u200b-\u200d\u2060]*$/;

/**
 * Why an article read from an input has no text to analyse: nothing but white space, or
 * nothing after its header lines. Null when it has some.
 */
function blankReason(a: RawArticle): string | null {
  if (!BLANK.test(a.original.slice(a.bodyStart))) return null;
  if (a.bodyStart > 0 && !BLANK.test(a.original)) return "only header lines, no article text";
  return a.original === "" ? "no article text" : "only white space, no article text";
}

/**
 * Reads every article in the given files, folders (recursively) and `-` (JSONL on stdin). Only
 * regular files are opened; a file or folder reached again through links is read once.
 */
export async function readInputs(
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const out: IngestResult = { articles: [], skipped: [], warnings: [] };
  const add = (a: RawArticle): void => {
    const blank = blankReason(a);
    if (blank !== null) {
      out.skipped.push({ input: a.source, reason: blank });
      return;
    }
    out.articles.push(a);
    if (!looksEnglish(a.original)) {
      out.warnings.push({
        input: a.source,
        reason: "does not look like English; analysis is tuned for English",
      });
    }
  };
  const reading: Reading = { out, add, options, seen: noInputsSeen() };
  let stdinRead = false;
  for (const p of paths) {
    if (p === "-") {
      if (!options.stdin) out.skipped.push({ input: "-", reason: "no standard input available" });
      else if (stdinRead)
        out.skipped.push({ input: "-", reason: "given twice: standard input is read once" });
      else await readJsonlStream(options.stdin, "-", out, add, options);
      stdinRead = true;
      continue;
    }
    await readPath(p, reading);
  }
  // once all is read, so that which of two articles sharing an id keeps it does not follow the order
  return { ...out, articles: withUniqueIds(out.articles) };
}

type Add = (a: RawArticle) => void;

/** What every input of one `readInputs` call shares. */
type Reading = {
  readonly out: IngestResult;
  readonly add: Add;
  readonly options: IngestOptions;
  readonly seen: SeenInputs;
};

async function readPath(path: string, reading: Reading): Promise<void> {
  const { out, add, options, seen } = reading;
  let info: Stats;
  try {
    info = statSync(path); // through links: a link is read as what it leads to
  } catch (e) {
    out.skipped.push({ input: path, reason: statFailureReason(path, e) });
    return;
  }
  if (info.isDirectory()) {
    const again = firstVisitOfFolder(seen, path, info);
    if (again !== null) {
      out.skipped.push({ input: path, reason: again });
      return;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (e) {
      out.skipped.push({ input: path, reason: reasonOf(e) });
      return;
    }
    // Sorted, so that ids and output order do not depend on the file system.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue; // .DS_Store, .git: never articles
      await readPath(join(path, entry.name), reading);
    }
    return;
  }
  // Before anything opens it: opening a FIFO waits for a writer, a device never ends.
  const notFile = notAFileReason(info);
  if (notFile !== null) {
    out.skipped.push({ input: path, reason: notFile });
    return;
  }
  const again = firstVisitOfFile(seen, path, info);
  if (again !== null) {
    out.skipped.push({ input: path, reason: again });
    return;
  }
  options.onInput?.(path);
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    await readJsonlStream(createReadStream(path), path, out, add, options);
    return;
  }
  const read = readCapped(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if ("reason" in read) {
    out.skipped.push({ input: path, reason: read.reason });
    return;
  }
  const decoded = decodeBytes(read.bytes);
  if (decoded.kind === "unusable") {
    out.skipped.push({ input: path, reason: decoded.reason });
    return;
  }
  if (decoded.note) out.warnings.push({ input: path, reason: decoded.note });
  const text = decoded.text;
  try {
    readDecoded(path, ext, text, out, add);
  } catch (e) {
    out.skipped.push({ input: path, reason: `could not be read: ${reasonOf(e)}` });
  }
}

function readDecoded(path: string, ext: string, text: string, out: IngestResult, add: Add): void {
  const head = text.slice(0, 1000).trimStart();
  const format: InputFormat | "feed?" = TEXT_EXT.has(ext)
    ? "text"
    : HTML_EXT.has(ext)
      ? "html"
      : ext === ".json"
        ? "json"
        : FEED_EXT.has(ext)
          ? "feed?"
          : looksLikeFeed(text)
            ? "feed"
            : /^(<!doctype html|<html|<head|<body)/i.test(head)
              ? "html"
              : head.startsWith("{")
                ? "jsonl"
                : "text";
  switch (format) {
    case "text":
      return add(textArticle(path, text));
    case "html":
      return readHtml(path, text, out, add);
    case "json":
      return readJson(path, text, out, add);
    case "jsonl":
      text.split("\n").forEach((line, i) => readJsonLine(path, i + 1, line, out, add));
      return;
    case "feed":
    case "feed?":
      if (!looksLikeFeed(text)) {
        out.skipped.push({ input: path, reason: "XML file that is not an RSS or Atom feed" });
        return;
      }
      return readFeed(path, text, out, add);
  }
}

function textArticle(path: string, text: string): RawArticle {
  const header = parseTextHeader(text);
  const outlet = header.outlet ?? outletFromUrl(header.url);
  return {
    id: path,
    source: path,
    format: "text",
    url: header.url,
    outlet,
    outletFrom: header.outlet ? "metadata" : outlet ? "url" : null,
    title: header.title,
    author: header.author,
    published: metadataDate({ dateLine: header.published, url: header.url }),
    original: text,
    bodyStart: header.bodyStart,
  };
}

function readHtml(path: string, html: string, out: IngestResult, add: Add): void {
  const read = readHtmlPage(html, null);
  if ("reason" in read) {
    out.skipped.push({ input: path, reason: read.reason });
    return;
  }
  add(articleFromPage(path, path, read.page));
}

/** A raw article from an extracted page; metadata the caller knows better wins over the page's. */
export function articleFromPage(
  id: string,
  source: string,
  page: HtmlExtraction,
  known: {
    title?: string | undefined;
    outlet?: string | undefined;
    author?: string | undefined;
  } = {},
): RawArticle {
  const fromUrl = outletFromUrl(page.url);
  const outlet = known.outlet ?? page.siteName ?? fromUrl;
  return {
    id,
    source,
    format: "html",
    url: page.url,
    outlet,
    outletFrom: known.outlet ? "metadata" : page.siteName ? "site-name" : outlet ? "url" : null,
    title: known.title ?? page.title,
    author: known.author ?? page.author,
    published: metadataDate({ field: page.published, url: page.url }),
    original: page.text,
    bodyStart: 0,
    droppedBefore: page.dropped.map((d) => ({
      start: d.at,
      end: d.at,
      text: d.text,
      reason: d.reason,
    })),
  };
}

/** A raw article from a JSON record or feed item; the record's own id wins over `fallbackId`. */
export function fromRecord(
  source: string,
  fallbackId: string,
  format: InputFormat,
  r: RecordArticle,
): RawArticle {
  return {
    id: r.ownId ?? fallbackId,
    source,
    format,
    url: r.url,
    outlet: r.outlet,
    outletFrom: r.outletFrom,
    title: r.title,
    author: r.author,
    published: r.published,
    original: r.text,
    bodyStart: r.bodyStart ?? 0,
  };
}

function readJson(path: string, text: string, out: IngestResult, add: Add): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // A .json file may hold JSON lines after all.
    if (text.trimStart().startsWith("{") && text.includes("}\n{")) {
      text.split("\n").forEach((line, i) => readJsonLine(path, i + 1, line, out, add));
      return;
    }
    out.skipped.push({ input: path, reason: `not valid JSON: ${reasonOf(e)}` });
    return;
  }
  const records = recordsOfJson(value);
  const single = records.length === 1;
  records.forEach((record, i) => {
    const where = single ? path : `${path}#${i + 1}`;
    const r = recordArticle(record);
    if ("reason" in r) out.skipped.push({ input: where, reason: r.reason });
    else add(fromRecord(where, where, "json", r));
  });
}

/**
 * `articleFromRecord`, with a record it fails on (one nested past the stack, say) as a reason,
 * so that it costs that record only, never the records after it.
 */
function recordArticle(record: unknown): RecordArticle | { reason: string } {
  try {
    return articleFromRecord(record);
  } catch (e) {
    return { reason: `could not be read: ${reasonOf(e)}` };
  }
}

function readJsonLine(
  path: string,
  lineNo: number,
  line: string,
  out: IngestResult,
  add: Add,
): void {
  if (line.trim() === "") return;
  const where = `${path} line ${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    out.skipped.push({ input: where, reason: `not valid JSON: ${reasonOf(e)}` });
    return;
  }
  const r = recordArticle(value);
  if ("reason" in r) out.skipped.push({ input: where, reason: r.reason });
  else add(fromRecord(where, `${path}#${lineNo}`, "jsonl", r));
}

async function readJsonlStream(
  stream: Readable,
  name: string,
  out: IngestResult,
  add: Add,
  options: IngestOptions,
): Promise<void> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let lineNo = 0;
  // How many of the first lines in a row held NUL bytes, and where this file's skips begin.
  let binaryLines = 0;
  const skippedBefore = out.skipped.length;
  try {
    // Lines as bytes, none kept past the cap: a stream with no line break ends as one skip.
    for await (const line of cappedLines(stream, maxBytes)) {
      lineNo++;
      const where = `${name} line ${lineNo}`;
      if (line.kind === "too-long") {
        out.skipped.push({
          input: where,
          reason: `record is over the ${mb(maxBytes)} limit for one article (see --max-mb)`,
        });
        continue;
      }
      if (line.bytes.includes(0)) {
        // A binary file has NUL bytes in its first lines: one skip for it. A NUL in one record
        // of a text file costs that record only, so the records after it are still read.
        binaryLines = lineNo === binaryLines + 1 ? lineNo : binaryLines;
        if (binaryLines === BINARY_FIRST_LINES) {
          // Its first lines' own skips give way to the one for the file.
          const firstLines = out.skipped.splice(skippedBefore);
          out.skipped.push(...firstLines.filter((k) => !k.input.startsWith(`${name} line `)));
          out.skipped.push({ input: name, reason: "binary file, not text" });
          return;
        }
        out.skipped.push({ input: where, reason: "holds NUL bytes: binary, not text" });
        continue;
      }
      const decoded = decodeText(line.bytes, lineNo);
      if (decoded.note) out.warnings.push({ input: where, reason: decoded.note });
      const text = decoded.text;
      readJsonLine(name, lineNo, lineNo === 1 ? text.replace(/^\uFEFF/, "") : text, out, add);
    }
    if (lineNo === 0) out.skipped.push({ input: name, reason: "empty file" });
  } catch (e) {
    out.skipped.push({ input: name, reason: reasonOf(e) });
  }
}

function readFeed(path: string, xml: string, out: IngestResult, add: Add): void {
  let entries;
  try {
    entries = parseFeed(xml);
  } catch (e) {
    out.skipped.push({ input: path, reason: `broken feed: ${reasonOf(e)}` });
    return;
  }
  if (entries.length === 0) out.skipped.push({ input: path, reason: "feed has no items" });
  entries.forEach((entry, i) => {
    const where = `${path}#${i + 1}`;
    if ("reason" in entry) out.skipped.push({ input: where, reason: entry.reason });
    else add(fromRecord(where, where, "feed", entry));
  });
}
