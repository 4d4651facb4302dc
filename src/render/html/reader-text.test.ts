import { describe, expect, it } from "vitest";
import { article } from "../../../test/html-fixture.js";
import { hiddenRanges } from "./reader-text.js";

/** The text as the reader shows it with nothing cited: the hidden ranges left out. */
const shown = (text: string, ranges: readonly (readonly [number, number])[]): string => {
  let out = "";
  let at = 0;
  for (const [s, e] of ranges) {
    out += text.slice(at, s);
    at = e;
  }
  return out + text.slice(at);
};

describe("hidden ranges of the reader", () => {
  it("leaves out a text file's header lines, removed boilerplate and image markup", () => {
    const text =
      "title: Fire\nurl: https://x.example/a\ndate: 2026-03-17\n\nFirst line.\n![a photo](https://x.example/p.jpg)\nSecond line.\nSubscribe now!\nLast.";
    const a = article("a.txt", {
      format: "text",
      removed: [
        {
          text: "Subscribe now!",
          reason: "share prompt",
          start: text.indexOf("Subscribe"),
          end: text.indexOf("Subscribe") + 14,
        },
      ],
    });
    expect(shown(text, hiddenRanges(a, text))).toBe("First line.\nSecond line.\nLast.");
  });

  it("keeps an HTML page's text whole: its zero-width removals were cut before the text", () => {
    const text = "Body of the page.";
    const a = article("a.html", {
      format: "html",
      removed: [{ text: "By X", reason: "byline", start: 0, end: 0 }],
    });
    expect(hiddenRanges(a, text)).toEqual([]);
  });
});
