/**
 * The HTML brief in a real browser: headless Chromium (Debian's `chromium`, driven by
 * playwright-core) opens the brief of the example corpus from disk, with no server, at a phone's
 * width (390 px) and a desktop's (1400 px): the page must not scroll sideways, citations must
 * highlight exactly the cited characters of the article's own text, and the reader must close
 * with Escape and with its button. It saves a screenshot at each width; with UPDATE_SCREENSHOT=1
 * it replaces the ones the README shows (docs/brief.png, docs/brief-390.png). A brief of hostile
 * articles must run no script of theirs and make no request, and nor may its Markdown brief
 * once a CommonMark renderer that lets HTML through has made a page of it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { REPO_ROOT } from "../eval/shared.js";
import { runCli } from "./cli.js";
import { CHROMIUM, CHROMIUM_ARGS, skipWithoutChromium } from "./chromium.js";

const skip = skipWithoutChromium("browser test");

type Texts = Record<string, { text: string }>;

/** Every request the page makes other than loading its own file. */
function watchRequests(tab: Page, page: string): string[] {
  const requests: string[] = [];
  tab.on("request", (r) => {
    if (r.url() !== `file://${page}`) requests.push(r.url());
  });
  return requests;
}

describe.skipIf(skip)("the HTML brief in Chromium", () => {
  let browser: Browser;
  let dir: string;
  let page: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "corroborate-browser-"));
    page = join(dir, "brief.html");
    const r = runCli(["brief", "examples/corpus", "--format", "html", "--out", page, "-q"]);
    expect(r.status, r.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [width, screenshot] of [
    [390, "brief-390.png"],
    [1400, "brief.png"],
  ] as const) {
    it(`fits ${width} px, highlights cited spans and closes the reader`, async () => {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      const requests = watchRequests(tab, page);
      const errors: string[] = [];
      tab.on("pageerror", (e) => errors.push(String(e)));
      await tab.goto(`file://${page}`);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      const cites = tab.locator("a.cite");
      const count = await cites.count();
      expect(count).toBeGreaterThan(10);
      const texts = JSON.parse(
        (await tab.locator("#article-texts").textContent()) ?? "{}",
      ) as Texts;
      const reader = tab.locator("#reader");
      // the first, a middle and the last citation: each must mark its own characters
      for (const index of [0, Math.floor(count / 2), count - 1]) {
        const cite = cites.nth(index);
        const article = (await cite.getAttribute("data-article"))!;
        const start = Number(await cite.getAttribute("data-start"));
        const end = Number(await cite.getAttribute("data-end"));
        expect(end).toBeGreaterThan(start);
        await cite.click();
        const mark = tab.locator("#reader mark");
        await expect.poll(() => mark.count()).toBe(1);
        expect(await reader.isVisible()).toBe(true);
        expect(await mark.textContent()).toBe(texts[article]!.text.slice(start, end));
        expect(await mark.isVisible()).toBe(true);
        // scrolled to: the mark's first line is inside the panel's visible part
        expect(
          await tab.evaluate(() => {
            const m = document.querySelector("#reader mark")!.getClientRects()[0]!;
            const p = document.getElementById("reader")!.getBoundingClientRect();
            return m.top >= p.top && m.bottom <= p.bottom;
          }),
        ).toBe(true);
        // the focus is in the reader; Escape closes it and gives the focus back to the citation
        expect(await tab.evaluate(() => document.activeElement?.id)).toBe("reader");
        await tab.keyboard.press("Escape");
        await expect.poll(() => reader.isHidden()).toBe(true);
        expect(
          await tab.evaluate(
            ([a, s]) => {
              const el = document.activeElement as HTMLElement | null;
              return el?.dataset.article === a && el.dataset.start === s;
            },
            [article, String(start)] as const,
          ),
        ).toBe(true);
      }
      // the close button closes it too
      await cites.nth(0).click();
      await expect.poll(() => reader.isVisible()).toBe(true);
      await tab.locator("#reader-close").click();
      await expect.poll(() => reader.isHidden()).toBe(true);
      // the reader shows the clean text: no header lines of a text file
      const fromTextFile = Object.keys(texts).find((id) => id.endsWith(".txt"))!;
      await tab.locator(`a.cite[data-article="${fromTextFile}"]`).first().click();
      const shown = (await tab.locator("#reader-text").textContent()) ?? "";
      expect(texts[fromTextFile]!.text).toMatch(/^title: /);
      expect(shown).not.toMatch(/^(title|url|date|outlet): /m);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // the picture the README shows: the top of the brief, with a citation open
      await tab.evaluate(() => window.scrollTo(0, 0));
      const shot = process.env.UPDATE_SCREENSHOT
        ? join(REPO_ROOT, "docs", screenshot)
        : join(dir, screenshot);
      await tab.screenshot({ path: shot });
      expect(readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      await tab.close();
    });
  }

  it("keeps text contrast at WCAG AA and citations reachable from the keyboard", async () => {
    const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await tab.goto(`file://${page}`);
    // open every folded section so its text is measured too
    await tab.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const failures = await tab.evaluate(() => {
      const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]): number => {
        const f = (v: number): number => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || c[3]! > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      for (const el of Array.from(document.querySelectorAll("body *"))) {
        if (el.closest("svg, script, style")) continue;
        const own = Array.from(el.childNodes).some(
          (n) => n.nodeType === 3 && n.textContent!.trim(),
        );
        if (!own || !(el as HTMLElement).offsetParent) continue;
        const style = getComputedStyle(el);
        const [a, b] = [lum(rgb(style.color)), lum(background(el))];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5))
          out.push(
            `${el.tagName}.${el.className} ${ratio.toFixed(2)}: ${el.textContent!.slice(0, 40)}`,
          );
      }
      return out;
    });
    expect(failures).toEqual([]);
    // Tab reaches a citation, and Enter opens it in the reader
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await tab.keyboard.press("Tab");
      reached = await tab.evaluate(() => !!document.activeElement?.matches("a.cite"));
    }
    expect(reached).toBe(true);
    await tab.keyboard.press("Enter");
    await expect.poll(() => tab.locator("#reader").isVisible()).toBe(true);
    await tab.close();
  });

  it("runs no script of hostile articles, has no handler or script of theirs, and makes no request", async () => {
    const corpus = hostileCorpus(dir);
    const out = join(dir, "hostile.html");
    const r = runCli(["brief", corpus, "--format", "html", "--out", out, "-q"]);
    expect(r.status, r.stderr).toBe(0);
    for (const width of [390, 1400]) {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      const requests = watchRequests(tab, out);
      await tab.goto(`file://${out}`);
      const cites = tab.locator("a.cite");
      expect(await cites.count()).toBeGreaterThan(0);
      for (let i = 0; i < Math.min(3, await cites.count()); i++) await cites.nth(i).click();
      // every link: citations, the index's anchors, and whatever the articles' URLs became
      expect(await clickEveryLink(tab)).toBeGreaterThan(0);
      expect(await pwned(tab)).toBe("undefined");
      expect(await tab.locator("a[href^='javascript:' i], a[href^='data:' i]").count()).toBe(0);
      expect(await handlersAndScripts(tab)).toEqual({
        handlers: [],
        scripts: ["article-texts", "(the page script)"],
      });
      expect(requests).toEqual([]);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await tab.close();
    }
  });

  it("lets nothing reach the network or run even if markup got into the page (its CSP)", async () => {
    const out = join(dir, "csp.html");
    const r = runCli([
      "brief",
      "examples/corpus/north-sea-radio.txt",
      "--format",
      "html",
      "--out",
      out,
      "-q",
    ]);
    expect(r.status, r.stderr).toBe(0);
    const tab = await browser.newPage();
    const requests = watchRequests(tab, out);
    // Chromium reports a request the policy stopped, then its failure, "csp"
    const stopped: string[] = [];
    tab.on("requestfailed", (q) => {
      if (q.failure()?.errorText === "csp") stopped.push(q.url());
    });
    await tab.goto(`file://${out}`);
    const blocked = await tab.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener("securitypolicyviolation", (e) => seen.push(e.effectiveDirective));
      // what an escaping bug would let through: an inline script, a remote image, a frame, a fetch
      const script = document.createElement("script");
      script.textContent = "window.__pwned = 1";
      document.body.append(script);
      const img = document.createElement("img");
      img.src = "http://127.0.0.1:9/x.png";
      document.body.append(img);
      const frame = document.createElement("iframe");
      frame.src = "http://127.0.0.1:9/";
      document.body.append(frame);
      await fetch("http://127.0.0.1:9/").catch(() => null);
      await new Promise((done) => setTimeout(done, 200));
      return [...new Set(seen)].sort();
    });
    expect(blocked).toEqual(["connect-src", "frame-src", "img-src", "script-src-elem"]);
    expect(await pwned(tab)).toBe("undefined");
    // every request the page began was stopped before it left the browser
    await expect.poll(() => stopped.length).toBe(requests.length);
    expect(requests.filter((u) => !stopped.includes(u))).toEqual([]);
    await tab.close();
  });

  it("writes Markdown that a CommonMark renderer letting HTML through turns into nothing that runs", async () => {
    const corpus = hostileCorpus(dir);
    const r = runCli(["brief", corpus, "-q"]);
    expect(r.status, r.stderr).toBe(0);
    // raw HTML on and every link scheme allowed: only the Markdown's own escaping keeps it inert
    const md = new MarkdownIt({ html: true });
    md.validateLink = () => true;
    const out = join(dir, "hostile-markdown.html");
    // no Content-Security-Policy here: nothing but the Markdown stands between the text and the page
    writeFileSync(
      out,
      `<!doctype html><html><head><meta charset="utf-8"><title>Markdown brief</title></head><body>${md.render(r.stdout)}</body></html>`,
    );
    const tab = await browser.newPage();
    const requests = watchRequests(tab, out);
    await tab.goto(`file://${out}`);
    expect(await tab.locator("h2").count()).toBeGreaterThan(2);
    expect(await tab.locator("body").textContent()).toContain("<script>window.__pwned=");
    // the Markdown brief writes no links, and no text of the articles becomes one
    expect(await clickEveryLink(tab)).toBe(0);
    await tab
      .locator("body *")
      .evaluateAll((all) =>
        all.forEach((el) => el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }))),
      );
    expect(await pwned(tab)).toBe("undefined");
    expect(await handlersAndScripts(tab)).toEqual({ handlers: [], scripts: [] });
    expect(await tab.locator("img, svg, iframe, object, embed").count()).toBe(0);
    expect(requests).toEqual([]);
    await tab.close();
  });
});

