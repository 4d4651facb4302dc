/**
 * The entry of a worker thread of the article pool (`article-pool.ts`): one raw article through
 * the article stages per task. It holds nothing between tasks; the stages load their tables and
 * models as they do in the main thread, once per thread.
 */
import type { RawArticle } from "../model/index.js";
import type { ContextData } from "./context.js";
import { analyseArticle, type ArticleOutcome } from "./run.js";
import { StageOrderError } from "./stage.js";

/** One article to analyse, with the context as plain data (a function cannot be posted). */
export type ArticleTask = { readonly raw: RawArticle; readonly context: ContextData };

/**
 * What a task gives back: the article's outcome and the lines the stages logged (replayed on
 * the caller's logger in input order), or a fault of the stage list, which the caller throws.
 */
export type ArticleTaskResult =
  | { readonly outcome: ArticleOutcome; readonly logs: readonly string[] }
  | { readonly stageOrderError: string };

export default function analyseTask(task: ArticleTask): ArticleTaskResult {
  const logs: string[] = [];
  try {
    const outcome = analyseArticle(task.raw, { ...task.context, log: (m) => logs.push(m) });
    return { outcome, logs };
  } catch (e) {
    // Anything else is an outcome already; this one is a bug every article would hit.
    if (e instanceof StageOrderError) return { stageOrderError: e.message };
    throw e;
  }
}
