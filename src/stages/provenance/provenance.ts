import type { Article } from "../../model/index.js";
import { findCredit } from "./credit.js";
import { outletFromText } from "./outlet.js";
import { titleFromText } from "./title.js";

/**
 * The provenance stage: which wire the text credits, and the outlet's name and the headline from
 * the text itself when the container did not give them.
 */
export function findProvenance(article: Article): Article {
  const credit = findCredit(article);
  const title = article.title ?? titleFromText(article);
  if (article.outlet !== null) return { ...article, credit, title };
  const outlet = outletFromText(article);
  return { ...article, credit, title, outlet, outletFrom: outlet ? "text" : null };
}
