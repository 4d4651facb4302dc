/**
 * The deterministic corpus generator of the benchmarks (DESIGN §6).
 *
 * From a folder of base articles it builds N synthetic articles: many distinct stories made by
 * recombining the base's sentences with invented names, varied numbers and swapped words, and
 * around them the relations a reuse detector must find — verbatim copies wrapped in
 * boilerplate, near-verbatim copies (paragraphs dropped or trimmed, a few words changed),
 * rewrites (most content words swapped for synonyms, sentences reordered), independent reports
 * of the same story, and unrelated stories. The planted relations are written as ground truth.
 *
 *   tsx bench/generate.ts --count 10000 [--format txt|html] [--seed 1] [--base examples/corpus]
 *
 * Same seed, same base, same version: the same bytes.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readInputs } from "../src/ingest/read-inputs.js";
import { parseTextHeader } from "../src/ingest/text-file.js";
import type { RawArticle } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runArticleStages } from "../src/pipeline/run.js";
import { renderPage } from "./html-page.js";
import { mix, permutation, rngOf, type Rng } from "./prng.js";
import {
  classOf,
  FIRST_NAMES,
  KEEP_WORDS,
  NAME_ENDINGS,
  NAME_SYLLABLES,
  NEWS_SECTIONS,
  NOT_NAMES,
  OUTLET_SUFFIXES,
  PHOTO_AGENCIES,
  SYNONYMS,
  VOCABULARY,
} from "./vocabulary.js";

/** Changes whenever the same seed would give different output; cached corpora compare it. */
export const GENERATOR_VERSION = 3;

export const DEFAULT_BASE = "examples/corpus";
export const DEFAULT_SEED = 20261123;

export type CorpusFormat = "txt" | "html";
export type ReuseKind = "verbatim" | "near-verbatim" | "rewrite";
/** An origin starts a story; a report is an independent article on the same story. */
export type ArticleRole = "origin" | "report" | ReuseKind;

export type TruthRecord =
  | { readonly copy: string; readonly source: string; readonly kind: ReuseKind }
  | { readonly id: string; readonly story: string };

/** A paragraph of an article body; `planted` marks boilerplate the generator put there. */
export type BodyBlock = { readonly text: string; readonly planted: boolean };

export type GeneratedArticle = {
  readonly id: string;
  readonly story: string;
  readonly role: ArticleRole;
  /** The article this one copies or rewrites; null for origins and reports. */
  readonly source: string | null;
  readonly title: string;
  readonly outlet: string;
  readonly url: string;
  /** YYYY-MM-DD. */
  readonly published: string;
  readonly author: string;
  /** The story text as paragraphs of sentences, without planted boilerplate. */
  readonly content: readonly (readonly string[])[];
  readonly blocks: readonly BodyBlock[];
  /** The `.txt` file: header lines, a blank line, the body. */
  readonly plain: string;
  /** Where the body starts in `plain`, after the header's blank line. */
  readonly bodyStart: number;
  /** The `.html` page, when the corpus is HTML. */
  readonly html: string | null;
};

export type GenerateOptions = {
  readonly count: number;
  readonly seed?: number;
  readonly format?: CorpusFormat;
};

// ---------------------------------------------------------------------------------------------
// Shape of the corpus. Shares are of articles added to a story after its origin.

/**
 * Stories that are a single article: the unrelated background every detector must leave
 * alone. A third of stories is enough for false candidates to show in the figures while most
 * articles still sit in stories with relations to find.
 */
const STANDALONE_SHARE = 0.35;
/** Of the extra articles of a story: verbatim reprints are the commonest reuse, rewrites rarer. */
const EXTRA_KINDS: readonly [ArticleRole, number][] = [
  ["verbatim", 0.35],
  ["near-verbatim", 0.3],
  ["rewrite", 0.2],
  ["report", 0.15],
];
/** A copy is mostly taken from the origin, sometimes from an earlier reprint (a chain). */
const FROM_ORIGIN_SHARE = 0.75;
/** Body length of a composed article, in characters: around the 4 KB the targets assume. */
const BODY_CHARS: readonly [number, number] = [3200, 4400];
/**
 * Share of a story's content words kept from the base text; the rest are swapped for table
 * words. At one half, two stories built on the same base sentence share only a few of its word
 * 3-shingles, so stories stay distinct even from a base of a handful of articles.
 */
