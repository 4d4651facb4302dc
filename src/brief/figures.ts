import type { Article, Corpus, Story } from "../model/index.js";
import type { FigureJson, WarningJson } from "./schema.js";
import { spanRef } from "./span-ref.js";

/** The story's figures for the JSON brief: conflicting first, then by independent sources. */
export function storyFiguresJson(story: Story, corpus: Corpus): FigureJson[] | undefined {
  if (!corpus.figures) return undefined;
  return corpus.figures
    .filter((f) => f.story === story.id)
    .map((f) => ({
      id: f.id,
      group: f.group,
      kind: f.kind,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      about: f.about,
      subject: f.subject,
      text: f.occurrences[0]?.text ?? "",
      conversion: f.conversion ? { value: f.conversion.value, unit: f.conversion.unit } : null,
      occurrences: f.occurrences.map(spanRef),
      independentSources: f.independentSources,
      agreement: f.agreement,
      conflictsWith: [...f.conflictsWith],
    }));
}

const outletOf = (id: string, byId: Map<string, Article>): string => byId.get(id)?.outlet ?? id;

/** One warning per group of figures that disagree: "about 1,200 people (A, B) vs About 1,500 people (C)". */
export function conflictingFigureWarnings(
  figures: readonly FigureJson[] | undefined,
  byId: Map<string, Article>,
): WarningJson[] {
  if (!figures) return [];
  const groups = new Map<string, FigureJson[]>();
  for (const f of figures) {
    if (f.agreement !== "conflicting") continue;
    const g = groups.get(f.group);
    if (g) g.push(f);
    else groups.set(f.group, [f]);
  }
  return [...groups.values()].map((g) => {
    const articles = [...new Set(g.flatMap((f) => f.occurrences.map((o) => o.article)))];
    const readings = g.map((f) => {
      const outlets = [...new Set(f.occurrences.map((o) => outletOf(o.article, byId)))];
      return `“${f.text}” (${outlets.join(", ")})`;
    });
    return {
      kind: "conflicting-figures" as const,
      message: `Figures disagree on ${g[0]!.about || g[0]!.unit}: ${readings.join(" vs ")}.`,
      articles,
    };
  });
}
