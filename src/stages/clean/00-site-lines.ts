/**
 * Lines a site prints on every page: its menus, lists of other stories, author boxes and footers.
 * A crawler that keeps whole pages keeps them on each page, and read page by page they look like
 * the article's own lines (a teaser's headline is a headline, its summary a sentence). Read across
 * the pages of one site, they give themselves away: the same line on two pages about different
 * things is the site's, not either story's. This is the template signal of boilerplate detection
 * (site-level repetition, as template detectors use across the pages of a site), taken here over
 * the pages read together: a batch, or an ingest's whole input.
 *
 * Two steps share the work, so that the article stages stay functions of their article:
 * `withSiteShared` reads the pages before them and gives each page the lines another page of
 * its site prints too; the clean stage (`siteTemplateFlags`) then takes out those that stand
 * outside the page's own story. A page's own headline and lede are printed on its site's other
 * pages too (as a teaser), and two pages of one site may carry two versions of one story: the
 * lines of a page's own story (the head above its first paragraph and the run of its paragraphs)
 * are therefore kept, and only the shared lines elsewhere on the page go.
 */
import type { RawArticle } from "../../model/index.js";
import { siteOfUrl } from "../../sites/outlet-name.js";
import { paragraphBlocks } from "./01-blocks.js";

/** The reason given in `removed`. */
export const SITE_TEMPLATE = "printed on other pages of the site";