const STORY_KEEP_SHARE = 0.5;
/** Share of content words a rewrite swaps for a synonym. */
const REWRITE_SHARE = 0.8;
/** Dates of stories: the two years before the benchmarks' fixed "today". */
const FIRST_DAY = Date.UTC(2025, 0, 1);
const LAST_DAY = Date.UTC(2026, 10, 20);
const DAY_MS = 86_400_000;
const OUTLET_COUNT = 400;
/** Headlines of earlier stories kept for "Read more" lines and related links. */
const RECENT_TITLES = 24;
/** Fewer unused base sentences than this would make a report a stub (a 4 KB body needs ~30). */
const MIN_FREE_UNITS = 30;

// ---------------------------------------------------------------------------------------------
// Base text as templates

type WordSlot = {
  readonly kind: "word";
  readonly id: number;
  readonly word: string;
  readonly cap: boolean;
  readonly pool: readonly string[];
};
type NameSlot = {
  readonly kind: "name";
  readonly id: number;
  readonly parts: number;
  readonly upper: boolean;
  readonly suffix: string;
};
/** `form` keeps dates and times valid: "March 17" stays a day of a month, "5 a.m." an hour. */
type NumberSlot = {
  readonly kind: "number";
  readonly id: number;
  readonly text: string;
  readonly form: "day" | "clock" | "count";
};
type Part = string | WordSlot | NameSlot | NumberSlot;

/** A sentence (or a few, when a quotation runs over them) of base text, as a template. */
type Unit = readonly Part[];

export type Base = {
  readonly units: readonly Unit[];
  /** Units that opened a base article: datelines and ledes, which open stories here too. */
  readonly ledes: readonly number[];
  readonly titles: readonly Unit[];
  /** The base articles' own names, for reports. */
  readonly articles: number;
  /**
   * For each unit, the others that repeat it with a few words changed (a base that holds a wire
   * story and its reprints has them): a report that avoids a told sentence avoids those too.
   */
  readonly twins?: readonly (readonly number[])[];
};

