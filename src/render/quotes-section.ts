import type { BriefArticle, BriefStory, QuoteJson } from "../brief/schema.js";
import type { SpanWords } from "../brief/span-words.js";
import { inert } from "./markdown-text.js";
import { shortId, truncate } from "./text.js";

/** Quotations shown per speaker in "Who said what"; the rest are in the JSON. */
export const QUOTES_PER_SPEAKER = 8;

/** A speaker with their quotations (direct and partial) and how many reported statements. */
export type SpeakerQuotes = { speaker: string; quotes: QuoteJson[]; reported: number };

/** The story's quotes by speaker, most quoted first; unattributed quotations last. */
export function bySpeaker(story: BriefStory): SpeakerQuotes[] {
  const groups = new Map<string, SpeakerQuotes>();
  for (const q of story.quotes ?? []) {
    const name = q.speaker ?? "Unattributed";
    const g = groups.get(name) ?? { speaker: name, quotes: [], reported: 0 };
    if (q.kind === "indirect") g.reported++;
    else g.quotes.push(q);
    groups.set(name, g);
  }
  return [...groups.values()]
    .filter((g) => g.quotes.length > 0)
    .sort(
      (a, b) =>
        Number(a.speaker === "Unattributed") - Number(b.speaker === "Unattributed") ||
        b.quotes.length - a.quotes.length ||
        (a.speaker < b.speaker ? -1 : 1),
    );
}

/** "Harbour Post (12.txt)". */
export const outletOfId = (id: string, byId: ReadonlyMap<string, BriefArticle>): string =>
  `${byId.get(id)?.outlet ?? "unknown outlet"} (${shortId(id)})`;

/** One Markdown line about a quotation: where it first appeared, where else, venue and time; every text from the articles made inert. */
export function quoteLine(
  q: QuoteJson,
  byId: ReadonlyMap<string, BriefArticle>,
  words: SpanWords,
): string {
  const others = [...new Set(q.occurrences.map((o) => o.span.article))].filter(
    (id) => id !== q.first,
  );
  const first = q.occurrences.find((o) => o.span.article === q.first);
  const where = inert([first?.venue, first?.when].filter(Boolean).join(", "));
  const editorial = first?.editorial.length
    ? ` · editor's words: ${inert(first.editorial.map(words).join(", "))}`
    : "";
  return `“${inert(truncate(q.text, 220))}” — first in ${inert(outletOfId(q.first, byId))}${
    others.length ? `; also in ${inert(others.map((id) => outletOfId(id, byId)).join(", "))}` : ""
  }${where ? ` · ${where}` : ""}${q.kind === "partial" ? " · partial" : ""}${editorial}`;
}
