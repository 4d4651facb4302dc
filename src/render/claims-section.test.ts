import { describe, expect, it } from "vitest";
import type { BriefArticle, BriefStory } from "../brief/schema.js";
import { claimsMarkdown, coverageMarkdown, summaryMarkdown } from "./claims-section.js";

const span = (article: string, text: string) => ({ article, start: 0, end: text.length, text });
const said = "Mayor Ilsa Varnholt told the Harbour Post the quay would reopen on Friday.";

const story = {
  id: "s",
  label: "Quay reopens",
  articles: ["post.txt", "gazette.txt"],
  from: null,
  to: null,
  outlets: ["Harbour Post", "Lindholm Gazette"],
  independentSources: 2,
  warnings: [],
  summary: [
    { text: said, cites: [span("post.txt", said), span("gazette.txt", said)], claim: "s/c1" },
  ],
  summaryShort: true,
  claims: [
    {
      id: "s/c1",
      text: said,
      sources: [span("post.txt", said), span("gazette.txt", said)],
      articles: ["post.txt", "gazette.txt"],
      origins: ["post.txt", "gazette.txt"],
      independentSources: 2,
      status: "corroborated",
      contestedBy: [],
      key: true,
    },
    {
      id: "s/c2",
      text: "Shopkeepers on the quay lost a week of summer trade.",
      sources: [],
      articles: ["gazette.txt"],
      origins: ["gazette.txt"],
      independentSources: 1,
      status: "single-source",
      contestedBy: [],
      key: true,
    },
  ],
  coverage: [
    {
      article: "post.txt",
      outlet: "Harbour Post",
      keyClaims: ["s/c1"],
      missingClaims: ["s/c2"],
      onlyClaims: [],
      quotes: [],
      onlyQuotes: [],
    },
    {
      article: "gazette.txt",
      outlet: "Lindholm Gazette",
      keyClaims: ["s/c1", "s/c2"],
      missingClaims: [],
      onlyClaims: ["s/c2"],
      quotes: ["s/q1"],
      onlyQuotes: ["s/q1"],
    },
  ],
} as BriefStory;

describe("claims sections", () => {
  it("cites every summary sentence by its articles' numbers and says when it is short", () => {
    const md = summaryMarkdown(story).join("\n");
    expect(md).toContain(`${said} [1, 2]`);
    expect(md).toContain("too little text");
  });

  it("lists key claims with their status and independent sources", () => {
    const md = claimsMarkdown(story).join("\n");
    expect(md).toContain("corroborated (2)");
    expect(md).toContain("single source");
  });

  it("shows which article carries which key claim, and what only one has", () => {
    const md = coverageMarkdown(story, new Map<string, BriefArticle>()).join("\n");
    expect(md).toContain("| post.txt | Harbour Post | ✓ | · | 0 | — |");
    expect(md).toContain("| gazette.txt | Lindholm Gazette | ✓ | ✓ | 1 | 1 claim, 1 quote |");
    expect(md).toContain("Only in gazette.txt: Shopkeepers");
  });
});