// Numbers ("1,200", "4.43", "2021") and words with inner apostrophes and hyphens.
const TOKEN = /\d+(?:[.,:]\d+)*|\p{L}+(?:['’-]\p{L}+)*/gu;
const POSSESSIVE = /^(.+?)(['’]s)$/u;
const UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}'’-]+$/u;
const ALL_LOWER = /^[\p{Ll}-]+$/u;
// A capital here starts a sentence, so it says nothing about the word being a name.
const SENTENCE_OPENING = /(?:^|[.!?:;–—]["”’)]*\s+["“‘(]?|^["“‘(])$/u;

const MONTH_BEFORE =
  /(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? $/;
const CLOCK_AFTER = /^ ?(?:[ap]\.m\.|[ap]m\b)/i;

const titleCase = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

function quotesBalanced(text: string): boolean {
  let curly = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === "“") curly++;
    else if (ch === "”") curly--;
    else if (ch === '"') straight++;
  }
  return curly === 0 && straight % 2 === 0;
}

/** A sentence's pieces: runs of text kept as they are, and the slots a story fills in. */
function templateOf(
  text: string,
  names: ReadonlySet<string>,
  intern: (key: string) => number,
  title: boolean,
): Unit {
  const parts: Part[] = [];
  let literal = "";
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const at = m.index;
    literal += text.slice(last, at);
    last = at + token.length;
    let slot: Part | null = null;
    if (/^\d/.test(token)) {
      const form = MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at))
        ? "day"
        : CLOCK_AFTER.test(text.slice(last, last + 6))
          ? "clock"
          : "count";
      slot = { kind: "number", id: intern(`#${form}${token}`), text: token, form };
    } else if (UPPER.test(token)) {
      const poss = POSSESSIVE.exec(token);
      const stem = poss ? poss[1]! : token;
      const upper = stem.length >= 4 && ALL_UPPER.test(stem);
      const key = upper ? stem.split("-").map(titleCase).join("-") : stem;
      if (names.has(key) || (upper && !NOT_NAMES.has(titleCase(stem)))) {
        slot = {
          kind: "name",
          id: intern(`@${key}`),
          parts: key.split("-").length,
          upper,
          suffix: poss ? poss[2]! : "",
        };
      } else if (title && !upper) {
        const lower = token.toLowerCase();
        if (isContentWord(lower) && !NOT_NAMES.has(token)) slot = wordSlot(lower, true, intern);
      }
    } else if (isContentWord(token)) {
      slot = wordSlot(token, false, intern);
    }
    if (slot === null) {
      literal += token;
      continue;
    }
    if (literal) parts.push(literal);
    literal = "";
    parts.push(slot);
  }
  literal += text.slice(last);
  if (literal) parts.push(literal);
  return parts;
}

const isContentWord = (w: string): boolean =>
  w.length >= 4 && ALL_LOWER.test(w) && !KEEP_WORDS.has(w);

function wordSlot(word: string, cap: boolean, intern: (key: string) => number): WordSlot {
  return { kind: "word", id: intern(word), word, cap, pool: VOCABULARY[classOf(word)] };
}

/**
 * Names are capitalised words seen where a capital is not forced by a sentence start:
 * "Castellane" in "…, Castellane said", which then also makes "Castellane said …" a name.
 */
function namesOf(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(TOKEN)) {
      const token = m[0];
      if (!UPPER.test(token) || ALL_UPPER.test(token)) continue;
      const stem = POSSESSIVE.exec(token)?.[1] ?? token;
      if (stem.length < 3 || NOT_NAMES.has(stem)) continue;
      if (SENTENCE_OPENING.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      names.add(stem);
    }
  }
  return names;
}

/**
 * Reads the base articles with the project's own ingest and article stages, and cuts their
 * clean text into sentence templates. The stages drop the base's own boilerplate and split
 * sentences the way the pipeline will; sentences inside one quotation stay together so that
 * recombined text never opens a quotation it does not close.
 */
/** Word 4-grams of a sentence, lower-cased, punctuation dropped. */
function wordGrams(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(" "));
  return out;
}

/** Units whose texts share at least half of the shorter's word 4-grams. */
function twinsOf(
  texts: readonly string[],
  unitOf: ReadonlyMap<string, number>,
  count: number,
): number[][] {
  const twins: number[][] = Array.from({ length: count }, () => []);
  const grams = texts.map(wordGrams);
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [u, v] = [unitOf.get(texts[i]!)!, unitOf.get(texts[j]!)!];
      if (u === v) continue;
      const [a, b] =
        grams[i]!.size <= grams[j]!.size ? [grams[i]!, grams[j]!] : [grams[j]!, grams[i]!];
      let shared = 0;
      for (const g of a) if (b.has(g)) shared++;
      if (a.size > 0 && shared * 2 >= a.size) {
        twins[u]!.push(v);
        twins[v]!.push(u);
      }
    }
  }
  return twins;
}

export async function loadBase(dir: string = DEFAULT_BASE): Promise<Base> {
  const { articles } = await readInputs([dir]);
  if (articles.length === 0) throw new Error(`no base articles in ${dir}`);
  const ctx = defaultContext({ today: "2026-11-23" });
  const sentences: string[][] = [];
  const titles: string[] = [];
  for (const raw of articles) {
    const a = runArticleStages(raw, ctx);
    if (a.title) titles.push(a.title);
    const units: string[] = [];
    for (let p = 0; p < a.paragraphs.length; p++) {
      let open = "";
      for (const s of a.sentences) {
        if (s.paragraph !== p) continue;
        open = open ? `${open} ${a.clean.slice(s.start, s.end)}` : a.clean.slice(s.start, s.end);
        if (quotesBalanced(open)) {
          units.push(open);
          open = "";
        }
      }
    }
    sentences.push(units.filter((u) => /[\p{L}]/u.test(u) && u.split(" ").length >= 4));
  }
  const all = sentences.flat();
  const names = namesOf(all);
  const ids = new Map<string, number>();
  const intern = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size + 1));
    return id;
  };
  const seen = new Map<string, number>();
  const units: Unit[] = [];
  const ledes: number[] = [];
  sentences.forEach((list) => {
    list.forEach((text, i) => {
      let index = seen.get(text);
      if (index === undefined) {
        index = units.length;
        seen.set(text, index);
        units.push(templateOf(text, names, intern, false));
      }
      if (i === 0 && !ledes.includes(index)) ledes.push(index);
    });
  });
  if (units.length === 0) throw new Error(`no usable sentences in the base articles of ${dir}`);
  const titleUnits = [...new Set(titles)].map((t) => templateOf(t, names, intern, true));
  if (titleUnits.length === 0) titleUnits.push(templateOf("Latest news", names, intern, true));
  return {
    units,
    ledes,
    titles: titleUnits,
    articles: articles.length,
    twins: twinsOf([...seen.keys()], seen, units.length),
  };
}

