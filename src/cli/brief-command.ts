import { writeFile } from "node:fs/promises";
import { readInputs } from "../ingest/read-inputs.js";
import { defaultContext } from "../pipeline/context.js";
import { runPipeline } from "../pipeline/run.js";
import { render, type Format } from "../render/render.js";
import { briefOf } from "../stages/brief/brief-json.js";
import { progress } from "./progress.js";

export type BriefOptions = {
  readonly format: Format;
  readonly out?: string;
  readonly maxMb: number;
  readonly today?: string;
  readonly quiet: boolean;
};

/** `corroborate brief`: read, analyse, render. Returns the exit code (DESIGN §3). */
export async function briefCommand(
  paths: readonly string[],
  options: BriefOptions,
): Promise<number> {
  const show = progress(process.stderr);
  let files = 0;
  const ingest = await readInputs(paths, {
    maxBytes: options.maxMb * 1024 * 1024,
    stdin: process.stdin,
    onInput: (input) => show.update(`reading ${++files}: ${input}`),
  });
  const ctx = defaultContext(options.today ? { today: options.today } : {});
  const corpus = runPipeline(ingest.articles, ingest.skipped, ctx, {
    onArticle: (done, total) => show.update(`analysing ${done}/${total}`),
  });
  show.done();
  if (!options.quiet) {
    for (const s of ingest.skipped)
      process.stderr.write(`corroborate: skipped ${s.input}: ${s.reason}\n`);
    for (const w of ingest.warnings)
      process.stderr.write(`corroborate: note ${w.input}: ${w.reason}\n`);
  }
  if (corpus.articles.length === 0) {
    process.stderr.write("corroborate: no usable articles in the given inputs\n");
    return 1;
  }
  const text = render(briefOf(corpus, ingest.warnings), options.format);
  if (options.out) await writeFile(options.out, text);
  else process.stdout.write(text);
  return 0;
}
