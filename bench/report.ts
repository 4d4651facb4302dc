/**
 * What a benchmark run says beside an earlier one (`--compare`), and the table it writes into
 * docs/benchmarks.md (`--docs`), so the documented figures are the tool's, not pasted.
 */
import { readFile, writeFile } from "node:fs/promises";
import { format } from "prettier";
import type { Row } from "./measure.js";

/** The part of a results file (`bench/out/results.json`) a comparison reads. */
type SavedRun = {
  readonly schema: string;
  readonly startedAt: string;
  readonly rows: readonly Row[];
};

/** One stage measured in both runs. */
export type StageComparison = {
  readonly corpus: string;
  readonly stage: string;
  readonly before: number;
  readonly after: number;
  /** After over before, in articles a second: above 1 is faster. */
  readonly speedup: number;
  /**
   * The same on each run's own baseline (time per article over a bare read-and-hash pass in the
   * same run), which cancels most of the difference between machines or a busy and a quiet one.
   */
  readonly baselineSpeedup: number | null;
};

/** Reads an earlier results file; a one-line reason when it is not one. */
export async function readSavedRun(path: string): Promise<SavedRun | string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    return `--compare ${path}: cannot read it as JSON (${(e as Error).message.split("\n")[0]})`;
  }
  const run = parsed as Partial<SavedRun>;
  if (run.schema !== "corroborate.bench/1" || !Array.isArray(run.rows))
    return `--compare ${path}: not a results file of npm run bench (schema corroborate.bench/1)`;
  return run as SavedRun;
}

/** Stages both runs measured on the same corpus, in this run's order. */
export function compareRuns(before: SavedRun, rows: readonly Row[]): StageComparison[] {
  const key = (r: Row): string => `${r.corpus}\u0000${r.stage}`;
  const old = new Map(before.rows.map((r) => [key(r), r]));
  const out: StageComparison[] = [];
  for (const r of rows) {
    const b = old.get(key(r));
    if (!b || !(b.articlesPerSecond > 0) || !(r.articlesPerSecond > 0)) continue;
    out.push({
      corpus: r.corpus,
      stage: r.stage,
      before: b.articlesPerSecond,
      after: r.articlesPerSecond,
      speedup: r.articlesPerSecond / b.articlesPerSecond,
      baselineSpeedup:
        b.baselineRatio !== null && r.baselineRatio !== null && r.baselineRatio > 0
          ? b.baselineRatio / r.baselineRatio
          : null,
    });
  }
  return out;
}

const rate = (n: number): string => Math.round(n).toLocaleString("en");

/** The comparison as a table for the console. */
export function formatComparison(from: string, rows: readonly StageComparison[]): string {
  if (rows.length === 0) return `no stage of this run was measured in ${from}\n`;
  const lines = rows.map((r) => {
    const onBaseline =
      r.baselineSpeedup === null ? "" : `, ×${r.baselineSpeedup.toFixed(2)} on each run's baseline`;
    return `  ${r.corpus} / ${r.stage}: ${rate(r.before)} → ${rate(r.after)} articles/s (×${r.speedup.toFixed(2)}${onBaseline})`;
  });
  return `against ${from} (above ×1.00 is faster):\n${lines.join("\n")}\n`;
}

/** A Markdown table of a run's rows, with what the run was. */
export function markdownTable(rows: readonly Row[], about: string): string {
  const head = "| corpus | stage | articles/s | MB/s | peak RSS MB | × baseline | target/s |";
  const rule = "| --- | --- | ---: | ---: | ---: | ---: | --- |";
  const body = rows.map((r) => {
    const target =
      r.target === null ? "" : `≥ ${rate(r.target)} ${r.verdict === "PASS" ? "✔" : "✘"}`;
    const ratio = r.baselineRatio === null ? "" : `${r.baselineRatio.toFixed(1)}×`;
    return `| ${r.corpus} | ${r.stage} | ${rate(r.articlesPerSecond)} | ${r.mbPerSecond.toFixed(1)} | ${r.memory ? r.memory.peakRssMB.toFixed(0) : ""} | ${ratio} | ${target} |`;
  });
  return [about, "", head, rule, ...body].join("\n");
}

/**
 * Replaces the table between a section's markers (`<!-- bench:start -->` … `<!-- bench:end -->`
 * for `bench`) of a Markdown file; a reason when it has none. Each section has its own markers,
 * so a run that measured only some parts leaves the others' tables as they were. The file is
 * written formatted (Prettier's Markdown, as the lint checks it).
 */
export async function writeDocsTable(
  path: string,
  table: string,
  section = "bench",
): Promise<string | null> {
  const START = `<!-- ${section}:start -->`;
  const END = `<!-- ${section}:end -->`;
  const text = await readFile(path, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) return `${path} has no ${START} … ${END} markers`;
  const written = `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`;
  // Formatted as `npm run lint` checks Markdown, so a fresh table never fails the lint.
  await writeFile(path, await format(written, { parser: "markdown", printWidth: 100 }));
  return null;
}
