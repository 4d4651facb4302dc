import { describe, expect, it } from "vitest";
import { silverOf, titleAgrees, visibleText } from "./whole-pages.js";

const PAGE = `<html><head><title>Ferry returns | Harbour Post</title>
<meta property="og:title" content="Ferry returns after repairs">
<meta property="article:published_time" content="2026-03-17T22:10:00Z">
<script>var menu = "Home";</script><style>p { color: red }</style></head>
<body><nav><ul><li>Home</li><li>World</li></ul></nav>
<article><h1>Ferry returns after repairs</h1><p>The ferry <b>resumed</b> on Monday.</p>
<p>Ships queued.<br>All day.</p></article><footer>© Harbour Post</footer></body></html>`;

describe("visibleText", () => {
  it("writes every block of the page a line, menus and footer included, scripts and styles not", () => {
    expect(visibleText(PAGE).split("\n")).toEqual([
      "Home",
      "World",
      "Ferry returns after repairs",
      "The ferry resumed on Monday.",
      "Ships queued.",
      "All day.",
      "© Harbour Post",
    ]);
  });
  it("reads a page nested deeper than a recursive walk could", () => {
    const deep = `${"<div>".repeat(20000)}deep text${"</div>".repeat(20000)}`;
    expect(visibleText(`<html><body>${deep}</body></html>`)).toBe("deep text");
  });
});

describe("silverOf", () => {
  it("takes the meta tags' date and title", () => {
    expect(silverOf("p", null, PAGE)).toEqual({
      id: "p",
      url: null,
      published: "2026-03-17",
      title: "Ferry returns after repairs",
      authors: [],
    });
  });
  it("takes the names the author tags give", () => {
    const page = `<html><head><meta name="author" content="Ana Lund">
<script type="application/ld+json">{"author": [{"@type": "Person", "name": "Bo Vell"}]}</script></head><body></body></html>`;
    expect(silverOf("p", null, page).authors).toEqual(["Ana Lund", "Bo Vell"]);
  });
  it("takes no placeholder date and falls back to the page's title", () => {
    const page = `<html><head><title>Ferry returns</title><meta property="article:published_time" content="0001-01-01T00:00:00Z"></head><body></body></html>`;
    expect(silverOf("p", null, page)).toMatchObject({ published: null, title: "Ferry returns" });
  });
});

describe("titleAgrees", () => {
  it("counts a title that the other holds when the shorter is most of the longer", () => {
    expect(titleAgrees("Ferry returns after repairs", "Ferry returns after repairs | HP")).toBe(
      true,
    );
    expect(titleAgrees("Ferry returns", "Ferry returns after three weeks of repairs")).toBe(false);
    expect(titleAgrees(null, "Ferry returns")).toBe(false);
  });
});
