import { cleanArticle } from "../stages/clean/clean.js";
import { inferDates } from "../stages/date/dates.js";
import { findProvenance } from "../stages/provenance/provenance.js";
import { detectReuse } from "../stages/reuse/reuse.js";
import { segmentArticle } from "../stages/segment/segment.js";
import { clusterStories } from "../stages/cluster/cluster.js";
import { findMentions, mergeEntities } from "../stages/entities/entities.js";
import type { ArticleStage, CorpusStage } from "./stage.js";

/** The article-level stages, in the order they run. */
export const ARTICLE_STAGES: readonly ArticleStage[] = [
  { name: "clean", adds: ["clean", "offsets", "removed"], run: cleanArticle },
  { name: "segment", adds: ["paragraphs", "sentences", "tokens", "words"], run: segmentArticle },
  { name: "provenance", adds: ["credit", "outlet", "outletFrom", "title"], run: findProvenance },
  { name: "mentions", adds: ["mentions"], run: findMentions },
];

/** The corpus-level stages, in the order they run, after every article has been through the above. */
export const CORPUS_STAGES: readonly CorpusStage[] = [
  { name: "reuse", adds: ["reuse", "copyGroups"], run: detectReuse },
  { name: "cluster", adds: ["stories"], run: (corpus) => clusterStories(corpus) },
  // After clustering: an undated article is read against its own story's dates.
  {
    name: "date",
    adds: ["articles.published", "articles.publishedFrom", "stories.from", "stories.to"],
    run: inferDates,
  },
  { name: "entities", adds: ["entities"], run: mergeEntities },
];
