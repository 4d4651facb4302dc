import { describe, expect, it } from "vitest";
import { givenNameKeys, sameGivenName } from "./nicknames.js";

describe("short forms of given names", () => {
  it("pairs a short form with the full names it shortens, both ways", () => {
    expect(sameGivenName("fred", "frederick")).toBe(true);
    expect(sameGivenName("kathryn", "katie")).toBe(true);
    expect(sameGivenName("ana", "ana")).toBe(true);
  });
  it("never pairs two full names, nor words that are no given names", () => {
    expect(sameGivenName("alexander", "alexandra")).toBe(false);
    expect(sameGivenName("fred", "fiona")).toBe(false);
    expect(sameGivenName("constructor", "toString")).toBe(false);
  });
  it("files a short form under its full names too", () => {
    expect(givenNameKeys("jim")).toEqual(["jim", "james"]);
    expect(givenNameKeys("ilsa")).toEqual(["ilsa"]);
  });
});
