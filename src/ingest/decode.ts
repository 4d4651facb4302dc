import iconv from "iconv-lite";
import { decodeByLines } from "./decode-lines.js";

/** The text of a file, or the reason it is not text. */
export type Decoded =
  | { readonly kind: "text"; readonly text: string; readonly note: string | null }
  | { readonly kind: "unusable"; readonly reason: string };

/**
 * Share of control characters (other than tab, CR, LF, FF) above which a byte sample is taken
 * for binary data rather than text. Text in any encoding has almost none; images, PDFs and
 * archives have many within their first kilobytes.
 */
const BINARY_CONTROL_SHARE = 0.05;
const SNIFF_BYTES = 8192;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_SHARE;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes to text: UTF-8 (with or without BOM) and UTF-16 with BOM as they are. Text that is not
 * valid UTF-8 is decided a line at a time (`decodeByLines`): stray bytes in UTF-8 lines become
 * U+FFFD, lines that are not UTF-8 at all are read as Windows-1252, the superset of Latin-1 that
 * old news archives use, with a note saying which. Binary and empty inputs are refused with a
 * reason.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { kind: "unusable", reason: "empty file" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      kind: "text",
      text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"),
      note: null,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      kind: "text",
      text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"),
      note: null,
    };
  }
  if (looksBinary(bytes)) return { kind: "unusable", reason: "binary file, not text" };
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return { kind: "text", ...decodeText(body) };
}

/**
 * Text bytes with no byte-order mark: valid UTF-8 as it is, anything else a line at a time
 * (`decodeByLines`, whose note numbers lines from `firstLineNo`).
 */
export function decodeText(
  bytes: Uint8Array,
  firstLineNo = 1,
): { readonly text: string; readonly note: string | null } {
  try {
    return { text: utf8.decode(bytes), note: null };
  } catch {
    return decodeByLines(bytes, firstLineNo);
  }
}
