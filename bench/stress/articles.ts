/**
 * Generators of pathological articles for `npm run stress`, one per kind of the measurements in
 * issue 18: long prose, one sentence with no punctuation, HTML with a great many attributes,
 * many quotation fragments, money figures, dates, names, one run of capitalised words, a deeply
 * nested JSONL record, and a
 * folder of thousands of tiny articles (the corpus stages' growth in the number of articles). Each
 * takes a size (bytes or a count, as the kind says) and a seeded source of randomness, so one
 * seed gives one file on every machine.
 */
import { FIRST_NAMES, NAME_ENDINGS, NAME_SYLLABLES, VOCABULARY } from "../vocabulary.js";
import { rngOf, type Rng } from "../prng.js";

/**
 * One generated input: a file, by its name (the extension tells the reader its format) and
 * content, or a folder of such files (`content` a list).
 */
export type StressFile = {
  readonly name: string;
  readonly content: string | readonly { readonly name: string; readonly content: string }[];
  /**
   * Ids of records inside a JSONL file that must be in the brief (those after a bad one, and the
   * odd one itself when it is to be read); other files must be in it under their own path.
   */
  readonly keeps?: readonly string[];
};

export type StressKind = {
  readonly name: string;
  /** What the size counts, for the table: "bytes" or the things repeated. */
  readonly unit: string;
  /** The smaller size of the pair run in CI (the other is its double). */
  readonly ciSize: number;
  /** The smaller size run by hand (`--full`): the table. */
  readonly fullSize: number;
  readonly make: (size: number, rng: Rng) => StressFile;
  /**
   * The fewest runs of each input (its least time and median memory count), whatever `--repeat`
   * says: for a case whose growth sits near the bound and moves with the machine's load.
   */
  readonly minRuns?: number;
};

const HEADER = "title: Stress article\noutlet: Stress Test Gazette\ndate: 2026-03-17\n\n";
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"];

function surname(rng: Rng): string {
  const s = rng.pick(NAME_SYLLABLES) + rng.pick(NAME_SYLLABLES) + rng.pick(NAME_ENDINGS);
  return s[0]!.toUpperCase() + s.slice(1);
}

