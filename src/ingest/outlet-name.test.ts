import { describe, expect, it } from "vitest";
import { outletFromHost, outletFromUrl } from "./outlet-name.js";

describe("outletFromHost", () => {
  it.each([
    ["www.kyivindependent.com", "Kyiv Independent"],
    ["img.dunyanews.tv", "Dunya News"],
    ["defencetalks.com", "Defence Talks"],
    ["www.cnbc.com", "CNBC"],
    ["www.bbc.co.uk", "BBC"],
    ["www.theguardian.com", "The Guardian"],
    ["apnews.com", "AP News"],
    ["harbourton-gazette.example", "Harbourton Gazette"],
  ])("%s → %s", (host, name) => {
    expect(outletFromHost(host)).toBe(name);
  });

  it("gives nothing for addresses without a name", () => {
    expect(outletFromHost("127.0.0.1")).toBeNull();
    expect(outletFromUrl("file:///tmp/a.html")).toBeNull();
    expect(outletFromUrl("not a url")).toBeNull();
  });
});
