/** The example corpus as JSONL records, for tests that ingest through the HTTP API. */
import { join } from "node:path";
import { REPO_ROOT } from "../eval/shared.js";
import { readInputs } from "../src/ingest/read-inputs.js";

/**
 * The example corpus read by the library's own reader (files, HTML, JSONL) and written as the
 * JSONL records `POST /api/ingest` takes, one per line; `keep` chooses files by name.
 */
export async function exampleRecords(
  keep: (file: string) => boolean = () => true,
): Promise<string> {
  const read = await readInputs([join(REPO_ROOT, "examples", "corpus")]);
  return read.articles
    .map((a) => ({ ...a, id: a.id.slice(REPO_ROOT.length + 1) }))
    .filter((a) => keep(a.id.slice(a.id.lastIndexOf("/") + 1)))
    .map((a) =>
      JSON.stringify({
        id: a.id,
        url: a.url,
        title: a.title,
        outlet: a.outlet,
        author: a.author,
        date: a.published,
        text: a.original.slice(a.bodyStart),
      }),
    )
    .join("\n");
}
