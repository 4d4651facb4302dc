/**
 * The lines of a byte stream (a JSONL file, standard input), none held past a cap: a line that
 * grows beyond it is let go and the rest of it passed over unkept, so an endless line (a stream of
 * zeros, a dump with no line breaks) costs time, never memory.
 */
import type { Readable } from "node:stream";

export type CappedLine =
  | { readonly kind: "line"; readonly bytes: Buffer }
  /** A line longer than the cap, of which no more than the cap was kept while reading it. */
  | { readonly kind: "too-long" };

const NEWLINE = 0x0a;
const CR = 0x0d;

/** A line without its line break (`\n` or `\r\n`). */
function lineOf(parts: Buffer[], length: number): CappedLine {
  let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, length);
  if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, -1);
  return { kind: "line", bytes };
}

/** Each line of `stream`, in order; one too long for `maxBytes` comes as `too-long`. */
export async function* cappedLines(stream: Readable, maxBytes: number): AsyncGenerator<CappedLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    while (from <= bytes.length) {
      const nl = bytes.indexOf(NEWLINE, from);
      const end = nl === -1 ? bytes.length : nl;
      if (!tooLong) {
        if (length + (end - from) > maxBytes) {
          tooLong = true;
          parts = [];
          length = 0;
        } else if (end > from) {
          parts.push(bytes.subarray(from, end));
          length += end - from;
        }
      }
      if (nl === -1) break;
      yield tooLong ? { kind: "too-long" } : lineOf(parts, length);
      parts = [];
      length = 0;
      tooLong = false;
      from = nl + 1;
    }
  }
  // The last line, when the stream does not end with a line break.
  if (tooLong) yield { kind: "too-long" };
  else if (length > 0) yield lineOf(parts, length);
}
