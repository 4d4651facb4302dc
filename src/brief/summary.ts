import type { Corpus, Story } from "../model/index.js";
import type { SummarySentenceJson } from "./schema.js";
import { spanRef } from "./span-ref.js";

/** The story's summary as the JSON brief lays it out: `{ text, cites }` per sentence. */
export function storySummaryJson(
  story: Story,
  corpus: Corpus,
): { summary: SummarySentenceJson[]; summaryShort: boolean } | undefined {
  const s = corpus.summaries?.find((x) => x.story === story.id);
  if (!s) return undefined;
  return {
    summary: s.sentences.map((x) => ({
      text: x.text,
      cites: x.cites.map(spanRef),
      claim: x.claim,
    })),
    summaryShort: s.short,
  };
}
