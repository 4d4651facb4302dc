import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import { siteOfHost } from "../../sites/outlet-name.js";
import { headerLineReason } from "./03-header-lines.js";

describe("headerLineReason", () => {
  const site = siteOfHost("www.harbourpost.net");
  it.each([
    ["Updated: March 17, 2026 6:10 PM EDT", 1, "timestamp line"],
    ["Tuesday 17 March 2026, 6.20pm", 2, "timestamp line"],
    ["HarbourPost", 0, "site name"],
    ["harbourpost.net", 1, "site name"],
    ["Harbour Post", 0, "site name"],
  ])("%s (block %i) → %s", (line, index, reason) => {
    expect(headerLineReason(line, index, site)).toBe(reason);
  });

  it.each([
    ["The ferry resumed on March 17, 2026, after repairs.", 1],
    ["Updated: March 17, 2026 6:10 PM EDT", 9], // far below the head: a line of the story
    ["Harbour Post", 4],
    ["Harbour Herald", 0],
  ])("is no header line: %s (block %i)", (line, index) => {
    expect(headerLineReason(line, index, site)).toBeNull();
  });

  it("takes header lines out of the clean text, with their reasons", () => {
    const a = articleFromText(
      "HarbourPost\n\nFerry returns after repairs\n\nMarch 17, 2026 6:10 PM\n\nThe ferry resumed on Friday.",
      { url: "https://www.harbourpost.net/ferry" },
    );
    expect(a.clean).not.toMatch(/HarbourPost|6:10/);
    expect(a.removed.map((r) => r.reason)).toEqual(["site name", "timestamp line"]);
  });
});
