import { briefHtmlChunks, renderHtml } from "./html/index.js";
import { jsonChunks } from "./json-chunks.js";
import { markdownChunks, renderMarkdown } from "./markdown.js";
import type { BriefJson } from "../brief/schema.js";

export const FORMATS = ["md", "html", "json"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The brief in one of the output formats. JSON is written on one line: it is for programs, and
 * indenting it made a brief of many small span objects half whitespace (`jq .` indents it).
 */
export function render(brief: BriefJson, format: Format): string {
  switch (format) {
    case "md":
      return renderMarkdown(brief);
    case "html":
      return renderHtml(brief);
    case "json":
      return `${JSON.stringify(brief)}\n`;
  }
}

/**
 * `render(brief, format)` as chunks of text whose concatenation is the same string, made one at
 * a time as they are written: a brief too large to be one string (V8 stops at about 512 MB) is
 * still written whole. The brief object itself is in memory.
 */
export function* renderChunks(brief: BriefJson, format: Format): Generator<string> {
  switch (format) {
    case "md":
      yield* markdownChunks(brief);
      return;
    case "html":
      yield* briefHtmlChunks(brief);
      return;
    case "json":
      yield* jsonChunks(brief);
      yield "\n";
      return;
  }
}
