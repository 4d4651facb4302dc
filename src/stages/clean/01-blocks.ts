import type { Range } from "../../model/index.js";

/**
 * Lines shorter than this, in a text whose blank-line-separated blocks hold several lines, mean
 * the text is hard-wrapped (an e-mail, a wire printout): a paragraph is a block, not a line.
 * News sites' one-paragraph-a-line texts have most lines far longer.
 */
const WRAPPED_LINE_MAX = 100;
/** Share of multi-line blocks above which a text counts as hard-wrapped. */
const WRAPPED_BLOCK_SHARE = 0.5;
/** Wrapping tools break at 60–80 columns: a shorter median line is a list of short paragraphs. */
const WRAPPED_LINE_MEDIAN_MIN = 40;
/** Wrapped lines mostly end mid-sentence; paragraphs a line each mostly end with a full stop. */
const WRAPPED_SENTENCE_END_SHARE = 0.5;

function lineRanges(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  let pos = from;
  while (pos < to) {
    let end = text.indexOf("\n", pos);
    if (end === -1 || end > to) end = to;
    out.push({ start: pos, end });
    pos = end + 1;
  }
  return out;
}

/** Trims whitespace off both ends of a range; empty ranges come back with start === end. */
export function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * The paragraphs of an article's body as trimmed ranges of the original text. A paragraph is a
 * line, as news sites and crawlers write them, unless the text is hard-wrapped, in which case it
 * is a block between blank lines.
 */
export function paragraphBlocks(text: string, from: number): Range[] {
  const lines = lineRanges(text, from, text.length);
  const blocks: Range[][] = [];
  let current: Range[] = [];
  for (const line of lines) {
    if (text.slice(line.start, line.end).trim() === "") {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  const multi = blocks.filter((b) => b.length > 1);
  const inner = multi.flatMap((b) => b.slice(0, -1)); // lines a wrap would have broken
  const lengths = inner.map((l) => l.end - l.start).sort((a, b) => a - b);
  const ending = inner.filter((l) => /[.!?"”]\s*$/.test(text.slice(l.start, l.end))).length;
  const wrapped =
    blocks.length > 0 &&
    multi.length / blocks.length > WRAPPED_BLOCK_SHARE &&
    lengths.every((n) => n < WRAPPED_LINE_MAX) &&
    (lengths[lengths.length >> 1] ?? 0) >= WRAPPED_LINE_MEDIAN_MIN &&
    ending / inner.length <= WRAPPED_SENTENCE_END_SHARE;
  const paragraphs = wrapped
    ? blocks.map((b) => ({ start: b[0]!.start, end: b[b.length - 1]!.end }))
    : blocks.flat();
  return paragraphs.map((p) => trimRange(text, p)).filter((p) => p.end > p.start);
}
