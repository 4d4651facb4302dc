/**
 * The brief is a function of the set of inputs, not of the order they are listed or named in
 * (issue 18, item 2). The example corpus, and a generated one with planted copies and stories,
 * are written under seeded shuffles of file names (so a folder is read in another order), of
 * the order the files are listed in, and of the JSONL records' lines; each brief, with the new
 * names mapped back to the originals, must be the brief of the corpus as it was.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateArticles, loadBase } from "../bench/generate.js";
import { permutation, rngOf, type Rng } from "../bench/prng.js";
import { analyze, type ArticleInput } from "../src/analyze.js";
import { briefOf } from "../src/brief/brief.js";
import type { BriefJson } from "../src/brief/schema.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runPipeline } from "../src/pipeline/run.js";

/** One input file of a corpus: its name in the corpus as given, and its text. */
type CorpusFile = { readonly name: string; readonly text: string };

/** A corpus written to disk: the paths to hand the CLI, and each written name's original. */
type Written = { readonly paths: string[]; readonly originals: Map<string, string> };

const TODAY = "2026-11-23";
const SHUFFLES = [11, 12, 13];
const GENERATED_ARTICLES = 200;

/**
 * Beside the examples, records whose place in a file used to matter: two that share an id (which
 * one keeps it and which becomes "#2"), one that is not JSON and one without text (skips, listed
 * by the line that held them).
 */
const ODD_RECORDS = [
  {
    id: "shared-id",
    date: "2026-03-20",
    outlet: "Harbour Post",
    text: "HARBOURTON – The city council voted on Friday to rebuild the old ferry pier, which storms damaged last winter. Work is expected to start in May and to cost about 4 million pounds, council leader Ana Lund said.",
  },
  {
    id: "shared-id",
    date: "2026-03-21",
    outlet: "Valley Times",
    text: "LAKESIDE – Heavy rain closed two mountain roads on Saturday, and the regional weather office warned of more storms through Sunday. No one was hurt, police said.",
  },
]
  .map((r) => JSON.stringify(r))
  .concat(["{not json", JSON.stringify({ id: "blank", text: "   " })])
  .join("\n");

