/**
 * Text that is not valid UTF-8 as a whole, decided a line at a time: a line whose non-ASCII
 * bytes are mostly well-formed UTF-8 is UTF-8 with its few stray bytes replaced (U+FFFD), a line
 * whose non-ASCII bytes are not UTF-8 at all is Windows-1252. One stray byte in a UTF-8 article
 * thus costs one character, not the whole file read as Windows-1252 ("é" → "Ã©"), and a file
 * that joins a UTF-8 and a Latin-1 article reads both right.
 */
import iconv from "iconv-lite";

/**
 * Well-formed UTF-8 sequences of two to four bytes, ill-formed pieces (each one U+FFFD when
 * decoded as UTF-8) and the bytes in them, in a byte range.
 */
type LineEvidence = {
  readonly multibyte: number;
  readonly invalid: number;
  readonly invalidBytes: number;
};

/** How a line is read, and how surely: a line with a single bad byte and nothing else says little. */
type LineVerdict = "ascii" | "utf8" | "latin" | "weak";

/**
 * The length of the well-formed UTF-8 sequence at `i`, or the negative length of its maximal
 * ill-formed prefix (at least 1), which a decoder replaces with one U+FFFD (Unicode §3.9,
 * Table 3-7: the second byte's range depends on the first).
 */
function sequenceAt(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i] as number;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f; // no surrogates
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
  } else return -1; // 0x80–0xC1, 0xF5–0xFF never start a sequence
  let n = 1;
  for (; n <= need; n++) {
    const c = i + n < end ? (bytes[i + n] as number) : -1;
    if (c < lo || c > hi) return -n;
    lo = 0x80;
    hi = 0xbf;
  }
  return n;
}

function evidenceOf(bytes: Uint8Array, start: number, end: number): LineEvidence {
  let multibyte = 0;
  let invalid = 0;
  let invalidBytes = 0;
  for (let i = start; i < end;) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const n = sequenceAt(bytes, i, end);
    if (n > 0) multibyte++;
    else {
      invalid++;
      invalidBytes -= n;
    }
    i += Math.abs(n);
  }
  return { multibyte, invalid, invalidBytes };
}

function verdictOf(e: LineEvidence): LineVerdict {
  if (e.invalid === 0) return e.multibyte === 0 ? "ascii" : "utf8";
  if (e.multibyte >= e.invalid) return "utf8";
  // One bad byte on an otherwise ASCII line is a stray byte in UTF-8 text as often as it is
  // one Latin-1 letter: its neighbours decide.
  if (e.multibyte === 0 && e.invalid === 1) return "weak";
  return "latin";
}

/** A weak line reads as the nearest line before it that had a say, else the nearest after it, else Latin-1. */
function settle(verdicts: LineVerdict[]): ("utf8" | "latin")[] {
  const settled: ("utf8" | "latin" | null)[] = verdicts.map((v) =>
    v === "weak" ? null : v === "latin" ? "latin" : "utf8",
  );
  const decided = (v: LineVerdict): v is "utf8" | "latin" => v === "utf8" || v === "latin";
  let before: "utf8" | "latin" | null = null;
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i]!;
    if (decided(v)) before = v;
    else if (v === "weak") settled[i] = before;
  }
  let after: "utf8" | "latin" | null = null;
  for (let i = verdicts.length - 1; i >= 0; i--) {
    const v = verdicts[i]!;
    if (decided(v)) after = v;
    else if (settled[i] === null) settled[i] = after ?? "latin";
  }
  return settled as ("utf8" | "latin")[];
}

const replacing = new TextDecoder("utf-8");

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * Bytes that are not valid UTF-8 as a whole, decoded line by line (a line break is the same
 * byte in both encodings and never inside a UTF-8 sequence), with a note on what was replaced
 * and what was read as Windows-1252, its lines numbered from `firstLineNo` in the note.
 */
export function decodeByLines(bytes: Uint8Array, firstLineNo = 1): { text: string; note: string } {
  const starts: number[] = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
  const ranges = starts.map((s, k) => [s, k + 1 < starts.length ? starts[k + 1]! : bytes.length]);
  const evidence = ranges.map(([s, e]) => evidenceOf(bytes, s!, e!));
  const kinds = settle(evidence.map(verdictOf));
  const parts: string[] = [];
  let replaced = 0;
  let firstReplaced = 0;
  let latinLines = 0;
  let firstLatin = 0;
  let nonAsciiLines = 0;
  ranges.forEach(([s, e], k) => {
    const piece = bytes.subarray(s, e);
    const ev = evidence[k]!;
    if (ev.multibyte + ev.invalid > 0) nonAsciiLines++;
    if (kinds[k] === "latin" && ev.invalid > 0) {
      parts.push(iconv.decode(Buffer.from(piece), "windows-1252"));
      if (latinLines++ === 0) firstLatin = k + firstLineNo;
      return;
    }
    parts.push(replacing.decode(piece));
    if (ev.invalid > 0 && replaced === 0) firstReplaced = k + firstLineNo;
    replaced += ev.invalidBytes;
  });
  const notes: string[] = [];
  if (replaced > 0) {
    notes.push(
      `${plural(replaced, "byte")} not valid UTF-8 in UTF-8 text replaced with U+FFFD (` +
        `${replaced === 1 ? "" : "the first "}on line ${firstReplaced})`,
    );
  }
  if (latinLines > 0) {
    // The note the whole-file reading always gave, when it is still the whole story.
    notes.push(
      latinLines === nonAsciiLines && replaced === 0
        ? "not valid UTF-8; read as Windows-1252 (Latin-1)"
        : `${plural(latinLines, "line")} not valid UTF-8 read as Windows-1252 (Latin-1), the first line ${firstLatin}`,
    );
  }
  return { text: parts.join(""), note: notes.join("; ") };
}
