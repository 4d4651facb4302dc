/**
 * Text from the articles (titles, outlets, ids, quotes, sentences, claims, warnings) made inert
 * in the Markdown brief, so a Markdown renderer shows it as text: no raw HTML, no autolink and no
 * link of any scheme can come out of it. Only what can start markup is escaped, so the brief
 * still reads plainly in a terminal.
 */

/**
 * - `\` doubled, so the text cannot undo an escape of ours (`\<` would otherwise be `\\<`);
 * - `<` escaped: raw HTML (`<script>`, `<img onerror>`, `<!--`) and autolinks
 *   (`<javascript:…>`) all begin with it;
 * - `]` escaped where it would close a link or image (`](…)`), a reference (`][…]`) or a
 *   link definition (`[x]: javascript:…`), so no `[text](javascript:…)` in an article becomes a
 *   link while the brackets of ordinary text (and of the quote diffs, `−[will not] +[won’t]`)
 *   stay as they are. The brief itself writes no links.
 */
export const inert = (text: string): string => text.replace(/\\|<|\](?=[([:])/g, (c) => `\\${c}`);

/** Inert text as one table cell: pipes escaped, line breaks (which would end the row) as spaces. */
export const cell = (text: string): string =>
  inert(text)
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
