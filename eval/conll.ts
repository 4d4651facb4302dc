/**
 * Name mentions scored on CoNLL-2003 English (Reuters news, 1996; research use, evaluation only).
 * Each sentence's tokens are joined with single spaces and read by `detectMentions`; our mentions
 * are mapped back onto the tokens and scored like conlleval: an entity counts only when its span
 * and its type both match exactly, micro-averaged.
 */
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";

import { detectMentions, type EntityType } from "../src/stages/entities/01-mentions.js";

export const CONLL_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type ConllType = (typeof CONLL_TYPES)[number];
export type Prf = { p: number; r: number; f1: number };
export type ConllScore = {
  overall: Prf;
  byType: Record<ConllType, Prf>;
  sentences: number;
  tokensPerSecond: number;
};

export type ConllSentence = { tokens: string[]; tags: string[] };
/** An entity as token indices, end-exclusive. */
export type TokenSpan = { start: number; end: number; type: string };

const TYPE_OF: Record<EntityType, ConllType> = {
  person: "PER",
  organization: "ORG",
  place: "LOC",
  other: "MISC",
};

/** `TOKEN IOB2-TAG 0` lines, a blank line between sentences. */
export function parseConll(source: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence = { tokens: [], tags: [] };
  for (const line of source.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (line.trim() === "" || fields.length < 2) {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    current.tokens.push(fields[0]!);
    current.tags.push(fields[1]!);
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

/** Entities of an IOB2 (or IOB1) tag sequence; an I- tag of a new type starts a new entity. */
export function spansFromTags(tags: string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === "O" ? ["O", ""] : [tag.slice(0, 1), tag.slice(2)];
    const continues = prefix === "I" && open !== null && open.type === type;
    if (open && !continues) {
      spans.push(open);
      open = null;
    }
    if (prefix === "B" || (prefix === "I" && !continues)) open = { start: i, end: i + 1, type };
    else if (continues && open) open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}

/** Character offsets of each token in the tokens joined by single spaces. */
export function tokenOffsets(tokens: string[]): { start: number; end: number }[] {
  let at = 0;
  return tokens.map((token) => {
    const span = { start: at, end: at + token.length };
    at += token.length + 1;
    return span;
  });
}

/**
 * Our character mentions as token spans: a mention covers every token it touches (a mention that
 * ends inside a token still claims that token, as the gold spans are whole tokens).
 */
export function mentionsToTokenSpans(
  tokens: string[],
  mentions: { start: number; end: number; type: EntityType }[],
): TokenSpan[] {
  const offsets = tokenOffsets(tokens);
  const spans: TokenSpan[] = [];
  for (const mention of mentions) {
    const first = offsets.findIndex((o) => o.end > mention.start);
    let last = -1;
    offsets.forEach((o, i) => {
      if (o.start < mention.end) last = i;
    });
    if (first < 0 || last < first) continue;
    spans.push({ start: first, end: last + 1, type: TYPE_OF[mention.type] });
  }
  return spans;
}

export type Counts = { tp: number; fp: number; fn: number };

export function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Overall (micro) and per-type P/R/F1 from per-type counts. */
export function summarise<T extends string>(
  counts: Map<string, Counts>,
  types: readonly T[],
): { overall: Prf; byType: Record<T, Prf> } {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  const byType = Object.fromEntries(
    types.map((type) => [type, prf(counts.get(type) ?? { tp: 0, fp: 0, fn: 0 })]),
  ) as Record<T, Prf>;
  return { overall: prf(total), byType };
}

const key = (s: TokenSpan) => `${s.start}:${s.end}:${s.type}`;

/** Adds one sentence's exact span+type matches to the per-type counts. */
export function countMatches(
  gold: TokenSpan[],
  predicted: TokenSpan[],
  counts: Map<string, Counts>,
): void {
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const bump = (type: string, field: keyof Counts) => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[field] += 1;
    counts.set(type, c);
  };
  for (const span of predicted) bump(span.type, goldKeys.has(key(span)) ? "tp" : "fp");
  for (const span of gold) if (!predictedKeys.has(key(span))) bump(span.type, "fn");
}

export function scoreSentences(sentences: ConllSentence[]): ConllScore {
  const counts = new Map<string, Counts>();
  let tokenCount = 0;
  let elapsed = 0;
  for (const sentence of sentences) {
    const text = sentence.tokens.join(" ");
    const began = performance.now();
    const mentions = detectMentions(text);
    elapsed += performance.now() - began;
    tokenCount += sentence.tokens.length;
    countMatches(
      spansFromTags(sentence.tags),
      mentionsToTokenSpans(sentence.tokens, mentions),
      counts,
    );
  }
  return {
    ...summarise(counts, CONLL_TYPES),
    sentences: sentences.length,
    tokensPerSecond: elapsed === 0 ? 0 : tokenCount / (elapsed / 1000),
  };
}

export async function evaluateConll(path: string): Promise<ConllScore> {
  return scoreSentences(parseConll(await readFile(path, "utf8")));
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const path = process.argv[2] ?? "../shared/datasets/conll2003/dev.txt";
  void evaluateConll(path).then((score) => console.log(JSON.stringify(score, null, 2)));
}
