/**
 * Name mentions scored on CoNLL-2003 English (Reuters news, 1996; research use, evaluation only).
 * Each sentence's tokens are joined with single spaces, the sentences of a story with line breaks,
 * and each story is read by `detectMentions`; our mentions are mapped back onto the tokens and scored like conlleval: an entity counts only when its span
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

const DATELINE_DATE = /^\d{4}-\d\d-\d\d$/;

/**
 * The files here have lost their -DOCSTART- lines, so the Reuters stories are rebuilt from their
 * openings: a story's second sentence is its dateline ("LONDON 1996-08-30"), its first the
 * headline. 225 of the 231 test stories open so; the rest stay joined to the story before. Each
 * story is then read as one article, as the pipeline reads articles.
 */
export function documentsOf(sentences: ConllSentence[]): ConllSentence[][] {
  const documents: ConllSentence[][] = [];
  let current: ConllSentence[] = [];
  for (const sentence of sentences) {
    const last = sentence.tokens[sentence.tokens.length - 1] ?? "";
    if (DATELINE_DATE.test(last) && current.length > 1) {
      const headline = current.pop()!;
      documents.push(current);
      current = [headline];
    }
    current.push(sentence);
  }
  if (current.length > 0) documents.push(current);
  return documents;
}

/** Our mentions of each sentence as token spans, reading each story as one article. */
export function predictSentences(sentences: ConllSentence[]): {
  predicted: TokenSpan[][];
  elapsedMs: number;
} {
  const predicted: TokenSpan[][] = [];
  let elapsedMs = 0;
  for (const document of documentsOf(sentences)) {
    const texts = document.map((s) => s.tokens.join(" "));
    const segments: { start: number; end: number }[] = [];
    let at = 0;
    for (const t of texts) {
      segments.push({ start: at, end: at + t.length });
      at += t.length + 1;
    }
    const began = performance.now();
    const mentions = detectMentions(texts.join("\n"), segments);
    elapsedMs += performance.now() - began;
    document.forEach((sentence, i) => {
      const { start, end } = segments[i]!;
      const own = mentions
        .filter((m) => m.start >= start && m.end <= end)
        .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
      predicted.push(mentionsToTokenSpans(sentence.tokens, own));
    });
  }
  return { predicted, elapsedMs };
}

export function scoreSentences(sentences: ConllSentence[]): ConllScore {
  const counts = new Map<string, Counts>();
  const { predicted, elapsedMs } = predictSentences(sentences);
  let tokenCount = 0;
  sentences.forEach((sentence, i) => {
    tokenCount += sentence.tokens.length;
    countMatches(spansFromTags(sentence.tags), predicted[i]!, counts);
  });
  return {
    ...summarise(counts, CONLL_TYPES),
    sentences: sentences.length,
    tokensPerSecond: elapsedMs === 0 ? 0 : tokenCount / (elapsedMs / 1000),
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
