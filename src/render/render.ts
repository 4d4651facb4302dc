import { renderHtml } from "./html/index.js";
import { renderMarkdown } from "./markdown.js";
import type { BriefJson } from "../brief/schema.js";

export const FORMATS = ["md", "html", "json"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The brief in one of the output formats. A brief made with its texts (`briefOf(…, { texts:
 * true })`) lets the HTML page show every cited span in its article.
 */
export function render(brief: BriefJson, format: Format): string {
  switch (format) {
    case "md":
      return renderMarkdown(brief);
    case "html":
      return renderHtml(brief);
    case "json":
      return `${JSON.stringify(brief, null, 2)}\n`;
  }
}
