/**
 * The served web UI in a real browser, on the real server: `startService` with the page routes
 * on an embedded store in a temporary folder (as `corroborate serve` runs it), articles
 * ingested through `POST /api/ingest` and analysed by the in-process jobs worker, and Debian's
 * Chromium (playwright-core) as the reader. It opens the list, searches, opens a story, checks
 * that three citations highlight exactly their cited characters, closes the reader with Escape,
 * then ingests one more article of the story through the API and sees the open page take the new
 * version without a reload. Pages at 390 and 1400 px must not scroll sideways; their screenshots
 * replace the README's (docs/served-*.png) with UPDATE_SCREENSHOT=1. Hostile articles ingested
 * through the API must run no script and make no request in the served pages.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page as Tab } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { REPO_ROOT } from "../eval/shared.js";
import { defaultContext } from "../src/pipeline/context.js";
import { pageRoutes } from "../src/server/pages.js";
import { startService, type Service } from "../src/server/service.js";
import { openStore, type Store } from "../src/store/index.js";
import { exampleRecords } from "./example-records.js";
import { CHROMIUM, CHROMIUM_ARGS, skipWithoutChromium } from "./chromium.js";

const skip = skipWithoutChromium("served UI test");

const TODAY = "2026-11-23";
/** The article held back, then ingested while its story's page is open. */
const LATE_FILE = "trendpulse.html";

type Listed = { id: string; label: string; articles: number };

/** Playwright's requests that leave the server under test, and the page's errors. */
function watch(tab: Tab, base: string): { elsewhere: string[]; errors: string[] } {
  const seen = { elsewhere: [] as string[], errors: [] as string[] };
  tab.on("request", (r) => {
    if (!r.url().startsWith(`${base}/`)) seen.elsewhere.push(r.url());
  });
  tab.on("pageerror", (e) => seen.errors.push(String(e)));
  return seen;
}

const scrollWidth = (tab: Tab): Promise<number> =>
  tab.evaluate(() => document.documentElement.scrollWidth);

