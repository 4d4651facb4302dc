/**
 * The HTML brief in a real browser: headless Chromium (Debian's `chromium`, driven by
 * playwright-core) opens the brief of the example corpus from disk, with no server, at a phone's
 * width (390 px) and a desktop's (1400 px): the page must not scroll sideways, citations must
 * highlight exactly the cited characters of the article's own text, and the reader must close
 * with Escape and with its button. It saves a screenshot at each width; with UPDATE_SCREENSHOT=1
 * it replaces the ones the README shows (docs/brief.png, docs/brief-390.png). A brief of hostile
 * articles must run no script of theirs and make no request.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it("runs no script of hostile articles and makes no request", async () => {
    const corpus = join(dir, "hostile");
    mkdirSync(corpus);
    const evil = (n: number): string =>
      `</script><script>window.__pwned=${n}</script><img src="http://127.0.0.1:9/${n}.png" onerror="window.__pwned=${n}">`;
    const body = (n: number): string =>
      `The harbour bridge in Velmora closed on Monday after inspectors found cracks in two of its steel supports, the city council said. ${evil(n)} Engineers said repairs would take at least six weeks.\u2028 Ferry services will run every twenty minutes while the bridge is closed, the council added.\u2029 "We will not take any risks with the bridge," said Mayor Ilsa Varnholt. <!-- a comment --> Traffic was diverted through the old town.`;
    writeFileSync(
      join(corpus, "evil.txt"),
      `title: Bridge closed ${evil(1)}\nurl: javascript:window.__pwned=2\noutlet: Harbour <b onmouseover="window.__pwned=3">Post</b>\nauthor: <svg onload="window.__pwned=4">\ndate: 2026-03-16\n\n${body(5)}\n`,
    );
    writeFileSync(
      join(corpus, "feed.jsonl"),
      `${JSON.stringify({
        id: "copy-1",
        url: "data:text/html,<script>window.__pwned=6</script>",
        title: `Velmora bridge shut ${evil(7)}`,
        outlet: `Quay Daily ${evil(8)}`,
        author: `${evil(9)}`,
        date: "2026-03-17",
        text: body(10),
      })}\n`,
    );
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
      await tab
        .locator("a[href]")
        .evaluateAll((links) =>
          links
            .filter((a) => !(a as HTMLAnchorElement).href.startsWith("http"))
            .forEach((a) => (a as HTMLAnchorElement).click()),
        );
      expect(await tab.evaluate(() => typeof (window as { __pwned?: unknown }).__pwned)).toBe(
        "undefined",
      );
      expect(await tab.locator("a[href^='javascript:' i], a[href^='data:' i]").count()).toBe(0);
      expect(requests).toEqual([]);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await tab.close();
    }
  });
});