// ---------------------------------------------------------------------------------------------
// Rendering a template for one story

function inventName(h: number): string {
  const n = NAME_SYLLABLES.length;
  let name = NAME_SYLLABLES[h % n]! + NAME_SYLLABLES[(h >>> 7) % n]!;
  // Mostly two syllables and no ending: "Kelmar", sometimes "Dunverford".
  if (((h >>> 14) & 3) === 0) name += NAME_SYLLABLES[(h >>> 16) % n]!;
  else if (((h >>> 14) & 3) === 1) name += NAME_ENDINGS[(h >>> 22) % NAME_ENDINGS.length]!;
  return titleCase(name);
}

/** Digits changed, format kept: "1,200" → "3,417", a year stays a recent year. */
function inventNumber(text: string, form: NumberSlot["form"], h: number): string {
  if (form === "day") return String(1 + (h % 28));
  if (form === "clock") {
    const minutes =
      text.includes(".") || text.includes(":")
        ? `${text.includes(":") ? ":" : "."}${String((h >>> 8) % 60).padStart(2, "0")}`
        : "";
    return `${1 + (h % 12)}${minutes}`;
  }
  if (/^(?:19|20)\d\d$/.test(text)) return String(2000 + (h % 27));
  const rng = rngOf(h);
  let out = "";
  let runStart = true;
  for (const ch of text) {
    if (ch >= "0" && ch <= "9") {
      out += runStart && text.length > 1 ? String(1 + rng.int(9)) : String(rng.int(10));
      runStart = false;
    } else {
      out += ch;
      runStart = ch === ".";
    }
  }
  // A lone digit stays a count: never "0 firefighters".
  return out === "0" ? "2" : out;
}

/** How one story fills the slots of every template: the same way in each of its articles. */
type Look = { readonly key: number; readonly keep: number };

