import type { BriefArticle, BriefStory, QuoteJson } from "../brief/schema.js";
import type { SpanWords } from "../brief/span-words.js";
import { inert } from "./markdown-text.js";
import { plural, shortId, truncate } from "./text.js";

/** Quotations (and, apart, reported statements) shown per speaker in "Who said what"; the rest are in the JSON. */
export const QUOTES_PER_SPEAKER = 8;

/** A speaker with their quotations (direct and partial) and their reported statements. */
export type SpeakerQuotes = { speaker: string; quotes: QuoteJson[]; reports: QuoteJson[] };

/**
 * The story's quotes by speaker, most quoted first (then most reported); unattributed
 * quotations last. Reported speech without a speaker is left out: "who said what" has nothing
 * to say about it.
 */
export function bySpeaker(story: BriefStory): SpeakerQuotes[] {
  const groups = new Map<string, SpeakerQuotes>();
  for (const q of story.quotes ?? []) {
    if (q.kind === "indirect" && q.speaker === null) continue;
    const name = q.speaker ?? "Unattributed";
    const g = groups.get(name) ?? { speaker: name, quotes: [], reports: [] };
    if (q.kind === "indirect") g.reports.push(q);
    else g.quotes.push(q);
    groups.set(name, g);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.speaker === "Unattributed") - Number(b.speaker === "Unattributed") ||
      b.quotes.length - a.quotes.length ||
      b.reports.length - a.reports.length ||
      (a.speaker < b.speaker ? -1 : 1),
  );
}

/** "2 quotations, 3 reported statements", leaving out a kind the speaker has none of. */
export const speakerTally = (s: SpeakerQuotes): string =>
  [
    s.quotes.length > 0 ? plural(s.quotes.length, "quotation") : "",
    s.reports.length > 0 ? plural(s.reports.length, "reported statement") : "",
  ]
    .filter(Boolean)
    .join(", ");

/** "Harbour Post (12.txt)". */
export const outletOfId = (id: string, byId: ReadonlyMap<string, BriefArticle>): string =>
  `${byId.get(id)?.outlet ?? "unknown outlet"} (${shortId(id)})`;

/**
 * How a reported statement is introduced: with its verb, since what follows may be what someone
 * said, found or held ("reported (accused): the board of hiding the losses").
 */
export const reportedLabel = (cue: string | null): string => {
  const verb = cue?.replace(/\s+/g, " ").trim().toLowerCase() ?? "";
  return verb && verb !== ":" ? `reported (${verb})` : "reported";
};

/** One Markdown line about a quotation (or a reported statement, without quotation marks): where it first appeared, where else, venue and time; every text from the articles made inert. */
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
  const said =
    q.kind === "indirect"
      ? `${inert(reportedLabel(first?.cue ?? null))}: ${inert(truncate(q.text, 220))}`
      : `“${inert(truncate(q.text, 220))}”`;
  return `${said} — first in ${inert(outletOfId(q.first, byId))}${
    others.length ? `; also in ${inert(others.map((id) => outletOfId(id, byId)).join(", "))}` : ""
  }${others.length && q.independentSources ? ` · ${plural(q.independentSources, "independent source")}` : ""}${where ? ` · ${where}` : ""}${q.kind === "partial" ? " · partial" : ""}${editorial}`;
}
