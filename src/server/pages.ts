/**
 * The web UI's pages on the store: the story list (with search) at `/` and a story page at
 * `/stories/{id}`, rendered on the server by the components that render the single-file brief
 * (src/render/html). Each answer gets its own CSP nonce, so only the page's own script runs; a
 * story page listens to the story's event stream and swaps in its new version (`?fragment=1`)
 * without a reload.
 */
import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import {
  contentSecurityPolicy,
  renderStoryFragment,
  renderStoryListPage,
  renderStoryPage,
  type SearchHit,
  type StoryIndexItem,
} from "../render/html/index.js";
import { storedStoryBrief, storeIdOfStory, storyIdOf } from "../service/store-brief.js";
import type { Store } from "../store/open.js";
import { searchArticles } from "../store/search.js";
import { listStories, type ListedStory } from "../store/story-listing.js";
import { mergedInto, storiesOfArticles } from "../store/stories.js";
import type { ApiApp } from "./app.js";
import { ProblemError } from "./problem.js";
import { SNIPPET_MARKS, snippetSegments } from "./snippet.js";

/** Stories on one page of the list. */
export const STORIES_PER_PAGE = 50;
/** Search hits shown above the list. */
const HITS_SHOWN = 20;
/** The longest search text taken (the API's limit too). */
const MAX_QUERY = 500;
/** Pages beyond this are refused: an offset that deep is a crawler, not a reader. */
const MAX_PAGE = 2000;

const newNonce = (): string => randomBytes(16).toString("base64");

const storyHref = (storeId: string): string => `/stories/${storyIdOf(storeId)}`;

const indexItem = (s: ListedStory): StoryIndexItem => ({
  href: storyHref(s.id),
  label: s.label,
  from: s.from,
  to: s.to,
  outlets: s.outlets.length,
  articles: s.articles,
  independentSources: s.independentSources,
  warnings: s.warnings,
});

/** An HTML answer with this response's policy (the API's default policy forbids any script). */
function htmlAnswer(c: Context, html: string, nonce: string, status: 200 | 404 = 200): Response {
  // frame-ancestors works only as a header (not in the page's meta policy): no framing, no
  // clickjacking of the reader.
  c.header("Content-Security-Policy", `${contentSecurityPolicy(nonce)}; frame-ancestors 'none'`);
  c.header("Cache-Control", "no-store");
  return c.html(html, status);
}

/** `?page=`: a whole number from 1; anything else is a bad request, not a silent first page. */
function pageNumber(text: string | undefined): number {
  if (text === undefined) return 1;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE)
    throw new ProblemError(400, `page: expected a whole number from 1 to ${MAX_PAGE}`);
  return n;
}

/** Search hits linked to their story's page (an article not yet in a story links to its data). */
async function searchHits(store: Store, query: string): Promise<SearchHit[]> {
  const hits = await searchArticles(store, query, { limit: HITS_SHOWN, marks: SNIPPET_MARKS });
  const storyOf = await storiesOfArticles(
    store,
    hits.map((h) => h.id),
  );
  return hits.map((h) => {
    const story = storyOf.get(h.id);
    return {
      href: story === undefined ? `/api/articles/${h.id}` : storyHref(story),
      title: h.title ?? "(untitled)",
      outlet: h.outlet,
      snippet: snippetSegments(h.headline),
    };
  });
}

/** Mounts the pages on the app, reading from `store`. */
export function pageRoutes(store: Store): (app: ApiApp) => void {
  return (app) => {
    app.get("/", async (c) => {
      const query = c.req.query("q")?.trim().slice(0, MAX_QUERY) || undefined;
      const page = pageNumber(c.req.query("page"));
      const listed = await listStories(store, {
        sort: "newest",
        limit: STORIES_PER_PAGE,
        offset: (page - 1) * STORIES_PER_PAGE,
        ...(query === undefined ? {} : { q: query }),
      });
      const link = (n: number): string => {
        const params = new URLSearchParams();
        if (query !== undefined) params.set("q", query);
        if (n > 1) params.set("page", String(n));
        const text = params.toString();
        return text ? `/?${text}` : "/";
      };
      const nonce = newNonce();
      const html = renderStoryListPage({
        stories: listed.stories.map(indexItem),
        nonce,
        ...(query === undefined ? {} : { query, hits: await searchHits(store, query) }),
        pageLinks: {
          ...(page > 1 ? { prev: link(page - 1) } : {}),
          ...(listed.next !== null ? { next: link(page + 1) } : {}),
        },
      });
      return htmlAnswer(c, html, nonce);
    });

    app.get("/stories/:id", async (c) => {
      const id = c.req.param("id");
      if (storeIdOfStory(id) === null)
        throw new ProblemError(400, "id: expected a story id such as story-17");
      const found = await storedStoryBrief(store, id);
      if (found === null) {
        // a story the re-clustering merged into another: its link leads to where its articles are
        const into = await mergedInto(store, storeIdOfStory(id)!);
        if (into !== null) return c.redirect(storyHref(into), 301);
        throw new ProblemError(404, `no story ${id} with a brief`);
      }
      const brief = found.brief;
      const nonce = newNonce();
      if (c.req.query("fragment") === "1")
        return htmlAnswer(c, renderStoryFragment({ brief }), nonce);
      const html = renderStoryPage({
        brief,
        nonce,
        eventsUrl: `/api/stories/${encodeURIComponent(id)}/events`,
        listHref: "/",
      });
      return htmlAnswer(c, html, nonce);
    });
  };
}
