import { describe, expect, it } from "vitest";
import type { ClaimJson, CoverageJson } from "../../brief/schema.js";
import { article, story } from "../../../test/html-fixture.js";
import { Coverage } from "./coverage.js";

const claim = (id: string): ClaimJson => ({
  id,
  text: `Claim ${id}`,
  sources: [],
  articles: [],
  origins: [],
  independentSources: 1,
  status: "single-source",
  contestedBy: [],
  key: true,
});
const row = (a: string, claims: string[]): CoverageJson => ({
  article: a,
  outlet: null,
  keyClaims: claims,
  missingClaims: [],
  onlyClaims: [],
  quotes: [],
  onlyQuotes: [],
});

describe("coverage matrix", () => {
  // two articles of one outlet with a long name, a day apart: the rows must differ
  const outlet = "The Northern Regional Evening Chronicle and Gazette";
  const a = article("a.html", {
    outlet,
    published: "2026-03-18",
    title: "Fire at the <dock> spreads",
  });
  const b = article("b.html", {
    outlet,
    published: "2026-03-17",
    title: "Fire breaks out at dock",
  });
  const s = story([a, b], {
    claims: [claim("c1")],
    coverage: [row("a.html", ["c1"]), row("b.html", [])],
  });
  const html = String(<Coverage story={s} byId={new Map([a, b].map((x) => [x.id, x]))} />);

  it("labels rows with the whole outlet, the date and the headline, in time order", () => {
    const labels = [...html.matchAll(/<text x="4"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual([
      `${outlet} · 2026-03-17 · Fire breaks out at dock`,
      `${outlet} · 2026-03-18 · Fire at the &lt;dock&gt; spreads`,
    ]);
  });

  it("gives every row and cell a tooltip", () => {
    expect(html).toContain(
      `<title>${outlet} · 2026-03-18 · Fire at the &lt;dock&gt; spreads (a.html)</title>`,
    );
    expect(html).toContain(`<title>${outlet} carries K1: Claim c1</title>`);
    expect(html).toContain(`<title>${outlet} leaves out K1: Claim c1</title>`);
  });

  it("draws nothing for a single article", () => {
    const one = story([a], { claims: [claim("c1")], coverage: [row("a.html", ["c1"])] });
    expect(String(<Coverage story={one} byId={new Map([[a.id, a]])} />)).toBe("");
  });
});