/** How a paragraph is compared across pages: case, spacing and non-breaking spaces folded. */
function lineKey(paragraph: string): string {
  return paragraph
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * The batch, each page given `siteShared`: the indices of its paragraph blocks (`paragraphBlocks`
 * of its text) that another page of its site (the registrable domain of its address) prints too,
 * added to any it was given by an earlier, wider reading (an ingest reads all its inputs before
 * it analyses them a batch at a time). Pages with one text are one page (a file read twice
 * shares nothing with itself). A page with nothing shared comes back as it was. The result is a
 * function of the set of pages, not of their order.
 */
export function withSiteShared(raws: readonly RawArticle[]): RawArticle[] {
  const bySite = new Map<string, number[]>();
  raws.forEach((raw, i) => {
    const site = siteOfUrl(raw.url);
    if (site === null) return;
    const list = bySite.get(site.domain) ?? [];
    list.push(i);
    bySite.set(site.domain, list);
  });
  const shared = new Map<number, number[]>();
  for (const members of bySite.values()) {
    if (members.length < 2) continue;
    const keysOfText = new Map<string, string[]>();
    for (const i of members) {
      const { original, bodyStart } = raws[i]!;
      // (a malformed record of a library caller is left to the article stages to report)
      if (typeof original !== "string" || keysOfText.has(original)) continue;
      const blocks = paragraphBlocks(original, bodyStart);
      keysOfText.set(
        original,
        blocks.map((b) => lineKey(original.slice(b.start, b.end))),
      );
    }
    if (keysOfText.size < 2) continue;
    const pages = new Map<string, number>();
    for (const keys of keysOfText.values())
      for (const key of new Set(keys)) pages.set(key, (pages.get(key) ?? 0) + 1);
    for (const i of members) {
      const keys = keysOfText.get(raws[i]!.original);
      if (keys === undefined) continue;
      const blocks = keys.flatMap((k, b) => (pages.get(k)! >= 2 ? [b] : []));
      if (blocks.length > 0) shared.set(i, blocks);
    }
  }
  return raws.map((raw, i) => {
    const blocks = shared.get(i);
    if (!blocks) return raw;
    const all = raw.siteShared
      ? [...new Set([...raw.siteShared, ...blocks])].sort((a, b) => a - b)
      : blocks;
    return { ...raw, siteShared: all };
  });
}

/** The story's head stands this many paragraphs above its first: headline, byline, date, photo. */
const HEAD_PARAGRAPHS = 6;
/** A story's first paragraph ends as a sentence and runs past this many words (no teaser line does). */
const STORY_OPENING_WORDS = 25;
/** A line of prose runs past a heading's length and ends as a sentence. */
const PROSE_WORDS = 12;
const SENTENCE_END = /[.!?…]["'”’)\]»]*$/;

const wordsIn = (s: string, atLeast: number): number => s.trim().split(/\s+/, atLeast).length;
const isProse = (p: string): boolean =>
  SENTENCE_END.test(p.trim()) && wordsIn(p, PROSE_WORDS + 1) > PROSE_WORDS;

/** A story's run holds at least this many sentences of prose; a teaser's summary stands alone. */
const RUN_MIN_PROSE = 2;
/**
 * The template never takes this share of a page's sentences or more: a page that would lose most
 * of them is another version of a page of its site (a second crawl, an update), not a page of
 * other things in the site's frame.
 */
const MOST_SENTENCES = 2 / 3;
/** A sentence, for that count: it ends as one and has a few words. */
const SENTENCE_MIN_WORDS = 4;

/**
 * Which paragraphs of a page are its site's template: printed on another page of the site
 * (`shared`) and standing outside the page's own story.
 *
 * The story's run goes on until a shared short line (no sentence of prose) has another within the
 * next two lines, all three shared: a list of links, teasers' headlines with their summaries, a
 * footer. A lone shared button between paragraphs does not end it. The story opens at the first
 * paragraph that reads as a story's opening (a sentence of 25 words or more) and that no other
 * page prints, or whose run holds two sentences of prose or more (two versions of one story share
 * their opening; a teaser's summary, which reads as an opening too, is followed by the next
 * teaser). Its head is the six paragraphs above the opening (headline, byline, date: kept whatever
 * other pages print). In the run, a shared sentence of prose stays (versions share paragraphs)
 * and a shared short line goes (a teaser's headline, a share button, "1 day ago"; a subhead the
 * other version shares is the one loss, and subheads are no sentences of the story). With no
 * opening, the first six paragraphs are the head. Whatever the reading, a page keeps its
 * sentences when the template would take most of them (`MOST_SENTENCES`).
 */
export function siteTemplateFlags(
  paragraphs: readonly string[],
  shared: readonly boolean[],
): boolean[] {
  const n = paragraphs.length;
  // (most pages share nothing with the pages read with them: nothing to read)
  if (!shared.includes(true)) return shared.map(() => false);
  const prose = paragraphs.map(isProse);
  const sharedShort = (i: number): boolean => i < n && shared[i]! && !prose[i];
  // Where a run that has reached line i ends: the first shared short line from i on with another
  // within the next two lines, the lines between shared too.
  const runEndFrom = new Array<number>(n + 1).fill(n);
  for (let i = n - 1; i >= 0; i--)
    runEndFrom[i] =
      sharedShort(i) && (sharedShort(i + 1) || (shared[i + 1] === true && sharedShort(i + 2)))
        ? i
        : runEndFrom[i + 1]!;
  const proseBefore = [0];
  for (let i = 0; i < n; i++) proseBefore.push(proseBefore[i]! + (prose[i] ? 1 : 0));
  const opensStory = (p: string): boolean =>
    SENTENCE_END.test(p.trim()) && wordsIn(p, STORY_OPENING_WORDS) >= STORY_OPENING_WORDS;
  const runEnd = (opening: number): number => runEndFrom[opening + 1]!;
  const opening = paragraphs.findIndex(
    (p, i) =>
      opensStory(p) && (!shared[i] || proseBefore[runEnd(i)]! - proseBefore[i]! >= RUN_MIN_PROSE),
  );
  const flags =
    opening < 0
      ? shared.map((s, i) => s && i >= HEAD_PARAGRAPHS)
      : shared.map(
          (s, i) =>
            s &&
            (i < Math.max(0, opening - HEAD_PARAGRAPHS) ||
              i >= runEnd(opening) ||
              (i > opening && !prose[i])),
        );
  const sentence = paragraphs.map(
    (p) => SENTENCE_END.test(p.trim()) && wordsIn(p, SENTENCE_MIN_WORDS) >= SENTENCE_MIN_WORDS,
  );
  const sentences = sentence.filter(Boolean).length;
  const taken = flags.filter((f, i) => f && sentence[i]).length;
  return taken > 0 && taken >= MOST_SENTENCES * sentences
    ? flags.map((f, i) => f && !sentence[i])
    : flags;
}
