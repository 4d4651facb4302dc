import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import type { BriefJson } from "./schema.js";

export const FORMATS = ["md", "html", "json"] as const;
export type Format = (typeof FORMATS)[number];

/** The brief in one of the output formats. */
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
