/**
 * Readable outlet names from web hosts: "www.kyivindependent.com" → "Kyiv Independent",
 * "cdn3-static.harbournews.tv" → "Harbour News", "cnbc.com" → "CNBC".
 *
 * The site is the registrable domain, read with `tldts` from the public-suffix list (which knows
 * "co.uk" and "com.au", and hosting suffixes such as "blogspot.com", where each subdomain is a
 * site of its own), so no list of host prefixes ("www", "m", "cdn3-static") has to be kept: every
 * label before the registrable one is the site's service, not its name, bar a section's
 * ("sports.kxtv.com" is "KXTV Sports"). The label is then split
 * into words only where the split is sure; a label that reads as no name at all stays as
 * written, domain suffix and all ("x7qkzpt.example").
 */
import { parse } from "tldts";

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

/**
 * A run of this many consonants does not occur in a name ("qxvmtrbkz"): a label holding one is
 * a generated host, not a name. English tops out at four ("lengths" has "ngths", five with
 * the s, but as two morphemes); "y" counts as a vowel.
 */
const NONSENSE_CONSONANT_RUN = 5;
/** A piece split off a label must be a word this long, unless it is the short initialism before a word. */
const MIN_PIECE = 3;
/** Initialisms split off ("la" in "laharbourpost", "kxtv" in "kxtvnews") are this long at most. */
const MAX_INITIALISM = 4;
/** An initialism split off ("la" in "laharbourpost", "ap" in "apnews") must come before a word this long. */
const MIN_WORD_AFTER_INITIALISM = 4;

/** Short or vowel-less labels are initialisms: "ap" → "AP", "cnbc" → "CNBC". */
const capitalise = (w: string): string =>
  /^\d+$/.test(w)
    ? w
    : w.length <= 2 || (w.length <= 5 && !/[aeiouy]/.test(w))
      ? w.toUpperCase()
      : w[0]!.toUpperCase() + w.slice(1);

/** Whether a piece left over from a split can stand as a word of a name. */
const nameLike = (piece: string): boolean =>
  piece.length >= MIN_PIECE && /[aeiouy]/.test(piece) && !/\d/.test(piece);

/**
 * Splits "kyivindependent" into ["kyiv", "independent"] using known name words at either end.
 * A split is kept only when what it leaves is a word too: "kxtv" stays whole rather than become
 * "kx" + "tv", while "apnews" is "ap" + "news" and "kxtvnews" "kxtv" + "news" (an initialism, two
 * letters or without vowels, before a long word).
 */
function splitLabel(label: string): string[] {
  for (const word of NAME_WORDS) {
    if (label.length <= word.length || !label.endsWith(word)) continue;
    const rest = label.slice(0, -word.length);
    const initialism =
      /^[a-z]+$/.test(rest) &&
      rest.length >= 2 &&
      (rest.length === 2 || (rest.length <= MAX_INITIALISM && !/[aeiouy]/.test(rest)));
    if (nameLike(rest) || (initialism && word.length >= MIN_WORD_AFTER_INITIALISM)) {
      return [...splitLabel(rest), word];
    }
  }
  for (const word of NAME_WORDS) {
    if (label.length <= word.length || !label.startsWith(word)) continue;
    const rest = label.slice(word.length);
    if (nameLike(rest)) return [word, ...splitLabel(rest)];
  }
  return [label];
}

/** Whether a host label reads as a name at all, rather than a generated string ("x7qkzpt"). */
export function labelReadsAsName(label: string): boolean {
  const letters = label
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (letters.length === 0) return false;
  return letters.every(
    (piece) =>
      piece.length <= NONSENSE_CONSONANT_RUN ||
      !new RegExp(`[^aeiouy]{${NONSENSE_CONSONANT_RUN},}`).test(piece),
  );
}

/**
 * A subdomain that is one of a publisher's sections makes a name of its own: "sports.kxtv.com"
 * is "KXTV Sports", "news.harbourton.com" "Harbourton News".
 */
const SECTION_LABELS = new Set([
  "sports",
  "sport",
  "business",
  "money",
  "tech",
  "news",
  "weather",
  "travel",
  "health",
  "entertainment",
]);

/** What a page's address says about its site. */
export type SiteOfHost = {
  /** The registrable domain, lower case: "harbournews.co.uk". */
  readonly domain: string;
  /** Its name label: "harbournews". */
  readonly label: string;
  /** The subdomain next to the domain when it names a section ("sports"), else null. */
  readonly section: string | null;
};

