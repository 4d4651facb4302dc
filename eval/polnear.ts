/**
 * Attribution scored on PolNeAR (political news, source / cue / content spans). Each role is
 * scored on its own with overlap match (a predicted span matches a gold span it shares a
 * character with, one to one), for direct attributions (at least half of the content in
 * quotation marks, the dataset's `direct` flag) and indirect ones separately: a predicted
 * quotation or partial quotation is direct, reported speech indirect. Content spans include
 * reported speech. Tuned on train/dev; the scores printed are test.
 */
import { readFile } from "node:fs/promises";
import {
  matchSpans,
  overlapOf,
  prf,
  quotesOfText,
  type Prf,
  type QuoteSpans,
} from "./quote-spans.js";
import type { Range } from "../src/model/index.js";

type PolSpan = { start: number; end: number } | null;
type PolAttribution = { source: PolSpan; cue: PolSpan; content: PolSpan; direct: boolean };
type PolDoc = { id: string; text: string; attributions: PolAttribution[] };

export const ROLES = ["source", "cue", "content"] as const;
export type Role = (typeof ROLES)[number];
export type PolnearScore = {
  direct: Record<Role, Prf>;
  indirect: Record<Role, Prf>;
  documents: number;
  attributions: number;
};

/** The dataset's line between direct and indirect: this share of the content in quotation marks. */
const DIRECT_FROM = 0.5;

/**
 * Our quotes as the dataset's attributions, each direct or indirect. PolNeAR gives a statement
 * one attribution, direct when at least half of its content is in quotation marks; we report a
 * quotation inside reported speech ("X said the plan was “a disaster”") as a partial quote of
 * its own beside the statement. Such a statement and the quotations in it of the same speaker
 * (or of none) are one attribution here, as the dataset counts them: the quotations when they
 * hold half of the statement or more, else the statement.
 */
export function asAttributions(pred: readonly QuoteSpans[]): {
  direct: QuoteSpans[];
  indirect: QuoteSpans[];
} {
  const inside = (q: QuoteSpans, s: QuoteSpans): boolean =>
    q.kind !== "indirect" &&
    overlapOf(q.content, s.content) === q.content.end - q.content.start &&
    (q.speaker === null || (s.speaker !== null && overlapOf(q.speaker, s.speaker) > 0));
  const dropped = new Set<QuoteSpans>();
  for (const s of pred) {
    if (s.kind !== "indirect") continue;
    const quoted = pred.filter((q) => inside(q, s));
    if (quoted.length === 0) continue;
    const marks = quoted.reduce((n, q) => n + q.content.end - q.content.start, 0);
    if (marks >= DIRECT_FROM * (s.content.end - s.content.start)) dropped.add(s);
    else for (const q of quoted) dropped.add(q);
  }
  const kept = pred.filter((q) => !dropped.has(q));
  return {
    direct: kept.filter((q) => q.kind !== "indirect"),
    indirect: kept.filter((q) => q.kind === "indirect"),
  };
}

function score(gold: Range[], predicted: Range[]): [number, number, number] {
  const m = matchSpans(gold, predicted, (g, p) => overlapOf(g, p));
  return [m.filter((i) => i >= 0).length, gold.length, predicted.length];
}

export async function evaluatePolnear(path: string): Promise<PolnearScore> {
  const docs = (await readFile(path, "utf8"))
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PolDoc);
  const counts = {
    direct: { source: [0, 0, 0], cue: [0, 0, 0], content: [0, 0, 0] },
    indirect: { source: [0, 0, 0], cue: [0, 0, 0], content: [0, 0, 0] },
  };
  let attributions = 0;
  docs.forEach((d, i) => {
    const pred = asAttributions(quotesOfText(`polnear-${i}`, d.text));
    attributions += d.attributions.length;
    for (const kind of ["direct", "indirect"] as const) {
      const gold = d.attributions.filter((a) => a.direct === (kind === "direct"));
      const mine = pred[kind];
      for (const role of ROLES) {
        const g = gold.map((a) => a[role]).filter((s): s is Range => s !== null);
        const p = mine
          .map((q) => (role === "source" ? q.speaker : role === "cue" ? q.cue : q.content))
          .filter((s): s is Range => s !== null);
        const [tp, ng, np] = score(g, p);
        const c = counts[kind][role];
        c[0] = c[0]! + tp;
        c[1] = c[1]! + ng;
        c[2] = c[2]! + np;
      }
    }
  });
  const table = (k: "direct" | "indirect"): Record<Role, Prf> =>
    Object.fromEntries(
      ROLES.map((r) => [r, prf(counts[k][r][0]!, counts[k][r][1]!, counts[k][r][2]!)]),
    ) as Record<Role, Prf>;
  return {
    direct: table("direct"),
    indirect: table("indirect"),
    documents: docs.length,
    attributions,
  };
}
