import { briefOf } from "../brief/brief.js";
import { dateRange } from "../render/text.js";
import { analyseInputs, type InputOptions } from "./analyse-inputs.js";

export type StoriesOptions = InputOptions & { readonly format: "md" | "json" };

/** The last stage a story list needs: the date stage sets each story's first and last day. */
const STORIES_THROUGH = "date";

/** `corroborate stories`: one line per story — id, label, dates, articles, outlets. */
export async function storiesCommand(
  paths: readonly string[],
  options: StoriesOptions,
): Promise<number> {
  // Stories have their ids, labels and dates once dated: what comes after is not listed.
  const result = await analyseInputs(paths, options, STORIES_THROUGH);
  if (!result) return 1;
  const stories = briefOf(result.corpus).stories.map((s) => ({
    id: s.id,
    label: s.label,
    from: s.from,
    to: s.to,
    articles: s.articles.length,
    outlets: s.outlets.length,
  }));
  if (options.format === "json") {
    process.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
    return 0;
  }
  const cell = (x: string): string => x.replace(/\|/g, "\\|");
  const lines = ["| Story | Label | Dates | Articles | Outlets |", "|---|---|---|---:|---:|"];
  for (const s of stories) {
    lines.push(
      `| ${s.id} | ${cell(s.label)} | ${dateRange(s.from, s.to)} | ${s.articles} | ${s.outlets} |`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}
