/**
 * Part of speech for the name detector, from a small averaged perceptron shipped as
 * `tagger-model.json` and trained by `scripts/train-tagger.ts` (see there for data and figures).
 *
 * The detector asks for the part of speech of few tokens: capitalised words and the words after
 * them. Each tag is computed from the words around a token alone, never from neighbouring tags,
 * so a token is tagged only when asked, and most of a text is never tagged at all.
 */
import modelFile from "./tagger-model.json" with { type: "json" };

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

/**
 * What the features of a token read: its text, lowercased text, and whether it opens a sentence,
 * for the tokens of one paragraph (the segment stage's tokens, segment/02-tokens.ts).
 */
export type TaggedText = {
  readonly tokens: readonly { readonly text: string }[];
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

/** Feature kinds, in the order `featuresAt` writes them. */
const KINDS = ["b", "w", "wi", "s", "h", "p", "p2", "n", "n2", "ph", "nh", "hh", "pw"] as const;
const KIND = new Map<string, number>(KINDS.map((k, i) => [k, i]));
/** Numeric keys: the kind above the atoms, an atom in 19 bits, a shape in 7, a flag in 1. */
const KIND_SHIFT = 2 ** 26;
const MAX_WORDS = 2 ** 19;
const MAX_SHAPES = 2 ** 7;

/**
 * A model's weights as one dense table: a row of one weight per tag for each feature. Features
 * are looked up by numbers, not strings: the words and shapes of the model are numbered once,
 * and a token's features become sums of those numbers, which costs a quarter of hashing the
 * feature strings (see `featuresAt`, which defines the features and serves training).
 */
export class Tagger {
  // Filled by the constructor and never changed after: one tagger serves every text and caller.
  private readonly numericRows = new Map<number, number>();
  private readonly words = new Map<string, number>();
  private readonly shapes = new Map<string, number>();
  private readonly table: Float32Array;
  private readonly tags: readonly string[];

  constructor(model: TaggerModel) {
    this.tags = model.tags;
    const width = model.tags.length;
    const features = Object.entries(model.weights);
    this.table = new Float32Array(features.length * width);
    features.forEach(([feature, pairs], row) => {
      const key = this.keyOfFeature(feature);
      if (key !== undefined) this.numericRows.set(key, row * width);
      for (const pair of pairs.split(" ")) {
        const colon = pair.indexOf(":");
        this.table[row * width + Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1));
      }
    });
  }

  /** The most likely tag of token `i`. */
  tag(text: TaggedText, i: number): string {
    const { tokens, lowers, initial } = text;
    const n = tokens.length;
    const word = this.wordId(lowers[i]!);
    const flag = initial[i] ? 1 : 0;
    const shape = this.shapeId(shapeOf(tokens[i]!.text));
    const prev = i > 0 ? this.wordId(lowers[i - 1]!) : this.wordId("<s>");
    const prev2 = i > 1 ? this.wordId(lowers[i - 2]!) : this.wordId("<s>");
    const next = i + 1 < n ? this.wordId(lowers[i + 1]!) : this.wordId("</s>");
    const next2 = i + 2 < n ? this.wordId(lowers[i + 2]!) : this.wordId("</s>");
    const prevShape = i > 0 ? this.shapeId(shapeOf(tokens[i - 1]!.text)) : this.shapeId("<s>");
    const nextShape = i + 1 < n ? this.shapeId(shapeOf(tokens[i + 1]!.text)) : this.shapeId("</s>");
    const suffix = this.wordId(lowers[i]!.slice(-3));
    const scores = new Float64Array(this.tags.length);
    this.add(scores, 0);
    if (word >= 0) {
      this.add(scores, 1 * KIND_SHIFT + word);
      this.add(scores, 2 * KIND_SHIFT + word * 2 + flag);
    }
    if (suffix >= 0) this.add(scores, 3 * KIND_SHIFT + suffix);
    if (shape >= 0) this.add(scores, 4 * KIND_SHIFT + shape * 2 + flag);
    if (prev >= 0) this.add(scores, 5 * KIND_SHIFT + prev);
    if (prev2 >= 0) this.add(scores, 6 * KIND_SHIFT + prev2);
    if (next >= 0) this.add(scores, 7 * KIND_SHIFT + next);
    if (next2 >= 0) this.add(scores, 8 * KIND_SHIFT + next2);
    if (prevShape >= 0) this.add(scores, 9 * KIND_SHIFT + prevShape);
    if (nextShape >= 0) this.add(scores, 10 * KIND_SHIFT + nextShape);
    if (shape >= 0 && nextShape >= 0)
      this.add(scores, 11 * KIND_SHIFT + shape * MAX_SHAPES + nextShape);
    if (prev >= 0 && shape >= 0) this.add(scores, 12 * KIND_SHIFT + prev * MAX_SHAPES + shape);
    return bestTag(this.tags, scores);
  }

  private add(scores: Float64Array, key: number): void {
    const at = this.numericRows.get(key);
    if (at === undefined) return;
    const { table } = this;
    for (let t = 0; t < scores.length; t++) scores[t]! += table[at + t]!;
  }

  /** The number of a word (or suffix) the model knows, or -1. */
  private wordId(word: string): number {
    return this.words.get(word) ?? -1;
  }

  private shapeId(shape: string): number {
    return this.shapes.get(shape) ?? -1;
  }

  private internWord(word: string): number | undefined {
    let id = this.words.get(word);
    if (id === undefined) {
      if (this.words.size >= MAX_WORDS) return undefined;
      id = this.words.size;
      this.words.set(word, id);
    }
    return id;
  }

  private internShape(shape: string): number | undefined {
    let id = this.shapes.get(shape);
    if (id === undefined) {
      if (this.shapes.size >= MAX_SHAPES) return undefined;
      id = this.shapes.size;
      this.shapes.set(shape, id);
    }
    return id;
  }

  /** The numeric key of a feature string of the model file, as `tag` computes it. */
  private keyOfFeature(feature: string): number | undefined {
    const space = feature.indexOf(" ");
    const kind = KIND.get(space < 0 ? feature : feature.slice(0, space));
    if (kind === undefined) return undefined;
    const rest = feature.slice(space + 1);
    const base = kind * KIND_SHIFT;
    switch (KINDS[kind]) {
      case "b":
        return 0;
      case "wi":
      case "h": {
        // "wi kyiv^": the word opens a sentence; only words and numbers are flagged so
        const flagged = rest.length > 1 && rest.endsWith("^") && /^[\p{L}\p{N}]/u.test(rest);
        const atom = flagged ? rest.slice(0, -1) : rest;
        const id = KINDS[kind] === "wi" ? this.internWord(atom) : this.internShape(atom);
        return id === undefined ? undefined : base + id * 2 + (flagged ? 1 : 0);
      }
      case "ph":
      case "nh": {
        const id = this.internShape(rest);
        return id === undefined ? undefined : base + id;
      }
      case "hh":
      case "pw": {
        const cut = rest.lastIndexOf(" ");
        const first =
          KINDS[kind] === "hh"
            ? this.internShape(rest.slice(0, cut))
            : this.internWord(rest.slice(0, cut));
        const second = this.internShape(rest.slice(cut + 1));
        if (first === undefined || second === undefined) return undefined;
        return base + first * MAX_SHAPES + second;
      }
      default: {
        const id = this.internWord(rest);
        return id === undefined ? undefined : base + id;
      }
    }
  }
}

