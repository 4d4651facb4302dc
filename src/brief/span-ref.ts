import type { Span } from "../model/index.js";
import type { SpanJson } from "./schema.js";

/**
 * A span as the brief writes it: which article and where, without its words, which the brief
 * gives once in the article's text (a copy per citation made a brief many times its input).
 */
export const spanRef = (s: Span): SpanJson => ({ article: s.article, start: s.start, end: s.end });
