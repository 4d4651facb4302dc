import { renderHtml } from "./html/index.js";
import { renderMarkdown } from "./markdown.js";
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