/** The tag with the highest score (the first of equals). */
function bestTag(tags: readonly string[], scores: Float64Array): string {
  let best = 0;
  for (let t = 1; t < scores.length; t++) if (scores[t]! > scores[best]!) best = t;
  return tags[best]!;
}

/**
 * The tag of token `i` scored from the feature strings and the model file itself: the definition
 * `Tagger.tag` must agree with (slow; for tests and training).
 */
export function tagByFeatureStrings(model: TaggerModel, text: TaggedText, i: number): string {
  const scores = new Float64Array(model.tags.length);
  for (const feature of featuresAt(text, i)) {
    const pairs = Object.hasOwn(model.weights, feature) ? model.weights[feature]! : "";
    for (const pair of pairs.split(" ").filter(Boolean)) {
      const colon = pair.indexOf(":");
      scores[Number(pair.slice(0, colon))]! += Math.fround(Number(pair.slice(colon + 1)));
    }
  }
  return bestTag(model.tags, scores);
}

/** The model trained for the detector, as shipped. */
export const SHIPPED_MODEL = modelFile as TaggerModel;

/**
 * The tagger trained for the detector, built once at load: it holds nothing but the model's
 * weights and numbering, which no call changes, so every text and caller can share it.
 */
export const SHIPPED_TAGGER: Tagger = new Tagger(SHIPPED_MODEL);
