import type { Article } from "../../model/index.js";

/** "The Associated Press" and "AP", "Reuters" and "reuters": the same source. */
const WIRE_ALIASES: Record<string, string> = {
  "associated press": "ap",
  "agence france-presse": "afp",
  "agence france presse": "afp",
};
export function sourceKey(name: string): string {
  const k = name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
  return WIRE_ALIASES[k] ?? k;
}

const sameSource = (x: string | null, y: string | null): boolean =>
  x !== null && y !== null && sourceKey(x) === sourceKey(y);

/** The wire's own article: its outlet is the wire it credits ("AP" crediting The Associated Press). */
export const isWireOwn = (a: Pick<Article, "outlet" | "credit">): boolean =>
  sameSource(a.outlet, a.credit);

const substantive = (a: Article): number => a.words;

/**
 * Orders two articles of a copy group by how likely each is to be the origin: positive when `a`
 * is. The wire's own article first; then one that credits a wire over one that does not (a
 * rewrite drops the credit, a reprint keeps it); then the earlier; then the longer (a trimmed
 * copy is a subset of its source).
 */
export function originRank(a: Article, b: Article): number {
  if (isWireOwn(a) !== isWireOwn(b)) return isWireOwn(a) ? 1 : -1;
  if ((a.credit !== null) !== (b.credit !== null)) return a.credit !== null ? 1 : -1;
  if (a.published && b.published && a.published !== b.published)
    return a.published < b.published ? 1 : -1;
  return substantive(a) - substantive(b);
}

// "This article originally appeared in X", "first published by X", "Source: X", "courtesy of X".
const CREDIT_PHRASE =
  /\b(?:originally (?:appeared|published|ran)|first (?:appeared|published)|republished|reprinted)\b[^.]{0,20}?\b(?:in|on|by|from|with permission (?:of|from))\s+([^.\n]{2,80})|^(?:Source|Courtesy of)\s*:?\s*([^.\n]{2,80})/gim;

/**
 * Whether a copy names its source as the source of its text: its wire credit is the source's
 * wire or outlet (or the group origin's), or a credit phrase names one of them. A mention of the
 * outlet in the story ("told Reuters") is not a credit; the provenance stage only takes credits
 * from datelines, staff lines, copyright lines and closing credits.
 */
export function creditsSource(copy: Article, source: Article, origin: Article): boolean {
  const names = [source.outlet, source.credit, origin.outlet, origin.credit].filter(
    (n): n is string => n !== null,
  );
  if (names.some((n) => sameSource(copy.credit, n))) return true;
  const texts = [copy.clean, ...copy.removed.map((r) => r.text)];
  for (const text of texts) {
    for (const m of text.matchAll(CREDIT_PHRASE)) {
      const named = (m[1] ?? m[2] ?? "").toLowerCase();
      if (names.some((n) => named.includes(sourceKey(n)))) return true;
    }
  }
  return false;
}
