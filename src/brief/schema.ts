import { z } from "zod";

/**
 * The JSON brief, version 2 (DESIGN §3; version 1 and what changed: docs/usage.md). Fields may be
 * added; none may change meaning without a version bump. Each article's text is given once, in
 * `articles[].text`, and every span is a reference into it (article id and offsets), so a brief
 * does not repeat cited words per citation. Story sections that a pipeline stage fills (reuse, entities, quotes, figures,
 * timeline, claims, summary) are present only once that stage exists, so an absent section
 * means "not analysed", never "none found".
 */
/** The contract version a brief names in its `schema` field. */
export const BRIEF_SCHEMA = "corroborate.brief/2";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const spanSchema = z
  .object({
    article: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe(
    "the words at [start, end) of the article's text (UTF-16 code units, end-exclusive); version 1 copied them here as `text`",
  );

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
      reason: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z
        .string()
        .optional()
        .describe(
          "only for a zero-width removal (a block the page's extraction left out before the text was made): its words are nowhere in the text; any other removal is text.slice(start, end)",
        ),
    }),
  ),
  text: z
    .string()
    .describe(
      "the article's text as read (for HTML, the extracted content), which the offsets of every span and removal point into; the clean text is this without the removed pieces",
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
  person: z
    .string()
    .optional()
    .describe(
      "for a person named in other stories too, the id of that person in the brief's `people` (absent when in this story only, and in briefs stored before December 2026)",
    ),
});

export const personAcrossStoriesSchema = z
  .object({
    id: z.string(),
    name: z.string().describe("the full name most of its stories show"),
    entities: z.array(z.string()).describe("its entity in each story, in story order"),
    stories: z.array(z.string()).describe("the stories of those entities, in the same order"),
  })
  .describe(
    "a person named in several stories: their person entities share a full name (two words or more). Linked by name only, so a namesake is linked too",
  );

const quoteKind = z.enum(["direct", "partial", "indirect"]);

export const quoteSchema = z.object({
  id: z.string(),
  text: z.string().describe("the words of the first occurrence"),
  speaker: z.string().nullable().describe("the story entity's name, or the speaker as written"),
  speakerEntity: z.string().nullable().describe("id of the speaker in the story's entities"),
  kind: quoteKind,
  first: z.string().describe("article id of the earliest occurrence"),
  independentSources: z
    .number()
    .int()
    .optional()
    .describe(
      "copy-group origins of the articles carrying it: copies of one origin count once (absent in briefs stored before December 2026)",
    ),
  occurrences: z.array(
    z.object({
      span: spanSchema,
      part: z
        .object({ index: z.number().int().positive(), of: z.number().int().positive() })
        .nullable()
        .describe(
          "for a quotation that runs over several paragraphs, which paragraph this is (1-based) of how many; each paragraph is its own occurrence",
        ),
      kind: quoteKind,
      venue: z.string().nullable(),
      when: z.string().nullable().describe("the time of the utterance as written"),
      cue: z.string().nullable().describe("the reporting verb"),
      speakerText: z.string().nullable().describe("the speaker as this article writes it"),
      editorial: z
        .array(spanSchema)
        .describe(
          "insertions in square brackets (\"[Ukraine]\"): the editor's words, not the speaker's",
        ),
    }),
  ),
  variants: z.array(
    z.object({
      article: z.string(),
      text: z.string(),
      against: z.string().describe("article id of the wording compared with"),
      diff: z.string().describe("word-level difference: −[removed] +[added]"),
    }),
  ),
  altered: z.array(
    z.object({
      article: z.string(),
      reason: z.string(),
      text: z.string(),
      against: z.string().describe("article id of the other wording"),
      diff: z.string(),
    }),
  ),
  turnedIndirect: z
    .array(z.object({ article: z.string(), span: spanSchema, against: z.string() }))
    .describe("copies that report this quotation as indirect speech"),
  reattributed: z
    .array(
      z.object({
        article: z.string(),
        span: spanSchema,
        speaker: z.string().describe("the person this article names beside the words"),
        against: z.string().describe("an earlier article that gives the same words to another"),
        againstSpan: spanSchema.describe("the words in the earlier article"),
        againstSpeaker: z.string().describe("the person the earlier article names"),
      }),
    )
    .optional()
    .describe(
      "articles that give these words to this speaker where an earlier one names another person beside them (absent in briefs stored before December 2026)",
    ),
});

export const timelineEventSchema = z.object({
  date: z.string().describe("YYYY-MM-DD, YYYY-MM or YYYY, at the precision given"),
  until: z.string().nullable().describe('the end of a range ("Feb. 14-16"), else null'),
  precision: z.enum(["day", "month", "year"]),
  what: z.string().describe("the clause that tells what happened"),
  who: z.string().nullable().describe("the named subject, when one was found"),
  scheduled: z.boolean().describe("every article tells of it as still to come"),
  sources: z.array(spanSchema),
});

