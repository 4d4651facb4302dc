/**
 * Attribution scored on PolNeAR (political news, source / cue / content spans). Each role is
 * scored on its own with overlap match (a predicted span matches a gold span it shares a
 * character with, one to one), for direct attributions (at least half of the content in
 * quotation marks, the dataset's `direct` flag) and indirect ones separately. A prediction is
 * put on one side or the other by the same rule, read on its content (`quotedFraction`); for a
 * partial quotation the content is the statement it stands in, from the reporting verb to the
 * sentence's end (`sentenceAround`), as the gold's content is. Content spans include reported
 * speech. Tuned on train/dev; the scores printed are test.
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

/** Where a sentence ends: a stop (and a closing mark) before a space and a capital or a mark. */
const SENTENCE_END = /[.!?]["”’']*\s+(?=["“‘']*\p{Lu})|\n/gu;

/** The sentence of `text` around a span, by stops and line breaks (for `asAttributions`). */
export function sentenceAround(text: string): (span: Range) => Range {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index! + m[0].length);
  return (span) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const start = lo > 0 ? ends[lo - 1]! : 0;
    let k = lo;
    while (k < ends.length && ends[k]! < span.end) k++;
    return { start, end: Math.max(span.end, k < ends.length ? ends[k]! : text.length) };
  };
}

/**
 * The dataset's own test of a span's quotedness, so that a prediction is called direct by the
 * rule the gold was: the share of the span's letters and digits that lie between “…” or "…"
 * marks paired within a paragraph. Other marks (the doubled apostrophes of the New York Times
 * archive, `''…''`) do not count there, though we read them as quotation marks.
 */
export function quotedFraction(text: string): (span: Range) => number {
  const inside = new Uint8Array(text.length);
  let from = 0;
  for (const paragraph of text.split("\n")) {
    let open = -1;
    let curly = -1;
    for (let i = 0; i < paragraph.length; i++) {
      const c = paragraph[i];
      if (c === '"') {
        if (open < 0) open = i;
        else {
          inside.fill(1, from + open + 1, from + i);
          open = -1;
        }
      } else if (c === "“") curly = i;
      else if (c === "”" && curly >= 0) {
        inside.fill(1, from + curly + 1, from + i);
        curly = -1;
      }
    }
    // A quotation left open runs to the paragraph's end (it continues in the next one).
    const left = Math.max(open, curly);
    if (left >= 0) inside.fill(1, from + left + 1, from + paragraph.length);
    from += paragraph.length + 1;
  }
  return (span) => {
    let alnum = 0;
    let quoted = 0;
    for (let i = span.start; i < span.end; i++) {
      if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
      alnum++;
      quoted += inside[i]!;
    }
    return alnum === 0 ? 0 : quoted / alnum;
  };
}

/**
 * Our quotes as the dataset's attributions, each direct or indirect. PolNeAR gives a statement
 * one attribution, direct when at least half of its content is in quotation marks; we report a
 * quotation inside reported speech ("X said the plan was “a disaster”") as a partial quote of
 * its own beside the statement. Such a statement and the quotations in it of the same speaker
 * (or of none) are one attribution here, as the dataset counts them: the quotations when they
 * hold half of the statement or more, else the statement.
 */
export function asAttributions(
  pred: readonly QuoteSpans[],
  /** Given, each attribution is direct by the dataset's own rule on its content (`quotedFraction`). */
  quoted?: (span: Range) => number,
  /**
   * Given, the sentence around a span: a partial quotation's attribution is the statement it
   * stands in ("said the plan was “a disaster”"), so the rule reads that sentence, not the
   * quoted words alone.
   */
  sentenceOf?: (span: Range) => Range,
): {
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
  // A partial quotation's statement: its sentence from the reporting verb on ("said his plan is
  // “a disaster”"), or up to the verb when the verb follows ("“A disaster,” he said of it").
  const statementOf = (q: QuoteSpans, sentence: Range): Range =>
    q.cue === null || q.cue.end <= sentence.start || q.cue.start >= sentence.end
      ? sentence
      : q.cue.end <= q.content.start
        ? { start: q.cue.end, end: sentence.end }
        : { start: sentence.start, end: Math.max(q.content.end, q.cue.start) };
  const direct = (q: QuoteSpans): boolean =>
    quoted
      ? quoted(
          q.kind === "partial" && sentenceOf ? statementOf(q, sentenceOf(q.content)) : q.content,
        ) >= DIRECT_FROM
      : q.kind !== "indirect";
  return {
    direct: kept.filter(direct),
    indirect: kept.filter((q) => !direct(q)),
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
    const pred = asAttributions(
      quotesOfText(`polnear-${i}`, d.text),
      quotedFraction(d.text),
      sentenceAround(d.text),
    );
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
