import { writeFile } from "node:fs/promises";
import { render, type Format } from "../render/render.js";
import { briefOf } from "../brief/brief.js";
import { analyseInputs, type InputOptions } from "./analyse-inputs.js";

export type BriefOptions = InputOptions & {
  readonly format: Format;
  readonly out?: string;
  readonly story?: string;
};

/** `corroborate brief`: read, analyse, render. Returns the exit code (DESIGN §3). */
export async function briefCommand(
  paths: readonly string[],
  options: BriefOptions,
): Promise<number> {
  const result = await analyseInputs(paths, options);
  if (!result) return 1;
  // Only the HTML page shows the articles' texts (its citation reader); the JSON stays lean.
  let brief = briefOf(result.corpus, result.ingest.warnings, {
    texts: options.format === "html",
  });
  if (options.story !== undefined) {
    const story = brief.stories.find((s) => s.id === options.story);
    if (!story) {
      const known = brief.stories.map((s) => s.id).join(", ");
      process.stderr.write(
        `corroborate: no story ${options.story} in these inputs (stories: ${known})\n`,
      );
      return 2;
    }
    const keep = new Set(story.articles);
    brief = { ...brief, stories: [story], articles: brief.articles.filter((a) => keep.has(a.id)) };
  }
  const text = render(brief, options.format);
  if (options.out) await writeFile(options.out, text);
  else process.stdout.write(text);
  return 0;
}
