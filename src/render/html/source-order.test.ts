import { describe, expect, it } from "vitest";
import { article, story } from "../../../test/html-fixture.js";
import { firstReportedBy, sourcesInTimeOrder } from "./source-order.js";

describe("sources in time order", () => {
  const a = article("a", { published: "2026-03-19" });
  const b = article("b", { published: null });
  const c = article("c", { published: "2026-03-17" });
  const d = article("d", { published: "2026-03-17" });
  const byId = new Map([a, b, c, d].map((x) => [x.id, x]));

  it("puts dated articles by day, undated last, the file order on ties", () => {
    expect(sourcesInTimeOrder(story([a, b, c, d]), byId)).toEqual(["c", "d", "a", "b"]);
    expect(firstReportedBy(story([a, b, c, d]), byId)).toBe("c");
  });

  it("puts an origin of copies before its copies on the same day", () => {
    const s = story([a, b, c, d], { copyGroups: [{ origin: "d", members: ["c", "d"] }] });
    expect(sourcesInTimeOrder(s, byId)).toEqual(["d", "c", "a", "b"]);
    expect(firstReportedBy(s, byId)).toBe("d");
  });

  it("names nobody first when no article is dated", () => {
    expect(firstReportedBy(story([b]), byId)).toBeNull();
  });
});
