import type { Range } from "./span.js";

export type ReuseKind = "verbatim" | "near-verbatim" | "rewrite";

/** A sentence of the copy aligned with a sentence of its source (ranges of each clean text). */
export type AlignedSentences = {
  readonly copy: Range;
  readonly source: Range;
  /** Weighted word overlap of the two sentences, 0–1; 1 for identical words. */
  readonly similarity: number;
};

/** One article that reuses another's text. */
export type ReuseRelation = {
  readonly copy: string;
  readonly source: string;
  /** The first article of the copy group: what later stages count as the one independent source. */
  readonly origin: string;
  readonly kind: ReuseKind;
  /** Whether the copy names the source's outlet or wire as the source of its text. */
  readonly credited: boolean;
  /** Share of the copy's substantive sentences aligned with the source, 0–1. */
  readonly share: number;
  readonly evidence: readonly AlignedSentences[];
};

/** Articles that share one origin's text: the origin and every copy, direct or indirect. */
export type CopyGroup = { readonly origin: string; readonly members: readonly string[] };

/** Each article's copy-group origin: copies of one origin are one source. */
export function originMap(groups: readonly CopyGroup[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groups) {
    out.set(g.origin, g.origin);
    for (const m of g.members) out.set(m, g.origin);
  }
  return out;
}
