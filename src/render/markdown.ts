import type { BriefArticle, BriefJson, BriefStory } from "../brief/schema.js";
import { spanWordsOf, type SpanWords } from "../brief/span-words.js";
import {
  bySpeaker,
  outletOfId,
  QUOTES_PER_SPEAKER,
  quoteLine,
  speakerTally,
} from "./quotes-section.js";
import { timelineMarkdown } from "./timeline-section.js";
import { figuresMarkdown } from "./figures-section.js";
import { claimsMarkdown, coverageMarkdown, summaryMarkdown } from "./claims-section.js";
import { cell, inert } from "./markdown-text.js";
import { otherStoriesOf, storyList, type NamedElsewhere } from "./people.js";
import { dateRange, dateWithOrigin, plural, removedSummary, shortId, truncate } from "./text.js";

/** The brief as Markdown, for reading in a terminal or pasting into a ticket. */
export const renderMarkdown = (brief: BriefJson): string => [...markdownChunks(brief)].join("");

/**
 * `renderMarkdown(brief)` as chunks of text, a story at a time, so a brief of many stories is
 * written without ever being one string.
 */
export function* markdownChunks(brief: BriefJson): Generator<string> {
  const byId = new Map(brief.articles.map((a) => [a.id, a]));
  const words = spanWordsOf(brief);
  const othersOf = otherStoriesOf(brief);
  let first = true;
  // The lines of the whole brief joined by "\n", a group of lines at a time.
  const joined = (lines: readonly string[]): string => {
    const text = `${first ? "" : "\n"}${lines.join("\n")}`;
    first = false;
    return text;
  };
  for (const story of brief.stories) yield joined(storyLines(story, byId, words, othersOf(story)));
  const rest = noteLines(brief);
  if (rest.length > 0) yield joined(rest);
}

/** One story's section: header, warnings, then every part of the story in the order of issue 8. */
function storyLines(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
  words: SpanWords,
  others: readonly NamedElsewhere[],
): string[] {
  const out: string[] = [];
  out.push(`# ${inert(story.label)}`, "");
  out.push(
    `${inert(dateRange(story.from, story.to))} · ${plural(story.articles.length, "article")} · ${plural(story.outlets.length, "outlet")} · ${plural(story.independentSources, "independent source")}`,
    "",
  );
  // one line each: a message quoting a paragraph break would end the blockquote
  for (const w of story.warnings)
    out.push(`> **Warning:** ${inert(w.message).replace(/\s*\n\s*/g, " ")}`, ">");
  const undated = story.articles.filter((id) => !byId.get(id)?.published);
  // The JSON brief's own undated warning, when there is one, has been printed above.
  if (undated.length && !story.warnings.some((w) => w.kind === "undated")) {
    out.push(
      `> Undated: ${inert(undated.map(shortId).join(", "))} — no date in metadata or text.`,
      ">",
    );
  }
  if (out[out.length - 1] === ">") out[out.length - 1] = "";
  // The order of issue 8: what the story says and how far to trust it, then the evidence.
  out.push(...summaryMarkdown(story));
  out.push(...claimsMarkdown(story));
  out.push(...quotesSection(story, byId, words));
  out.push(...figuresMarkdown(story, byId));
  out.push(...timelineMarkdown(story, byId));
  out.push(...reuseSection(story, byId, words));
  out.push(...coverageMarkdown(story, byId));
  out.push(...entitiesSection(story, byId, others));
  out.push("## Sources", "");
  out.push(
    `${plural(story.independentSources, "independent source")} after collapsing copies of one origin.`,
    "",
  );
  out.push("| # | Article | Outlet | Date | Title | Words | Credit | Boilerplate removed |");
  out.push("|---|---|---|---|---|---:|---|---|");
  story.articles.forEach((id, i) => {
    const a = byId.get(id);
    if (!a) return;
    const outlet = a.outlet
      ? a.outletFrom === "text"
        ? `${a.outlet} (from text)`
        : a.outlet
      : "unknown";
    out.push(
      `| ${i + 1} | ${cell(shortId(a.id))} | ${cell(outlet)} | ${cell(dateWithOrigin(a))} | ${cell(truncate(a.title ?? "—", 70))} | ${a.words} | ${cell(a.credit ?? "—")} | ${cell(removedSummary(a))} |`,
    );
  });
  out.push("");
  return out;
}

/** The input notes and skipped inputs after the stories, or the note that there are none. */
function noteLines(brief: BriefJson): string[] {
  const out: string[] = [];
  if (brief.warnings.length) {
    out.push("## Input notes", "");
    for (const w of brief.warnings) out.push(`- ${inert(w.input)}: ${inert(w.reason)}`);
    out.push("");
  }
  if (brief.skipped.length) {
    out.push("## Skipped inputs", "");
    for (const s of brief.skipped) out.push(`- ${inert(s.input)}: ${inert(s.reason)}`);
    out.push("");
  }
  if (brief.stories.length === 0) out.push("No articles could be read.", "");
  return out;
}

const outletOf = (a: BriefArticle | undefined): string => a?.outlet ?? "unknown";
/** " (Reuters wire)" when the origin carries a wire's story under another outlet's name. */
const wireOf = (a: BriefArticle | undefined): string =>
  a?.credit && a.credit !== a.outlet ? ` (${inert(a.credit)} wire)` : "";

