import { z } from "zod";

/**
 * The JSON brief, version 1 (DESIGN §3). Fields may be added; none may change meaning without a
 * version bump. Story sections that a pipeline stage fills (reuse, entities, quotes, figures,
 * timeline, claims, summary) are present only once that stage exists, so an absent section
 * means "not analysed", never "none found".
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const spanSchema = z.object({
  article: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const articleSchema = z.object({
  id: z.string().describe("the record's own id if it has one, else the path as given"),
  source: z.string().describe("the input it was read from"),
  format: z.enum(["text", "html", "jsonl", "json", "feed"]),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  outletFrom: z.enum(["metadata", "site-name", "url", "text", "credit"]).nullable(),
  title: z.string().nullable(),
  author: z.string().nullable(),
  published: day.nullable(),
  publishedFrom: z.enum(["metadata", "text", "story"]).nullable(),
  credit: z.string().nullable().describe("wire credit found in the text"),
  words: z.number().int().nonnegative(),
  removed: z.array(
    z.object({
      text: z.string(),
      reason: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    }),
  ),
});

export const inputNoteSchema = z.object({ input: z.string(), reason: z.string() });

export const reuseSchema = z.object({
  copy: z.string().describe("article id of the copy"),
  source: z.string().describe("article id of the text it copies"),
  origin: z.string().describe("article id of its copy group's origin"),
  kind: z.enum(["verbatim", "near-verbatim", "rewrite"]),
  credited: z.boolean().describe("the copy names the source's outlet or wire as its source"),
  share: z.number().min(0).max(1).describe("share of the copy's sentences aligned"),
  evidence: z.array(z.object({ copy: spanSchema, source: spanSchema, similarity: z.number() })),
});

export const entitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(["person", "organization", "place", "other"]),
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  articles: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
});

export const warningSchema = z.object({
  kind: z.enum(["uncredited-copy"]),
  message: z.string(),
  articles: z.array(z.string()),
});

export const storySchema = z.object({
  id: z.string(),
  label: z.string(),
  articles: z.array(z.string()),
  from: day.nullable(),
  to: day.nullable(),
  outlets: z.array(z.string()),
  independentSources: z
    .number()
    .int()
    .describe("articles after collapsing each copy group into its origin"),
  warnings: z.array(warningSchema),
  reuse: z.array(reuseSchema).optional(),
  copyGroups: z.array(z.object({ origin: z.string(), members: z.array(z.string()) })).optional(),
  entities: z.array(entitySchema).optional(),
});

export const briefSchema = z.object({
  schema: z.literal("corroborate.brief/1"),
  articles: z.array(articleSchema),
  skipped: z.array(inputNoteSchema),
  warnings: z.array(inputNoteSchema).describe("inputs that were used, with something to know"),
  stories: z.array(storySchema),
});

export type BriefJson = z.infer<typeof briefSchema>;
export type BriefArticle = z.infer<typeof articleSchema>;
export type BriefStory = z.infer<typeof storySchema>;
export type SpanJson = z.infer<typeof spanSchema>;
export type ReuseJson = z.infer<typeof reuseSchema>;
export type WarningJson = z.infer<typeof warningSchema>;
export type EntityJson = z.infer<typeof entitySchema>;

/** The published JSON Schema of the brief (written to schema/brief-v1.schema.json). */
export function briefJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://corroborate.invalid/schema/brief-v1.schema.json",
    title: "Corroborate story brief, version 1",
    ...z.toJSONSchema(briefSchema, { target: "draft-2020-12" }),
  };
}
