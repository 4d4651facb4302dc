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
import { readTemporal } from "../stages/temporal/temporal.js";
import { findClaims } from "../stages/claims/claims.js";
import { summarizeStories } from "../stages/summary/summary.js";
import {
  articleStage,
  checkStages,
  corpusStage,
  type ArticleStage,
  type CorpusStage,
} from "./stage.js";

// What an article holds after each of the first stages; a later stage that reads an article of
// that type needs all of it. How to add a stage: see stage.ts.
const CLEANED = ["clean", "offsets", "removed"] as const;
const SEGMENTED = [...CLEANED, "paragraphs", "sentences", "tokens", "words"] as const;
const ATTRIBUTED = [...SEGMENTED, "credit"] as const;
const TIMED = [...ATTRIBUTED, "timexes"] as const;
const ANALYSED = [...TIMED, "mentions"] as const;

/** The article-level stages, in the order they run. */
export const ARTICLE_STAGES: readonly ArticleStage[] = [
  articleStage("clean", [], CLEANED, cleanArticle),
  articleStage("segment", CLEANED, ["paragraphs", "sentences", "tokens", "words"], segmentArticle),
  articleStage(
    "provenance",
    SEGMENTED,
    ["credit", "outlet", "outletFrom", "title", "author"],
    findProvenance,
  ),
  // One reading of dates and times, for dating, quotes and the timeline.
  articleStage("temporal", ATTRIBUTED, ["timexes"], readTemporal),
  articleStage("mentions", TIMED, ["mentions"], findMentions),
  // Needs mentions: a number right after a name is an age ("Ilsa Varnholt, 52,"), not a figure.
  articleStage("figures", ANALYSED, ["figures"], findFigures),
  articleStage("quotes", ANALYSED, ["quotes"], findQuotes),
];

/** The corpus-level stages, in the order they run, after every article has been through the above. */
export const CORPUS_STAGES: readonly CorpusStage[] = [
  // One site, one name, before reuse compares outlets with credits.
  corpusStage(
    "site names",
    ["articles.outlet"],
    ["articles.outlet", "articles.outletFrom"],
    shareSiteNames,
  ),
  corpusStage(
    "reuse",
    ["articles.sentences", "articles.credit", "articles.outlet"],
    ["reuse", "copyGroups"],
    detectReuse,
  ),
  corpusStage("cluster", ["reuse", "articles.mentions"], ["stories"], (corpus) =>
    clusterStories(corpus),
  ),
  // An undated article is read against its own story's dates.
  corpusStage(
    "date",
    ["stories", "articles.timexes"],
    ["articles.published", "articles.publishedFrom", "articles.dateEstimate", "stories"],
    inferDates,
  ),
  corpusStage("entities", ["stories", "articles.mentions"], ["entities", "people"], mergeEntities),
  corpusStage(
    "story quotes",
    ["stories", "entities", "reuse", "articles.quotes"],
    ["quotes"],
    mergeQuotes,
  ),
  // Expressions resolve against each article's date, stated or inferred.
  corpusStage(
    "timeline",
    ["stories", "articles.published", "articles.timexes"],
    ["articles.temporal", "timeline"],
    buildTimeline,
  ),
  // Copy groups make copies of one origin count once.
  corpusStage(
    "story figures",
    ["stories", "copyGroups", "articles.figures"],
    ["figures"],
    mergeFigures,
  ),
  // A conflicting figure or an altered quote makes a claim contested.
  corpusStage(
    "claims",
    ["stories", "copyGroups", "figures", "quotes"],
    ["claims", "coverage", "readings"],
    (corpus) => findClaims(corpus),
  ),
  // The summary chooses among the sentences as the claims stage read them.
  corpusStage(
    "summary",
    ["stories", "readings", "claims", "copyGroups"],
    ["summaries"],
    summarizeStories,
  ),
];

checkStages(ARTICLE_STAGES, CORPUS_STAGES);
