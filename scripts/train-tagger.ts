/**
 * Trains the name detector's part-of-speech tagger (src/stages/entities/00-tagger.ts) and writes
 * src/stages/entities/tagger-model.json.
 *
 *   npx tsx scripts/train-tagger.ts [--epochs 6] [--check]
 *
 * Data: the texts of ECB+ (news, CC BY 3.0) and of GUM's Wikinews documents (CC BY 2.5), read from
 * ../shared/datasets, plus our own example corpus. Labels: wink-nlp's tags for the same texts
 * (wink-nlp and its English model are MIT), aligned to our tokens by their offsets. The tagger
 * learns to give wink's answer from the words around a token, which the detector's rules were
 * written against, at a fraction of wink's cost. Every tenth document is held out and the
 * agreement with wink on it is printed, overall and on capitalised words, which are the ones the
 * detector asks about. With `--check` nothing is written.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

import {
  featuresAt,
  Tagger,
  TAGS,
  type TaggedText,
  type TaggerModel,
} from "../src/stages/entities/00-tagger.js";
import { taggedParagraphs } from "../src/stages/entities/mentions/tokens.js";
import { paragraphRanges, segmentText } from "../src/stages/segment/segment.js";

const args = process.argv.slice(2);
const epochs = args.includes("--epochs") ? Number(args[args.indexOf("--epochs") + 1]) : 6;
const checkOnly = args.includes("--check");
const shared = new URL("../../shared/datasets/", import.meta.url).pathname;
const out = new URL("../src/stages/entities/tagger-model.json", import.meta.url).pathname;

/** Features seen fewer times than this are left out of the model file. */
const MIN_FEATURE_COUNT = 3;
/** Weights are written with this many decimals; smaller ones are dropped. */
const DECIMALS = 1;

function jsonLines(path: string): { text: string }[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { text: string });
}

function exampleTexts(): string[] {
  const dir = new URL("../examples/corpus/", import.meta.url).pathname;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

const texts = [
  ...jsonLines(join(shared, "ecbplus", "articles.jsonl")).map((a) => a.text),
  ...jsonLines(join(shared, "gum-news", "docs.jsonl")).map((d) => d.text),
  ...exampleTexts(),
];

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

type Example = { text: TaggedText; gold: Int8Array };

/**
 * A text as our tokens, paragraph by paragraph as the detector reads an article's (the segment
 * stage's tokens and sentences), each token labelled with wink's tag for the same characters
 * (-1: none).
 */
function label(source: string): Example[] {
  const doc = nlp.readDoc(source);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const winkTag = new Map<string, number>();
  let cursor = 0;
  values.forEach((value, k) => {
    if (value.trim() === "") return;
    const at = source.indexOf(value, cursor);
    if (at < 0) return;
    cursor = at + value.length;
    winkTag.set(`${at}:${cursor}`, TAG_INDEX.get(tags[k]!) ?? -1);
  });
  const spine = segmentText(source, paragraphRanges(source));
  return taggedParagraphs(source, spine).map((text) => ({
    text,
    gold: Int8Array.from(text.tokens, (_, k) => {
      const i = text.first + k;
      return winkTag.get(`${spine.tokens[2 * i]}:${spine.tokens[2 * i + 1]}`) ?? -1;
    }),
  }));
}

process.stderr.write(`labelling ${texts.length} texts with wink-nlp…\n`);
const documents = texts.map(label);
// every tenth document, all its paragraphs, is held out
const heldOut = documents.filter((_, i) => i % 10 === 0).flat();
const training = documents.filter((_, i) => i % 10 !== 0).flat();

/** Averaged perceptron (Collins 2002), with the usual lazy update of the running sums. */
const weights = new Map<string, Float64Array>();
const totals = new Map<string, Float64Array>();
const stamps = new Map<string, Float64Array>();
const counts = new Map<string, number>();
let step = 0;

function row(map: Map<string, Float64Array>, feature: string): Float64Array {
  let r = map.get(feature);
  if (!r) {
    r = new Float64Array(TAGS.length);
    map.set(feature, r);
  }
  return r;
}

function predict(features: string[]): number {
  const scores = new Float64Array(TAGS.length);
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let t = 0; t < TAGS.length; t++) scores[t]! += w[t]!;
  }
  let best = 0;
  for (let t = 1; t < TAGS.length; t++) if (scores[t]! > scores[best]!) best = t;
  return best;
}

function update(feature: string, tag: number, delta: number): void {
  const w = row(weights, feature);
  const total = row(totals, feature);
  const stamp = row(stamps, feature);
  total[tag]! += (step - stamp[tag]!) * w[tag]!;
  stamp[tag] = step;
  w[tag]! += delta;
}

/** A fixed shuffle, so that two runs write the same model. */
function shuffled<T>(items: T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

for (let epoch = 0; epoch < epochs; epoch++) {
  let right = 0;
  let seen = 0;
  for (const { text, gold } of shuffled(training, epoch + 1)) {
    for (let i = 0; i < gold.length; i++) {
      if (gold[i]! < 0) continue;
      step += 1;
      const features = featuresAt(text, i);
      if (epoch === 0) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
      const guess = predict(features);
      seen += 1;
      if (guess === gold[i]) {
        right += 1;
        continue;
      }
      for (const f of features) {
        update(f, gold[i]!, 1);
        update(f, guess, -1);
      }
    }
  }
  process.stderr.write(`epoch ${epoch + 1}: agreement on training ${(right / seen).toFixed(4)}\n`);
}

/** The averaged weights, rounded and without rare features. */
function averaged(): TaggerModel {
  const out: Record<string, string> = {};
  const scale = 10 ** DECIMALS;
  for (const [feature, w] of weights) {
    if ((counts.get(feature) ?? 0) < MIN_FEATURE_COUNT) continue;
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    const pairs: string[] = [];
    for (let t = 0; t < TAGS.length; t++) {
      const mean = (total[t]! + (step - stamp[t]!) * w[t]!) / step;
      const rounded = Math.round(mean * scale) / scale;
      if (rounded !== 0) pairs.push(`${t}:${rounded}`);
    }
    if (pairs.length > 0) out[feature] = pairs.join(" ");
  }
  return { tags: [...TAGS], weights: out };
}

const trained = averaged();
const tagger = new Tagger(trained);
let right = 0;
let seen = 0;
let capsRight = 0;
let capsSeen = 0;
let initialRight = 0;
let initialSeen = 0;
for (const { text, gold } of heldOut) {
  for (let i = 0; i < gold.length; i++) {
    if (gold[i]! < 0) continue;
    const ok = tagger.tag(text, i) === TAGS[gold[i]!];
    seen += 1;
    right += ok ? 1 : 0;
    if (/^\p{Lu}/u.test(text.tokens[i]!.text)) {
      capsSeen += 1;
      capsRight += ok ? 1 : 0;
      if (text.initial[i]) {
        initialSeen += 1;
        initialRight += ok ? 1 : 0;
      }
    }
  }
}
const features = Object.keys(trained.weights).length;
process.stdout.write(
  `held-out agreement with wink: all ${(right / seen).toFixed(4)} (${seen} tokens), capitalised ${(capsRight / capsSeen).toFixed(4)} (${capsSeen}), sentence-initial capitalised ${(initialRight / initialSeen).toFixed(4)} (${initialSeen}); ${features} features\n`,
);
if (!checkOnly) {
  writeFileSync(out, JSON.stringify(trained) + "\n");
  process.stdout.write(`wrote ${out}\n`);
}