function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${surname(rng)}`;
}

/** A news-like sentence: names, places, numbers, dates and now and then a quotation. */
function proseSentence(rng: Rng): string {
  const noun = rng.pick(VOCABULARY.noun);
  const plural = rng.pick(VOCABULARY.plural);
  const past = rng.pick(VOCABULARY.past);
  const adverb = rng.pick(VOCABULARY.adverb);
  const adjective = rng.pick(VOCABULARY.adjective);
  const place = surname(rng);
  switch (rng.int(6)) {
    case 0:
      return `The ${adjective} ${noun} in ${place} ${past} ${adverb} on ${rng.pick(WEEKDAYS)}, ${personName(rng)} said.`;
    case 1:
      return `“The ${plural} ${past} ${adverb},” said ${personName(rng)}, who leads the ${place} council.`;
    case 2:
      return `About ${rng.between(2, 900)} ${plural} were ${past} near ${place}, officials said.`;
    case 3:
      return `${personName(rng)} told reporters the ${noun} had cost $${rng.between(1, 99)} million since ${rng.pick(MONTHS)}.`;
    case 4:
      return `Residents of ${place} ${past} the ${adjective} ${plural} ${adverb} after the ${noun}.`;
    default:
      return `The ${noun} will be ${past} again on ${rng.pick(MONTHS)} ${rng.between(1, 28)}, the ${place} ${noun} said.`;
  }
}

/** Paragraphs of three to five sentences until `bytes` is reached. */
function prose(bytes: number, rng: Rng): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const sentences = Array.from({ length: rng.between(3, 5) }, () => proseSentence(rng));
    const p = sentences.join(" ");
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join("\n\n");
}

/** Lower-case words, no punctuation and no break: one "sentence" of `bytes`. */
function unpunctuated(bytes: number, rng: Rng): string {
  const words: string[] = [];
  let length = 0;
  while (length < bytes) {
    const w = rng.chance(0.1) ? surname(rng) : rng.pick(VOCABULARY.noun);
    words.push(w);
    length += w.length + 1;
  }
  return words.join(" ");
}

/** A two-sentence article of its own: a person, a place and a day, as a short news item reads. */
function tinyArticle(rng: Rng): string {
  const place = surname(rng);
  const day = rng.between(10, 16);
  const first = `${personName(rng)} said the ${rng.pick(VOCABULARY.noun)} in ${place} was ${rng.pick(VOCABULARY.past)} ${rng.pick(VOCABULARY.adverb)}.`;
  const second = `${rng.between(2, 90)} ${rng.pick(VOCABULARY.plural)} were ${rng.pick(VOCABULARY.past)} on ${rng.pick(WEEKDAYS)}.`;
  return `title: ${rng.pick(VOCABULARY.adjective)} ${rng.pick(VOCABULARY.noun)} in ${place}\ndate: 2026-03-${day}\n\n${first} ${second}\n`;
}

/** The same opening paragraph in every kind below, so the article reads as one before its oddity. */
const LEAD = prose(1200, rngOf(7));

/** `count` items, `perParagraph` to a paragraph (Infinity: all in one), each list closed by a full stop. */
function repeated(count: number, item: (i: number) => string, perParagraph: number): string {
  const paragraphs: string[] = [];
  for (let start = 0; start < count; start += perParagraph) {
    const parts: string[] = [];
    for (let i = start; i < Math.min(count, start + perParagraph); i++) parts.push(item(i));
    paragraphs.push(`${parts.join(" ")} and so on.`);
  }
  return paragraphs.join("\n\n");
}

export const STRESS_KINDS: readonly StressKind[] = [
  {
    name: "prose",
    unit: "bytes",
    ciSize: 128 * 1024,
    fullSize: 1024 * 1024,
    make: (size, rng) => ({ name: "prose.txt", content: HEADER + prose(size, rng) }),
  },
  {
    name: "one sentence",
    unit: "bytes",
    ciSize: 128 * 1024,
    fullSize: 1024 * 1024,
    make: (size, rng) => ({
      name: "sentence.txt",
      content: `${HEADER}${LEAD}\n\n${unpunctuated(size, rng)}`,
    }),
  },
  {
    name: "html attributes",
    unit: "attributes",
    ciSize: 50_000,
    fullSize: 500_000,
    make: (size) => {
      const attributes: string[] = [];
      // short names, so that a million of them stay under the 16 MB input cap
      for (let i = 0; i < size; i++) attributes.push(`d${i.toString(36)}=${i % 10}`);
      const body = LEAD.split("\n\n")
        .map((p) => `<p>${p}</p>`)
        .join("\n");
      return {
        name: "attributes.html",
        content: `<!doctype html><html><head><title>Stress page</title></head><body><article><div ${attributes.join(" ")}>${body}</div></article></body></html>`,
      };
    },
  },
  {
    name: "quote fragments",
    unit: "quotes",
    ciSize: 10_000,
    fullSize: 100_000,
    make: (size, rng) => ({
      name: "quotes.txt",
      content:
        HEADER +
        LEAD +
        "\n\n" +
        repeated(
          size,
          () => `“${rng.pick(VOCABULARY.noun)} ${rng.pick(VOCABULARY.past)}”`,
          Infinity,
        ),
    }),
  },
  {
    name: "money figures",
    unit: "figures",
    ciSize: 4_000,
    fullSize: 25_000,
    make: (size, rng) => ({
      name: "figures.txt",
      content:
        HEADER +
        LEAD +
        "\n\n" +
        repeated(
          size,
          () =>
            `the ${rng.pick(VOCABULARY.noun)} cost $${rng.between(1, 999)}.${rng.int(10)} million and`,
          Infinity,
        ),
    }),
  },
  {
    name: "dates",
    unit: "dates",
    ciSize: 2_000,
    fullSize: 8_000,
    make: (size, rng) => ({
      name: "dates.txt",
      content:
        HEADER +
        LEAD +
        "\n\n" +
        repeated(
          size,
          () =>
            `the ${rng.pick(VOCABULARY.noun)} was ${rng.pick(VOCABULARY.past)} on ${rng.pick(MONTHS)} ${rng.between(1, 28)} and`,
          Infinity,
        ),
    }),
  },
  {
    name: "names",
    unit: "names",
    ciSize: 5_000,
    fullSize: 50_000,
    make: (size, rng) => ({
      name: "names.txt",
      content:
        HEADER +
        LEAD +
        "\n\n" +
        repeated(size, () => `${personName(rng)} met ${rng.pick(VOCABULARY.plural)} and`, Infinity),
    }),
  },
  {
    // one run of capitalised words, longer than any name: titles were split out of it at the
    // square of its length (20,000 "Mr." took 3.2 s)
    name: "capitalised run",
    unit: "words",
    ciSize: 10_000,
    fullSize: 100_000,
    make: (size, rng) => ({
      name: "capitals.txt",
      content: `${HEADER}${LEAD}

${personName(rng)} met ${"Mr. ".repeat(size)}on Monday.`,
    }),
  },
  {
    name: "deep jsonl",
    unit: "levels",
    ciSize: 20_000,
    fullSize: 200_000,
    make: (size) => {
      const author = "[".repeat(size) + '"Ana Lund"' + "]".repeat(size);
      const deep = `{"id":"deep","title":"Deep","date":"2026-03-17","author":${author},"text":${JSON.stringify(LEAD)}}`;
      const after = { id: "after-deep", title: "After", date: "2026-03-17", text: LEAD };
      return {
        name: "deep.jsonl",
        content: `${deep}\n${JSON.stringify(after)}\n`,
        keeps: ["deep", "after-deep"],
      };
    },
  },
  {
    name: "tiny articles",
    unit: "articles",
    ciSize: 2_500,
    fullSize: 10_000,
    // Its growth is the clustering's, whose refinement takes a pass more as the folder doubles:
    // ×1.92 and ×2.08 on a quiet machine, ×2.26 and ×2.55 (over the bound) in single CI runs.
    minRuns: 3,
    make: (size, rng) => ({
      name: "tiny",
      content: Array.from({ length: size }, (_, i) => ({
        name: `tiny-${i}.txt`,
        content: tinyArticle(rng),
      })),
    }),
  },
];
