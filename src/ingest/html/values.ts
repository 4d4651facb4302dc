/**
 * The values a page states about itself (a name, a site's name, an address), cleaned of the
 * whitespace and the URLs that some sites put where a name belongs.
 */

/** A person's name as written, or null for URLs and handles that some sites put there. */
export function cleanName(value: string): string | null {
  const name = value.replace(/\s+/g, " ").trim();
  if (!name || /^(https?:)?\/\//i.test(name) || /^www\./i.test(name)) return null;
  return name.replace(/^by\s+/i, "").trim() || null;
}

export function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const name = cleanName(byline);
  return name && name.length <= MAX_BYLINE_LENGTH ? name : null;
}

/** Longer "bylines" are paragraphs that Readability mistook for one. */
const MAX_BYLINE_LENGTH = 100;

/** Some sites put their address in og:site_name; that is a URL, not a name. */
export function siteNameOf(value: unknown): string | null {
  const name = clean(value);
  return name && !/^(https?:)?\/\/|^www\./i.test(name) ? name : null;
}

export function clean(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text || null;
}

export function absoluteUrl(href: string | null, base: string | null): string | null {
  const value = href?.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