export const figureSchema = z.object({
  id: z.string(),
  group: z.string().describe("id shared by every reading of the same measured thing"),
  kind: z.enum(["money", "percent", "measure", "count", "ordinal"]),
  value: z.number(),
  unit: z.string().describe("ISO currency code, %, unit of measure, or the counted noun"),
  qualifier: z.enum(["about", "more than", "at least", "up to", "less than", "nearly"]).nullable(),
  about: z.string().describe("what it measures, as written around it"),
  subject: z.string().nullable().describe("the nearest name before it in its sentence"),
  text: z.string().describe("the first occurrence as written"),
  conversion: z
    .object({ value: z.number(), unit: z.string() })
    .nullable()
    .describe("the equivalent given in brackets"),
  occurrences: z.array(spanSchema),
  independentSources: z
    .number()
    .int()
    .describe("origins giving it: copies of one origin count once"),
  agreement: z.enum(["single", "consistent", "conflicting"]),
  conflictsWith: z
    .array(z.string())
    .describe("ids of readings of the same group it conflicts with"),
});

export const claimSchema = z.object({
  id: z.string(),
  text: z.string().describe("the words of its most central sentence"),
  sources: z.array(spanSchema).describe("one sentence per article stating it, the shown one first"),
  articles: z.array(z.string()),
  origins: z.array(z.string()).describe("copy-group origins of its articles"),
  independentSources: z.number().int().describe("articles stating it, copies of one origin once"),
  status: z.enum(["corroborated", "single-source", "contested"]),
  contestedBy: z.array(z.string()).describe("conflicting figures or altered quotes it carries"),
  attribution: z
    .array(
      z.object({
        speaker: z.string(),
        speakerEntity: z.string().nullable().describe("id of the speaker in the story's entities"),
        quote: z.string().describe("id of the quote or reported statement its sentence holds"),
        sentences: z.number().int().describe("how many of its sentences give it to this speaker"),
      }),
    )
    .optional()
    .describe(
      'who its sentences say it comes from ("…, the council said"), most sentences first; empty when stated on the outlets\' own account (absent in briefs stored before December 2026)',
    ),
  key: z.boolean().describe("among the story's key claims"),
});

export const summarySentenceSchema = z.object({
  text: z.string().describe("a sentence of an article, as written"),
  cites: z.array(spanSchema).describe("its own span first, then other articles stating it"),
  claim: z.string().nullable().describe("id of the claim it states, if any"),
});

export const coverageSchema = z.object({
  article: z.string(),
  outlet: z.string().nullable(),
  keyClaims: z.array(z.string()).describe("key claims it states"),
  missingClaims: z.array(z.string()).describe("key claims it leaves out"),
  onlyClaims: z.array(z.string()).describe("claims only its copy group states"),
  quotes: z.array(z.string()).describe("quotes it carries"),
  onlyQuotes: z.array(z.string()).describe("quotes only its copy group carries"),
});

export const warningSchema = z.object({
  kind: z.enum([
    "uncredited-copy",
    "altered-quote",
    "reattributed-quote",
    "conflicting-figures",
    "undated",
  ]),
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
  quotes: z.array(quoteSchema).optional(),
  timeline: z.array(timelineEventSchema).optional(),
  figures: z.array(figureSchema).optional(),
  claims: z.array(claimSchema).optional().describe("ranked: key claims first"),
  summary: z
    .array(summarySentenceSchema)
    .optional()
    .describe("extractive summary, 120–250 words when the story has enough text, in time order"),
  summaryShort: z
    .boolean()
    .optional()
    .describe("the story has too little text for a summary of 120 words"),
  coverage: z.array(coverageSchema).optional(),
});

export const briefSchema = z.object({
  schema: z.literal(BRIEF_SCHEMA),
  articles: z.array(articleSchema),
  skipped: z.array(inputNoteSchema),
  warnings: z.array(inputNoteSchema).describe("inputs that were used, with something to know"),
  stories: z.array(storySchema),
  people: z
    .array(personAcrossStoriesSchema)
    .optional()
    .describe("people named in more than one story (absent when the entities stage did not run)"),
});

export type BriefJson = z.infer<typeof briefSchema>;
export type BriefArticle = z.infer<typeof articleSchema>;
/**
 * A brief as the store keeps it: its articles' texts left out, since the articles table holds
 * each text once (src/service/store-brief.ts puts them back on every read).
 */
export type StoredBrief = Omit<BriefJson, "articles"> & {
  readonly articles: Omit<BriefArticle, "text">[];
};
export type BriefStory = z.infer<typeof storySchema>;
export type SpanJson = z.infer<typeof spanSchema>;
export type ReuseJson = z.infer<typeof reuseSchema>;
export type WarningJson = z.infer<typeof warningSchema>;
export type EntityJson = z.infer<typeof entitySchema>;
export type QuoteJson = z.infer<typeof quoteSchema>;
export type FigureJson = z.infer<typeof figureSchema>;
export type TimelineEventJson = z.infer<typeof timelineEventSchema>;
export type ClaimJson = z.infer<typeof claimSchema>;
export type SummarySentenceJson = z.infer<typeof summarySentenceSchema>;
export type CoverageJson = z.infer<typeof coverageSchema>;

/** The published JSON Schema of the brief (written to schema/brief-v2.schema.json). */
export function briefJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://corroborate.invalid/schema/brief-v2.schema.json",
    title: "Corroborate story brief, version 2",
    ...z.toJSONSchema(briefSchema, { target: "draft-2020-12" }),
  };
}
