/**
 * One story's full page body, the sections in the order an editor reads them: header,
 * warnings, summary, key claims, who said what, figures, timeline, who copied whom, coverage,
 * people and organisations, sources.
 */
import type { FC } from "hono/jsx";
import type { BriefArticle, BriefStory } from "../../brief/schema.js";
import { Claims, Entities, Figures, StoryHeader, Summary, Warnings } from "./basic-sections.js";
import type { ArticleTexts, Citing } from "./citations.js";
import { Coverage } from "./coverage.js";
import { Reuse } from "./provenance.js";
import { Quotes } from "./quotes.js";
import { sourcesInTimeOrder } from "./source-order.js";
import { Sources } from "./sources.js";
import { Timeline } from "./timeline.js";
import type { NamedElsewhere } from "../people.js";

/**
 * Props: `story` (one story of a `corroborate.brief/2` JSON), `articles` (the brief's articles,
 * at least this story's), `texts` (article id → the article's text as read; citations of
 * articles without one stay plain text). Put `ArticleTextsData` once on the page for the reader.
 */
export const StoryView: FC<{
  story: BriefStory;
  articles: readonly BriefArticle[];
  texts: ArticleTexts;
  /** The story's people named in other stories of the brief, with those stories. */
  others?: readonly NamedElsewhere[];
}> = ({ story, articles, texts, others }) => {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = sourcesInTimeOrder(story, byId);
  const citing: Citing = {
    texts,
    number: (id) => {
      const i = order.indexOf(id);
      return i === -1 ? null : i + 1;
    },
  };
  return (
    <section class="story" id={story.id}>
      <StoryHeader story={story} />
      <Warnings story={story} byId={byId} />
      <Summary story={story} byId={byId} citing={citing} />
      <Claims story={story} byId={byId} citing={citing} />
      <Quotes story={story} byId={byId} citing={citing} />
      <Figures story={story} byId={byId} citing={citing} />
      <Timeline story={story} byId={byId} citing={citing} />
      <Reuse story={story} byId={byId} citing={citing} />
      <Coverage story={story} byId={byId} />
      <Entities story={story} byId={byId} others={others} />
      <Sources story={story} byId={byId} />
    </section>
  );
};