/** Whether a hostile article's script ran: "undefined" when none did. */
const pwned = (tab: Page): Promise<string> =>
  tab.evaluate(() => typeof (window as { __pwned?: unknown }).__pwned);

/** Clicks every link of the page, each in place; returns how many there were. */
const clickEveryLink = (tab: Page): Promise<number> =>
  tab.locator("a[href]").evaluateAll((links) => {
    links.forEach((a) => (a as HTMLAnchorElement).click());
    return links.length;
  });

/** Elements with an event-handler attribute, and the page's scripts (by id). */
const handlersAndScripts = (tab: Page): Promise<{ handlers: string[]; scripts: string[] }> =>
  tab.evaluate(() => ({
    handlers: Array.from(document.querySelectorAll("*"))
      .filter((el) => el.getAttributeNames().some((n) => /^on/i.test(n)))
      .map((el) => el.outerHTML.slice(0, 80)),
    scripts: Array.from(document.scripts).map((s) => s.id || "(the page script)"),
  }));

/**
 * A corpus of hostile articles in a new folder under `dir`: script tags, `</script>` and `<!--`
 * in the text and the metadata, event-handler attributes, mixed-case `javascript:` and `data:`
 * URLs, U+2028/U+2029, Markdown links to `javascript:` and a link definition.
 */
