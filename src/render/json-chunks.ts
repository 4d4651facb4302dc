/**
 * JSON text in pieces: the chunks' concatenation is exactly `JSON.stringify(value)`, but no
 * chunk is longer than `chunkChars`, so a brief of 100,000 articles is written without ever
 * building its whole text (V8 refuses a string of more than about 512 MB: `Invalid string
 * length`). The value itself stays in memory; only its text is produced a piece at a time.
 */

/** About 64 KB of text a chunk: large enough that writing is not dominated by calls, small enough to hold. */
export const JSON_CHUNK_CHARS = 1 << 16;

type Frame =
  | { kind: "array"; items: readonly unknown[]; next: number }
  | {
      kind: "object";
      source: Record<string, unknown>;
      keys: string[];
      next: number;
      wrote: boolean;
    };

/** What JSON.stringify makes of a value before writing it: `toJSON` applied (a Date's, say). */
function jsonValue(value: unknown, key: string): unknown {
  if (value !== null && typeof value === "object") {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return (toJSON as (key: string) => unknown).call(value, key);
  }
  return value;
}

/** Values JSON.stringify leaves out of an object and writes as null in an array. */
const isOmitted = (value: unknown): boolean =>
  value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * `JSON.stringify(value)` as chunks of at most `chunkChars` characters. Objects and arrays are
 * walked with an explicit stack (no generator per node: a brief has millions of spans); each
 * leaf is written by JSON.stringify itself, so escaping and number formats are its own. A leaf
 * longer than a chunk (an article's text) is cut into chunk-sized slices.
 */
export function* jsonChunks(value: unknown, chunkChars = JSON_CHUNK_CHARS): Generator<string> {
  let buffer = "";
  // Appends text, handing out full chunks; yields are collected here and flushed by the caller.
  const ready: string[] = [];
  const add = (text: string): void => {
    if (buffer.length + text.length <= chunkChars) {
      buffer += text;
      return;
    }
    if (buffer) ready.push(buffer);
    buffer = "";
    for (let i = 0; i < text.length; i += chunkChars) {
      const piece = text.slice(i, i + chunkChars);
      if (piece.length === chunkChars) ready.push(piece);
      else buffer = piece;
    }
  };

  const stack: Frame[] = [];
  // Opens a container or writes a leaf (`toJSON` already applied); `undefined` at the top
  // writes nothing, as JSON.stringify returns undefined there.
  const open = (v: unknown): void => {
    if (stack.length >= NATIVE_DEPTH && v !== null && typeof v === "object") {
      const text = wholeText(v);
      if (text !== null) {
        add(text);
        return;
      }
    }
    if (Array.isArray(v)) {
      add("[");
      stack.push({ kind: "array", items: v, next: 0 });
    } else if (v !== null && typeof v === "object" && !isBoxedPrimitive(v)) {
      add("{");
      const source = v as Record<string, unknown>;
      stack.push({ kind: "object", source, keys: Object.keys(source), next: 0, wrote: false });
    } else {
      const text = JSON.stringify(v);
      if (text !== undefined) add(text);
    }
  };

  open(jsonValue(value, ""));
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.kind === "array") {
      if (frame.next === frame.items.length) {
        add("]");
        stack.pop();
      } else {
        const i = frame.next++;
        if (i > 0) add(",");
        const item = jsonValue(frame.items[i], String(i));
        if (isOmitted(item)) add("null");
        else open(item);
      }
    } else if (frame.next === frame.keys.length) {
      add("}");
      stack.pop();
    } else {
      const key = frame.keys[frame.next++]!;
      const item = jsonValue(frame.source[key], key);
      if (!isOmitted(item)) {
        add(`${frame.wrote ? "," : ""}${JSON.stringify(key)}:`);
        frame.wrote = true;
        open(item);
      }
    }
    while (ready.length > 0) yield ready.shift()!;
  }
  if (buffer) yield buffer;
}

/**
 * From this depth down (a brief's articles and stories are at 2), a container is written by
 * JSON.stringify whole, two to three times faster than walking it here (a 34 MB brief: 0.2-0.3 s
 * against 0.6-0.8 s); the walk is only for the levels whose text could be too long for one
 * string.
 */
const NATIVE_DEPTH = 2;

/**
 * `JSON.stringify(v)`, or null when its text is too long for a string (one story of a huge
 * brief): that container is then walked like the levels above it. A value that still has a
 * `toJSON` (returned by another's) is walked too, as JSON.stringify would call it once more.
 */
function wholeText(v: object): string | null {
  if (typeof (v as { toJSON?: unknown }).toJSON === "function") return null;
  try {
    return JSON.stringify(v);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** new Number(1), new String("a"), new Boolean(true): JSON.stringify writes them as their value. */
const isBoxedPrimitive = (v: object): boolean =>
  v instanceof Number || v instanceof String || v instanceof Boolean;
