import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import { tokenize } from "./02-tokens.js";

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

  it("tokenizes words with inner marks and counts words", () => {
    const text = "The U.S. sent $65.9 billion, didn't it?";
    const { tokens, words } = tokenize(text);
    const list: string[] = [];
    for (let i = 0; i < tokens.length; i += 2) list.push(text.slice(tokens[i], tokens[i + 1]));
    expect(list).toEqual([
      "The",
      "U.S",
      ".",
      "sent",
      "$",
      "65.9",
      "billion",
      ",",
      "didn't",
      "it",
      "?",
    ]);
    expect(words).toBe(7);
  });
});