const root = mkdtempSync(join(tmpdir(), "corroborate-order-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const token = (rng: Rng): string =>
  Array.from({ length: 8 }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[rng.int(36)]).join("");

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  return Array.from(permutation(items.length, rng), (i) => items[i]!);
}

/**
 * Writes the corpus under `dir`. With no rng, as it is: its own names, its lines in order,
 * handed over as one folder. With one: each file renamed at random (some in a subfolder), the
 * lines of every JSONL file shuffled, and the files listed one by one in a shuffled order or
 * the folder handed over, as the rng decides. Every name a brief may show (the path, a JSONL
 * record's "path line N") is recorded with the one it stands for in the corpus as given.
 */
function writeCorpus(files: readonly CorpusFile[], dir: string, rng?: Rng): Written {
  mkdirSync(dir, { recursive: true });
  const originals = new Map<string, string>();
  const paths: string[] = [];
  for (const file of files) {
    const ext = extname(file.name);
    const sub = rng ? ["", "x/", "y/z/"][rng.int(3)]! : "";
    const name = rng ? `${sub}${token(rng)}${ext}` : file.name;
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    const given = `corpus/${file.name}`;
    originals.set(path, given);
    paths.push(path);
    if (ext !== ".jsonl") {
      writeFileSync(path, file.text);
      continue;
    }
    const lines = file.text.split("\n").filter((l) => l.trim() !== "");
    const order = rng ? Array.from(permutation(lines.length, rng)) : lines.map((_, i) => i);
    writeFileSync(path, `${order.map((i) => lines[i]).join("\n")}\n`);
    order.forEach((was, now) =>
      originals.set(`${path} line ${now + 1}`, `${given} line ${was + 1}`),
    );
  }
  const listed = rng && rng.chance(0.5) ? shuffled(paths, rng) : [dir];
  return { paths: listed, originals };
}

async function briefOfPaths(paths: readonly string[]): Promise<BriefJson> {
  const ingest = await readInputs(paths);
  const corpus = runPipeline(ingest.articles, ingest.skipped, defaultContext({ today: TODAY }));
  return briefOf(corpus, ingest.warnings);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Note = { readonly input: string; readonly reason: string };
const byInputAndReason = (x: Note, y: Note): number =>
  x.input < y.input ? -1 : x.input > y.input ? 1 : x.reason < y.reason ? -1 : 1;

/**
 * The brief with every written name replaced by the one it stands for. Skips and notes are
 * listed by the input they name, so with the names they are sorted again.
 */
function mappedBack(brief: BriefJson, originals: ReadonlyMap<string, string>): BriefJson {
  // longest first, so "feed.jsonl line 12" is not read as "feed.jsonl line 1" and a "2"
  const names = [...originals.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(names.map(escapeRegExp).join("|"), "g");
  const mapped = JSON.parse(
    JSON.stringify(brief).replace(pattern, (m) => originals.get(m)!),
  ) as BriefJson;
  return {
    ...mapped,
    skipped: [...mapped.skipped].sort(byInputAndReason),
    warnings: [...mapped.warnings].sort(byInputAndReason),
  };
}

/** Where two JSON values differ, as paths ("stories.0.claims.3.status"), at most `limit`. */
function differences(a: unknown, b: unknown, limit = 12, at = ""): string[] {
  if (Object.is(a, b)) return [];
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return [
      `${at || "(root)"}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`,
    ];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const k of keys) {
    if (out.length >= limit) break;
    const ka = (a as Record<string, unknown>)[k];
    const kb = (b as Record<string, unknown>)[k];
    out.push(...differences(ka, kb, limit - out.length, at ? `${at}.${k}` : k));
  }
  return out;
}

/** Runs the corpus as given and under each shuffle; every mapped-back brief must be the first. */
async function expectOrderFree(label: string, files: readonly CorpusFile[]): Promise<BriefJson> {
  const asGiven = writeCorpus(files, join(root, `${label}-as-given`));
  const expected = mappedBack(await briefOfPaths(asGiven.paths), asGiven.originals);
  // a brief with nothing in it would be order-free too
  expect(expected.stories.length).toBeGreaterThan(0);
  expect(expected.articles.length).toBeGreaterThanOrEqual(files.length);
  for (const seed of SHUFFLES) {
    const written = writeCorpus(files, join(root, `${label}-${seed}`), rngOf(seed));
    const brief = mappedBack(await briefOfPaths(written.paths), written.originals);
    expect(differences(brief, expected), `shuffle ${seed}`).toEqual([]);
  }
  return expected;
}

describe("the brief does not depend on the order or names of its inputs", () => {
  it("on the example corpus (files renamed, listed in another order, JSONL lines shuffled)", async () => {
    const dir = "examples/corpus";
    const files = readdirSync(dir).map((name) => ({
      name,
      text: readFileSync(join(dir, name), "utf8"),
    }));
    const brief = await expectOrderFree("examples", [
      ...files,
      { name: "odd.jsonl", text: ODD_RECORDS },
    ]);
    // the odd records are there to be shuffled: both of one id, and two skips
    const ids = brief.articles.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(["shared-id", "shared-id#2"]));
    expect(brief.skipped.map((s) => s.input)).toEqual([
      "corpus/odd.jsonl line 3",
      "corpus/odd.jsonl line 4",
    ]);
  });

  it("through the library: analyze() of the example articles in shuffled orders", () => {
    const dir = "examples/corpus";
    const inputs: ArticleInput[] = readdirSync(dir).flatMap((name): ArticleInput[] => {
      const text = readFileSync(join(dir, name), "utf8");
      if (name.endsWith(".jsonl"))
        return text
          .split("\n")
          .filter((l) => l.trim() !== "")
          .map((l) => JSON.parse(l) as ArticleInput);
      return [name.endsWith(".html") ? { id: name, html: text } : { id: name, text }];
    });
    const expected = analyze(inputs, { today: TODAY });
    expect(expected.stories.length).toBeGreaterThan(0);
    for (const seed of SHUFFLES) {
      const brief = analyze(shuffled(inputs, rngOf(seed)), { today: TODAY });
      expect(differences(brief, expected), `shuffle ${seed}`).toEqual([]);
    }
  });

  it(`on ${GENERATED_ARTICLES} generated articles with planted copies and stories`, async () => {
    const base = await loadBase("examples/corpus");
    const files = [...generateArticles(base, { count: GENERATED_ARTICLES })].map((a) => ({
      name: `${a.id}.txt`,
      text: a.plain,
    }));
    await expectOrderFree("generated", files);
  });
});