// "https://proxy.example/https/www.harbournews.com/story": a mirror that holds the page's own
// address in its path.
const EMBEDDED_ADDRESS = /^\/+https?(?::|%3A)?\/+([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?=[/:?#]|$)/i;

/** The site of a host, or null for an address without one (an IP address, localhost). */
export function siteOfHost(host: string): SiteOfHost | null {
  const p = parse(host.toLowerCase().replace(/\.$/, ""), { allowPrivateDomains: true });
  if (p.isIp || !p.domain || !p.domainWithoutSuffix) return null;
  const nearest = p.subdomain?.split(".").at(-1) ?? "";
  return {
    domain: p.domain,
    label: p.domainWithoutSuffix,
    section: SECTION_LABELS.has(nearest) ? nearest : null,
  };
}

/** The host a web address belongs to: its own, or that of the address a mirror holds in its path. */
export function hostOfUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    const embedded = EMBEDDED_ADDRESS.exec(u.pathname);
    return embedded ? embedded[1]!.toLowerCase() : u.hostname;
  } catch {
    return null;
  }
}

/** The site of a web address (see `hostOfUrl`), or null. */
export function siteOfUrl(url: string | null): SiteOfHost | null {
  const host = hostOfUrl(url);
  return host ? siteOfHost(host) : null;
}

/**
 * Top-level domains that are words of English, which a site on one makes part of a bare name:
 * "harbourton.news" is "Harbourton News", "tarnby.global" "Tarnby Global", but
 * "harbournews.global" is "Harbour News", a name whole without it. (Not "tv", which stations use
 * for the medium rather than the name, nor "online", "info" or country codes.)
 */
const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  "news",
  "global",
  "media",
  "today",
  "press",
  "world",
  "times",
  "network",
  "report",
]);

/**
 * A readable outlet name for a site: its label split into words where the split is sure
 * ("kyivindependent" → "Kyiv Independent"); a label that reads as no name stays as written
 * with its suffix ("x7qkzpt.example").
 */
export function outletOfSite(site: SiteOfHost): string {
  if (!labelReadsAsName(site.label)) return site.domain;
  const words = site.label
    .split("-")
    .flatMap((part) => splitLabel(part))
    .filter(Boolean);
  // A word the name already ends with is not said twice ("news.harbournews.com").
  const suffix = site.domain.slice(site.label.length + 1);
  if (NAME_SUFFIXES.has(suffix) && !NAME_WORDS.includes(words.at(-1)!)) words.push(suffix);
  if (site.section !== null && words.at(-1) !== site.section) words.push(site.section);
  return words.map(capitalise).join(" ");
}

/** A readable outlet name for a host, or null when the host has none (an IP, localhost). */
export function outletFromHost(host: string): string | null {
  const site = siteOfHost(host);
  return site ? outletOfSite(site) : null;
}

/** The outlet name for a URL, or null if it is not a web URL. */
export function outletFromUrl(url: string | null): string | null {
  const site = siteOfUrl(url);
  return site ? outletOfSite(site) : null;
}

/** Letters and digits only, lower case: how a written name is compared with a host label. */
const letters = (s: string): string =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");

/** A site's name is a few words; longer runs of capitalised words are not names of sites. */
const MAX_NAME_WORDS = 6;

/** Words a name may drop when a host writes it ("The Times of Harbourton" as "timesofharbourton"). */
const SKIPPABLE = new Set(["the"]);

/**
 * Whether a written name is the name a site's host label spells: the same letters ("Harbour
 * Post" for "harbourpost", "Harbour-Post.net" for "harbour-post.net"), or the label spelling some
 * of the name's words whole and the others by their first letter ("Los Angeles Harbour Post"
 * for "laharbourpost"). At least one word must be spelt whole: initials alone fit too many names.
 */
export function nameMatchesSite(name: string, site: SiteOfHost): boolean {
  const whole = letters(name);
  const label = letters(site.label);
  if (whole === "" || label === "") return false;
  if (whole === label || whole === letters(site.domain)) return true;
  // The name the address reads as, section included ("KXTV Sports").
  if (whole === letters(outletOfSite(site))) return true;
  const words = name
    .split(/[\s/]+/)
    .map(letters)
    .filter(Boolean);
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  // Depth-first over the words: each spelt whole, by its initial, or (for "the") not at all.
  const fits = (i: number, at: number, spelt: boolean, initialled: boolean): boolean => {
    if (i === words.length) return at === label.length && spelt && initialled;
    const w = words[i]!;
    if (label.startsWith(w, at) && fits(i + 1, at + w.length, true, initialled)) return true;
    if (label[at] === w[0] && fits(i + 1, at + 1, spelt, true)) return true;
    return SKIPPABLE.has(w) && fits(i + 1, at, spelt, initialled);
  };
  return fits(0, 0, false, false);
}
