import type { Article, Corpus } from "../../model/index.js";
import type { Figure, StoryFigure } from "../../model/figure.js";
import { findAmounts, type RawFigure } from "./02-amounts.js";
import { aboutOf, aboutStems, contextOf, subjectOf } from "./04-about.js";
import { storyFigures } from "./05-agreement.js";

/**
 * Counts of the sources a report cites ("two people familiar with the talks", "three government
 * sources") say who spoke, not what happened: not figures.
 */
const ATTRIBUTION =
  /^(?:[a-z]+ )?sources\b|^(?:people|officials|persons) (?:with knowledge|familiar|briefed|close to)/;

/**
 * At most this many figures of one article are read. A news article holds tens; thousands are a
 * table or a data dump, whose figures a brief cannot judge one by one, and grouping them by what
 * they measure compares each with the groups before it (quadratic). What is left out is said.
 */
export const MAX_FIGURES_PER_ARTICLE = 2000;

/** Every amount in an article's clean text, before any is read for what it measures. */
function amountsOf(article: Article): RawFigure[] {
  const nameEnds = new Set<number>();
  for (const m of article.mentions) if (m.type === "person") nameEnds.add(m.end);
  return findAmounts(
    article.clean,
    article.paragraphs.map((p) => p.start),
    nameEnds,
  );
}

/** The figures of one article's clean text, with what each measures. */
export function articleFigures(
  article: Article,
  raw: readonly RawFigure[] = amountsOf(article).slice(0, MAX_FIGURES_PER_ARTICLE),
): Figure[] {
  const { clean, sentences, mentions } = article;
  const out: Figure[] = [];
  let s = 0;
  for (const f of raw) {
    while (s + 1 < sentences.length && (sentences[s + 1]!.start as number) <= f.start) s++;
    const sentence = sentences[s] ?? { start: 0, end: clean.length, paragraph: 0 };
    const about = aboutOf(clean, f, sentence);
    if (ATTRIBUTION.test(about)) continue;
    out.push({
      start: f.start,
      end: f.end,
      kind: f.kind,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      text: clean.slice(f.start, f.end),
      precision: f.precision,
      conversion: f.conversion,
      about,
      aboutStems: aboutStems(about, f.unit),
      subject: subjectOf(mentions, f, sentence),
      context: contextOf(clean, f, sentence),
      sentence: s,
    });
  }
  return out;
}

/** Article stage: adds `figures`. */
export function findFigures(article: Article): Article {
  const raw = amountsOf(article);
  const figures = articleFigures(article, raw.slice(0, MAX_FIGURES_PER_ARTICLE));
  if (raw.length <= MAX_FIGURES_PER_ARTICLE) return { ...article, figures };
  const limit = `figures: only the first ${MAX_FIGURES_PER_ARTICLE} of ${raw.length} numbers read`;
  return { ...article, figures, limits: [...(article.limits ?? []), limit] };
}

/** Corpus stage: each story's figures grouped by what they measure and judged for agreement. */
export function mergeFigures(corpus: Corpus): Corpus {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const figures: StoryFigure[] = [];
  for (const story of corpus.stories) {
    const articles = story.articles.map((id) => byId.get(id)).filter((a): a is Article => !!a);
    figures.push(...storyFigures(story, articles, corpus.copyGroups ?? []));
  }
  return { ...corpus, figures };
}
