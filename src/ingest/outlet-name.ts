/**
 * Readable outlet names from web hosts: "www.kyivindependent.com" → "Kyiv Independent",
 * "img.harbournews.tv" → "Harbour News", "cnbc.com" → "CNBC".
 */

/** Host labels that name a service of a site, not the site. */
const SERVICE_LABELS = new Set([
  "www",
  "m",
  "mobile",
  "amp",
  "edition",
  "img",
  "images",
  "image",
  "static",
  "assets",
  "cdn",
  "media",
  "news",
  "en",
  "english",
  "beta",
  "web",
  "i",
  "s",
  "content",
  "uploads",
  "feeds",
  "rss",
]);

/** Second-level labels of country domains ("bbc.co.uk"): the name is the label before them. */
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"]);

/**
 * Words that end or start news outlets' names, for splitting run-together host labels.
 * Longest first, so "independent" is tried before "dent"-like fragments could be.
 */
const NAME_WORDS = [
  "independent",
  "international",
  "chronicle",
  "telegraph",
  "guardian",
  "observer",
  "business",
  "tribune",
  "herald",
  "journal",
  "gazette",
  "express",
  "courier",
  "monitor",
  "insider",
  "reporter",
  "standard",
  "examiner",
  "defence",
  "defense",
  "military",
  "politics",
  "finance",
  "review",
  "weekly",
  "global",
  "online",
  "report",
  "record",
  "press",
  "times",
  "daily",
  "today",
  "world",
  "nation",
  "voice",
  "sport",
  "sports",
  "radio",
  "talks",
  "local",
  "post",
  "news",
  "mail",
  "star",
  "wire",
  "live",
  "tech",
  "info",
  "city",
  "hub",
  "sun",
  "tv",
  "the",
].sort((a, b) => b.length - a.length);

/** Short or vowel-less labels are initialisms: "ap" → "AP", "cnbc" → "CNBC". */
const capitalise = (w: string): string =>
  w.length <= 2 || (w.length <= 5 && !/[aeiou]/.test(w))
    ? w.toUpperCase()
    : w[0]!.toUpperCase() + w.slice(1);

/** Splits "kyivindependent" into ["kyiv", "independent"] using known name words at either end. */
function splitLabel(label: string): string[] {
  for (const word of NAME_WORDS) {
    if (label.length > word.length + 1 && label.endsWith(word)) {
      return [...splitLabel(label.slice(0, -word.length)), word];
    }
  }
  for (const word of NAME_WORDS) {
    if (label.length > word.length + 1 && label.startsWith(word)) {
      return [word, ...splitLabel(label.slice(word.length))];
    }
  }
  return [label];
}

/** The registrable name label of a host: "img.dunyanews.tv" → "dunyanews". */
export function siteLabel(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, "").split(".").filter(Boolean);
  if (labels.length === 0 || /^\d+$/.test(labels[labels.length - 1]!)) return null;
  let end = labels.length - 1; // the top-level domain
  if (end >= 2 && SECOND_LEVEL.has(labels[end - 1]!) && labels[end]!.length === 2) end--;
  const name = labels[end - 1];
  if (name === undefined) return labels.length === 1 ? labels[0]! : null;
  if (SERVICE_LABELS.has(name) && end - 2 >= 0) return labels[end - 2]!;
  return name;
}

/** A readable outlet name for a host, or null when the host has none (an IP, localhost). */
export function outletFromHost(host: string): string | null {
  const label = siteLabel(host);
  if (label === null || label === "localhost") return null;
  return label
    .split("-")
    .flatMap((part) => splitLabel(part))
    .filter(Boolean)
    .map(capitalise)
    .join(" ");
}

/** The outlet name for a URL, or null if it is not a web URL. */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return outletFromHost(u.hostname);
  } catch {
    return null;
  }
}
