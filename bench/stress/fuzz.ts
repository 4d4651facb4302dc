/**
 * Seeded mutations of HTML, JSONL and RSS inputs for the fuzz part of `npm run stress`: random
 * byte edits (flips, inserts, deletions, duplications, truncation) and structural ones (deep
 * nesting, unclosed comments and CDATA, entity declarations, values of the wrong type). Each
 * mutant keeps a record of which JSONL lines it left untouched, since those must still be read.
 */
import type { Rng } from "../prng.js";

/** Bytes and pieces that reader code tends to trip on. */
const NASTY_PIECES = [
  "\u0000",
  "\uFFFD",
  "\uD800",
  "<",
  ">",
  "&",
  '"',
  "'",
  "{",
  "}",
  "[",
  "]",
  "]]>",
  "<![CDATA[",
  "<!--",
  "-->",
  "&#xD800;",
  "&#99999999;",
  "&amp",
  "\u2028",
  "\u202E",
  "“",
  "”",
  "\\",
  "\\u",
  "<script>",
  "</",
];

function randomPiece(rng: Rng, allowNewline: boolean): string {
  if (rng.chance(0.5)) return rng.pick(NASTY_PIECES);
  const length = rng.between(1, 8);
  let s = "";
  for (let i = 0; i < length; i++) {
    const c = rng.int(256);
    s += c === 10 && !allowNewline ? " " : String.fromCharCode(c);
  }
  return s;
}

/** One random byte-level edit of `text`; newlines are never added or removed when `keepLines`. */
function byteEdit(text: string, rng: Rng, keepLines: boolean): string {
  if (text.length === 0) return randomPiece(rng, !keepLines);
  const at = rng.int(text.length);
  const span = Math.min(text.length - at, rng.between(1, 64));
  const cut = text.slice(at, at + span);
  const safeCut = keepLines ? cut.replace(/\n/g, " ") : cut;
  switch (rng.int(5)) {
    case 0: // flip one character
      return text.slice(0, at) + randomPiece(rng, !keepLines).slice(0, 1) + text.slice(at + 1);
    case 1: // insert
      return text.slice(0, at) + randomPiece(rng, !keepLines) + text.slice(at);
    case 2: // delete a run (its newlines kept)
      return (
        text.slice(0, at) + (keepLines ? cut.replace(/[^\n]/g, "") : "") + text.slice(at + span)
      );
    case 3: // duplicate a run many times
      return text.slice(0, at) + safeCut.repeat(rng.between(2, 200)) + text.slice(at);
    default: // truncate
      return keepLines ? text.slice(0, at) + cut.replace(/[^\n]/g, "") : text.slice(0, at);
  }
}

function byteEdits(text: string, rng: Rng, keepLines: boolean): string {
  let t = text;
  const edits = rng.between(1, 12);
  for (let i = 0; i < edits; i++) t = byteEdit(t, rng, keepLines);
  return t;
}

function insertAt(text: string, rng: Rng, piece: string): string {
  const at = rng.int(text.length + 1);
  return text.slice(0, at) + piece + text.slice(at);
}

/** Structural damage a markup reader must survive. */
function markupEdit(text: string, rng: Rng): string {
  const depth = rng.between(100, 20_000);
  switch (rng.int(7)) {
    case 0:
      return insertAt(text, rng, "<div>".repeat(depth));
    case 1:
      return insertAt(text, rng, "<!-- never closed");
    case 2:
      return insertAt(text, rng, "<![CDATA[ never closed");
    case 3: // an entity-expansion bomb in a document type declaration
      return (
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>' +
        text.replace(/<\/title>/, "&d;&d;&d;</title>")
      );
    case 4:
      return text.replace(/<\/[a-z:]+>/gi, () => (rng.chance(0.5) ? "" : "</x>"));
    case 5:
      return insertAt(text, rng, `<p title="${"x".repeat(depth * 10)}">`);
    default:
      return insertAt(text, rng, "&amp;".repeat(depth));
  }
}

export type Mutant = {
  readonly name: string;
  readonly content: string;
  /** Ids of JSONL records this mutant left whole: each must be in the brief. */
  readonly intactIds: readonly string[];
};

export function mutateHtml(html: string, rng: Rng, name: string): Mutant {
  const content = rng.chance(0.5) ? byteEdits(html, rng, false) : markupEdit(html, rng);
  return { name, content, intactIds: [] };
}

export function mutateRss(rss: string, rng: Rng, name: string): Mutant {
  const content = rng.chance(0.5) ? byteEdits(rss, rng, false) : markupEdit(rss, rng);
  return { name, content, intactIds: [] };
}

/** Arrays nested `depth` deep: written as text, since JSON.stringify of them overflows the stack. */
class DeepArray {
  constructor(readonly depth: number) {}
}

/** A JSON value of the wrong type or shape, for a record's field. */
function oddValue(rng: Rng): unknown {
  const depth = rng.between(100, 50_000);
  switch (rng.int(7)) {
    case 0:
      return rng.int(1e9);
    case 1:
      return null;
    case 2:
      return ["a", { b: [] }];
    case 3:
      return { text: "nested" };
    case 4:
      return new DeepArray(depth);
    case 5:
      return "\u0000".repeat(rng.between(1, 1000));
    default:
      return "x".repeat(rng.between(1, 100_000));
  }
}

const DEEP_MARK = "\u0001deep\u0001";
const RECORD_FIELDS = ["id", "text", "title", "date", "url", "outlet", "author", "body"];

/** Mutates some lines of a JSONL file (each a record with an id), never joining or splitting lines. */
export function mutateJsonl(lines: readonly string[], rng: Rng, name: string): Mutant {
  const out: string[] = [];
  const intactIds: string[] = [];
  for (const line of lines) {
    if (!rng.chance(0.4)) {
      out.push(line);
      intactIds.push((JSON.parse(line) as { id: string }).id);
      continue;
    }
    if (rng.chance(0.5)) {
      out.push(byteEdits(line, rng, true));
    } else {
      const record = JSON.parse(line) as Record<string, unknown>;
      const value = oddValue(rng);
      const deep = value instanceof DeepArray ? value.depth : 0;
      record[rng.pick(RECORD_FIELDS)] = deep > 0 ? DEEP_MARK : value;
      // JSON.stringify escapes line breaks inside strings, so the record stays on one line.
      const text = JSON.stringify(record);
      out.push(
        deep > 0 ? text.replace(`"${DEEP_MARK}"`, "[".repeat(deep) + "]".repeat(deep)) : text,
      );
    }
  }
  return { name, content: out.join("\n") + "\n", intactIds };
}

/** An RSS 2.0 feed with one item per article text, for the RSS mutants. */
export function rssOf(texts: readonly { title: string; text: string }[]): string {
  const escape = (s: string): string =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const items = texts.map(
    (t, i) =>
      `<item><title>${escape(t.title)}</title><link>https://stress.example/${i}</link>` +
      `<guid>stress-${i}</guid><pubDate>Tue, 17 Mar 2026 09:00:00 GMT</pubDate>` +
      `<content:encoded><![CDATA[${t.text
        .split(/\n\n+/)
        .map((p) => `<p>${p}</p>`)
        .join("")}]]></content:encoded></item>`,
  );
  return (
    '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
    `<channel><title>Stress Radio</title><link>https://stress.example/</link>${items.join("\n")}</channel></rss>`
  );
}