function hostileCorpus(dir: string): string {
  const corpus = mkdtempSync(join(dir, "hostile-"));
  const evil = (n: number): string =>
    `</script><script>window.__pwned=${n}</script><img src="http://127.0.0.1:9/${n}.png" onerror="window.__pwned=${n}"> [see](JaVaScRiPt:window.__pwned=${n}) <!-- x -->`;
  const body = (n: number): string =>
    `The harbour bridge in Velmora closed on Monday after inspectors found cracks in two of its steel supports, the city council said. ${evil(n)} Engineers said repairs would take at least six weeks.\u2028 Ferry services will run every twenty minutes while the bridge is closed, the council added.\u2029 "We will not take any risks with the bridge <b onmouseover=window.__pwned=${n}>now</b>," said Mayor Ilsa Varnholt. <!-- a comment --> Traffic was diverted through the old town.\n\n[r]: javascript:window.__pwned=${n}\n\nThe council said ferries were [r] free.`;
  writeFileSync(
    join(corpus, "evil.txt"),
    `title: Bridge closed ${evil(1)} \u2028\nurl: JaVaScRiPt:window.__pwned=2\noutlet: Harbour <b onmouseover="window.__pwned=3">Post</b> <!--\nauthor: <svg onload="window.__pwned=4">\ndate: 2026-03-16\n\n${body(5)}\n`,
  );
  writeFileSync(
    join(corpus, "feed.jsonl"),
    `${JSON.stringify({
      id: "copy-1<script>window.__pwned=11</script>",
      url: "DATA:text/html,<script>window.__pwned=6</script>",
      title: `Velmora bridge shut ${evil(7)}`,
      outlet: `Quay Daily ${evil(8)}`,
      author: `${evil(9)}`,
      date: "2026-03-17",
      text: body(10),
    })}\n`,
  );
  return corpus;
}
