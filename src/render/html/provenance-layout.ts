/**
 * Where the provenance graph puts each article: one row per article, in time order, so no two
 * labels can share a line; one column per step of copying (origins and independent reports
 * left, their copies right, copies of copies further right). A copy's box says what it copies
 * and how ("verbatim copy of a.txt · uncredited") on its third line, so the arrows between
 * columns carry no text for other arrows to cross. Each column is as wide as its longest label,
 * so nothing is clipped or overlaps whatever the outlets' names are.
 */
import type { BriefArticle, BriefStory } from "../../brief/schema.js";
import { shortId, truncate } from "../text.js";
import { sourcesInTimeOrder } from "./source-order.js";
import { textWidth } from "./text-width.js";

export const FONT = 13;
export const SUB_FONT = 12;
const ROW_HEIGHT = 66;
const BOX_HEIGHT = 56;
/** Room between columns for the arrows' curves. */
const GAP = 70;
const PAD = 8;
const MARGIN = 10;
/** Longest outlet name drawn in full; longer ones end in "…" (the tooltip has all of it). */
const LABEL_CHARS = 60;

export type Box = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};
export type LabelBox = Box & { readonly text: string; readonly size: number };

export type ProvenanceNode = {
  readonly id: string;
  readonly box: Box;
  readonly title: LabelBox;
  readonly sub: LabelBox;
};
export type ProvenanceEdge = {
  readonly copy: string;
  readonly source: string;
  readonly credited: boolean;
  readonly from: { x: number; y: number };
  readonly to: { x: number; y: number };
  readonly label: LabelBox;
  readonly tooltip: string;
};
export type ProvenanceLayout = {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly ProvenanceNode[];
  readonly edges: readonly ProvenanceEdge[];
};

/** Column of each article: 0 for articles that copy nothing, else one more than their source. */
function columns(story: BriefStory): Map<string, number> {
  const sourceOf = new Map((story.reuse ?? []).map((r) => [r.copy, r.source]));
  const column = new Map<string, number>();
  const depth = (id: string, seen: Set<string>): number => {
    const known = column.get(id);
    if (known !== undefined) return known;
    const source = sourceOf.get(id);
    // a cycle cannot come out of the reuse stage; guard anyway so a bad input cannot hang us
    const d = source === undefined || seen.has(source) ? 0 : depth(source, seen.add(id)) + 1;
    column.set(id, d);
    return d;
  };
  for (const id of story.articles) depth(id, new Set());
  return column;
}

const edgeText = (kind: string, credited: boolean, source: string): string =>
  `${kind} copy of ${source}${credited ? "" : " · uncredited"}`;

/** The layout, or null when the story has no reuse to draw. */
export function provenanceLayout(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
): ProvenanceLayout | null {
  const reuse = (story.reuse ?? []).filter(
    (r) => story.articles.includes(r.copy) && story.articles.includes(r.source),
  );
  if (reuse.length === 0) return null;
  const column = columns(story);
  const order = sourcesInTimeOrder(story, byId);
  const labels = new Map(
    order.map((id) => {
      const a = byId.get(id);
      const title = truncate(a?.outlet ?? "unknown outlet", LABEL_CHARS);
      const sub = `${a?.published ?? "undated"} · ${truncate(shortId(id), LABEL_CHARS)}`;
      return [id, { title, sub }];
    }),
  );
  const columnCount = Math.max(...order.map((id) => column.get(id) ?? 0)) + 1;
  const columnWidth = Array.from({ length: columnCount }, () => 0);
  // a copy copies one source (the reuse stage keeps the best); its box names that one
  const copying = new Map<string, (typeof reuse)[number]>();
  for (const r of reuse) if (!copying.has(r.copy)) copying.set(r.copy, r);
  const edgeLabel = new Map(
    [...copying].map(([copy, r]) => [
      copy,
      edgeText(r.kind, r.credited, truncate(shortId(r.source), LABEL_CHARS)),
    ]),
  );
  for (const id of order) {
    const c = column.get(id) ?? 0;
    const { title, sub } = labels.get(id)!;
    const edge = edgeLabel.get(id);
    const w =
      Math.max(
        textWidth(title, FONT),
        textWidth(sub, SUB_FONT),
        edge ? textWidth(edge, SUB_FONT) : 0,
      ) +
      2 * PAD;
    columnWidth[c] = Math.max(columnWidth[c]!, w);
  }
  const gap = GAP;
  const columnX: number[] = [];
  let x = MARGIN;
  for (const w of columnWidth) {
    columnX.push(x);
    x += w + gap;
  }
  const width = x - gap + MARGIN;
  const nodes = order.map((id, row): ProvenanceNode => {
    const c = column.get(id) ?? 0;
    const box = {
      x: columnX[c]!,
      y: MARGIN + row * ROW_HEIGHT,
      width: columnWidth[c]!,
      height: BOX_HEIGHT,
    };
    const { title, sub } = labels.get(id)!;
    return {
      id,
      box,
      title: {
        text: title,
        size: FONT,
        x: box.x + PAD,
        y: box.y + 4,
        width: textWidth(title, FONT),
        height: FONT + 3,
      },
      sub: {
        text: sub,
        size: SUB_FONT,
        x: box.x + PAD,
        y: box.y + 21,
        width: textWidth(sub, SUB_FONT),
        height: SUB_FONT + 3,
      },
    };
  });
  const nodeOf = new Map(nodes.map((n) => [n.id, n]));
  const edges = [...copying.values()].map((r): ProvenanceEdge => {
    const copy = nodeOf.get(r.copy)!.box;
    const source = nodeOf.get(r.source)!.box;
    const text = edgeLabel.get(r.copy)!;
    const what = `${r.kind}, ${Math.round(r.share * 100)}% aligned, ${r.credited ? "credited" : "not credited"}`;
    return {
      copy: r.copy,
      source: r.source,
      credited: r.credited,
      from: { x: copy.x, y: copy.y + BOX_HEIGHT / 2 },
      to: { x: source.x + source.width, y: source.y + BOX_HEIGHT / 2 },
      label: {
        text,
        size: SUB_FONT,
        x: copy.x + PAD,
        y: copy.y + 38,
        width: textWidth(text, SUB_FONT),
        height: SUB_FONT + 3,
      },
      tooltip: `${shortId(r.copy)} copies ${shortId(r.source)}: ${what}`,
    };
  });
  return {
    width,
    height: MARGIN * 2 + order.length * ROW_HEIGHT - (ROW_HEIGHT - BOX_HEIGHT),
    nodes,
    edges,
  };
}
