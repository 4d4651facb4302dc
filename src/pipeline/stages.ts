import { cleanArticle } from "../stages/clean/clean.js";
import { inferDates } from "../stages/date/dates.js";
import { findProvenance } from "../stages/provenance/provenance.js";
import { detectReuse } from "../stages/reuse/reuse.js";
import { segmentArticle } from "../stages/segment/segment.js";
import { oneStory } from "../stages/story/one-story.js";
import type { ArticleStage, CorpusStage } from "./stage.js";

/** The article-level stages, in the order they run. */
export const ARTICLE_STAGES: readonly ArticleStage[] = [
  { name: "clean", adds: ["clean", "offsets", "removed"], run: cleanArticle },
  { name: "segment", adds: ["paragraphs", "sentences", "tokens", "words"], run: segmentArticle },
  { name: "provenance", adds: ["credit", "outlet", "outletFrom", "title"], run: findProvenance },
];

/** The corpus-level stages, in the order they run, after every article has been through the above. */
export const CORPUS_STAGES: readonly CorpusStage[] = [
  { name: "date", adds: ["articles.published", "articles.publishedFrom"], run: inferDates },
  { name: "reuse", adds: ["reuse", "copyGroups"], run: detectReuse },
  { name: "story", adds: ["stories"], run: oneStory },
];
