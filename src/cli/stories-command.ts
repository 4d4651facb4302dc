import { briefOf } from "../brief/brief.js";
import type { BriefStory, StoredBrief } from "../brief/schema.js";
import { dateRange } from "../render/text.js";
import { analyseInputs, type InputOptions } from "./analyse-inputs.js";
import type { StoreOptions } from "./open-store.js";

export type StoriesOptions = InputOptions & { readonly format: "md" | "json" };

/** The last stage a story list needs: the date stage sets each story's first and last day. */
const STORIES_THROUGH = "date";

type Listed = {
  id: string;
  label: string;
  from: string | null;
  to: string | null;
  articles: number;
  outlets: number;
};

const listed = (s: BriefStory): Listed => ({
  id: s.id,
  label: s.label,
  from: s.from,
  to: s.to,
  articles: s.articles.length,
  outlets: s.outlets.length,
});

function print(stories: readonly Listed[], format: "md" | "json"): void {
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
    return;
  }
  const cell = (x: string): string => x.replace(/\|/g, "\\|");
  const lines = ["| Story | Label | Dates | Articles | Outlets |", "|---|---|---|---:|---:|"];
  for (const s of stories) {
    lines.push(
      `| ${s.id} | ${cell(s.label)} | ${dateRange(s.from, s.to)} | ${s.articles} | ${s.outlets} |`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** `corroborate stories`: one line per story — id, label, dates, articles, outlets. */
export async function storiesCommand(
  paths: readonly string[],
  options: StoriesOptions,
): Promise<number> {
  // Stories have their ids, labels and dates once dated: what comes after is not listed.
  const result = await analyseInputs(paths, options, STORIES_THROUGH);
  if (!result) return 1;
  print(briefOf(result.corpus).stories.map(listed), options.format);
  return 0;
}

/**
 * `corroborate stories --data DIR`: the stories of the store as its last ingest left them, from
 * each story's latest brief, in the order a batch run lists stories; nothing is analysed.
 */
export async function storedStoriesCommand(
  options: { readonly format: "md" | "json" } & StoreOptions,
): Promise<number> {
  // Loaded here, not above: listing the stories of files needs no store (see brief-command.ts).
  const { openStoreForCommand } = await import("./open-store.js");
  const { latestBriefs } = await import("../store/stories.js");
  const store = await openStoreForCommand(options);
  if (store === null) return 1;
  try {
    const briefs = await latestBriefs(store);
    print(
      briefs.flatMap((b) => (b.brief as StoredBrief).stories.map(listed)),
      options.format,
    );
    return 0;
  } finally {
    await store.close();
  }
}
