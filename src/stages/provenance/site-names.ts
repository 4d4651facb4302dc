import type { Article, CorpusDraft } from "../../model/index.js";
import { siteOfUrl } from "../../sites/outlet-name.js";

/**
 * The corpus stage that gives one site one name: where the outlet of some of a site's articles
 * is named as their pages spell it ("Los Angeles Harbour Post", read where the address spells it)
 * and others only from the address ("LA Harbour Post"), the address-only ones take the pages'
 * spelling, the most common first. Names from metadata or a page's site name are left alone.
 */
export function shareSiteNames<C extends CorpusDraft>(corpus: C): C {
  const spelt = new Map<string, Map<string, number>>();
  const siteOf = new Map<string, string>();
  for (const a of corpus.articles) {
    if (a.outletFrom !== "text" && a.outletFrom !== "url") continue;
    const site = siteOfUrl(a.url);
    if (!site) continue;
    siteOf.set(a.id, site.domain);
    if (a.outletFrom !== "text" || a.outlet === null) continue;
    const names = spelt.get(site.domain) ?? new Map<string, number>();
    names.set(a.outlet, (names.get(a.outlet) ?? 0) + 1);
    spelt.set(site.domain, names);
  }
  const best = new Map<string, string>();
  for (const [domain, names] of spelt) {
    const [name] = [...names].reduce((x, y) => (y[1] > x[1] ? y : x));
    best.set(domain, name);
  }
  if (best.size === 0) return corpus;
  const articles = corpus.articles.map((a): Article => {
    const domain = siteOf.get(a.id);
    const name = domain === undefined ? undefined : best.get(domain);
    return a.outletFrom === "url" && name !== undefined ? { ...a, outlet: name } : a;
  });
  return { ...corpus, articles };
}
