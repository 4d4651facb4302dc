import type { Corpus, Skip } from "../../model/index.js";
import type { BriefJson } from "../../render/schema.js";

/** The brief of an analysed corpus, as the JSON contract lays it out. */
export function briefOf(corpus: Corpus, warnings: readonly Skip[] = []): BriefJson {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  return {
    schema: "corroborate.brief/1",
    articles: corpus.articles.map((a) => ({
      id: a.id,
      source: a.source,
      format: a.format,
      url: a.url,
      outlet: a.outlet,
      outletFrom: a.outletFrom,
      title: a.title,
      author: a.author,
      published: a.published,
      publishedFrom: a.publishedFrom,
      credit: a.credit,
      words: a.words,
      removed: a.removed.map((r) => ({
        text: r.text,
        reason: r.reason,
        start: r.start,
        end: r.end,
      })),
    })),
    skipped: corpus.skipped.map((s) => ({ input: s.input, reason: s.reason })),
    warnings: warnings.map((w) => ({ input: w.input, reason: w.reason })),
    stories: corpus.stories.map((s) => ({
      id: s.id,
      label: s.label,
      articles: [...s.articles],
      from: s.from,
      to: s.to,
      outlets: [
        ...new Set(s.articles.map((id) => byId.get(id)?.outlet).filter((o): o is string => !!o)),
      ].sort(),
    })),
  };
}
