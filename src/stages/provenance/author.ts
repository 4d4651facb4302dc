import type { SegmentedArticle } from "../../model/index.js";
import { BYLINE } from "../clean/03-header-lines.js";

// "By Ilsa Varnholt, Chief Reporter · Tuesday 17 March 2026": the names after "By", up to the
// first comma, bar or dash (after which come roles, places and times); "and" joins two names.
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|al|bin|da|di|du|la|le))*`;
const BY_NAMES = new RegExp(String.raw`^By\s+(${NAME}(?:\s+(?:and|&)\s+${NAME})*)`, "u");

/**
 * The author a byline names, when the container gave none: "By Ilsa Varnholt, Chief Reporter"
 * → "Ilsa Varnholt". Reads the bylines the clean stage took out of the text, first one first.
 */
export function authorFromByline(article: SegmentedArticle): string | null {
  for (const r of article.removed) {
    if (r.reason !== BYLINE) continue;
    const m = BY_NAMES.exec(r.text.trim());
    if (m) return m[1]!.trim();
  }
  return null;
}
