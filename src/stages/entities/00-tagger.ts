/**
 * Part of speech for the name detector, from a small averaged perceptron shipped as
 * `tagger-model.json` and trained by `scripts/train-tagger.ts` (see there for data and figures).
 *
 * The detector asks for the part of speech of few tokens: capitalised words and the words after
 * them. Each tag is computed from the words around a token alone, never from neighbouring tags,
 * so a token is tagged only when asked, and most of a text is never tagged at all.
 */
import modelFile from "./tagger-model.json" with { type: "json" };

import type { Token } from "./00-tokens.js";

/** Universal part-of-speech tags, as wink-nlp writes them. */
export const TAGS = [
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB",
  "X",
] as const;
export type Tag = (typeof TAGS)[number];

/** What the features of a token read: its text, lowercased text, and whether it opens a sentence. */
export type TaggedText = {
  readonly tokens: readonly Token[];
  readonly lowers: readonly string[];
  readonly initial: ArrayLike<boolean | number>;
};

/** The model file: for each feature, the weights it gives some tags, as "tagIndex:weight" pairs. */
export type TaggerModel = { tags: string[]; weights: Record<string, string> };

const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}.&]+$/u;
const ALL_LOWER = /^\p{Ll}+$/u;
const DIGITS = /^[\d.,:/-]*\d[\d.,:/-]*$/;
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}.&'’-]+$/u;

/** The shape of a word: "Xx" for "Kyiv", "XX" for "NATO", "x" for "said", "d" for "1,200". */
export function shapeOf(text: string): string {
  if (UPPER.test(text)) {
    if (text.length === 1) return "X";
    return ALL_UPPER.test(text) ? "XX" : "Xx";
  }
  if (ALL_LOWER.test(text)) return "x";
  if (DIGITS.test(text)) return "d";
  if (LETTERS_AND_DIGITS.test(text)) return "a";
  return text.length <= 3 ? text : "p";
}

/** The features of token `i`: its word, suffix and shape, and the words and shapes around it. */
export function featuresAt(text: TaggedText, i: number): string[] {
  const { tokens, lowers, initial } = text;
  const word = lowers[i]!;
  const shape = shapeOf(tokens[i]!.text);
  const first = initial[i] ? "^" : "";
  const prev = i > 0 ? lowers[i - 1]! : "<s>";
  const prev2 = i > 1 ? lowers[i - 2]! : "<s>";
  const next = i + 1 < tokens.length ? lowers[i + 1]! : "</s>";
  const next2 = i + 2 < tokens.length ? lowers[i + 2]! : "</s>";
  const prevShape = i > 0 ? shapeOf(tokens[i - 1]!.text) : "<s>";
  const nextShape = i + 1 < tokens.length ? shapeOf(tokens[i + 1]!.text) : "</s>";
  return [
    "b",
    `w ${word}`,
    `wi ${word}${first}`,
    `s ${word.slice(-3)}`,
    `h ${shape}${first}`,
    `p ${prev}`,
    `p2 ${prev2}`,
    `n ${next}`,
    `n2 ${next2}`,
    `ph ${prevShape}`,
    `nh ${nextShape}`,
    `hh ${shape} ${nextShape}`,
    `pw ${prev} ${shape}`,
  ];
}

/** A model's weights as one dense table: a row of one weight per tag for each feature. */
export class Tagger {
  private readonly rows = new Map<string, number>();
  private readonly table: Float32Array;
  private readonly tags: readonly string[];
  /** Reused between calls: allocating a typed array costs more than the scoring itself. */
  private readonly scores: Float64Array;

  constructor(model: TaggerModel) {
    this.tags = model.tags;
    const width = model.tags.length;
    const features = Object.entries(model.weights);
    this.table = new Float32Array(features.length * width);
    this.scores = new Float64Array(width);
    features.forEach(([feature, pairs], row) => {
      this.rows.set(feature, row * width);
      for (const pair of pairs.split(" ")) {
        const colon = pair.indexOf(":");
        this.table[row * width + Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1));
      }
    });
  }

  /** The most likely tag of token `i`. */
  tag(text: TaggedText, i: number): string {
    const { scores, table, rows } = this;
    const width = scores.length;
    scores.fill(0);
    for (const feature of featuresAt(text, i)) {
      const at = rows.get(feature);
      if (at === undefined) continue;
      for (let t = 0; t < width; t++) scores[t]! += table[at + t]!;
    }
    let best = 0;
    for (let t = 1; t < width; t++) if (scores[t]! > scores[best]!) best = t;
    return this.tags[best]!;
  }
}

let shipped: Tagger | undefined;

/** The tagger trained for the detector, built on first use. */
export function shippedTagger(): Tagger {
  shipped ??= new Tagger(modelFile as TaggerModel);
  return shipped;
}