/** "Who copied whom": each origin with its copies, kind, share and credit, and one example pair of a rewrite. */
function reuseSection(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
  words: SpanWords,
): string[] {
  if (!story.reuse || story.reuse.length === 0 || !story.copyGroups) return [];
  const out = ["## Who copied whom", ""];
  for (const group of story.copyGroups) {
    const origin = byId.get(group.origin);
    const copies = story.reuse.filter((r) => r.origin === group.origin);
    out.push(
      `**${cell(outletOf(origin))}**${wireOf(origin)} · ${cell(shortId(group.origin))} — origin of ${plural(copies.length, "copy", "copies")}`,
      "",
    );
    out.push("| Copy | Outlet | Copies from | Kind | Sentences aligned | Credits its source |");
    out.push("|---|---|---|---|---:|---|");
    for (const r of copies) {
      out.push(
        `| ${cell(shortId(r.copy))} | ${cell(outletOf(byId.get(r.copy)))} | ${cell(shortId(r.source))} | ${r.kind} | ${Math.round(r.share * 100)}% | ${r.credited ? "yes" : "**no**"} |`,
      );
    }
    out.push("");
    for (const r of copies.filter((c) => c.kind === "rewrite")) {
      // A pair of middling similarity shows what the rewrite typically changed.
      const sorted = r.evidence
        .filter((x) => x.similarity < 1)
        .sort((a, b) => a.similarity - b.similarity);
      const e = sorted[sorted.length >> 1];
      if (!e) continue;
      out.push(
        `Rewording in ${cell(shortId(r.copy))}:`,
        "",
        `> ${inert(truncate(words(e.copy), 300))}`,
        ">",
        `> source: ${inert(truncate(words(e.source), 300))}`,
        "",
      );
    }
  }
  return out;
}

/** Entities shown in the brief: the first ones by mentions; nationality words and the like are left to the JSON. */
export const ENTITIES_SHOWN = 30;

/** "People and organisations": canonical name, type, titles, other spellings, outlets, mentions. */
function entitiesSection(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
  others: readonly NamedElsewhere[],
): string[] {
  const shown = (story.entities ?? []).filter((e) => e.type !== "other").slice(0, ENTITIES_SHOWN);
  if (shown.length === 0) return [];
  const out = ["## People and organisations", ""];
  out.push(
    "| Name | Type | Titles | Also written | Outlets | Mentions |",
    "|---|---|---|---|---|---:|",
  );
  for (const e of shown) {
    const outlets = [
      ...new Set(e.articles.map((id) => byId.get(id)?.outlet).filter((o): o is string => !!o)),
    ];
    out.push(
      `| ${cell(e.name)} | ${e.type} | ${cell(e.titles.join("; ") || "—")} | ${cell(e.aliases.join("; ") || "—")} | ${cell(outlets.join(", ") || "—")} | ${e.mentions} |`,
    );
  }
  out.push("");
  // only the people the table shows: a story can name hundreds
  const listed = new Set(shown.map((e) => e.id));
  const elsewhere = others.filter((o) => listed.has(o.entity));
  if (elsewhere.length) {
    out.push("Named in other stories too (by the same full name, which a namesake shares):", "");
    for (const o of elsewhere)
      out.push(`- ${inert(o.name)}: ${storyList(o, (l) => inert(truncate(l, 60)))}`);
    out.push("");
  }
  return out;
}

/** "Who said what": quotations by speaker, with first source, other outlets, variants and alterations. */
function quotesSection(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
  words: SpanWords,
): string[] {
  const speakers = bySpeaker(story);
  if (speakers.length === 0) return [];
  const out = ["## Who said what", ""];
  for (const s of speakers) {
    out.push(`**${cell(s.speaker)}** — ${speakerTally(s)}`, "");
    for (const q of s.quotes.slice(0, QUOTES_PER_SPEAKER)) {
      out.push(`- ${quoteLine(q, byId, words)}`);
      for (const a of q.altered)
        out.push(
          `  - **altered** in ${inert(outletOfId(a.article, byId))}: “${inert(truncate(a.text, 200))}” (${inert(a.diff)})`,
        );
      for (const v of q.variants)
        out.push(`  - variant in ${inert(outletOfId(v.article, byId))}: ${inert(v.diff)}`);
      for (const r of q.reattributed ?? [])
        out.push(
          `  - **another speaker**: ${inert(outletOfId(r.article, byId))} gives these words to ${inert(r.speaker)}, ${inert(outletOfId(r.against, byId))} to ${inert(r.againstSpeaker)}`,
        );
      for (const t of q.turnedIndirect)
        out.push(
          `  - turned into indirect speech in ${inert(outletOfId(t.article, byId))}: ${inert(truncate(words(t.span), 200))}`,
        );
    }
    if (s.quotes.length > QUOTES_PER_SPEAKER)
      out.push(`- … ${s.quotes.length - QUOTES_PER_SPEAKER} more in the JSON brief`);
    for (const q of s.reports.slice(0, QUOTES_PER_SPEAKER)) {
      out.push(`- ${quoteLine(q, byId, words)}`);
      for (const v of q.variants)
        out.push(`  - in other words in ${inert(outletOfId(v.article, byId))}: ${inert(v.diff)}`);
    }
    if (s.reports.length > QUOTES_PER_SPEAKER)
      out.push(
        `- … ${s.reports.length - QUOTES_PER_SPEAKER} more reported statements in the JSON brief`,
      );
    out.push("");
  }
  return out;
}
