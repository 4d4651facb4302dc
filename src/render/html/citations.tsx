/**
 * Citations: every cited span is a link that opens its article in the reader panel with the
 * span highlighted. The article texts travel inside the page as JSON in a non-executed script
 * element, made safe so no text can end that element early or be read as markup.
 */
import { raw } from "hono/html";
import type { FC } from "hono/jsx";
import type { BriefArticle, SpanJson } from "../../brief/schema.js";
import { jsonChunks } from "../json-chunks.js";
import { around } from "./page.js";
import { hiddenRanges } from "./reader-text.js";

/** The original text of each article, by id: what the spans' offsets point into. */
export type ArticleTexts = ReadonlyMap<string, string>;

/**
 * How a story's sections cite: `texts` decides whether a span can be a link (without its
 * article's text it stays plain), `number` gives an article's row in the story's Sources table.
 */
export type Citing = {
  readonly texts: ArticleTexts;
  readonly number: (articleId: string) => number | null;
};

/** The words a span cites, from its article's text (a version-2 brief gives them once there). */
export const citedWords = (citing: Citing, span: SpanJson): string =>
  citing.texts.get(span.article)?.slice(span.start, span.end) ?? "";

/** A link to a span, labelled with what the reader sees ("[2]", or the quoted words). */
export const CiteLink: FC<{ span: SpanJson; label: string; citing: Citing }> = ({
  span,
  label,
  citing,
}) =>
  citing.texts.has(span.article) ? (
    <a
      class="cite"
      href="#reader"
      data-article={span.article}
      data-start={String(span.start)}
      data-end={String(span.end)}
      title={citedWords(citing, span)}
    >
      {label}
    </a>
  ) : (
    <>{label}</>
  );

/** "[1] [2]": one mark per span, numbered as the Sources table numbers its articles. */
export const CiteMarks: FC<{ spans: readonly SpanJson[]; citing: Citing }> = ({
  spans,
  citing,
}) => (
  <>
    {spans.map((s) => (
      <>
        {" "}
        <CiteLink span={s} label={`[${citing.number(s.article) ?? "?"}]`} citing={citing} />
      </>
    ))}
  </>
);

/**
 * JSON that is safe inside a <script> element: "<" (so no `</script>` or `<!--`), ">" and "&"
 * as \\u escapes, and U+2028/U+2029, which older parsers treat as line ends, escaped too.
 */
export const scriptSafeJson = (value: unknown): string => scriptSafe(JSON.stringify(value));

/** JSON text made script-safe; a character at a time, so a chunk of it can be made safe alone. */
const scriptSafe = (json: string): string =>
  json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** What the reader needs of each article: its header and its text with the ranges to hide. */
export function readerPayload(
  articles: readonly BriefArticle[],
  texts: ArticleTexts,
): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const a of articles) {
    const text = texts.get(a.id);
    if (text === undefined) continue;
    payload[a.id] = {
      title: a.title ?? a.id,
      outlet: a.outlet ?? "unknown outlet",
      author: a.author,
      published: a.published,
      text,
      hidden: hiddenRanges(a, text),
    };
  }
  return payload;
}

/** The texts as a JSON data block the page script reads; nothing when there are none. */
export const ArticleTextsData: FC<{ articles: readonly BriefArticle[]; texts: ArticleTexts }> = ({
  articles,
  texts,
}) =>
  texts.size === 0 ? null : (
    <script type="application/json" id="article-texts">
      {raw(scriptSafeJson(readerPayload(articles, texts)))}
    </script>
  );

/**
 * `ArticleTextsData` as chunks of text, for a brief too large to hold as one string: the texts
 * are most of a page's size. The concatenation is `String(<ArticleTextsData … />)`.
 */
export function* articleTextsChunks(
  articles: readonly BriefArticle[],
  texts: ArticleTexts,
): Generator<string> {
  if (texts.size === 0) return;
  const [open, close] = around((hole) => (
    <script type="application/json" id="article-texts">
      {hole}
    </script>
  ));
  yield open;
  for (const chunk of jsonChunks(readerPayload(articles, texts))) yield scriptSafe(chunk);
  yield close;
}

/** The texts of a brief's articles. */
export const textsOf = (articles: readonly BriefArticle[]): ArticleTexts =>
  new Map(articles.map((a) => [a.id, a.text] as const));
