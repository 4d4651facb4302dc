import { describe, expect, it } from "vitest";

import { paragraphRanges, segmentText } from "./segment.js";
import { countWords } from "./02-tokens.js";

/** The tokens and sentences of a text as the segment stage finds them, with the tokens' text. */
function tokenizeText(text: string) {
  const spine = segmentText(text, paragraphRanges(text));
  const tokens = Array.from({ length: spine.tokens.length / 2 }, (_, i) => {
    const [start, end] = [spine.tokens[2 * i]!, spine.tokens[2 * i + 1]!];
    return { text: text.slice(start, end), start, end };
  });
  const sentences = spine.sentences.map((s) => ({ from: s.tokenFrom, to: s.tokenTo }));
  return { tokens, sentences, words: spine.words };
}

const words = (text: string): string[] => tokenizeText(text).tokens.map((t) => t.text);

/** Each sentence as its tokens joined by spaces. */
function sentences(text: string): string[] {
  const { tokens, sentences } = tokenizeText(text);
  return sentences.map(({ from, to }) =>
    tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(" "),
  );
}

describe("tokenizeText", () => {
  it("gives offsets that index the text", () => {
    const text = '  Harbour Post\'s "late" edition (U.S.) -- sold out.\n';
    for (const t of tokenizeText(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits the brackets that touch a dash off the words", () => {
    const text = "Tarnby, May 3 (Kestrel Press)--Vellcom said";
    expect(words(text)).toEqual([
      "Tarnby",
      ",",
      "May",
      "3",
      "(",
      "Kestrel",
      "Press",
      ")",
      "--",
      "Vellcom",
      "said",
    ]);
    for (const t of tokenizeText(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits possessives and negations off, but keeps names with apostrophes whole", () => {
    expect(words("Vell's plan didn't reach O'Brennan's desk")).toEqual([
      "Vell",
      "'s",
      "plan",
      "did",
      "n't",
      "reach",
      "O'Brennan",
      "'s",
      "desk",
    ]);
    expect(words("the Varnholts' boat")).toEqual(["the", "Varnholts", "'", "boat"]);
  });

  it("keeps abbreviations and initials with their period, and splits a final period off", () => {
    expect(words("Mr. T. Vell of Kestrel Ltd. left the U.S. on Dec. 5.")).toEqual([
      "Mr.",
      "T.",
      "Vell",
      "of",
      "Kestrel",
      "Ltd.",
      "left",
      "the",
      "U.S.",
      "on",
      "Dec.",
      "5",
      ".",
    ]);
    expect(words("He was ill. Calif. is far.")).toEqual([
      "He",
      "was",
      "ill",
      ".",
      "Calif.",
      "is",
      "far",
      ".",
    ]);
  });

  it("takes a left single quotation mark written for the apostrophe as one ('Varnholt‘s', 'didn‘t')", () => {
    expect(words("Varnholt‘s plan, which she didn‘t defend")).toEqual([
      "Varnholt",
      "‘s",
      "plan",
      ",",
      "which",
      "she",
      "did",
      "n‘t",
      "defend",
    ]);
    // a quotation it opens is still a quotation
    expect(words("He said ‘sorry’ twice")).toEqual(["He", "said", "‘", "sorry", "’", "twice"]);
  });

  it("splits hyphens between words, not in numbers, prefixes or codes", () => {
    expect(words("Merrowby-Tarn's Texas-based anti-war F-16 won 3-4 on 1996-08-30")).toEqual([
      "Merrowby",
      "-",
      "Tarn",
      "'s",
      "Texas",
      "-",
      "based",
      "anti-war",
      "F-16",
      "won",
      "3-4",
      "on",
      "1996-08-30",
    ]);
  });

  it("separates currencies, units and percentages from their numbers", () => {
    expect(words("$65.9 billion, £5m and 3.5bn (12%)")).toEqual([
      "$",
      "65.9",
      "billion",
      ",",
      "£",
      "5",
      "m",
      "and",
      "3.5",
      "bn",
      "(",
      "12",
      "%",
      ")",
    ]);
  });

  it("keeps web addresses and handles whole, without their trailing punctuation", () => {
    expect(words("See https://harbour.example/a?b=1, or @harbourpost.")).toEqual([
      "See",
      "https://harbour.example/a?b=1",
      ",",
      "or",
      "@harbourpost",
      ".",
    ]);
  });

  it("reads text that is already tokenised the same way", () => {
    expect(words("Vell 's goal , Kestrel ( 3-4 ) won .")).toEqual([
      "Vell",
      "'s",
      "goal",
      ",",
      "Kestrel",
      "(",
      "3-4",
      ")",
      "won",
      ".",
    ]);
  });

  it("reads odd input without losing characters: runs of marks, unspaced scripts, binary", () => {
    // thousands of dashes or contractions in one chunk once overflowed the stack
    const odd = [
      "'".repeat(5000) + "s",
      "x" + ".)".repeat(5000),
      "Rolls-".repeat(3000) + "Royce",
      "a—".repeat(20000) + "b",
      "do" + "n't".repeat(20000),
      "x" + "'s".repeat(20000),
      "東京都の知事は述べた。".repeat(100),
      Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(""),
    ];
    for (const text of odd) {
      const { tokens, sentences } = tokenizeText(text);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      const covered = tokens.reduce((n, t) => n + t.end - t.start, 0);
      expect(covered).toBe(text.replace(/\s/gu, "").length);
      expect(sentences.reduce((n, s) => n + s.to - s.from, 0)).toBe(tokens.length);
    }
  });
});

describe("sentences", () => {
  it("ends sentences at final marks and line breaks, not after abbreviations", () => {
    expect(
      sentences("Mr. Vell left at 5 p.m. on Tuesday. Then Ms. Varnholt spoke!\nNEW HEADLINE"),
    ).toEqual([
      "Mr. Vell left at 5 p.m. on Tuesday .",
      "Then Ms. Varnholt spoke !",
      "NEW HEADLINE",
    ]);
  });

  it("keeps a closing quote with its sentence and does not break before a lowercase word", () => {
    expect(sentences('"It is over." Vell said. "Why?" she asked.')).toEqual([
      '" It is over . "',
      "Vell said .",
      '" Why ? " she asked .',
    ]);
  });

  it("never lets a token run over the end of a sentence written against the next", () => {
    expect(sentences("The loan came from the Harbour Fund Agency (HFA).The fund agreed.")).toEqual([
      "The loan came from the Harbour Fund Agency ( HFA ) .",
      "The fund agreed .",
    ]);
  });
});

describe("countWords", () => {
  it("counts the words a reader counts: the pieces of one written word once", () => {
    const text = "The U.S. sent $65.9 billion, didn't it? Rolls-Royce's 5m jets — Kyiv's too.";
    const { tokens, words } = tokenizeText(text);
    expect(tokens.length).toBeGreaterThan(words);
    // The U.S. sent 65.9 billion didn't it Rolls-Royce's 5m jets Kyiv's too
    expect(words).toBe(12);
  });

  it("counts the words a slash parts, not the numbers", () => {
    const text = "Photo: Darryl Dyck/Canadian Press, open 24/7 and/or later";
    expect(tokenizeText(text).words).toBe(10);
  });

  it("counts nothing in a text of marks alone", () => {
    const text = '"…" -- ( ) !';
    expect(countWords(text, segmentText(text, paragraphRanges(text)).tokens)).toBe(0);
  });
});
