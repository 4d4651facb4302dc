import { describe, expect, it } from "vitest";
import { splitSentences } from "./01-sentences.js";

const split = (text: string): string[] =>
  splitSentences(text, { start: 0, end: text.length }).map((r) => text.slice(r.start, r.end));

describe("splitSentences", () => {
  it.each([
    // abbreviations that do not end a sentence
    [
      "U.S. President Donald Trump spoke. He left.",
      ["U.S. President Donald Trump spoke.", "He left."],
    ],
    ["Vice President J.D. Vance will attend.", ["Vice President J.D. Vance will attend."]],
    [
      "The summit runs Feb. 14-16 in Munich. It is annual.",
      ["The summit runs Feb. 14-16 in Munich.", "It is annual."],
    ],
    [
      "Retired Lt. Gen. Keith Kellogg spoke. He agreed.",
      ["Retired Lt. Gen. Keith Kellogg spoke.", "He agreed."],
    ],
    [
      "Dr. Ana Ruiz and Mr. Bo Lee met at 9 a.m. on Monday.",
      ["Dr. Ana Ruiz and Mr. Bo Lee met at 9 a.m. on Monday."],
    ],
    ["Donald J. Trump said so.", ["Donald J. Trump said so."]],
    [
      "It happened in the U.S. The reaction was swift.",
      ["It happened in the U.S.", "The reaction was swift."],
    ],
    ["Room No. 5 was shut. Nobody was hurt.", ["Room No. 5 was shut.", "Nobody was hurt."]],
    // a dateline whose place ends in an abbreviated region, before its bracketed credit
    [
      "LAKESIDE, Ore. (Northwire) - The ferry sank. Nobody was hurt.",
      ["LAKESIDE, Ore. (Northwire) - The ferry sank.", "Nobody was hurt."],
    ],
    // ends inside quotation marks
    ['He said: "We will win." Then he left.', ['He said: "We will win."', "Then he left."]],
    ["“Why now?” she asked. “Because.”", ["“Why now?” she asked.", "“Because.”"]],
    ['"No," he said. "Never."', ['"No," he said.', '"Never."']],
    ["“It is done.” The mayor left.", ["“It is done.”", "The mayor left."]],
    // numbers and lower-case continuations
    ["It cost $65.9 billion. That is a lot.", ["It cost $65.9 billion.", "That is a lot."]],
    ["Wait... what happened? Nothing!", ["Wait... what happened?", "Nothing!"]],
    // text run together: paragraph breaks and spaces lost by a scraper
    [
      "“We will finish the plan.”“We will not stop,” she said.",
      ["“We will finish the plan.”", "“We will not stop,” she said."],
    ],
    [
      "The loan came from the Harbour Fund Agency (HFA).The fund agreed.",
      ["The loan came from the Harbour Fund Agency (HFA).", "The fund agreed."],
    ],
    [
      "The ferry left Tarnby on Monday.After docking, it unloaded the cars.",
      ["The ferry left Tarnby on Monday.", "After docking, it unloaded the cars."],
    ],
    [
      "She waved once again.“Thank you,” she said.",
      ["She waved once again.", "“Thank you,” she said."],
    ],
    // … but not inside an initialism, a web address or a time
    ["The U.S.Navy sent a ship.", ["The U.S.Navy sent a ship."]],
    ["Read it on tarrowpost.Com today.", ["Read it on tarrowpost.Com today."]],
    ["At 9 a.m.The crowd came.", ["At 9 a.m.The crowd came."]],
    // a title in a headline in capitals, and lines of a text read without cleaning
    ["ST. LOUIS 2026-03-17", ["ST. LOUIS 2026-03-17"]],
    [
      "QUAY SHUT\nTarnby, May 3\nThe port closed. Ships wait.",
      ["QUAY SHUT", "Tarnby, May 3", "The port closed.", "Ships wait."],
    ],
  ])("%s", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("keeps offsets inside the paragraph range", () => {
    const text = "xx One. Two. yy";
    const out = splitSentences(text, { start: 3, end: 12 });
    expect(out.map((r) => text.slice(r.start, r.end))).toEqual(["One.", "Two."]);
  });
});
