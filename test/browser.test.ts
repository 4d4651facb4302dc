/**
 * The HTML brief in a real browser: headless Chromium (Debian's `chromium`, driven by
 * playwright-core) opens the brief of the example corpus from disk, with no server, clicks
 * citations and checks that the reader panel highlights exactly the cited characters of the
 * article's own text. It also saves a screenshot; with UPDATE_SCREENSHOT=1 it replaces the one
 * the README shows (docs/brief.png).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { REPO_ROOT } from "../eval/shared.js";
import { runCli } from "./cli.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// In CI the browser is part of the machine (.ci/run installs it), so a missing one fails there;
// on a laptop without Chromium the test is skipped with this reason.
const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`browser test skipped: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);

describe.skipIf(skip)("the HTML brief in Chromium", () => {
  let browser: Browser;
  let dir: string;
  let page: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "corroborate-browser-"));
    page = join(dir, "brief.html");
    const r = runCli(["brief", "examples/corpus", "--format", "html", "--out", page, "-q"]);
    expect(r.status, r.stderr).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("highlights the cited span of the article's text when a citation is clicked", async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // file:// and no network: the page must work offline
    await tab.route("http*://**", (route) => route.abort());
    await tab.goto(`file://${page}`);
    const cites = tab.locator("a.cite");
    const count = await cites.count();
    expect(count).toBeGreaterThan(10);
    const texts = JSON.parse((await tab.locator("#article-texts").textContent()) ?? "{}") as Record<
      string,
      { text: string }
    >;
    // the first, a middle and the last citation: each must mark its own characters
    for (const index of [0, Math.floor(count / 2), count - 1]) {
      const cite = cites.nth(index);
      const article = (await cite.getAttribute("data-article"))!;
      const start = Number(await cite.getAttribute("data-start"));
      const end = Number(await cite.getAttribute("data-end"));
      await cite.click();
      const mark = tab.locator("#reader mark");
      await expect.poll(() => mark.count()).toBe(1);
      expect(await tab.locator("#reader").isVisible()).toBe(true);
      expect(await mark.textContent()).toBe(texts[article]!.text.slice(start, end));
      expect(end).toBeGreaterThan(start);
      // the tooltip carries the span's text from the brief: the same characters
      expect(await cite.getAttribute("title")).toBe(texts[article]!.text.slice(start, end));
    }
    // the picture the README shows: the top of the brief, with its first citation open
    await cites.nth(0).click();
    await tab.evaluate(() => window.scrollTo(0, 0));
    const shot = process.env.UPDATE_SCREENSHOT
      ? join(REPO_ROOT, "docs", "brief.png")
      : join(dir, "brief.png");
    await tab.screenshot({ path: shot });
    expect(readFileSync(shot).subarray(1, 4).toString()).toBe("PNG");
  });
});
