import { describe, expect, it } from "vitest";
import { asAttributions } from "./polnear.js";
import type { QuoteSpans } from "./quote-spans.js";

const span = (start: number, end: number) => ({ start, end });
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
