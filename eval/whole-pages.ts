/**
 * Whole pages as a crawler keeps them: the 181 real news pages of the Zyte extraction benchmark,
 * each turned into its visible text (every block a line: menus, teasers, share buttons and
 * footers included) and read as crawler JSONL with its address, as users feed the product. The
 * pages' own meta tags are the check: the publication date (`article:published_time`,
 * `datePublished`) and the title (`og:title`, else `<title>`). They are silver, not gold: a
 * meta date is often in UTC (a day off the page's local date), some pages show another date than
 * their meta, and titles carry the site's name ("… | ZDNet"). So a date counts when it is within
 * a day, and a title when one of the two holds the other and the shorter is 60% of the longer.
 * It is a development check of whole-page reading (the head's timestamp, the headline the address
 * spells, credits outside the head), written looking at these pages' errors: not held out.
 *
 * Two more checks read what the page's chrome puts into the brief. The benchmark's own extracted
 * article body (its gold) says which words are the article's: a person the brief names that
 * neither the body nor the page's author tags name came from menus, teaser lists or comments.
 * And the set holds 55 pairs of pages from one site, each two articles about different things (a
 * hand check of their addresses and bodies): a pair in one story was joined by the site's
 * template, which the pages share, not by its news.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { getDomain } from "tldts";

import { readInputs } from "../src/ingest/read-inputs.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runPipeline } from "../src/pipeline/run.js";
import { daysApart, EVAL_TODAY } from "./shared.js";
import { count, foldField, foldName, tally, type Count } from "./crawled-news.js";

export type WholePageScores = {
  pages: number;
  datesRight: Count;
  /** Dates more than a day from the page's meta date, over the pages with one. */
  datesOff: Count;
  titlesRight: Count;
  /** Person entities named nowhere in their pages' article bodies or author tags. */
  personsOutside: Count;
  /** Pairs of pages of one site put in one story. */
  sameSitePairsJoined: Count;
};

type Silver = {
  id: string;
  url: string | null;
  published: string | null;
  title: string | null;
  /** The names the page's author tags give (meta author, article:author, JSON-LD author). */
  authors: string[];
};

/** Elements whose text a reader never sees. */
const HIDDEN = "script,style,noscript,template,svg,iframe,head";
/** Elements that start a line of their own in a page's visible text. */
const BLOCKS = new Set(
  "P DIV H1 H2 H3 H4 H5 H6 LI UL OL TR TD TH SECTION ARTICLE HEADER FOOTER NAV ASIDE BLOCKQUOTE FIGCAPTION FIGURE TIME BR DT DD PRE MAIN FORM TABLE".split(
    " ",
  ),
);

type DomNode = {
  nodeType: number;
  tagName?: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
};

type Page = ReturnType<typeof parseHTML>["document"];

/** A page's visible text, a line per block, as a crawler that keeps the whole page writes it. */
export function visibleText(html: string): string {
  return textOf(parseHTML(html).document);
}

/** `visibleText` of a parsed page; it takes the hidden elements out of `document`. */
function textOf(document: Page): string {
  for (const el of Array.from(document.querySelectorAll(HIDDEN))) el.remove();
  const lines: string[] = [];
  let line = "";
  const flush = (): void => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text) lines.push(text);
    line = "";
  };
  // An explicit stack: pages nest deep, and recursion would meet the stack's limit first.
  const stack: { node: DomNode; leaving: boolean }[] = [
    { node: (document.body ?? document.documentElement) as unknown as DomNode, leaving: false },
  ];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    const block = node.nodeType === 1 && BLOCKS.has(node.tagName ?? "");
    if (leaving) {
      if (block) flush();
      continue;
    }
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (block) flush();
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i]!, leaving: false });
  }
  flush();
  return lines.join("\n");
}

