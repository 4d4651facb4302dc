import type { BriefArticle, BriefStory } from "../brief/schema.js";
import { cell, inert } from "./markdown-text.js";
import { attributionText, plural, shortId, truncate } from "./text.js";

/** "[1, 3]": the story's article numbers a sentence cites, as the Sources table numbers them. */
function refs(articles: readonly string[], story: BriefStory): string {
  const n = [...new Set(articles.map((id) => story.articles.indexOf(id) + 1))]
    .filter((i) => i > 0)
    .sort((a, b) => a - b);
  return `[${n.join(", ")}]`;
}

/** "Summary": the extractive summary, each sentence with the articles it cites. */
export function summaryMarkdown(story: BriefStory): string[] {
  if (!story.summary || story.summary.length === 0) return [];
  const out = ["## Summary", ""];
  for (const s of story.summary)
    out.push(
      `${inert(s.text)} ${refs(
        s.cites.map((c) => c.article),
        story,
      )}`,
    );
  out.push("");
  if (story.summaryShort)
    out.push("_The story has too little text for a full summary of 120 words._", "");
  out.push("Numbers in brackets are articles of the Sources table.", "");
  return out;
}

/** Status as shown: "corroborated (3 sources)", "**contested**". */
function statusOf(c: NonNullable<BriefStory["claims"]>[number]): string {
  if (c.status === "contested") return "**contested**";
  if (c.status === "corroborated") return `corroborated (${c.independentSources})`;
  return "single source";
}

/** "Key claims": the story's key claims with status, independent sources and articles. */
export function claimsMarkdown(story: BriefStory): string[] {
  const key = (story.claims ?? []).filter((c) => c.key);
  if (key.length === 0) return [];
  const out = ["## Key claims", ""];
  out.push("| # | Claim | Status | Articles |", "|---|---|---|---|");
  key.forEach((c, i) => {
    const why = c.contestedBy.length ? ` — ${cell(truncate(c.contestedBy.join("; "), 120))}` : "";
    const said = attributionText(c.attribution);
    const claim = `${cell(truncate(c.text, 220))}${said ? ` _(${cell(said)})_` : ""}`;
    out.push(`| ${i + 1} | ${claim} | ${statusOf(c)}${why} | ${refs(c.articles, story)} |`);
  });
  out.push("");
  return out;
}

/** "Coverage": which key claims each article carries, and what only it has. */
export function coverageMarkdown(
  story: BriefStory,
  byId: ReadonlyMap<string, BriefArticle>,
): string[] {
  const coverage = story.coverage ?? [];
  const key = (story.claims ?? []).filter((c) => c.key);
  // One article has nothing to be compared with.
  if (coverage.length < 2 || key.length === 0) return [];
  const out = ["## Coverage", ""];
  out.push(
    `| Article | Outlet | ${key.map((_, i) => `K${i + 1}`).join(" | ")} | Quotes | Only here |`,
    `|---|---|${key.map(() => ":-:").join("|")}|---:|---|`,
  );
  const claimText = new Map((story.claims ?? []).map((c) => [c.id, c.text]));
  for (const c of coverage) {
    const has = new Set(c.keyClaims);
    const only = c.onlyClaims.length
      ? `${plural(c.onlyClaims.length, "claim")}, ${plural(c.onlyQuotes.length, "quote")}`
      : c.onlyQuotes.length
        ? plural(c.onlyQuotes.length, "quote")
        : "—";
    out.push(
      `| ${cell(shortId(c.article))} | ${cell(byId.get(c.article)?.outlet ?? c.outlet ?? "unknown")} | ${key.map((k) => (has.has(k.id) ? "✓" : "·")).join(" | ")} | ${c.quotes.length} | ${only} |`,
    );
  }
  out.push("", "K1… are the key claims above, in order; ✓ the article states it.", "");
  // An origin and its copies share their exclusives: name them together, once.
  const holders = new Map<string, string[]>();
  for (const c of coverage) {
    const first = c.onlyClaims[0];
    if (first) holders.set(first, [...(holders.get(first) ?? []), shortId(c.article)]);
  }
  for (const [claim, names] of holders)
    out.push(
      `- Only in ${cell(names.join(", "))}: ${inert(truncate(claimText.get(claim) ?? "", 200))}`,
    );
  if (holders.size) out.push("");
  return out;
}
