import { describe, expect, it } from "vitest";
import { articleFromText } from "../../../test/helpers.js";
import { siteOfHost } from "../../sites/outlet-name.js";
import { addressHeadlineIndices } from "../../sites/address-headline.js";
import { headerLineReason, keptHeadReasons, TIMESTAMP_LINE } from "./03-header-lines.js";

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

describe("keptHeadReasons around the headline the address names", () => {
  // A whole page: long menus, the headline in a sticky bar at the top, then the story's head far
  // down, a gallery between it and the story's first paragraph.
  const menu = Array.from({ length: 30 }, (_, i) => `Section ${i + 1}`);
  const gallery = Array.from({ length: 20 }, (_, i) => `Photo ${i + 1} of 20`);
  const page = (stamp: string): string[] => [
    ...menu.slice(0, 10),
    "Currently Reading",
    "Ferry returns to Merrowby after repairs",
    ...menu.slice(10),
    "Ferry returns to Merrowby after repairs",
    "ANA LUND",
    stamp,
    ...gallery,
    "The Merrowby ferry carried its first passengers in three weeks on Tuesday morning, after engineers replaced a cracked propeller shaft found in February.",
  ];
  const reasonsOf = (lines: string[]): (string | null)[] =>
    keptHeadReasons(
      lines,
      lines.map(() => null),
      addressHeadlineIndices(
        lines,
        "https://hp.example/news/ferry-returns-to-merrowby-after-repairs-881234.php",
      ),
    );

  it("takes the timestamp a few lines below the headline's copy that has one", () => {
    const lines = page("Updated: Mar. 17, 2026 1:35 a.m.");
    const reasons = reasonsOf(lines);
    expect(lines.filter((_, i) => reasons[i] === TIMESTAMP_LINE)).toEqual([
      "Updated: Mar. 17, 2026 1:35 a.m.",
    ]);
  });

  it("takes none when two copies of the headline stand by different timestamps", () => {
    const lines = page("Mar. 17, 2026");
    lines.splice(12, 0, "Mar. 12, 2026"); // a second stamp by the sticky bar's copy
    expect(reasonsOf(lines).filter((r) => r === TIMESTAMP_LINE)).toEqual([]);
  });
});
