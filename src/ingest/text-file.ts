import { toIsoDate } from "../util/iso-date.js";

/** Metadata a plain-text article may carry in leading header lines. */
export type TextHeader = {
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  /** Offset of the first character after the header. */
  readonly bodyStart: number;
};

const KEYS: Record<string, keyof Omit<TextHeader, "bodyStart">> = {
  url: "url",
  link: "url",
  title: "title",
  headline: "title",
  date: "published",
  published: "published",
  outlet: "outlet",
  source: "outlet",
  site: "outlet",
  author: "author",
  byline: "author",
};

// `title: Bridge closed` — a known key, a colon, a value, on a line of its own. Space around
// them is any white space but a line break: a title pasted from a web page may hold a U+2028
// line separator or a no-break space, which `.` and `[ \t]` would stop at.
const KEYED_LINE = /^[^\S\n]*([A-Za-z]+)[^\S\n]*:[^\S\n]*([^\n]*?)[^\S\n]*$/;
// Unicode's line and paragraph separators inside a header value: a space, as a browser shows them.
const SEPARATORS = /[^\S\n]*[\u2028\u2029][^\S\n]*/g;
// ` date 2025-02-11 Washington's envoys …` — the bare form, which may run on into the body.
const BARE_DATE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;

/**
 * The page store's leading ` date YYYY-MM-DD ` line (" date 2025-02-11 Washington's envoys …"):
 * its day, and where the text after it starts. The date line may run on into the site's name,
 * the headline or the body on the same line; the text after it starts there.
 */
export function leadingDateLine(text: string): { day: string | null; end: number } | null {
  const nl = text.indexOf("\n");
  const line = text.slice(0, nl === -1 ? text.length : nl).replace(/\r$/, "");
  const bare = BARE_DATE.exec(line);
  if (!bare) return null;
  const rest = bare[0].length;
  return {
    day: toIsoDate(bare[1]),
    end: rest < line.length ? rest : nl === -1 ? text.length : nl + 1,
  };
}

/**
 * Reads the optional header of a `.txt` / `.md` article: leading `key: value` lines (url,
 * title, date, outlet, author and their synonyms) and the bare `date YYYY-MM-DD` form. The
 * body starts at the first line that is not a header line; a blank line right after the header
 * is skipped.
 */
export function parseTextHeader(text: string): TextHeader {
  const meta: Record<string, string | null> = {
    url: null,
    title: null,
    published: null,
    outlet: null,
    author: null,
  };
  let pos = 0;
  let sawHeader = false;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd).replace(/\r$/, "");
    const bare = meta.published === null ? leadingDateLine(text.slice(pos)) : null;
    if (bare) {
      meta.published = bare.day;
      sawHeader = true;
      const runsOn = pos + bare.end <= lineEnd;
      pos += bare.end;
      if (runsOn) break; // the body goes on on this line
      continue;
    }
    const keyed = KEYED_LINE.exec(line);
    const field = keyed ? KEYS[keyed[1]!.toLowerCase()] : undefined;
    if (!keyed || !field || keyed[2] === "" || meta[field] !== null) break;
    const value = keyed[2]!.replace(SEPARATORS, " ");
    if (field === "published") {
      const day = toIsoDate(value);
      if (day === null) break; // "Date: a sentence" is body text, not a header
      meta.published = day;
    } else if (field === "url" && !/^https?:\/\/\S+$/i.test(value)) {
      break;
    } else {
      meta[field] = value;
    }
    sawHeader = true;
    pos = nl === -1 ? text.length : nl + 1;
  }
  if (!sawHeader) pos = 0;
  return {
    url: meta.url ?? null,
    title: meta.title ?? null,
    published: meta.published ?? null,
    outlet: meta.outlet ?? null,
    author: meta.author ?? null,
    bodyStart: pos,
  };
}
