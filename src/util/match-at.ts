/**
 * Reading a sticky (`y`) regex at one position. A sticky regex keeps its position in
 * `lastIndex` between calls, so a module-level one read by hand leaks where the last caller left
 * it. Read only through these helpers, which set the position themselves on every call and are
 * the only readers of `lastIndex`, such a regex is "sticky-safe": shareable, compiled once, and
 * as fast as a hand-set `lastIndex` in a hot loop.
 */

function stickyAt(re: RegExp, at: number): RegExp {
  // A global or plain regex would search on from `at` instead of matching right there.
  if (!re.sticky) throw new Error(`matchAt needs a sticky regex, got /${re.source}/${re.flags}`);
  re.lastIndex = at;
  return re;
}

/** The match of sticky `re` starting exactly at `at`, or null. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  return stickyAt(re, at).exec(text);
}

/** Whether sticky `re` matches starting exactly at `at`. */
export function matchesAt(re: RegExp, text: string, at: number): boolean {
  return stickyAt(re, at).test(text);
}

/**
 * The first match of global `re` at or after `at`, or null: a walk over a text passes on the
 * end of each match (`matchEnd`) rather than leaving it in the shared regex. For a pattern that
 * cannot match empty, so that the walk always moves on.
 */
export function searchFrom(re: RegExp, text: string, at: number): RegExpExecArray | null {
  if (!re.global) throw new Error(`searchFrom needs a global regex, got /${re.source}/${re.flags}`);
  re.lastIndex = at;
  return re.exec(text);
}

/** Where a match ends: for a sticky match, the position the next read starts from. */
export const matchEnd = (m: RegExpExecArray): number => m.index + m[0].length;
