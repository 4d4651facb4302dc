/**
 * The temporal stage: the one reading of an article's dates and times. The corpus date stage
 * reads its dates and weekdays to date an undated article, the quotes stage says when words were
 * spoken, and the timeline resolves every expression against the article's date.
 */
import type { AttributedArticle, TimedArticle } from "../../model/index.js";
import { findTemporal } from "./01-find.js";

export function readTemporal(article: AttributedArticle): TimedArticle {
  return { ...article, timexes: findTemporal(article.clean) };
}