describe.skipIf(skip)("the served web UI in Chromium", () => {
  let browser: Browser;
  let folder: string;
  let store: Store;
  let service: Service;
  let base: string;
  const shots = mkdtempSync(join(tmpdir(), "corroborate-served-shots-"));
  const shotPath = (name: string): string =>
    process.env.UPDATE_SCREENSHOT ? join(REPO_ROOT, "docs", name) : join(shots, name);

  const ingest = async (jsonl: string): Promise<void> => {
    const r = await fetch(`${base}/api/ingest`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: jsonl,
    });
    expect(r.status, await r.clone().text()).toBe(200);
  };

  const stories = async (): Promise<Listed[]> => {
    const r = await fetch(`${base}/api/stories?sort=most-covered&limit=100`);
    return ((await r.json()) as { stories: Listed[] }).stories;
  };

  /** Waits until the jobs worker has listed stories holding `articles` articles in all. */
  const untilListed = async (articles: number): Promise<Listed[]> => {
    await expect
      .poll(async () => (await stories()).reduce((n, s) => n + s.articles, 0), { timeout: 90_000 })
      .toBe(articles);
    return stories();
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "corroborate-served-"));
    store = await openStore({ data: folder });
    service = await startService(store, {
      host: "127.0.0.1",
      port: 0,
      token: null,
      contextNow: () => defaultContext({ today: TODAY }),
      now: () => new Date(`${TODAY}T12:00:00Z`),
      heartbeatMs: 500,
      pages: pageRoutes(store),
      onError: (e) => console.error(e),
    });
    base = service.url;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(shots, { recursive: true, force: true });
  });

  it("lists, searches, opens a story, cites, and takes a new article without a reload", async () => {
    const records = await exampleRecords((file) => file !== LATE_FILE);
    await ingest(records);
    await untilListed(records.split("\n").length);

    const tab = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const seen = watch(tab, base);
    await tab.goto(`${base}/`);
    expect(await tab.locator(".story-index li").count()).toBe((await stories()).length);
    expect(await scrollWidth(tab)).toBeLessThanOrEqual(1400);
    await tab.screenshot({ path: shotPath("served-list.png") });

    // search: the matched words are marked, and a hit opens its story's page
    await tab.locator("input[name=q]").fill("battery fire");
    await tab.locator("form.search button").click();
    await tab.waitForURL(/\?q=battery\+fire$/);
    const marked = await tab.locator(".hits mark").allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toMatch(/^(batter|fire)/); // stems match: "batteries";
    await tab.locator(".hits a").first().click();
    await tab.waitForURL(/\/stories\/story-\d+$/);
    const storyUrl = tab.url();
    await tab.evaluate(() => ((window as { __sameDocument?: boolean }).__sameDocument = true));

    // three citations: the reader marks exactly the cited characters of the article's text
    const texts = JSON.parse((await tab.locator("#article-texts").textContent()) ?? "{}") as Record<
      string,
      { text: string }
    >;
    // the visible ones: folded sections (other claims, aligned sentences) hide theirs
    const cites = tab.locator("main a.cite:visible");
    const count = await cites.count();
    expect(count).toBeGreaterThan(3);
    for (const index of [0, Math.floor(count / 2), count - 1]) {
      const cite = cites.nth(index);
      const article = (await cite.getAttribute("data-article"))!;
      const start = Number(await cite.getAttribute("data-start"));
      const end = Number(await cite.getAttribute("data-end"));
      await cite.click();
      await expect.poll(() => tab.locator("#reader").isVisible()).toBe(true);
      expect(await tab.locator("#reader mark").textContent()).toBe(
        texts[article]!.text.slice(start, end),
      );
      await tab.keyboard.press("Escape");
      await expect.poll(() => tab.locator("#reader").isHidden()).toBe(true);
    }
    expect(await scrollWidth(tab)).toBeLessThanOrEqual(1400);
    await cites.first().click();
    await tab.evaluate(() => window.scrollTo(0, 0));
    await tab.screenshot({ path: shotPath("served-story.png") });
    await tab.keyboard.press("Escape");

    // a new article of the story arrives through the API: the open page takes it in place
    const rows = tab.locator("table.sources tbody tr");
    const before = await rows.count();
    await ingest(await exampleRecords((file) => file === LATE_FILE));
    await expect.poll(() => rows.count(), { timeout: 90_000 }).toBe(before + 1);
    expect(await tab.locator("table.sources").textContent()).toContain("TrendPulse");
    expect(tab.url()).toBe(storyUrl);
    expect(await tab.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(
      true,
    );
    expect(seen.elsewhere).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(readFileSync(shotPath("served-story.png")).subarray(1, 4).toString()).toBe("PNG");
    await tab.close();

    // a phone's width: neither page scrolls sideways
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const phoneSeen = watch(phone, base);
    await phone.goto(`${base}/`);
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(390);
    await phone.goto(storyUrl);
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(390);
    await phone.locator("main a.cite:visible").first().click();
    await expect.poll(() => phone.locator("#reader").isVisible()).toBe(true);
    expect(await scrollWidth(phone)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: shotPath("served-story-390.png") });
    expect(phoneSeen.elsewhere).toEqual([]);
    expect(phoneSeen.errors).toEqual([]);
    await phone.close();
  }, 240_000);

  it("runs no script of hostile articles ingested through the API, and makes no request", async () => {
    const evil = (n: number): string =>
      `</script><script>window.__pwned=${n}</script><img src="http://127.0.0.1:9/${n}.png" onerror="window.__pwned=${n}">`;
    const body = (n: number): string =>
      `The harbour bridge in Velmora closed on Monday after inspectors found cracks in two of its steel supports, the city council said. ${evil(n)} Engineers said repairs would take at least six weeks.\u2028 Ferry services will run every twenty minutes while the bridge is closed, the council added.\u2029 "We will not take any risks with the bridge," said Mayor Ilsa Varnholt. <!-- a comment --> Traffic was diverted through the old town.`;
    const listedBefore = (await stories()).reduce((n, s) => n + s.articles, 0);
    await ingest(
      [
        {
          id: "hostile-1",
          url: "javascript:window.__pwned=2",
          title: `Bridge closed ${evil(1)}`,
          outlet: `Harbour <b onmouseover="window.__pwned=3">Post</b>`,
          author: `<svg onload="window.__pwned=4">`,
          date: "2026-03-16",
          text: body(5),
        },
        {
          id: "hostile-2",
          url: "data:text/html,<script>window.__pwned=6</script>",
          title: `Velmora bridge shut ${evil(7)}`,
          outlet: `Quay Daily ${evil(8)}`,
          author: evil(9),
          date: "2026-03-17",
          text: body(10),
        },
      ]
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    const listed = await untilListed(listedBefore + 2);
    const bridge = listed.find((s) => /bridge|velmora/i.test(s.label)) ?? listed[0]!;

    for (const width of [390, 1400]) {
      const tab = await browser.newPage({ viewport: { width, height: 900 } });
      const seen = watch(tab, base);
      for (const path of ["/", "/?q=velmora+bridge", `/stories/${bridge.id}`]) {
        await tab.goto(`${base}${path}`);
        const cites = tab.locator("main a.cite:visible");
        for (let i = 0; i < Math.min(3, await cites.count()); i++) {
          await cites.nth(i).click();
          await tab.keyboard.press("Escape");
        }
        // links that are not http(s) must not exist; clicking every other kind runs nothing
        expect(await tab.locator("a[href^='javascript:' i], a[href^='data:' i]").count()).toBe(0);
        expect(await tab.evaluate(() => typeof (window as { __pwned?: unknown }).__pwned)).toBe(
          "undefined",
        );
        expect(await scrollWidth(tab)).toBeLessThanOrEqual(width);
      }
      expect(seen.elsewhere).toEqual([]);
      expect(seen.errors).toEqual([]);
      await tab.close();
    }
  }, 240_000);
});
