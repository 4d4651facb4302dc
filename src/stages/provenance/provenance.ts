import type { AttributedArticle, SegmentedArticle } from "../../model/index.js";
import { authorFromByline } from "./author.js";
import { findCredit } from "./credit.js";
import { outletFromText, siteNameOnPage } from "./outlet.js";
import { titleFromAddress, titleFromText } from "./title.js";

/**
 * The provenance stage: which wire the text credits; the headline (the line the address spells
 * out, else one the text's opening shows), the author and the outlet's name from the text itself
 * when the container did not give them. An outlet named from the
 * address alone takes the page's own spelling of it when the page writes one the address spells
 * ("Harbour Post" for harbourpost.com).
 */
export function findProvenance(article: SegmentedArticle): AttributedArticle {
  const credit = findCredit(article);
  const title = article.title ?? titleFromAddress(article) ?? titleFromText(article);
  const author = article.author ?? authorFromByline(article);
  const base = { ...article, credit, title, author };
  if (article.outletFrom === "metadata" || article.outletFrom === "site-name") return base;
  const written = siteNameOnPage(article);
  if (written !== null) return { ...base, outlet: written, outletFrom: "text" };
  if (article.outlet !== null) return base;
  const outlet = outletFromText(article);
  return { ...base, outlet, outletFrom: outlet ? "text" : null };
}
