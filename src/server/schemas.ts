import { z } from "@hono/zod-openapi";

/**
 * The API's own request and response shapes. A brief is `briefSchema` (src/brief/schema.ts),
 * the CLI's: the API adds nothing to it.
 */

/** A calendar day that exists: "2025-02-30" is refused, not rolled over. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((d) => {
    // Checked even when the pattern failed: a string that is no date at all is no date here.
    const time = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
  }, "no such date");

/** `story-17` as briefs name stories, or the bare store id. */
export const storyIdParam = z
  .string()
  .regex(/^(?:story-)?\d{1,18}$/, "expected a story id such as story-17")
  .openapi({ param: { name: "id", in: "path" }, example: "story-17" });

/** An article's store id (search hits and article answers give it). */
export const articleIdParam = z
  .string()
  .regex(/^\d{1,18}$/, "expected an article's store id (digits)")
  .openapi({ param: { name: "id", in: "path" }, example: "42" });

export const feedIdParam = z
  .string()
  .regex(/^\d{1,18}$/, "expected a feed id (digits)")
  .openapi({ param: { name: "id", in: "path" }, example: "3" });

/** Most stories a page holds. */
export const MAX_PAGE = 100;

export const storyListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20),
  cursor: z.string().max(400).optional().describe("the nextCursor of the previous page"),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
  from: isoDay.optional().describe("stories that end on or after this day"),
  to: isoDay.optional().describe("stories that start on or before this day"),
  outlet: z.string().min(1).max(200).optional().describe("an outlet's name, or part of it"),
  q: z.string().min(1).max(500).optional().describe("words of the label or summary"),
  sort: z.enum(["newest", "most-covered"]).default("newest"),
});

export const listedStorySchema = z
  .object({
    id: z.string().describe("the story's id in its brief"),
    label: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    articles: z.number().int(),
    outlets: z.array(z.string()),
    independentSources: z.number().int(),
    warnings: z.number().int(),
    version: z.number().int().describe("the latest version of its brief"),
  })
  .openapi("ListedStory");

export const storyListSchema = z
  .object({
    stories: z.array(listedStorySchema),
    nextCursor: z.string().nullable().describe("pass as cursor for the next page; null: last"),
  })
  .openapi("StoryList");

export const briefVersionQuery = z.object({
  version: z.coerce.number().int().min(1).max(2_000_000_000).optional(),
});

export const citingSpanSchema = z.object({
  story: z.string(),
  version: z.number().int(),
  section: z.enum(["summary", "claims", "quotes", "figures", "timeline", "reuse"]),
  item: z.string().nullable().describe("the claim, quote or figure id; null for the others"),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});

export const articleSchema = z
  .object({
    id: z.string().describe("the store id"),
    briefId: z.string().describe("the id briefs give it in spans and article lists"),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    author: z.string().nullable(),
    published: z.string().nullable(),
    publishedFrom: z.string().nullable(),
    format: z.string(),
    source: z.string(),
    text: z.string().describe("as read: every span's offsets point into it"),
    clean: z.string().describe("the text without boilerplate"),
    stories: z.array(z.string()),
    citations: z.array(citingSpanSchema).describe("spans of its stories' latest briefs in it"),
  })
  .openapi("Article");

export const searchQuery = z.object({
  q: z.string().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20),
});

export const snippetSegmentSchema = z.object({ text: z.string(), match: z.boolean() });

export const searchResultSchema = z
  .object({
    hits: z.array(
      z.object({
        id: z.string().describe("the article's store id"),
        title: z.string().nullable(),
        url: z.string().nullable(),
        outlet: z.string().nullable(),
        snippet: z.array(snippetSegmentSchema).describe("the passage; matched words marked"),
        rank: z.number(),
      }),
    ),
  })
  .openapi("SearchResult");

export const ingestResultSchema = z
  .object({
    added: z.array(z.string()).describe("store ids of the new articles"),
    known: z.number().int().describe("articles stored already (same URL or text)"),
    errors: z.array(z.object({ line: z.number().int(), reason: z.string() })),
    queued: z.boolean().describe("the corpus update was asked for"),
  })
  .openapi("IngestResult");

export const feedSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    addedAt: z.string(),
    lastPolledAt: z.string().nullable(),
    lastSucceededAt: z.string().nullable(),
    failures: z.number().int(),
    nextPollAt: z.string(),
    lastError: z.string().nullable(),
  })
  .openapi("Feed");

export const feedListSchema = z.object({ feeds: z.array(feedSchema) }).openapi("FeedList");

const httpUrl = z
  .string()
  .max(2000)
  .refine((u) => {
    try {
      return ["http:", "https:"].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  }, "expected an http or https URL");

export const feedAddBody = z.object({ url: httpUrl });

export const feedAddedSchema = z
  .object({ feed: feedSchema, added: z.boolean() })
  .openapi("FeedAdded");