function render(unit: Unit, look: Look): string {
  let out = "";
  for (const part of unit) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const h = mix(look.key, part.id);
    switch (part.kind) {
      case "number":
        out += inventNumber(part.text, part.form, h);
        break;
      case "name": {
        let name = inventName(h);
        for (let i = 1; i < part.parts; i++) name += `-${inventName(mix(h, i))}`;
        out += (part.upper ? name.toUpperCase() : name) + part.suffix;
        break;
      }
      case "word": {
        const w =
          (h & 1023) < look.keep * 1024 || part.pool.length === 0
            ? part.word
            : part.pool[(h >>> 10) % part.pool.length]!;
        out += part.cap ? w.charAt(0).toUpperCase() + w.slice(1) : w;
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Edits that make copies

// Lower-case words only: names, numbers and sentence-initial words are never touched, which
// is what lets the truth say a rewrite keeps its source's names and figures.
const EDITABLE = /(?<![\p{L}\p{N}'’-])\p{Ll}+(?:-\p{Ll}+)*(?![\p{L}\p{N}'’-])/gu;

function replacementFor(word: string, rng: Rng): string {
  const syn = SYNONYMS.get(word);
  if (syn) return rng.pick(syn.others);
  const pool = VOCABULARY[classOf(word)];
  const w = rng.pick(pool);
  return w === word ? rng.pick(pool) : w;
}

/** Swaps each content word for a synonym (or a word of its class) with probability `share`. */
function swapWords(text: string, rng: Rng, share: number): string {
  return text.replace(EDITABLE, (w) =>
    isContentWord(w) && rng.next() < share ? replacementFor(w, rng) : w,
  );
}

/** Swaps exactly one content word of the text, if it has any. */
function swapOneWord(text: string, rng: Rng): string {
  const spots = [...text.matchAll(EDITABLE)].filter((m) => isContentWord(m[0]));
  if (spots.length === 0) return text;
  const m = rng.pick(spots);
  return text.slice(0, m.index) + replacementFor(m[0], rng) + text.slice(m.index + m[0].length);
}

type Content = string[][];

function nearVerbatim(source: readonly (readonly string[])[], rng: Rng): Content {
  const paras: Content = source.map((p) => [...p]);
  if (paras.length >= 5) {
    const drops = rng.between(1, 2);
    for (let i = 0; i < drops; i++) paras.splice(rng.between(1, paras.length - 2), 1);
  }
  // Trimmed from the end, as sites that cut a wire story to length do.
  const last = paras[paras.length - 1]!;
  if (paras.length >= 4 && (last.length === 1 || rng.chance(0.5))) paras.pop();
  else if (last.length > 1) last.pop();
  const changes = rng.between(2, 5);
  for (let i = 0; i < changes; i++) {
    const p = paras[rng.int(paras.length)]!;
    const s = rng.int(p.length);
    p[s] = swapOneWord(p[s]!, rng);
  }
  return paras;
}

function rewrite(source: readonly (readonly string[])[], rng: Rng): Content {
  return source.map((p) => {
    const shift = p.length > 1 ? rng.between(1, p.length - 1) : 0;
    const order = [...p.slice(shift), ...p.slice(0, shift)];
    return order.map((s) => swapWords(s, rng, REWRITE_SHARE));
  });
}

// ---------------------------------------------------------------------------------------------
// Boilerplate

const SHARE_LINES = ["Share this article", "Share this story", "Share", "Facebook Twitter Email"];

type Outlet = { readonly name: string; readonly domain: string };

function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${inventName(Math.floor(rng.next() * 4294967296))}`;
}

function caption(rng: Rng): string {
  const place = inventName(Math.floor(rng.next() * 4294967296));
  const scene = rng.pick([
    `Emergency crews at the scene in ${place}.`,
    `Residents gather outside the town hall in ${place}.`,
    `A view of the ${place} site from the harbour road.`,
    `Officials speak to reporters in ${place}.`,
  ]);
  return `${scene} (Photo/${personName(rng)}, ${rng.pick(PHOTO_AGENCIES)})`;
}

function plant(
  content: Content,
  rng: Rng,
  outlet: Outlet,
  year: string,
  readMore: string,
  lines: number,
): BodyBlock[] {
  const blocks: BodyBlock[] = content.map((p) => ({ text: p.join(" "), planted: false }));
  const kinds = ["share", "caption", "read", "copyright"];
  const chosen = new Set<string>();
  while (chosen.size < Math.min(lines, kinds.length)) chosen.add(rng.pick(kinds));
  // Inserted back to front so the positions picked stay right.
  if (chosen.has("copyright")) {
    blocks.push({ text: `© ${year} ${outlet.name}. All rights reserved.`, planted: true });
  }
  if (chosen.has("read") && content.length > 2) {
    const at = rng.between(2, content.length - 1);
    blocks.splice(at, 0, { text: `Read more: ${readMore}`, planted: true });
  }
  if (chosen.has("caption")) blocks.splice(1, 0, { text: caption(rng), planted: true });
  if (chosen.has("share")) blocks.unshift({ text: rng.pick(SHARE_LINES), planted: true });
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Stories

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .split("-")
    .slice(0, 9)
    .join("-");

function outletsOf(seed: number): Outlet[] {
  const rng = rngOf(mix(seed, 0x6f75746c));
  const out: Outlet[] = [];
  const seen = new Set<string>();
  while (out.length < OUTLET_COUNT) {
    const place = inventName(Math.floor(rng.next() * 4294967296));
    const suffix = rng.pick(OUTLET_SUFFIXES);
    const name = `${rng.chance(0.25) ? "The " : ""}${place} ${suffix}`;
    const domain = `${place}${suffix}`.toLowerCase().replace(/[^a-z0-9]/g, "") + ".example";
    if (seen.has(domain)) continue;
    seen.add(domain);
    out.push({ name, domain });
  }
  return out;
}

/**
 * A story text of base sentences. `avoid` holds sentences another article of the story already
 * told: an independent report shares the story's names and numbers, never its sentences (a
 * report that repeats five of the origin's sentences word for word would be a copy).
 */
function compose(
  base: Base,
  look: Look,
  rng: Rng,
  avoid: ReadonlySet<number> = new Set(),
  used = new Set<number>(),
): Content {
  const target = rng.between(BODY_CHARS[0], BODY_CHARS[1]);
  const free = (index: number): boolean => !avoid.has(index) && !used.has(index);
  const take = (index: number): string => {
    used.add(index);
    return render(base.units[index]!, look);
  };
  const ledes = base.ledes.filter((i) => !avoid.has(i));
  const paras: Content = [[take(rng.pick(ledes.length ? ledes : base.ledes))]];
  let chars = paras[0]![0]!.length;
  const allowed = base.units.map((_, i) => i).filter((i) => !avoid.has(i));
  while (chars < target && allowed.length > 0) {
    const n = rng.chance(0.4) ? 1 : rng.chance(0.65) ? 2 : 3;
    const para: string[] = [];
    for (let i = 0; i < n && chars < target; i++) {
      let index = rng.pick(allowed);
      // A small base runs out of unused sentences; then its own repeats are better than short
      // stories, but another article's sentences never come back.
      for (let tries = 0; !free(index) && tries < 8; tries++) index = rng.pick(allowed);
      const s = take(index);
      para.push(s);
      chars += s.length + 1;
    }
    paras.push(para);
    chars += 1;
  }
  return paras;
}

function pickRole(rng: Rng): ArticleRole {
  let u = rng.next();
  for (const [role, share] of EXTRA_KINDS) {
    if (u < share) return role;
    u -= share;
  }
  return "report";
}

type Draft = Omit<GeneratedArticle, "plain" | "bodyStart" | "html" | "url" | "id"> & {
  readonly number: number;
  /** Base sentences the article told (origins and reports), so later reports avoid them. */
  readonly units: ReadonlySet<number>;
  readonly domain: string;
  readonly dayMs: number;
};

/**
 * Every generated article, story by story (a story's articles together, origin first). Ids are
 * a shuffled numbering, so sorting files by name interleaves stories as a crawl would.
 */
export function* generateArticles(
  base: Base,
  options: GenerateOptions,
): Generator<GeneratedArticle> {
  const count = options.count;
  const seed = options.seed ?? DEFAULT_SEED;
  const format = options.format ?? "txt";
  const numbers = permutation(count, rngOf(seed));
  const width = Math.max(6, String(count - 1).length);
  const outlets = outletsOf(seed);
  const recent: string[] = [];
  let made = 0;
  for (let storyIndex = 0; made < count; storyIndex++) {
    const rng = rngOf(mix(seed, storyIndex + 1));
    const story = `s${String(storyIndex).padStart(width, "0")}`;
    const look: Look = { key: mix(seed ^ 0x5bd1e995, storyIndex), keep: STORY_KEEP_SHARE };
    const size = rng.chance(STANDALONE_SHARE)
      ? 1
      : 1 + rng.between(1, 3) + (rng.chance(0.3) ? rng.between(1, 5) : 0);
    const day = FIRST_DAY + rng.int((LAST_DAY - FIRST_DAY) / DAY_MS - 2) * DAY_MS;
    const drafts: Draft[] = [];
    const otherTitles = (): string[] => recent.slice(-5).reverse();
    for (let i = 0; i < size && made < count; i++, made++) {
      const number = numbers[made]!;
      let role: ArticleRole = i === 0 ? "origin" : pickRole(rng);
      let source: Draft | null = null;
      if (role !== "origin" && role !== "report") {
        source = rng.chance(FROM_ORIGIN_SHARE) ? drafts[0]! : rng.pick(drafts);
      }
      let outlet = rng.pick(outlets);
      // A reprint is another outlet's page; the same site twice would be a duplicate URL.
      while (source && outlet.name === source.outlet) outlet = rng.pick(outlets);
      let content: Content;
      let title: string;
      const units = new Set<number>();
      // Sentences the story has told; when a long story has told most of a small base, a report
      // avoids the origin's sentences only.
      let told = new Set(drafts.flatMap((d) => [...d.units]));
      if (base.units.length - told.size < MIN_FREE_UNITS) told = new Set(drafts[0]?.units ?? []);
      for (const u of [...told]) for (const t of base.twins?.[u] ?? []) told.add(t);
      let blocks: BodyBlock[];
      // A copy appears the day of its source or up to two days later; a report any of three.
      const dayMs = Math.min(
        LAST_DAY,
        (source?.dayMs ?? day) + (i === 0 ? 0 : rng.int(3)) * DAY_MS,
      );
      const published = isoDay(dayMs);
      const year = published.slice(0, 4);
      const readMore =
        recent[recent.length - 1 - rng.int(Math.min(recent.length, 5))] ?? "More local news";
      switch (role) {
        case "origin":
        case "report":
          content = compose(base, look, rng, told, units);
          title = render(rng.pick(base.titles), look);
          blocks = content.map((p) => ({ text: p.join(" "), planted: false }));
          break;
        case "verbatim":
          content = source!.content.map((p) => [...p]);
          title = source!.title;
          blocks = plant(content, rng, outlet, year, readMore, rng.between(1, 4));
          break;
        case "near-verbatim":
          content = nearVerbatim(source!.content, rng);
          title = rng.chance(0.7) ? source!.title : swapWords(source!.title, rng, 0.3);
          blocks = plant(content, rng, outlet, year, readMore, rng.chance(0.4) ? 1 : 0);
          break;
        case "rewrite":
          content = rewrite(source!.content, rng);
          title = swapWords(source!.title, rng, 0.7);
          blocks = plant(content, rng, outlet, year, readMore, rng.chance(0.3) ? 1 : 0);
          break;
      }
      if (source && role === "near-verbatim" && sameContent(content, source.content))
        role = "verbatim";
      const id = `a${String(number).padStart(width, "0")}`;
      const draft: Draft = {
        story,
        role,
        source: source ? idOf(source, width) : null,
        title,
        outlet: outlet.name,
        domain: outlet.domain,
        published,
        author: personName(rng),
        content,
        blocks,
        number,
        dayMs,
        units,
      };
      drafts.push(draft);
      const section = rng.pick(NEWS_SECTIONS).toLowerCase();
      const url = `https://www.${outlet.domain}/${section}/${published.replaceAll("-", "/")}/${slug(title)}-${number}`;
      const header = `title: ${title}\nurl: ${url}\ndate: ${published}\noutlet: ${outlet.name}\n\n`;
      const body = blocks.map((b) => b.text).join("\n\n");
      yield {
        id,
        story,
        role,
        source: draft.source,
        title,
        outlet: outlet.name,
        url,
        published,
        author: draft.author,
        content,
        blocks,
        plain: `${header}${body}\n`,
        bodyStart: header.length,
        html:
          format === "html"
            ? renderPage({
                id,
                title,
                outlet: outlet.name,
                domain: outlet.domain,
                url,
                published,
                author: draft.author,
                paragraphs: blocks.map((b) => b.text),
                // Its own generator, so a page's chrome never shifts the draws of the text:
                // the HTML corpus tells the same stories as the text corpus of its seed.
                caption: caption(rngOf(mix(seed ^ 0x68746d6c, number))),
                otherTitles: otherTitles(),
              })
            : null,
      };
    }
    recent.push(drafts[0]!.title);
    if (recent.length > RECENT_TITLES) recent.shift();
  }
}

