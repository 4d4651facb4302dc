import { describe, expect, it } from "vitest";
import {
  hostOfUrl,
  labelReadsAsName,
  nameMatchesSite,
  outletFromHost,
  outletFromUrl,
  siteOfHost,
} from "./outlet-name.js";

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
    // any service labels before the registrable domain, read from the public-suffix list
    ["cdn3-static.harbournews.com", "Harbour News"],
    ["develop.harbournews.com.au", "Harbour News"],
    ["lakesidepost.blogspot.com", "Lakeside Post"],
    // split only where the split leaves words: "kx" + "tv" would be nonsense
    ["kxtv.com", "KXTV"],
    // a section's subdomain names the section, once
    ["sports.kxtv.com", "KXTV Sports"],
    ["www.news.harbourpost.co.uk", "Harbour Post News"],
    ["news.harbournews.com", "Harbour News"],
    ["en.harbourpost.com", "Harbour Post"],
    ["harbourwatch.org", "Harbourwatch"],
    // a top-level domain that is a word is part of a bare name, not of a whole one
    ["www.harbourton.news", "Harbourton News"],
    ["tarnby.global", "Tarnby Global"],
    ["harbournews.news", "Harbour News"],
    ["harbournews.global", "Harbour News"],
    ["harbourton.co.uk", "Harbourton"],
  ])("%s → %s", (host, name) => {
    expect(outletFromHost(host)).toBe(name);
  });

  it("leaves a label that reads as no name as written, with its suffix", () => {
    expect(outletFromHost("77120.qxvmtrbkz4.asia")).toBe("qxvmtrbkz4.asia");
    expect(labelReadsAsName("qxvmtrbkz4")).toBe(false);
    expect(labelReadsAsName("harbourpost")).toBe(true);
  });

  it("gives nothing for addresses without a name", () => {
    expect(outletFromHost("127.0.0.1")).toBeNull();
    expect(outletFromUrl("file:///tmp/a.html")).toBeNull();
    expect(outletFromUrl("not a url")).toBeNull();
  });

  it("reads the page's own address out of a mirror's", () => {
    const url = "https://a-b.mirrorhost.example/https/www.harbourpost.com/news/ferry";
    expect(hostOfUrl(url)).toBe("www.harbourpost.com");
    expect(outletFromUrl(url)).toBe("Harbour Post");
  });
});

describe("nameMatchesSite", () => {
  const site = siteOfHost("www.laharbourpost.com")!;
  it.each([
    ["LAHarbourPost", true],
    ["laharbourpost.com", true],
    ["Lakeside Avenue Harbour Post", true],
    ["Lakeside Avenue Post", false],
    ["Harbour Post", false],
  ])("%s → %s", (name, fits) => {
    expect(nameMatchesSite(name, site)).toBe(fits);
  });
  it("needs a word spelt whole, not initials alone", () => {
    expect(nameMatchesSite("Harbour Post Network", siteOfHost("hpn.com")!)).toBe(false);
    expect(nameMatchesSite("KXTV Sports", siteOfHost("sports.kxtv.com")!)).toBe(true);
  });
});
