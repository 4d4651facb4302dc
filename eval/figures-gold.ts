import type { Corpus, Figure, StoryFigure } from "../src/model/index.js";
import { share, type Share } from "./gold-checks.js";

/** A gold figure as both gold files write it. */
export type GoldFigure = {
  articles: string[];
  value: number;
  unit: string;
  qualifier?: string | null;
  about: string;
  surface: string;
  agreement?: string;
  note?: string;
};

/**
 * Every gold figure is checked. Ages written after a name ("Graham Osk, 71") are not read yet
 * (two people's ages would be compared as one figure), so they count as misses.
 */
export const isFigure = (g: GoldFigure): boolean => g.unit.length > 0;

const head = (unit: string): string => unit.slice(unit.lastIndexOf(" ") + 1).toLowerCase();
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 1e-9;

/** Our figure in `article` with the gold value, unit (or its head noun) and qualifier. */
export function figureFor(
  corpus: Corpus,
  g: GoldFigure,
  articleKey: string,
  keyOf: (id: string) => string,
): { article: string; figure: Figure } | null {
  for (const a of corpus.articles) {
    if (keyOf(a.id) !== articleKey) continue;
    for (const f of a.figures ?? []) {
      if (!sameValue(f.value, g.value)) continue;
      if (f.unit !== g.unit && head(f.unit) !== head(g.unit)) continue;
      if (f.qualifier !== (g.qualifier ?? null)) continue;
      return { article: a.id, figure: f };
    }
  }
  return null;
}

/** The story figure holding an article's figure. */
export function storyFigureOf(corpus: Corpus, article: string, f: Figure): StoryFigure | undefined {
  return corpus.figures?.find((s) =>
    s.occurrences.some((o) => o.article === article && s.value === f.value),
  );
}

/** Gold figures found in each of their articles with the right value, unit and qualifier. */
export function figuresFound(
  corpus: Corpus,
  gold: readonly GoldFigure[],
  keyOf: (id: string) => string,
): Share {
  return share(
    gold.filter(isFigure).flatMap((g) =>
      g.articles.map((key) => ({
        ok: figureFor(corpus, g, key, keyOf) !== null,
        what: `${key}: ${g.surface} (${g.value} ${g.unit}${g.qualifier ? `, ${g.qualifier}` : ""})`,
      })),
    ),
  );
}

/** Gold figures with an agreement, found and judged as gold judges them. */
export function agreementRight(
  corpus: Corpus,
  gold: readonly GoldFigure[],
  keyOf: (id: string) => string,
): Share {
  return share(
    gold
      .filter((g) => isFigure(g) && g.agreement)
      .flatMap((g) =>
        g.articles.map((key) => {
          const found = figureFor(corpus, g, key, keyOf);
          const ours = found ? storyFigureOf(corpus, found.article, found.figure) : undefined;
          return {
            ok: ours?.agreement === g.agreement,
            what: `${key}: ${g.surface} is ${ours?.agreement ?? "not found"}, gold ${g.agreement}`,
          };
        }),
      ),
  );
}

/**
 * Pairs the gold calls consistent in a note ("consistent with 000's $65.9 billion"): both found,
 * in one group, and both judged consistent.
 */
export function consistentPairs(
  corpus: Corpus,
  gold: readonly GoldFigure[],
  keyOf: (id: string) => string,
): Share {
  const NOTE = /consistent with (\w+)'s (.+)$/;
  return share(
    gold.flatMap((g) => {
      const m = g.note ? NOTE.exec(g.note) : null;
      if (!m) return [];
      const other = gold.find((o) => o.articles.includes(m[1]!) && o.surface === m[2]);
      const mine = figureFor(corpus, g, g.articles[0]!, keyOf);
      const theirs = other ? figureFor(corpus, other, m[1]!, keyOf) : null;
      const a = mine ? storyFigureOf(corpus, mine.article, mine.figure) : undefined;
      const b = theirs ? storyFigureOf(corpus, theirs.article, theirs.figure) : undefined;
      return [
        {
          ok:
            !!a &&
            !!b &&
            a.group === b.group &&
            a.agreement === "consistent" &&
            b.agreement === "consistent",
          what: `${g.surface} / ${m[2]}: ${a?.agreement ?? "missing"} / ${b?.agreement ?? "missing"}`,
        },
      ];
    }),
  );
}
