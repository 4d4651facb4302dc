/**
 * Undated real texts dated from their own words, scored on PolNeAR, whose records carry the day
 * each article was published. Every text of train, dev and test is read as one batch without its
 * date (as a crawl without metadata arrives), so no story has a metadata date to anchor it and
 * only a text's own words can place it. Counted: the days the brief gives as published dates or
 * keeps as estimates for reading relative dates (`dateEstimate`), within a day of the real date
 * and off by more than a week. The rules involved have no parameter tuned on these texts, so all
 * three splits are read, for numbers large enough to mean something.
 */
import { readFile } from "node:fs/promises";
import { defaultContext } from "../src/pipeline/context.js";
import { runPipeline } from "../src/pipeline/run.js";
import { daysApart, EVAL_TODAY, rawFromText } from "./shared.js";

export const POLNEAR_SPLITS = ["train", "dev", "test"] as const;

export type UndatedDaysScore = {
  readonly texts: number;
  /** Texts given a day, as a published date or an estimate. */
  readonly placed: number;
  readonly withinADay: number;
  readonly offByMoreThanAWeek: number;
  /** Some texts placed more than a week off, as "id: given (real)". */
  readonly examples: readonly string[];
};

export async function evaluateUndatedDays(dir: string): Promise<UndatedDaysScore> {
  const realDay: string[] = [];
  const raws = [];
  for (const split of POLNEAR_SPLITS) {
    const lines = (await readFile(`${dir}/${split}.jsonl`, "utf8")).split("\n").filter(Boolean);
    for (const line of lines) {
      const d = JSON.parse(line) as { text: string; date: string };
      // Neutral ids: the dataset's ids hold the date.
      raws.push(rawFromText(`text-${realDay.length}`, d.text));
      realDay.push(d.date);
    }
  }
  const corpus = runPipeline(raws, [], defaultContext({ today: EVAL_TODAY }), { through: "date" });
  let placed = 0;
  let withinADay = 0;
  let offByMoreThanAWeek = 0;
  const examples: string[] = [];
  for (const a of corpus.articles) {
    const given = a.published ?? a.dateEstimate;
    if (!given) continue;
    placed++;
    const real = realDay[Number(a.id.slice("text-".length))]!;
    const off = daysApart(given, real);
    if (off <= 1) withinADay++;
    else if (off > 7) {
      offByMoreThanAWeek++;
      examples.push(`${a.id}: ${given} (${real})`);
    }
  }
  return { texts: raws.length, placed, withinADay, offByMoreThanAWeek, examples };
}