/** The first YYYY-MM-DD of a meta date, if it is a plausible news date. */
function isoDayOf(value: string | null | undefined): string | null {
  const m = /^((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(value?.trim() ?? "");
  return m && Number(m[1]) >= 1990 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The page's own statement of its date and title, from its meta tags. */
export function silverOf(id: string, url: string | null, html: string): Silver {
  return silverOfPage(parseHTML(html).document, id, url, html);
}

/** `silverOf` a parsed page, read before `textOf` takes its head out. */
function silverOfPage(document: Page, id: string, url: string | null, html: string): Silver {
  const meta = (selector: string): string | null =>
    document.querySelector(selector)?.getAttribute("content") ?? null;
  const published =
    isoDayOf(meta('meta[property="article:published_time"]')) ??
    isoDayOf(meta('meta[itemprop="datePublished"]')) ??
    isoDayOf(meta('meta[name="pubdate"]')) ??
    isoDayOf(/"datePublished"\s*:\s*"([^"]+)"/.exec(html)?.[1]);
  const title =
    meta('meta[property="og:title"]')?.trim() ||
    document.querySelector("title")?.textContent?.trim() ||
    null;
  const authors = [
    meta('meta[name="author"]'),
    meta('meta[property="article:author"]'),
    ...[...html.matchAll(/"author"\s*:\s*\[?\s*\{[^}]*?"name"\s*:\s*"([^"]+)"/g)].map((m) => m[1]!),
  ].filter((a): a is string => Boolean(a));
  return { id, url, published, title, authors };
}

/** Whether a name stands, as whole words, in a text (both folded as names are). */
const names = (text: string, name: string): boolean => {
  const words = (s: string): string => ` ${foldName(s).replace(/[^\p{L}\p{N}']+/gu, " ")} `;
  const n = words(name).trim();
  return n !== "" && words(text).includes(` ${n} `);
};

/** One title holds the other, the shorter at least this share of the longer. */
const TITLE_SHARE = 0.6;

export function titleAgrees(ours: string | null, silver: string): boolean {
  if (!ours) return false;
  const [a, b] = [foldField(ours), foldField(silver)];
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= TITLE_SHARE * long.length;
}

/** Turns every page into crawler JSONL, runs the whole pipeline on it and scores it against the meta tags. */
export async function evaluateWholePages(datasetDir: string): Promise<WholePageScores> {
  const truth = JSON.parse(await readFile(join(datasetDir, "ground-truth.json"), "utf8")) as Record<
    string,
    { url?: string; articleBody?: string }
  >;
  const bodyOf = new Map<string, string>();
  const records: string[] = [];
  const silver = new Map<string, Silver>();
  for (const key of Object.keys(truth).sort()) {
    const file = join(datasetDir, "html", `${key}.html.gz`);
    if (!existsSync(file)) continue;
    const html = gunzipSync(await readFile(file)).toString("utf8");
    const id = `page-${records.length + 1}`;
    const url = truth[key]?.url ?? null;
    // One parse a page: its meta tags first, then its visible text (which drops the head).
    const { document } = parseHTML(html);
    silver.set(id, silverOfPage(document, id, url, html));
    bodyOf.set(id, truth[key]?.articleBody ?? "");
    records.push(JSON.stringify({ id, url, text: textOf(document) }));
  }
  const dir = await mkdtemp(join(tmpdir(), "corroborate-whole-pages-"));
  try {
    const path = join(dir, "pages.jsonl");
    await writeFile(path, `${records.join("\n")}\n`);
    const ingest = await readInputs([path]);
    const corpus = runPipeline(
      ingest.articles,
      ingest.skipped,
      defaultContext({ today: EVAL_TODAY }),
    );
    const dated = corpus.articles.filter((a) => silver.get(a.id)?.published);
    const titled = corpus.articles.filter((a) => silver.get(a.id)?.title);
    const dayOf = (id: string): string => silver.get(id)!.published!;
    const storyOf = new Map(corpus.stories.flatMap((s) => s.articles.map((a) => [a, s.id])));
    const bySite = new Map<string, string[]>();
    for (const { id, url } of silver.values()) {
      const site = url ? getDomain(url) : null;
      if (site) bySite.set(site, [...(bySite.get(site) ?? []), id]);
    }
    const sameSitePairs = [...bySite.values()].flatMap((ids) =>
      ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const)),
    );
    const persons = (corpus.entities ?? []).filter((e) => e.type === "person");
    return {
      pages: corpus.articles.length,
      datesRight: count(
        dated.map((a) => ({
          ok: a.published !== null && daysApart(a.published, dayOf(a.id)) <= 1,
          what: `${a.id}: ${a.published ?? "none"} (meta ${dayOf(a.id)})`,
        })),
      ),
      datesOff: tally(
        dated.map((a) => ({
          bad: a.published !== null && daysApart(a.published, dayOf(a.id)) > 1,
          what: `${a.id}: ${a.published} (meta ${dayOf(a.id)})`,
        })),
      ),
      titlesRight: count(
        titled.map((a) => ({
          ok: titleAgrees(a.title, silver.get(a.id)!.title!),
          what: `${a.id}: ${a.title?.slice(0, 50) ?? "none"} ≠ ${silver.get(a.id)!.title!.slice(0, 50)}`,
        })),
      ),
      personsOutside: tally(
        persons.map((e) => ({
          bad: !e.articles.some((id) =>
            [e.name, ...e.aliases].some(
              (name) =>
                names(bodyOf.get(id) ?? "", name) ||
                silver.get(id)!.authors.some((author) => names(author, name)),
            ),
          ),
          what: `${e.name} (${e.articles.join(", ")})`,
        })),
      ),
      sameSitePairsJoined: tally(
        sameSitePairs.map(([a, b]) => ({
          bad: storyOf.get(a) !== undefined && storyOf.get(a) === storyOf.get(b),
          what: `${a}+${b}`,
        })),
      ),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
