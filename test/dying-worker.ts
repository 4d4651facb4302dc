/**
 * A test double of the article pool's worker entry: the real one, except that a thread given an
 * article whose text holds `EXIT_MARK` ends at once, as a thread that crashes would. For the
 * pool's tests only (src/pipeline/article-pool.test.ts); nothing in src/ knows of it.
 */
import analyseTask, { type ArticleTask } from "../src/pipeline/article-worker.js";

export const EXIT_MARK = "[this thread exits here]";

export default function dyingTask(task: ArticleTask): ReturnType<typeof analyseTask> {
  if (task.raw.original.includes(EXIT_MARK)) process.exit(3);
  return analyseTask(task);
}
