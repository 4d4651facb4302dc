/**
 * Article URLs come from the articles themselves and are untrusted: only an absolute http(s)
 * URL may become a link. `javascript:`, `data:`, relative and malformed URLs stay text.
 */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}
