import type { Article, Corpus, TimedArticle } from "../../model/index.js";
import { articleMentions } from "./03-article-entities.js";
import { storyEntities } from "./04-story-entities.js";
import { peopleAcrossStories } from "./05-people.js";

/** The article stage: people, organisations and places named in the clean text. */
export function findMentions(article: TimedArticle): Article {
  return { ...article, mentions: articleMentions(article) };
}

/**
 * The corpus stage: each story's entities, with aliases merged across its articles, and the
 * people named in more than one story.
 */
export function mergeEntities(corpus: Corpus): Corpus {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const entities = corpus.stories.flatMap((s) =>
    storyEntities(
      s,
      s.articles.map((id) => byId.get(id)!),
    ),
  );
  return { ...corpus, entities, people: peopleAcrossStories(entities) };
}
