import type { ArticleTexts } from "./html-citations.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import type { BriefJson } from "./schema.js";

export const FORMATS = ["md", "html", "json"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The brief in one of the output formats. `texts` (each article's original text by id) lets the
 * HTML page show every cited span in its article.
 */
export function render(brief: BriefJson, format: Format, texts?: ArticleTexts): string {
  switch (format) {
    case "md":
      return renderMarkdown(brief);
    case "html":
      return renderHtml(brief, texts);
    case "json":
      return `${JSON.stringify(brief, null, 2)}\n`;
  }
}
