import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

import {
  shapeOf,
  SHIPPED_MODEL,
  SHIPPED_TAGGER,
  tagByFeatureStrings,
  TAGS,
  type TaggedText,
} from "./00-tagger.js";
import { segmentText } from "../segment/segment.js";
import { taggedParagraphs } from "./mentions/tokens.js";

/** A text read as one paragraph, as the tagger reads a paragraph of an article. */
function read(text: string): TaggedText & { readonly starts: number[] } {
  const spine = segmentText(text, [{ start: 0, end: text.length }]);
  const [paragraph] = taggedParagraphs(text, spine);
  const starts = Array.from({ length: spine.tokens.length / 2 }, (_, i) => spine.tokens[2 * i]!);
  return { ...paragraph!, starts };
}

/** The tag the shipped tagger gives `word` (its first occurrence) in `text`. */
function tagOf(text: string, word: string): string {
  const tokens = read(text);
  const i = tokens.tokens.findIndex((t) => t.text === word);
  expect(i).toBeGreaterThanOrEqual(0);
  return SHIPPED_TAGGER.tag(tokens, i);
}

describe("shapeOf", () => {
  it("tells names, acronyms, words, numbers and marks apart", () => {
    expect(["Kestrel", "NATO", "T", "said", "1,200", "4x4", ","].map(shapeOf)).toEqual([
      "Xx",
      "XX",
      "X",
      "x",
      "d",
      "a",
      ",",
    ]);
  });
});

describe("taggedParagraphs", () => {
  it("marks the first word of each sentence, after opening quotes", () => {
    const text = read('"Kestrel won," Vell said. Harbour lost.');
    const initial = text.tokens.filter((_, i) => text.initial[i]).map((t) => t.text);
    expect(initial).toEqual(["Kestrel", "Harbour"]);
  });
});

describe("the shipped tagger", () => {
  it("answers with universal part-of-speech tags only", () => {
    const text = read("Officials in Merrowby said on Tuesday that 40 homes were lost.");
    for (let i = 0; i < text.tokens.length; i++) {
      expect(TAGS).toContain(SHIPPED_TAGGER.tag(text, i));
    }
  });

  it("reads the words around an ambiguous word", () => {
    expect(tagOf("Will they leave before the storm?", "Will")).toBe("AUX");
    expect(tagOf("The council will meet in Merrowby.", "meet")).toBe("VERB");
    expect(tagOf("The council will meet in Merrowby.", "Merrowby")).toBe("PROPN");
    expect(tagOf("She met Tomas Vell at the new harbour.", "Vell")).toBe("PROPN");
    expect(tagOf("She met Tomas Vell at the new harbour.", "new")).toBe("ADJ");
  });

  it("tags by numbered features exactly as by the feature strings that define them", () => {
    const dir = new URL("../../../examples/corpus/", import.meta.url).pathname;
    let compared = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const text = read(readFileSync(join(dir, file), "utf8"));
      for (let i = 0; i < text.tokens.length; i++) {
        expect(SHIPPED_TAGGER.tag(text, i)).toBe(tagByFeatureStrings(SHIPPED_MODEL, text, i));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("agrees with wink-nlp, whose tags it learnt, on our own example articles", () => {
    const nlp = winkNLP(model, ["sbd", "pos"]);
    const dir = new URL("../../../examples/corpus/", import.meta.url).pathname;
    let agree = 0;
    let total = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const source = readFileSync(join(dir, file), "utf8");
      const doc = nlp.readDoc(source);
      const values = doc.tokens().out() as string[];
      const tags = doc.tokens().out(nlp.its.pos) as string[];
      const winkTag = new Map<number, string>();
      let cursor = 0;
      values.forEach((value, k) => {
        const at = source.indexOf(value, cursor);
        if (value.trim() === "" || at < 0) return;
        cursor = at + value.length;
        winkTag.set(at, tags[k]!);
      });
      const text = read(source);
      text.starts.forEach((start, i) => {
        const expected = winkTag.get(start);
        if (expected === undefined) return;
        total += 1;
        if (SHIPPED_TAGGER.tag(text, i) === expected) agree += 1;
      });
    }
    expect(total).toBeGreaterThan(500);
    // the training script measures 0.984 on held-out ECB+ and GUM texts
    expect(agree / total).toBeGreaterThan(0.95);
  });
});
