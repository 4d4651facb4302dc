/** Lists of stories and of search hits, for the multi-story brief and the served list page. */
import type { FC } from "hono/jsx";
import type { BriefStory } from "../../brief/schema.js";
import { dateRange, plural } from "../text.js";

/** One story in a list; `href` is where its label links to (an anchor or a page). */
export type StoryIndexItem = {
  readonly href: string;
  readonly label: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly outlets: number;
  readonly articles: number;
  readonly independentSources: number;
  readonly warnings: number;
};

/** The list item of a story of a brief. */
export const storyIndexItem = (story: BriefStory, href: string): StoryIndexItem => ({
  href,
  label: story.label,
  from: story.from,
  to: story.to,
  outlets: story.outlets.length,
  articles: story.articles.length,
  independentSources: story.independentSources,
  warnings: story.warnings.length,
});

/** Props: `stories`, each with its `href`. */
export const StoryIndex: FC<{ stories: readonly StoryIndexItem[] }> = ({ stories }) =>
  stories.length === 0 ? (
    <p>No stories.</p>
  ) : (
    <ol class="story-index">
      {stories.map((s) => (
        <li>
          <a href={s.href}>{s.label}</a>
          <br />
          <small>
            {dateRange(s.from, s.to)} · {plural(s.outlets, "outlet")} ·{" "}
            {plural(s.articles, "article")} · {plural(s.independentSources, "independent source")}
            {s.warnings > 0 && ` · ${plural(s.warnings, "warning")}`}
          </small>
        </li>
      ))}
    </ol>
  );

/** A piece of a search snippet; `match` marks the words the query matched. */
export type SnippetSegment = { readonly text: string; readonly match: boolean };

/** One search hit: the article's title linking to `href`, its outlet, and a snippet. */
export type SearchHit = {
  readonly href: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly published?: string | null;
  readonly snippet: readonly SnippetSegment[];
};

/** Props: `hits`, best first. */
export const SearchResults: FC<{ hits: readonly SearchHit[] }> = ({ hits }) =>
  hits.length === 0 ? (
    <p>No articles match.</p>
  ) : (
    <ol class="hits">
      {hits.map((h) => (
        <li>
          <a href={h.href}>{h.title}</a>{" "}
          <small>
            {h.outlet ?? "unknown outlet"}
            {h.published && ` · ${h.published}`}
          </small>
          <br />
          {h.snippet.map((s) => (s.match ? <mark>{s.text}</mark> : s.text))}
        </li>
      ))}
    </ol>
  );
