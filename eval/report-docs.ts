/**
 * Result tables in the docs are written by `npm run eval -- --docs`, never pasted: the whole table
 * goes to docs/evaluation.md, and the README's evaluation section holds the rows of the datasets
 * it names between two marker comments.
 */

/** One measured figure as the evaluation prints it. */
export type ReportRow = {
  readonly key: string;
  readonly dataset: string;
  readonly metric: string;
  readonly score: number | null;
  readonly detail: string;
  readonly reference: string;
};

/** A cell may hold any text: pipes and line breaks would break the table. */
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

/** The rows as a Markdown table: dataset, metric, score, reference, floor, detail. */
export function markdownTable(
  rows: readonly ReportRow[],
  floors: Readonly<Record<string, number>>,
  ceilings: ReadonlySet<string>,
  detailLength = 90,
): string {
  const head = "| dataset | metric | score | best published / reference | floor | detail |";
  const rule = "| --- | --- | ---: | --- | ---: | --- |";
  const body = rows.map((r) => {
    const floor = floors[r.key];
    const bound = floor === undefined ? "" : `${ceilings.has(r.key) ? "≤ " : ""}${floor}`;
    const detail =
      r.detail.length > detailLength ? `${r.detail.slice(0, detailLength)}…` : r.detail;
    return `| ${[
      r.dataset,
      r.metric,
      r.score === null ? "—" : r.score.toFixed(3),
      r.reference,
      bound,
      detail,
    ]
      .map(cell)
      .join(" | ")} |`;
  });
  return [head, rule, ...body].join("\n");
}

/**
 * Replaces what stands between `<!-- name:start -->` and `<!-- name:end -->` with `content`.
 * Throws when the markers are missing, so a renamed section is noticed instead of skipped.
 */
export function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`no "${start}" … "${end}" block to replace`);
  return `${text.slice(0, i + start.length)}\n${content}\n${text.slice(j)}`;
}