const idOf = (d: Draft, width: number): string => `a${String(d.number).padStart(width, "0")}`;

const sameContent = (a: Content, b: readonly (readonly string[])[]): boolean =>
  a.length === b.length && a.every((p, i) => p.join(" ") === b[i]!.join(" "));

/**
 * The article as ingest would hand its `.txt` file to the pipeline, without the disk: the
 * header read by the project's own parser, as ingest reads it.
 */
export function toRawArticle(a: GeneratedArticle): RawArticle {
  const h = parseTextHeader(a.plain);
  return {
    id: a.id,
    source: `${a.id}.txt`,
    format: "text",
    url: h.url,
    outlet: h.outlet,
    outletFrom: h.outlet ? "metadata" : null,
    title: h.title,
    author: h.author,
    published: h.published,
    original: a.plain,
    bodyStart: h.bodyStart,
  };
}

/** The ground truth of one article: its story, and the relation it was planted with. */
export function truthOf(a: GeneratedArticle): TruthRecord[] {
  const out: TruthRecord[] = [{ id: a.id, story: a.story }];
  if (a.source !== null && a.role !== "origin" && a.role !== "report") {
    out.push({ copy: a.id, source: a.source, kind: a.role });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing a corpus to disk

export type CorpusManifest = {
  readonly generator: number;
  readonly seed: number;
  readonly count: number;
  readonly format: CorpusFormat;
  readonly base: string;
  readonly bytes: number;
  readonly stories: number;
  readonly roles: Record<string, number>;
  readonly note: string;
};

export type WriteOptions = GenerateOptions & { readonly out: string; readonly baseDir?: string };

/**
 * Writes `<out>/articles/<id>.txt|html`, `<out>/truth.jsonl` and `<out>/manifest.json`. The
 * articles have a folder of their own so that reading it with the project's ingest does not
 * read the truth file as articles.
 */
export async function writeCorpus(options: WriteOptions, base?: Base): Promise<CorpusManifest> {
  const baseDir = options.baseDir ?? DEFAULT_BASE;
  const b = base ?? (await loadBase(baseDir));
  const format = options.format ?? "txt";
  const dir = join(options.out, "articles");
  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const truth: string[] = [];
  const roles: Record<string, number> = {};
  const stories = new Set<string>();
  let bytes = 0;
  for (const a of generateArticles(b, { ...options, format })) {
    const text = format === "html" ? a.html! : a.plain;
    const data = Buffer.from(text, "utf8");
    bytes += data.length;
    writeFileSync(join(dir, `${a.id}.${format}`), data);
    for (const t of truthOf(a)) truth.push(JSON.stringify(t));
    roles[a.role] = (roles[a.role] ?? 0) + 1;
    stories.add(a.story);
  }
  writeFileSync(join(options.out, "truth.jsonl"), `${truth.join("\n")}\n`);
  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION,
    seed: options.seed ?? DEFAULT_SEED,
    count: options.count,
    format,
    base: resolve(baseDir),
    bytes,
    stories: stories.size,
    roles,
    note: "ids in truth.jsonl are the article file names without their extension",
  };
  writeFileSync(join(options.out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

// ---------------------------------------------------------------------------------------------
// Command line

const HELP = `Usage: tsx bench/generate.ts [--count N] [--format txt|html] [--seed N] [--base DIR] [--out DIR]

Writes N synthetic articles built from the base articles, with the planted relations as truth.
  --count N        articles to write (default 10000)
  --format F       txt (header lines and plain text) or html (news pages); default txt
  --seed N         seed of the generator (default ${DEFAULT_SEED})
  --base DIR       folder of base articles (default ${DEFAULT_BASE})
  --out DIR        output folder (default bench/out/<format>-<count>)
`;

async function main(args: readonly string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(HELP);
    return 0;
  }
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i === -1 ? undefined : args[i + 1];
  };
  const count = Number(value("--count") ?? 10000);
  const seed = Number(value("--seed") ?? DEFAULT_SEED);
  const format = (value("--format") ?? "txt") as CorpusFormat;
  if (
    !Number.isInteger(count) ||
    count < 1 ||
    !Number.isInteger(seed) ||
    !["txt", "html"].includes(format)
  ) {
    process.stderr.write(`bad arguments\n${HELP}`);
    return 2;
  }
  const out = value("--out") ?? join("bench", "out", `${format}-${count}`);
  const started = performance.now();
  const manifest = await writeCorpus({
    count,
    seed,
    format,
    out,
    baseDir: value("--base") ?? DEFAULT_BASE,
  });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${manifest.count} ${format} articles (${manifest.stories} stories, ${(manifest.bytes / 1e6).toFixed(1)} MB) in ${basename(out)}/ in ${seconds.toFixed(1)} s\n` +
      `roles: ${Object.entries(manifest.roles)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}\n`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
