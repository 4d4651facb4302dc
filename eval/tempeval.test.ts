import { describe, expect, it } from "vitest";
import { parseTimeMl, scoreTimeMl } from "./tempeval.js";

// A hand-made TimeML file in the TempEval-3 layout, with invented names.
const TML = `<?xml version="1.0" ?><TimeML>
<DOCID>harbour_1</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2026-03-19">March 19, 2026</TIMEX3></DCT>
<TEXT>
Mayor Ilsa Varnholt <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2026-03-15">Sunday</TIMEX3> that the port &amp; the quay had been closed for <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT></TimeML>`;

describe("TempEval-3 scorer", () => {
  it("reads the TEXT without tags or entities, with the TIMEX3 spans and the DCT", () => {
    const doc = parseTimeMl("harbour_1", TML);
    expect(doc.dct).toBe("2026-03-19");
    expect(doc.text).toContain("the port & the quay");
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ["Sunday", "DATE", "2026-03-15"],
      ["three years", "DURATION", "P3Y"],
    ]);
  });

  it("scores the engine's expressions against the gold spans and values", () => {
    const s = scoreTimeMl([parseTimeMl("harbour_1", TML)]);
    expect(s.gold).toBe(2);
    expect(s.strictF1).toBe(1);
    expect(s.relaxedF1).toBe(1);
    expect(s.valueF1).toBe(1);
  });
});
