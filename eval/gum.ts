/**
 * Name mentions scored on the news part of GUM (24 Wikinews articles). GUM annotates every noun
 * phrase; the comparable gold is its named mentions of people, places and organisations, cut to
 * their `name_span` (the proper-noun run around the head, closer to CoNLL-style names). A mention
 * counts when its character span and its type both match; our "other" mentions are not scored,
 * since GUM's other named types (events, objects) do not line up with ours.
 */
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";

import { detectMentions, type Mention } from "../src/stages/entities/01-mentions.js";
import { summarise, type Counts, type Prf } from "./conll.js";

export const GUM_TYPES = ["person", "place", "organization"] as const;
export type GumType = (typeof GUM_TYPES)[number];

export type GumEntity = {
  start: number;
  end: number;
  type: string;
  named: boolean;
  name_span: [number, number] | null;
};
export type GumDoc = { id: string; text: string; entities: GumEntity[] };
export type CharSpan = { start: number; end: number; type: string };

export type GumScore = {
  overall: Prf;
  byType: Record<GumType, Prf>;
  documents: number;
  gold: number;
  tokensPerSecond: number;
};

const isGumType = (type: string): type is GumType =>
  (GUM_TYPES as readonly string[]).includes(type);

/** The gold names of a document, once each (nested mentions often share one name span). */
export function goldNames(doc: GumDoc): CharSpan[] {
  const seen = new Map<string, CharSpan>();
  for (const entity of doc.entities) {
    if (!entity.named || !entity.name_span || !isGumType(entity.type)) continue;
    const [start, end] = entity.name_span;
    seen.set(`${start}:${end}:${entity.type}`, { start, end, type: entity.type });
  }
  return [...seen.values()];
}

export function predictedNames(mentions: Mention[]): CharSpan[] {
  return mentions
    .filter((m) => isGumType(m.type))
    .map((m) => ({ start: m.start, end: m.end, type: m.type }));
}

const key = (s: CharSpan) => `${s.start}:${s.end}:${s.type}`;

export function countNames(gold: CharSpan[], predicted: CharSpan[], counts: Map<string, Counts>) {
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

/** Rough token count for the speed figure: runs of letters or digits and single other marks. */
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function scoreDocs(docs: GumDoc[]): GumScore {
  const counts = new Map<string, Counts>();
  let elapsed = 0;
  let tokens = 0;
  let gold = 0;
  for (const doc of docs) {
    const began = performance.now();
    const mentions = detectMentions(doc.text);
    elapsed += performance.now() - began;
    tokens += doc.text.match(TOKEN)?.length ?? 0;
    const goldSpans = goldNames(doc);
    gold += goldSpans.length;
    countNames(goldSpans, predictedNames(mentions), counts);
  }
  return {
    ...summarise(counts, GUM_TYPES),
    documents: docs.length,
    gold,
    tokensPerSecond: elapsed === 0 ? 0 : tokens / (elapsed / 1000),
  };
}

export function parseGum(source: string): GumDoc[] {
  return source
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GumDoc);
}

export async function evaluateGum(path: string): Promise<GumScore> {
  return scoreDocs(parseGum(await readFile(path, "utf8")));
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const path = process.argv[2] ?? "../shared/datasets/gum-news/docs.jsonl";
  void evaluateGum(path).then((score) => console.log(JSON.stringify(score, null, 2)));
}
