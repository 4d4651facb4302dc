/**
 * Corroborate's public surface: one entry point and the types of what goes in and comes out.
 * Everything else is internal and may change.
 */
export { analyze } from "./analyze.js";
export type { ArticleInput, AnalyzeOptions } from "./analyze.js";
export type { BriefJson, BriefArticle, BriefStory, SpanJson } from "./brief/schema.js";
