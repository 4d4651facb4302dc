import { describe, expect, it } from "vitest";
import { asAttributions, quotedFraction, sentenceAround } from "./polnear.js";
import type { QuoteSpans } from "./quote-spans.js";

const span = (start: number, end: number) => ({ start, end });
/** The span of the first occurrence of `needle` in `text`. */
const spanIn = (text: string) => (needle: string) => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
};
const quote = (
  kind: QuoteSpans["kind"],
  content: [number, number],
  speaker: [number, number] | null,
): QuoteSpans => ({
  kind,
  content: span(...content),
  speaker: speaker && span(...speaker),
  cue: null,
});

describe("our quotes as PolNeAR's attributions", () => {
  it("counts a statement with a short quotation inside as one indirect attribution", () => {
    // "Ruiz said the plan was “a disaster” for the harbour": 40 characters, 12 in marks
    const statement = quote("indirect", [10, 50], [0, 4]);
    const partial = quote("partial", [22, 34], [0, 4]);
    expect(asAttributions([partial, statement])).toEqual({ direct: [], indirect: [statement] });
  });

  it("counts a statement mostly in quotation marks as one direct attribution", () => {
    const statement = quote("indirect", [10, 50], [0, 4]);
    const partial = quote("partial", [14, 50], [0, 4]);
    expect(asAttributions([partial, statement])).toEqual({ direct: [partial], indirect: [] });
  });

  it("keeps a quotation by another speaker inside a statement as its own attribution", () => {
    const statement = quote("indirect", [10, 50], [0, 4]);
    const other = quote("partial", [22, 34], [5, 9]);
    const apart = quote("direct", [60, 90], [0, 4]);
    expect(asAttributions([other, statement, apart])).toEqual({
      direct: [other, apart],
      indirect: [statement],
    });
  });
});

describe("the dataset's own test of quotedness", () => {
  const text =
    "Ruiz said the plan was “a disaster” for them.\n\"We will rebuild,\" she said.\nHe said ''it is over'' now.\n“It runs on";
  const at = spanIn(text);
  const f = quotedFraction(text);
  it("counts the letters and digits between paired curly or straight marks", () => {
    expect(f(at("“a disaster”"))).toBe(1);
    expect(f(at('"We will rebuild,"'))).toBe(1);
    // "the plan was a disaster": 9 of 19 letters in marks
    expect(f(at("the plan was “a disaster”"))).toBeCloseTo(9 / 19);
  });
  it("leaves doubled apostrophes out, and runs a mark left open to its paragraph's end", () => {
    expect(f(at("''it is over''"))).toBe(0);
    expect(f(at("It runs on"))).toBe(1);
  });
  it("calls a prediction direct by that test when given it, whatever its kind", () => {
    const spans = (needle: string): QuoteSpans => ({
      kind: "direct",
      content: at(needle),
      speaker: at("He"),
      cue: null,
    });
    const archive = spans("''it is over''");
    const curly = spans("“a disaster”");
    expect(asAttributions([archive, curly], f)).toEqual({ direct: [curly], indirect: [archive] });
  });
});

describe("a partial quotation read as the statement it stands in", () => {
  const text =
    "The mayor spoke on Monday. She says the new toll is “a tax on the fishers of Merrowby.” Ruiz said the plan was “bad” for the harbour and its crews.";
  const at = spanIn(text);
  const partial = (quote: string, cue: string): QuoteSpans => ({
    kind: "partial",
    content: at(quote),
    speaker: null,
    cue: at(cue),
  });
  it("finds the sentence around a span", () => {
    const around = sentenceAround(text);
    expect(text.slice(...Object.values(around(at("“bad”"))))).toBe(
      "Ruiz said the plan was “bad” for the harbour and its crews.",
    );
    expect(around(at("The mayor")).start).toBe(0);
  });
  it("is direct when the quotation is most of what follows the verb, else indirect", () => {
    const most = partial("“a tax on the fishers of Merrowby.”", "says");
    const little = partial("“bad”", "said");
    expect(asAttributions([most, little], quotedFraction(text), sentenceAround(text))).toEqual({
      direct: [most],
      indirect: [little],
    });
    // without the sentence reader, each partial is read on its own words: both direct
    expect(asAttributions([most, little], quotedFraction(text)).direct).toEqual([most, little]);
  });
});
