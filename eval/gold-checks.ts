import type { Article, Corpus } from "../src/model/index.js";
import { normaliseSpace } from "./shared.js";

/** A measured share: how many of how many. */
export type Share = { readonly hits: number; readonly total: number; readonly misses: string[] };

export const ratio = (s: Share): number => (s.total === 0 ? 1 : s.hits / s.total);

export function share(items: { ok: boolean; what: string }[]): Share {
  return {
    hits: items.filter((i) => i.ok).length,
    total: items.length,
    misses: items.filter((i) => !i.ok).map((i) => i.what),
  };
}

/** Gold boilerplate lines that the clean text no longer holds. */
export function boilerplateRemoved(
  corpus: Corpus,
  gold: Record<string, readonly string[]>,
  articleOf: (key: string) => Article | undefined,
): Share {
  return share(
    Object.entries(gold).flatMap(([key, lines]) => {
      const a = articleOf(key);
      const clean = a ? normaliseSpace(a.clean) : null;
      return lines.map((line) => ({
        ok: clean !== null && !clean.includes(normaliseSpace(line)),
        what: `${key}: ${line}`,
      }));
    }),
  );
}

/** Gold quotes (or each of a split quote's parts) still present in the clean text. */
export function quotesKept(
  quotes: readonly { article: string; text: string; parts?: string[] }[],
  articleOf: (key: string) => Article | undefined,
): Share {
  return share(
    quotes.flatMap((q) => {
      const a = articleOf(q.article);
      const clean = a ? normaliseSpace(a.clean) : "";
      return (q.parts ?? [q.text]).map((t) => ({
        ok: clean.includes(normaliseSpace(t)),
        what: `${q.article}: ${t.slice(0, 60)}`,
      }));
    }),
  );
}

/** Articles whose field equals the gold value (by a comparison the caller gives). */
export function fieldsRight<T>(
  gold: Record<string, T>,
  articleOf: (key: string) => Article | undefined,
  right: (a: Article, g: T) => boolean,
  label: (key: string, a: Article | undefined) => string,
): Share {
  return share(
    Object.entries(gold).map(([key, g]) => {
      const a = articleOf(key);
      return { ok: a !== undefined && right(a, g), what: label(key, a) };
    }),
  );
}

/** A gold reuse relation in the keys of its gold file. */
export type GoldReuse = { copy: string; source: string; kind: string; credited: boolean };

/**
 * Reuse found against the gold: recall counts gold relations found with the right direction,
 * kind and credit; precision counts reported relations that the gold has.
 */
export function reuseAgainstGold(
  corpus: Corpus,
  gold: readonly GoldReuse[],
  keyOf: (articleId: string) => string,
): { recall: Share; precision: Share } {
  const found = (corpus.reuse ?? []).map((r) => ({
    copy: keyOf(r.copy),
    source: keyOf(r.source),
    kind: r.kind as string,
    credited: r.credited,
  }));
  const same = (a: GoldReuse, b: GoldReuse): boolean =>
    a.copy === b.copy && a.source === b.source && a.kind === b.kind && a.credited === b.credited;
  const show = (r: GoldReuse): string =>
    `${r.copy} <- ${r.source} ${r.kind}${r.credited ? "" : " uncredited"}`;
  return {
    recall: share(gold.map((g) => ({ ok: found.some((f) => same(f, g)), what: show(g) }))),
    precision: share(found.map((f) => ({ ok: gold.some((g) => same(f, g)), what: show(f) }))),
  };
}
