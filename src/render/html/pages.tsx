/**
 * Whole pages as HTML text: the single-file brief (`corroborate brief --format html`) and the
 * served UI's story page, its live fragment and the story list. All are made of the same
 * components, so a fix in one shows in all.
 */
import type { FC } from "hono/jsx";
import type { BriefJson } from "../../brief/schema.js";
import { ArticleTextsData, articleTextsChunks, textsOf, type ArticleTexts } from "./citations.js";
import { around, documentHtml, Page } from "./page.js";
import {
  SearchResults,
  StoryIndex,
  storyIndexItem,
  type SearchHit,
  type StoryIndexItem,
} from "./story-index.js";
import { StoryView } from "./story-view.js";
import { otherStoriesOf } from "../people.js";

const BriefNotes: FC<{ brief: BriefJson }> = ({ brief }) => (
  <>
    {brief.warnings.length > 0 && (
      <section>
        <h2>Input notes</h2>
        <ul>
          {brief.warnings.map((w) => (
            <li>
              {w.input}: {w.reason}
            </li>
          ))}
        </ul>
      </section>
    )}
    {brief.skipped.length > 0 && (
      <section>
        <h2>Skipped inputs</h2>
        <ul class="note">
          {brief.skipped.map((s) => (
            <li>
              {s.input}: {s.reason}
            </li>
          ))}
        </ul>
      </section>
    )}
  </>
);

/**
 * What a brief's <main> holds before the article texts, as parts rendered one at a time: the
 * index when it has several stories, every story, and its notes. `BriefMain` puts them in one
 * element; `briefHtmlChunks` writes them one by one.
 */
function* briefMainParts(brief: BriefJson, texts: ArticleTexts): Generator<unknown> {
  if (brief.stories.length > 1)
    yield (
      <nav aria-label="Stories" id="stories">
        <h1>{brief.stories.length} stories</h1>
        <StoryIndex stories={brief.stories.map((s) => storyIndexItem(s, `#${s.id}`))} />
      </nav>
    );
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const othersOf = otherStoriesOf(brief);
  for (const story of brief.stories) {
    // each story is given its own articles, not all the brief's: laying out a story then costs
    // its size, not the brief's (stories × articles was minutes at 20,000 articles)
    const own = story.articles.flatMap((id) => byId.get(id) ?? []);
    yield <StoryView story={story} articles={own} texts={texts} others={othersOf(story)} />;
    // a long page of many stories: a way back to its index after each one
    if (brief.stories.length > 1)
      yield (
        <p>
          <a href="#stories">↑ All stories</a>
        </p>
      );
  }
  if (brief.stories.length === 0) yield <p>No articles could be read.</p>;
  yield <BriefNotes brief={brief} />;
}

/** The <main> of a brief: an index when it has several stories, every story, the texts. */
const BriefMain: FC<{ brief: BriefJson }> = ({ brief }) => {
  const texts = textsOf(brief.articles);
  return (
    <main>
      {[...briefMainParts(brief, texts)]}
      <ArticleTextsData articles={brief.articles} texts={texts} />
    </main>
  );
};

const Footer: FC = () => (
  <footer>
    <small>
      Corroborate brief, schema corroborate.brief/2. Numbers in brackets are articles of a story's
      Sources table, in time order; click one to read the cited words in their article.
    </small>
  </footer>
);

const titleOf = (brief: BriefJson): string =>
  `${brief.stories.length === 1 ? brief.stories[0]!.label : brief.stories.length > 1 ? `${brief.stories.length} stories` : "No stories"} — Corroborate brief`;

/** The brief as one self-contained HTML page: no request leaves it, its script runs by hash. */
export function renderHtml(brief: BriefJson): string {
  return documentHtml(
    <Page title={titleOf(brief)}>
      <BriefMain brief={brief} />
      <Footer />
    </Page>,
  );
}

/**
 * `renderHtml(brief)` as chunks of text, the same characters in the same order: the page's
 * head, each story, and the article texts a piece at a time, so a brief of 100,000 articles is
 * written without ever being one string. The largest chunk is one story's section.
 */
export function* briefHtmlChunks(brief: BriefJson): Generator<string> {
  const texts = textsOf(brief.articles);
  const [pageStart, pageEnd] = around((hole) =>
    documentHtml(
      <Page title={titleOf(brief)}>
        {hole}
        <Footer />
      </Page>,
    ),
  );
  const [mainStart, mainEnd] = around((hole) => <main>{hole}</main>);
  yield pageStart;
  yield mainStart;
  for (const part of briefMainParts(brief, texts)) yield String(part);
  yield* articleTextsChunks(brief.articles, texts);
  yield mainEnd;
  yield pageEnd;
}

/**
 * A served story page. `brief`: the story's brief (one story, its articles with their texts);
 * `nonce`: this response's CSP nonce; `eventsUrl`: server-sent events whose `brief` events
 * (data `{"story": id, "version": n}`) make the page fetch `location.pathname + "?fragment=1"`
 * (answer it with `renderStoryFragment`) and swap its <main> in place. `listHref`: a link back
 * to the story list.
 */
export function renderStoryPage(options: {
  brief: BriefJson;
  nonce: string;
  eventsUrl?: string;
  listHref?: string;
}): string {
  const { brief, nonce, eventsUrl, listHref } = options;
  return documentHtml(
    <Page title={titleOf(brief)} nonce={nonce} live={eventsUrl}>
      {listHref && (
        <nav>
          <a href={listHref}>← All stories</a>
        </nav>
      )}
      <BriefMain brief={brief} />
      <Footer />
    </Page>,
  );
}

/** Just the <main> element of `renderStoryPage`, for the live update. */
export function renderStoryFragment(options: { brief: BriefJson }): string {
  return String(<BriefMain brief={options.brief} />);
}

/**
 * The served story list. `stories`: the page of stories (each with its `href`); `query`: the
 * search box's text; `hits`: search results for it, shown above the stories; `pageLinks`:
 * previous/next page URLs; `nonce`: this response's CSP nonce. The search form GETs the same
 * path with `q`.
 */
export function renderStoryListPage(options: {
  stories: readonly StoryIndexItem[];
  nonce: string;
  query?: string;
  hits?: readonly SearchHit[];
  pageLinks?: { prev?: string; next?: string };
}): string {
  const { stories, nonce, query, hits, pageLinks } = options;
  return documentHtml(
    <Page title="Stories — Corroborate" nonce={nonce}>
      <main>
        <h1>Stories</h1>
        <form class="search" method="get" role="search">
          <label for="q">Search articles</label>
          <input id="q" name="q" type="search" value={query ?? ""} />
          <button type="submit">Search</button>
        </form>
        {hits && (
          <section>
            <h2>Articles matching “{query ?? ""}”</h2>
            <SearchResults hits={hits} />
          </section>
        )}
        <StoryIndex stories={stories} />
        {(pageLinks?.prev || pageLinks?.next) && (
          <nav aria-label="Pages">
            {pageLinks.prev && (
              <a href={pageLinks.prev} rel="prev">
                ← Newer
              </a>
            )}{" "}
            {pageLinks.next && (
              <a href={pageLinks.next} rel="next">
                Older →
              </a>
            )}
          </nav>
        )}
      </main>
    </Page>,
  );
}
