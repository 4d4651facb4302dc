/**
 * The benchmarks' yardstick: the least work any reuse detector must do — read every article
 * file, decode it, and hash its word 3-shingles. Stage timings are reported as multiples of
 * this pass over the same files in the same run, which cancels most of a shared machine's
 * noise (DESIGN §6).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type BaselineResult = {
  readonly files: number;
  readonly bytes: number;
  readonly shingles: number;
  /** Sum of all shingle hashes, so no engine can skip the hashing as dead code. */
  readonly checksum: number;
};

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Letters and digits of any script make words; ASCII punctuation and the General Punctuation
 * block (curly quotes, dashes) do not. Cheaper than a Unicode property test per character,
 * and exact for the text a news corpus holds.
 */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xd7 && c !== 0xf7;
}

/** FNV-1a over the characters of text[start, end), lower-cased, continuing from `h`. */
function fnvRange(text: string, start: number, end: number, h: number): number {
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/**
 * Hashes every run of three consecutive words ("w1 w2 w3", lower-cased) with 32-bit FNV-1a.
 * Returns the shingle count and the sum of the hashes.
 */
export function hashShingles(text: string): { shingles: number; checksum: number } {
  // Start and end offsets of the last three words, as a ring.
  const starts = [0, 0, 0];
  const ends = [0, 0, 0];
  let words = 0;
  let shingles = 0;
  let checksum = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    const slot = words % 3;
    starts[slot] = start;
    ends[slot] = i;
    words++;
    if (words < 3) continue;
    const a = (words - 3) % 3;
    const b = (words - 2) % 3;
    let h = fnvRange(text, starts[a]!, ends[a]!, FNV_OFFSET);
    h = Math.imul(h ^ 32, FNV_PRIME);
    h = fnvRange(text, starts[b]!, ends[b]!, h);
    h = Math.imul(h ^ 32, FNV_PRIME);
    h = fnvRange(text, start, i, h);
    checksum = (checksum + (h >>> 0)) >>> 0;
    shingles++;
  }
  return { shingles, checksum };
}

/** Article files of a folder in name order, as ingest reads them. */
export function articleFiles(dir: string): string[] {
  const names = readdirSync(dir)
    .filter((n) => !n.startsWith("."))
    .sort();
  return names.map((n) => join(dir, n));
}

/**
 * Reads each file, decodes it as UTF-8 and hashes its shingles. Reads are synchronous: the
 * cheapest way to read many small local files (no thread-pool round trip per file), and,
 * being CPU-bound like the stages it is compared with, the least disturbed by a busy machine.
 * For HTML pages the markup's words are hashed too: the yardstick is the bare pass over the
 * bytes, not a text extractor.
 */
export function baselinePass(dir: string, onFile?: (done: number) => void): BaselineResult {
  let bytes = 0;
  let shingles = 0;
  let checksum = 0;
  const files = articleFiles(dir);
  for (let i = 0; i < files.length; i++) {
    const data = readFileSync(files[i]!);
    bytes += data.length;
    const r = hashShingles(data.toString("utf8"));
    shingles += r.shingles;
    checksum = (checksum + r.checksum) >>> 0;
    onFile?.(i + 1);
  }
  return { files: files.length, bytes, shingles, checksum };
}
