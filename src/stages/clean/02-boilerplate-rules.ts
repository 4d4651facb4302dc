/**
 * Boilerplate paragraphs: the line rules of src/boilerplate/line-rules.ts, which HTML
 * extraction shares, tried on one paragraph at a time. Each names the reason it gives in
 * `removed`.
 */
import { lineReason, PARAGRAPH_RULES } from "../../boilerplate/line-rules.js";

/** The reason a paragraph is boilerplate, or null when it is part of the article. */
export function boilerplateReason(paragraph: string): string | null {
  return lineReason(paragraph, PARAGRAPH_RULES);
}
