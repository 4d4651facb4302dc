import { cleanArticle } from "../stages/clean/clean.js";
import { inferDates } from "../stages/date/dates.js";
import { findProvenance } from "../stages/provenance/provenance.js";
import { shareSiteNames } from "../stages/provenance/site-names.js";
import { detectReuse } from "../stages/reuse/reuse.js";
import { segmentArticle } from "../stages/segment/segment.js";
import { clusterStories } from "../stages/cluster/cluster.js";
import { findMentions, mergeEntities } from "../stages/entities/entities.js";
import { findQuotes, mergeQuotes } from "../stages/quotes/quotes.js";
import { findFigures, mergeFigures } from "../stages/figures/figures.js";
import { buildTimeline } from "../stages/timeline/timeline.js";
import { claimsAndSummaries } from "../stages/summary/summary.js";
import type { ArticleStage, CorpusStage } from "./stage.js";

/** The article-level stages, in the order they run. */
export const ARTICLE_STAGES: readonly ArticleStage[] = [
  { name: "clean", adds: ["clean", "offsets", "removed"], run: cleanArticle },
  { name: "segment", adds: ["paragraphs", "sentences", "tokens", "words"], run: segmentArticle },
  { name: "provenance", adds: ["credit", "outlet", "outletFrom", "title"], run: findProvenance },
  { name: "mentions", adds: ["mentions"], run: findMentions },
  // After mentions: a number right after a name is an age ("Ilsa Varnholt, 52,"), not a figure.
  { name: "figures", adds: ["figures"], run: findFigures },
  { name: "quotes", adds: ["quotes"], run: findQuotes },
];

/** The corpus-level stages, in the order they run, after every article has been through the above. */
export const CORPUS_STAGES: readonly CorpusStage[] = [
  // First: one site, one name, before reuse compares outlets with credits.
  { name: "site names", adds: ["articles.outlet"], run: shareSiteNames },
  { name: "reuse", adds: ["reuse", "copyGroups"], run: detectReuse },
  { name: "cluster", adds: ["stories"], run: (corpus) => clusterStories(corpus) },
  // After clustering: an undated article is read against its own story's dates.
  {
    name: "date",
    adds: ["articles.published", "articles.publishedFrom", "stories.from", "stories.to"],
    run: inferDates,
  },
  { name: "entities", adds: ["entities"], run: mergeEntities },
  { name: "story quotes", adds: ["quotes"], run: mergeQuotes },
  // After dating: expressions resolve against each article's date, stated or inferred.
  { name: "timeline", adds: ["articles.temporal", "timeline"], run: buildTimeline },
  // Groups each story's figures; copy groups make copies of one origin count once.
  { name: "story figures", adds: ["figures"], run: mergeFigures },
  // After figures and quotes: a conflicting figure or an altered quote makes a claim contested.
  // one stage: the summary is chosen from the claims stage's reading of each story
  { name: "claims", adds: ["claims", "coverage", "summaries"], run: claimsAndSummaries },
];
