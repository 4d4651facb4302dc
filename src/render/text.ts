import type { BriefArticle } from "../brief/schema.js";

/** A short name for an article in tables: the file name, or the record id as it is. */
export function shortId(id: string): string {
  const m = /([^/\\]+)$/.exec(id);
  return m ? m[1]! : id;
}

/** "2025-02-11 (metadata)", "2025-02-09 (from text)", or "unknown". */
export function dateWithOrigin(a: BriefArticle): string {
  if (!a.published) return "unknown";
  const from =
    a.publishedFrom === "metadata"
      ? "metadata"
      : a.publishedFrom === "text"
        ? "from text"
        : "from story";
  return `${a.published} (${from})`;
}

/** "3: image markup, photo credit ×2", or "none". */
export function removedSummary(a: BriefArticle): string {
  if (a.removed.length === 0) return "none";
  const counts = new Map<string, number>();
  for (const r of a.removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, n]) => (n > 1 ? `${reason} ×${n}` : reason));
  return `${a.removed.length}: ${parts.join(", ")}`;
}

export function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

/** "Feb 9 – Feb 11, 2025" style range, in ISO days to stay unambiguous. */
export function dateRange(from: string | null, to: string | null): string {
  if (!from) return "dates unknown";
  return from === to || !to ? from : `${from} – ${to}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;

/** Speakers of a claim's sentences, most sentences first (`ClaimJson.attribution`). */
type Attributed = readonly { readonly speaker: string }[] | undefined;

/**
 * "according to Merrowby City Council", "according to Ana Ruiz and the port authority": who a
 * claim's sentences give it to, the first two; empty when none does.
 */
export function attributionText(attribution: Attributed): string {
  if (!attribution || attribution.length === 0) return "";
  const named = attribution.slice(0, 2).map((a) => a.speaker);
  const more = attribution.length > 2 ? " and others" : "";
  return `according to ${named.join(" and ")}${more}`;
}
