/**
 * The served pages' rendering in a real browser, before the real server is wired to them: a
 * small node:http server on an ephemeral port answers with renderStoryListPage,
 * renderStoryPage, renderStoryFragment and a server-sent events stream, each response with its
 * own CSP nonce. Chromium opens the list, reads the search hits, opens the story, uses the
 * reader, and sees the story page take a new version of its brief (a new article joined the
 * story) without reloading, the reader still working on the new page.
 */
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { REPO_ROOT } from "../eval/shared.js";
import { briefOf } from "../src/brief/brief.js";
import type { BriefJson } from "../src/brief/schema.js";
import { analyseInputs } from "../src/cli/analyse-inputs.js";
import {
  renderStoryFragment,
  renderStoryListPage,
  renderStoryPage,
  storyIndexItem,
} from "../src/render/html/index.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const skip = !existsSync(CHROMIUM) && !process.env.CI;

/** The brief of the fire story (the one Kestrel's article is in), made from these files. */
async function fireBrief(dir: string): Promise<BriefJson> {
  const result = await analyseInputs([dir], { maxMb: 16, quiet: true, today: "2026-11-23" });
  const brief = briefOf(result!.corpus, result!.ingest.warnings, { texts: true });
  const story = brief.stories.find((s) =>
    s.articles.some((id) => id.endsWith("kestrel-merrowby-fire.txt")),
  )!;
  const keep = new Set(story.articles);
  return { ...brief, stories: [story], articles: brief.articles.filter((a) => keep.has(a.id)) };
}

describe.skipIf(skip)("the served pages in Chromium", () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let dirs: string[] = [];
  let before: BriefJson;
  let after: BriefJson;
  let current: BriefJson;
  const streams: ServerResponse[] = [];

  beforeAll(async () => {
    // before: the corpus without the TrendPulse rewrite; after: with it, as if it was ingested
    const corpus = join(REPO_ROOT, "examples", "corpus");
    const without = mkdtempSync(join(tmpdir(), "corroborate-served-"));
    dirs = [without];
    for (const f of readdirSync(corpus))
      if (f !== "trendpulse.html") copyFileSync(join(corpus, f), join(without, f));
    before = await fireBrief(without);
    after = await fireBrief(corpus);
    current = before;
    server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const nonce = randomBytes(16).toString("base64");
      const html = (body: string): void => {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(body);
      };
      if (url.pathname === "/") {
        const q = url.searchParams.get("q") ?? undefined;
        const a = current.articles[0]!;
        return html(
          renderStoryListPage({
            stories: current.stories.map((s) => storyIndexItem(s, "/story")),
            nonce,
            query: q,
            hits: q
              ? [
                  {
                    href: "/story",
                    title: a.title ?? a.id,
                    outlet: a.outlet,
                    snippet: [
                      { text: "a battery ", match: false },
                      { text: q, match: true },
                      { text: " at <Merrowby>", match: false },
                    ],
                  },
                ]
              : undefined,
          }),
        );
      }
      if (url.pathname === "/story" && url.searchParams.get("fragment") === "1")
        return html(renderStoryFragment({ brief: current }));
      if (url.pathname === "/story")
        return html(
          renderStoryPage({ brief: current, nonce, eventsUrl: "/story/events", listHref: "/" }),
        );
      if (url.pathname === "/story/events") {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
        res.write("retry: 60000\n\n");
        streams.push(res);
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const s of streams) s.end();
    await new Promise((done) => server?.close(done));
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("lists, searches, opens a story and takes its new version without a reload", async () => {
    expect(after.stories[0]!.articles.length).toBe(before.stories[0]!.articles.length + 1);
    const tab = await browser.newPage({ viewport: { width: 390, height: 900 } });
    const elsewhere: string[] = [];
    tab.on("request", (r) => {
      if (!r.url().startsWith(base)) elsewhere.push(r.url());
    });
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(String(e)));

    await tab.goto(`${base}/`);
    await tab.locator("input[name=q]").fill("fire");
    await tab.locator("form.search button").click();
    await tab.waitForURL(/\?q=fire$/);
    expect(await tab.locator(".hits mark").allTextContents()).toEqual(["fire"]);
    expect(await tab.locator(".hits li").textContent()).toContain("a battery fire at <Merrowby>");
    expect(await tab.locator("input[name=q]").inputValue()).toBe("fire");

    await tab.locator(".story-index a").first().click();
    await tab.waitForURL(`${base}/story`);
    await expect.poll(() => streams.length).toBe(1);
    await tab.evaluate(() => ((window as { __sameDocument?: boolean }).__sameDocument = true));
    const rows = tab.locator("table.sources tbody tr");
    expect(await rows.count()).toBe(before.stories[0]!.articles.length);
    const cite = tab.locator("a.cite").first();
    await cite.click();
    await expect.poll(() => tab.locator("#reader").isVisible()).toBe(true);

    // a new article joined the story: the server has a new brief and says so
    current = after;
    streams[0]!.write(`event: brief\ndata: ${JSON.stringify({ story: "1", version: 2 })}\n\n`);
    await expect.poll(() => rows.count()).toBe(after.stories[0]!.articles.length);
    expect(await tab.locator("table.sources").textContent()).toContain("TrendPulse");
    expect(await tab.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(
      true,
    );
    expect(await tab.locator("main").count()).toBe(1);

    // the reader works on the new page, with the new article's text
    await tab.keyboard.press("Escape");
    await expect.poll(() => tab.locator("#reader").isHidden()).toBe(true);
    const newCite = tab.locator('a.cite[data-article$="trendpulse.html"]').first();
    const article = after.articles.find((a) => a.id.endsWith("trendpulse.html"))!;
    const start = Number(await newCite.getAttribute("data-start"));
    const end = Number(await newCite.getAttribute("data-end"));
    await newCite.click();
    await expect.poll(() => tab.locator("#reader mark").count()).toBe(1);
    expect(await tab.locator("#reader mark").textContent()).toBe(article.text!.slice(start, end));
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
  }, 60_000);
});
