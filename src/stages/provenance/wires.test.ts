import { describe, expect, it } from "vitest";
import { knownWire, mayNameWire, WIRE_NAMES } from "./wires.js";

describe("wires", () => {
  it("names a wire as texts write it", () => {
    expect(knownWire("The Associated Press")).toBe("AP");
    expect(knownWire("KYODO NEWS")).toBe("Kyodo News");
    expect(knownWire("Agence France Presse")).toBe("AFP");
    expect(knownWire("ap")).toBeNull();
  });

  it("lets through every text in which the wire alternation finds a name between non-letters", () => {
    const named = new RegExp(String.raw`(?:^|[^\p{L}])(?:${WIRE_NAMES})(?![\p{L}])`, "u");
    const texts = [
      "The harbour master told the Associated Press the pier would reopen.",
      "Officials told AFP on Monday.",
      "the port was informed, Agence France-Presse reports.",
      "A lawyer told dpa-AFX the deal stood.",
      "Figures came from the News Agency of Nigeria.",
      "The mayor told reporters the bridge would reopen on Monday.",
      "An apt reply, said the chaplain to the press association of the town.",
    ];
    for (const t of texts) if (named.test(t)) expect(mayNameWire(t)).toBe(true);
    // and spares the alternation the texts that name none: common words alone are no wire's
    expect(mayNameWire("The mayor told reporters the bridge would reopen on Monday.")).toBe(false);
    expect(mayNameWire("Word of the vote spread; the council said nothing.")).toBe(false);
  });
});
