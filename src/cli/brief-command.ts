import { renderChunks, type Format } from "../render/render.js";
import { briefOf } from "../brief/brief.js";
import type { BriefJson } from "../brief/schema.js";
import type { Store } from "../store/open.js";
import { analyseInputs, type InputOptions } from "./analyse-inputs.js";
import type { StoreOptions } from "./open-store.js";
import { writeChunks, writeChunksToFile } from "./write-chunks.js";

export type BriefOptions = InputOptions & {
  readonly format: Format;
  readonly out?: string;
  readonly story?: string;
};

/**
 * Writes the rendered brief a chunk at a time (see write-chunks.ts), to `--out` or standard
 * output. Returns the exit code: 1, with one line naming the output, when it cannot be written.
 */
async function output(
  brief: BriefJson,
  options: Pick<BriefOptions, "format" | "out">,
): Promise<number> {
  const chunks = renderChunks(brief, options.format);
  try {
    if (options.out) await writeChunksToFile(chunks, options.out);
    else await writeChunks(chunks, process.stdout);
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // not a system error: a fault of the renderer, reported by main like any other
    if (typeof code !== "string") throw e;
    // a reader that stopped early (`| head`) is not an error of ours
    if (!options.out && code === "EPIPE") return 0;
    const what = options.out ?? "standard output";
    process.stderr.write(`corroborate: could not write ${what}: ${(e as Error).message}\n`);
    return 1;
  }
}

/** `corroborate brief`: read, analyse, render. Returns the exit code (DESIGN §3). */
export async function briefCommand(
  paths: readonly string[],
  options: BriefOptions,
): Promise<number> {
  const result = await analyseInputs(paths, options);
  if (!result) return 1;
  let brief = briefOf(result.corpus, result.ingest.warnings);
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
  return output(brief, options);
}

/** The stored brief asked for: one story's latest version, or every story's. Null: no such story. */
async function storedBrief(store: Store, story: string | undefined): Promise<BriefJson | null> {
  const { storeBrief, storedStoryBrief } = await import("../service/store-brief.js");
  if (story === undefined) return storeBrief(store);
  return (await storedStoryBrief(store, story))?.brief ?? null;
}

/**
 * `corroborate brief [--story ID] --data DIR`: a brief as the store's last ingest wrote it,
 * rendered; nothing is analysed. The articles' texts, which every span points into, come from
 * the store.
 */
export async function storedBriefCommand(
  options: Omit<BriefOptions, "maxMb" | "today"> & StoreOptions,
): Promise<number> {
  // The store's modules are loaded only by the commands that read one: `brief` on files starts
  // faster without them (about a quarter of a second here).
  const { openStoreForCommand } = await import("./open-store.js");
  const store = await openStoreForCommand(options);
  if (store === null) return 1;
  try {
    const brief = await storedBrief(store, options.story);
    if (brief === null) {
      const { storeIdOfStory, storyIdOf } = await import("../service/store-brief.js");
      const { mergedInto } = await import("../store/stories.js");
      const storeId = storeIdOfStory(options.story ?? "");
      const into = storeId === null ? null : await mergedInto(store, storeId);
      process.stderr.write(
        into !== null
          ? `corroborate: story ${options.story} was merged into ${storyIdOf(into)}, which holds its articles now\n`
          : `corroborate: no story ${options.story} in the store (see corroborate stories)\n`,
      );
      return 2;
    }
    return await output(brief, options);
  } finally {
    await store.close();
  }
}
