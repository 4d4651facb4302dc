import type { BriefArticle, BriefStory, FigureJson } from "../brief/schema.js";
import { cell } from "./markdown-text.js";
import { truncate } from "./text.js";

/** Figures shown in the brief: conflicting ones first, then the most sourced; the rest are in the JSON. */
export const FIGURES_SHOWN = 25;

const AGREEMENT_ORDER = { conflicting: 0, consistent: 1, single: 2 } as const;

/** The story's figures in the order the brief shows them. */
export function shownFigures(story: BriefStory): FigureJson[] {
  return [...(story.figures ?? [])]
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        AGREEMENT_ORDER[a.f.agreement] - AGREEMENT_ORDER[b.f.agreement] ||
        b.f.independentSources - a.f.independentSources ||
        a.i - b.i,
    )
    .map(({ f }) => f)
    .slice(0, FIGURES_SHOWN);
}

/** One row's cells: the figure as written, what it measures, outlets, sources, agreement. */
export function figureCells(f: FigureJson, byId: ReadonlyMap<string, BriefArticle>): string[] {
  const outlets = [
    ...new Set(f.occurrences.map((o) => byId.get(o.article)?.outlet ?? o.article)),
  ].join(", ");
  const agreement = f.agreement === "conflicting" ? "**conflicting**" : f.agreement;
  return [
    f.text.replace(/\s+/g, " "),
    truncate(f.about || f.unit, 70),
    outlets,
    String(f.independentSources),
    agreement,
  ];
}

/** "Figures": a table of figures with their agreement across independent sources. */
export function figuresMarkdown(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
): string[] {
  const shown = shownFigures(story);
  if (shown.length === 0) return [];
  const out = ["## Figures", ""];
  out.push(
    "| Figure | What it measures | Outlets | Independent sources | Agreement |",
    "|---|---|---|---:|---|",
  );
  for (const f of shown) out.push(`| ${figureCells(f, byId).map(cell).join(" | ")} |`);
  const more = (story.figures?.length ?? 0) - shown.length;
  if (more > 0) out.push("", `… ${more} more in the JSON brief.`);
  out.push("");
  return out;
}
