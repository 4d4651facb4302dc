import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";

describe("segmentArticle", () => {
  it("marks a quotation that continues into the next paragraph", () => {
    const a = articleFromText(
      "“We will rebuild the bridge,” the mayor said. “It will take two years.\n\n“And it will cost money,” she added.\n\nThe council agreed.",
    );
    expect(a.paragraphs.map((p) => p.quoteContinues)).toEqual([true, false, false]);
    expect(a.sentences.map((s) => a.clean.slice(s.start, s.end))).toEqual([
      "“We will rebuild the bridge,” the mayor said.",
      "“It will take two years.",
      "“And it will cost money,” she added.",
      "The council agreed.",
    ]);
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it("gives each sentence the range of its tokens, and counts words as a reader does", () => {
    const a = articleFromText("The U.S. sent $65.9 billion, didn't it?\n\nKyiv's mayor agreed.");
    const tokensOf = (s: { tokenFrom: number; tokenTo: number }): string[] => {
      const out: string[] = [];
      for (let i = s.tokenFrom; i < s.tokenTo; i++)
        out.push(a.clean.slice(a.tokens[2 * i], a.tokens[2 * i + 1]));
      return out;
    };
    expect(a.sentences.map(tokensOf)).toEqual([
      ["The", "U.S.", "sent", "$", "65.9", "billion", ",", "did", "n't", "it", "?"],
      ["Kyiv", "'s", "mayor", "agreed", "."],
    ]);
    expect(a.words).toBe(10);
  });
});
