import { describe, expect, it } from "vitest";
import { hashString, stem } from "../reuse/01-features.js";
import { NAME_BOOST, STOP, wordTermCounts } from "./01-terms.js";
import { forEachTermWord, TERM_WORD } from "./term-words.js";

/** Pieces random texts are made of: letters of several scripts, digits, joiners, marks, odd code units. */
const PIECES = [
  ..."abcdefghijklmnopqrstuvwxyz",
  ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  ..."0123456789",
  ..."''’’--..,,!?\"“”()\n\n     \u00a0\t",
  "é",
  "É",
  "ß",
  "Ω",
  "ж",
  "中",
  "ـ",
  "\u0301", // a combining mark: not a letter
  "𝐀", // a letter outside the BMP (two code units)
  "😀", // an emoji outside the BMP: not a letter
  "\ud800", // a lone high surrogate
  "\udc00", // a lone low surrogate
  "the ",
  "Mayor ",
  "Ruiz's ",
  "1,200",
  "3.5",
];

/** A deterministic generator (xorshift), so a failure names a seed that reproduces it. */
function randomText(seed: number, length: number): string {
  let x = seed || 1;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  let s = "";
  for (let i = 0; i < length; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

const scanned = (text: string): [number, number][] => {
  const words: [number, number][] = [];
  forEachTermWord(text, (start, end) => words.push([start, end]));
  return words;
};

const matched = (text: string): [number, number][] =>
  [...text.matchAll(TERM_WORD)].map((m) => [m.index, m.index + m[0].length]);

/** The stem as it was computed with regular expressions. */
function stemByExpressions(word: string): string {
  let w = word.replace(/['’]s$/, "");
  if (w.length > 5) w = w.replace(/(?:ing|ed|es|ly)$/, "");
  if (w.length > 3) w = w.replace(/s$/, "");
  return w;
}

/** The term counts as they were computed with regular expressions, to hold the scan to them. */
function countsByExpressions(text: string): [number, number][] {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(TERM_WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (STOP.has(lower) || lower.length < 3) continue;
    if (/^\d/.test(word) && word.length < 4) continue;
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const isName = /^\p{Lu}/u.test(word) && !/(?:^|[.!?"“]\s?|\n)$/.test(before);
    const key = hashString(isName ? lower.replace(/['’]s$/, "") : stemByExpressions(lower));
    counts.set(key, (counts.get(key) ?? 0) + (isName ? NAME_BOOST : 1));
  }
  return [...counts];
}

/** The counts as entries in their order: a vector's ties are broken by it. */
const countsByScan = (text: string): [number, number][] => [...wordTermCounts(text)];

describe("the words of story terms", () => {
  it("are the matches of the expression, on words written to test each edge", () => {
    const text =
      "Ruiz-Vell's don’t a I 'tis rock- -n- 1,200. 3.5.7 x1y 12a,3 é É-ß 𝐀𝐁 😀ab \ud800cd";
    expect(scanned(text)).toStrictEqual(matched(text));
    expect(scanned(text).map(([s, e]) => text.slice(s, e))).toContain("Ruiz-Vell's");
    expect(scanned(text).map(([s, e]) => text.slice(s, e))).toContain("1,200");
  });

  it("are the matches of the expression on a thousand random texts", () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const text = randomText(seed, 1 + (seed % 97));
      expect(scanned(text), `seed ${seed}`).toStrictEqual(matched(text));
    }
  });

  it("count as the expressions counted them, capitals after a sentence's end included", () => {
    const written = 'The Mayor met Ruiz. "Ruiz said." Then\nRuiz’s plan, 1,200 tolls? Tolls! 120 x';
    expect(countsByScan(written)).toStrictEqual(countsByExpressions(written));
    expect(countsByScan(written).length).toBeGreaterThan(4);
    for (let seed = 1; seed <= 1000; seed++) {
      const text = randomText(seed * 7919, 1 + (seed % 131));
      expect(countsByScan(text), `seed ${seed}`).toStrictEqual(countsByExpressions(text));
    }
  });

  it("stem as the expressions stemmed, on word endings written to test each rule", () => {
    const endings = ["", "s", "'s", "’s", "ing", "ed", "es", "ly", "ings", "eds", "ss", "'", "’"];
    const stems = ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "purchas", "stat"];
    let checked = 0;
    for (const s of stems)
      for (const e of endings)
        for (const f of endings) {
          const word = s + e + f;
          expect(stem(word), word).toBe(stemByExpressions(word));
          checked++;
        }
    expect(checked).toBe(stems.length * endings.length ** 2);
    expect(new Set(["purchasing", "purchases", "purchased"].map(stem))).toStrictEqual(
      new Set(["purcha"]),
    );
    expect(stem("Ruiz's")).toBe("Ruiz");
  });
});
