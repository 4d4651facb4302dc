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

export const storySchema = z.object({
  id: z.string(),
  label: z.string(),
  articles: z.array(z.string()),
  from: day.nullable(),
  to: day.nullable(),
  outlets: z.array(z.string()),
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

/** The published JSON Schema of the brief (written to schema/brief-v1.schema.json). */
export function briefJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://corroborate.invalid/schema/brief-v1.schema.json",
    title: "Corroborate story brief, version 1",
    ...z.toJSONSchema(briefSchema, { target: "draft-2020-12" }),
  };
}
