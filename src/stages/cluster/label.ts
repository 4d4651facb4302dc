import type { Article } from "../../model/index.js";
import { FUNCTION_WORDS, REPORTING_WORDS } from "../../lang/en/function-words.js";

/** Words too common to tell headlines apart: function and reporting words, and "new". */
const STOP: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...REPORTING_WORDS, "new"]);

const contentWords = (s: string): Set<string> =>
  new Set(
    (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !STOP.has(w)),
  );

/**
 * The most central headline: the title sharing the most content words with the other
 * articles' titles and openings. Falls back to the first sentence of the first article.
 */
export function storyLabel(articles: readonly Article[]): string {
  const titled = articles.filter((a) => a.title);
  if (titled.length === 0) {
    const a = articles[0];
    const s = a?.sentences[0];
    const first = a && s ? a.clean.slice(s.start, s.end) : "Untitled story";
    return first.length > 100 ? `${first.slice(0, 97).replace(/\s+\S*$/, "")}…` : first;
  }
  const contexts = articles.map((a) => {
    const opening = a.paragraphs[0]
      ? a.clean.slice(a.paragraphs[0].start, a.paragraphs[0].end)
      : "";
    return contentWords(`${a.title ?? ""} ${opening}`);
  });
  let best = titled[0]!;
  let bestScore = -1;
  for (const a of titled) {
    const words = contentWords(a.title!);
    let score = 0;
    articles.forEach((other, i) => {
      if (other === a) return;
      for (const w of words) if (contexts[i]!.has(w)) score++;
    });
    if (score > bestScore) {
      best = a;
      bestScore = score;
    }
  }
  return best.title!;
}
