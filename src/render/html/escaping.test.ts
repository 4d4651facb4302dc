import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { article, brief, story } from "../../../test/html-fixture.js";
import { scriptSafeJson } from "./citations.js";
import { renderHtml } from "./pages.js";
import { httpUrl } from "./safe-url.js";

const HOSTILE = `</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> <!-- \u2028\u2029 "'&`;

/** Every tag of the page, as written. */
const tags = (html: string): string[] => html.match(/<[a-zA-Z][^>]*>/g) ?? [];

describe("the HTML brief with hostile articles", () => {
  const text = `title: x\n\n${HOSTILE} The mayor said so.`;
  const span = {
    article: "evil",
    start: text.indexOf("The mayor"),
    end: text.length,
    text: "The mayor said so.",
  };
  const evil = article("evil", {
    title: HOSTILE,
    outlet: HOSTILE,
    author: HOSTILE,
    url: "javascript:window.__pwned=3",
    published: "2026-03-17",
    credit: HOSTILE,
    removed: [{ text: HOSTILE, reason: HOSTILE, start: 0, end: 0 }],
    text,
  });
  const fine = article("fine", {
    url: "https://example.org/a?b=<c>",
    published: "2026-03-18",
    text: "Fine.",
  });
  const s = story([evil, fine], {
    label: HOSTILE,
    warnings: [{ kind: "undated", message: HOSTILE, articles: ["evil"] }],
    summary: [{ text: HOSTILE, cites: [span], claim: null }],
  });
  const html = renderHtml(brief([evil, fine], [s, { ...s, id: `story-2"><script>` }]));

  it("writes no element or attribute from the articles' text", () => {
    const scripts = tags(html).filter((t) => /^<script/i.test(t));
    expect(scripts).toEqual(['<script type="application/json" id="article-texts">', "<script>"]);
    expect(tags(html).filter((t) => /^<img/i.test(t))).toEqual([]);
    expect(tags(html).filter((t) => /\son\w+=/i.test(t))).toEqual([]);
    expect(html).toContain("&lt;/script&gt;&lt;script&gt;window.__pwned=1");
  });

  it("links only http(s) URLs", () => {
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("javascript:window.__pwned=3"); // shown as text
    expect(html).toContain('href="https://example.org/a?b=%3Cc%3E"');
  });

  it("keeps the texts' JSON whole: no end tag, comment or line separator inside it", () => {
    const json = /<script type="application\/json" id="article-texts">([\s\S]*?)<\/script>/.exec(
      html,
    )![1]!;
    expect(json).not.toMatch(/<|>|\u2028|\u2029/);
    const texts = JSON.parse(json) as Record<string, { text: string; title: string }>;
    expect(texts.evil!.text).toBe(text);
    expect(texts.evil!.title).toBe(HOSTILE);
    expect(scriptSafeJson({ a: "</script><!--\u2028" })).toBe(
      '{"a":"\\u003c/script\\u003e\\u003c!--\\u2028"}',
    );
  });

  it("allows exactly its own script, by the hash of its text", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
      .exec(html)![1]!
      .replace(/&#39;/g, "'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash("sha256").update(script).digest("base64");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe("httpUrl", () => {
  it("accepts http(s) and refuses every other scheme or a malformed URL", () => {
    expect(httpUrl("https://a.example/x")).toBe("https://a.example/x");
    expect(httpUrl(" HTTP://a.example")).toBe("http://a.example/");
    for (const bad of [
      "javascript:alert(1)",
      " JaVaScRiPt:alert(1)",
      "data:text/html,x",
      "vbscript:x",
      "/relative",
      "",
      null,
      "http//x",
    ])
      expect(httpUrl(bad)).toBeNull();
  });
});
