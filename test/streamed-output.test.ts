/**
 * Output that scales (issue 18): a brief of many articles written a chunk at a time to a real
 * file is the same text, byte for byte, as the brief rendered as one string, in every format.
 * The brief is built by hand (no analysis), so the test stays quick.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BriefJson } from "../src/brief/schema.js";
import { writeChunksToFile } from "../src/cli/write-chunks.js";
import { JSON_CHUNK_CHARS } from "../src/render/json-chunks.js";
import { render, renderChunks, FORMATS } from "../src/render/render.js";
import { article, brief, story } from "./html-fixture.js";

const ARTICLES = 5_000;
const PER_STORY = 100;

/** 5,000 small articles in 50 stories, each story citing its articles in its summary. */
function manyArticles(): BriefJson {
  const articles = Array.from({ length: ARTICLES }, (_, i) => {
    const text = `title: Report ${i}\n\nThe council met on day ${i} and said the bridge "will reopen" soon. <b>&</b> \u2028`;
    // integer-like ids are ordered first by JSON.stringify: the stream must do the same
    return article(i % 7 === 0 ? String(i) : `feeds/article-${i}.txt`, {
      title: `Report ${i}`,
      published: `2026-03-${String(1 + (i % 28)).padStart(2, "0")}`,
      publishedFrom: "metadata",
      url: `https://example.org/${i}`,
      text,
      removed: [{ text: `title: Report ${i}`, reason: "header", start: 0, end: 15 }],
    });
  });
  const stories = Array.from({ length: ARTICLES / PER_STORY }, (_, s) => {
    const members = articles.slice(s * PER_STORY, (s + 1) * PER_STORY);
    return story(members, {
      id: `story-${s + 1}`,
      label: `Bridge story ${s + 1}`,
      summary: members.slice(0, 5).map((a) => {
        const start = a.text.indexOf("The council");
        const end = a.text.indexOf(" soon.") + 6;
        return {
          text: a.text.slice(start, end),
          cites: [{ article: a.id, start, end, text: a.text.slice(start, end) }],
          claim: null,
        };
      }),
    });
  });
  return brief(articles, stories);
}

const dir = mkdtempSync(join(tmpdir(), "corroborate-streamed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`a brief of ${ARTICLES} articles written a chunk at a time`, () => {
  const many = manyArticles();

  it.each(FORMATS)("%s: the file is the one-string rendering, byte for byte", async (format) => {
    const path = join(dir, `brief.${format}`);
    await writeChunksToFile(renderChunks(many, format), path);
    const written = readFileSync(path, "utf8");
    expect(written === render(many, format)).toBe(true);
    if (format === "json") expect(JSON.parse(written)).toEqual(many);
    if (format === "html") expect(written).toContain(`id="story-${ARTICLES / PER_STORY}"`);
  });

  it("writes the JSON in chunks of at most 64K characters, and the HTML a story at a time", () => {
    const json = [...renderChunks(many, "json")];
    expect(Math.max(...json.map((c) => c.length))).toBeLessThanOrEqual(JSON_CHUNK_CHARS);
    expect(json.length).toBeGreaterThan(10);
    const html = [...renderChunks(many, "html")];
    const whole = render(many, "html").length;
    // no chunk holds more than a small part of the page
    expect(Math.max(...html.map((c) => c.length))).toBeLessThan(whole / 20);
  });
});
