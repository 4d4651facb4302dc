import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readInputs } from "../src/ingest/read-inputs.js";
import type { Corpus, RawArticle } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runPipeline } from "../src/pipeline/run.js";
import { toDayNumber } from "../src/stages/date/calendar.js";

/** The repository's root, found from this file so that eval runs from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The shared folder with the seeds and the public datasets: `../shared` beside the repository,
 * or wherever CORROBORATE_SHARED points.
 */
export const SHARED_DIR = process.env.CORROBORATE_SHARED ?? resolve(REPO_ROOT, "..", "shared");

export const sharedPath = (...parts: string[]): string => join(SHARED_DIR, ...parts);
export const hasShared = (...parts: string[]): boolean => existsSync(sharedPath(...parts));

/** The date runs are pinned to, so that results do not move with the clock. */
export const EVAL_TODAY = "2026-11-23";

/** Reads a folder and runs the whole pipeline on it. */
export async function analyzeFolder(dir: string): Promise<Corpus> {
  const ingest = await readInputs([dir]);
  return runPipeline(ingest.articles, ingest.skipped, defaultContext({ today: EVAL_TODAY }));
}

/** Whole days between two ISO days (YYYY-MM-DD), either way round. */
export const daysApart = (a: string, b: string): number =>
  Math.abs(toDayNumber(a) - toDayNumber(b));

/** Spaces of every kind as one, so that a check compares words, not layout. */
export const normaliseSpace = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();

/** A dataset text as a raw article under a neutral id (dataset ids often name the answer). */
export function rawFromText(id: string, text: string): RawArticle {
  return {
    id,
    source: id,
    format: "jsonl",
    url: null,
    outlet: null,
    outletFrom: null,
    title: null,
    author: null,
    published: null,
    original: text,
    bodyStart: 0,
  };
}
