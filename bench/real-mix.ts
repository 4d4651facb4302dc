/**
 * The real-text mix (issue 17): every news text of ../shared/datasets that the evaluation reads —
 * PolNeAR train, dev and test, the GenderGapTracker articles and the ECB+ texts — as one JSONL of
 * `{ id, text }` records without dates, which is what `corroborate brief` reads from a crawl. A day
 * of real news in one time window: nothing dates the articles, so every story stays open to every
 * article.
 *
 *   npx tsx bench/real-mix.ts --write FILE.jsonl     # the file, to time the CLI on it
 *   npx tsx bench/real-mix.ts [--docs]               # the whole pipeline on it, stage by stage
 *
 * `--docs` writes the table between the bench-real-mix markers of docs/benchmarks.md (and
 * nothing else there, unlike `npm run bench -- --docs`).
 *
 * `measureRealMix` is what `npm run bench` runs (on by default, `--real-mix 0` leaves it out).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { EVAL_TODAY, hasShared, sharedPath } from "../eval/shared.js";
import { briefOf } from "../src/brief/brief.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import type { CorpusDraft, RawArticle, Skip } from "../src/model/index.js";
import { defaultContext, type Context } from "../src/pipeline/context.js";
import { completeArticle, draftArticle } from "../src/pipeline/run.js";
import type { ArticleInProgress } from "../src/pipeline/stage.js";
import { ARTICLE_STAGES, CORPUS_STAGES } from "../src/pipeline/stages.js";
import { render } from "../src/render/render.js";
import { MemoryPeak, collectGarbage } from "./measure.js";
import {
  briefParts,
  formatRealMix,
  realMixMarkdown,
  realMixReadme,
  type RealMixFigures,
  type StageTime,
} from "./real-mix-report.js";
import { writeDocsTable } from "./report.js";
import { hashShingles } from "./shingle-baseline.js";

/** The datasets' files, in the order their texts join the mix. */
export const REAL_MIX_SOURCES = [
  ["polnear", "train.jsonl"],
  ["polnear", "dev.jsonl"],
  ["polnear", "test.jsonl"],
  ["ggt-quotes", "articles.jsonl"],
  ["ecbplus", "articles.jsonl"],
] as const;

/** One line of the mix's JSONL. */
export type MixRecord = { readonly id: string; readonly text: string };

/** The datasets of the mix missing from ../shared (empty when it can be built). */
export function missingSources(): string[] {
  return REAL_MIX_SOURCES.filter(([set, file]) => !hasShared("datasets", set, file)).map(
    ([set, file]) => `${set}/${file}`,
  );
}

/**
 * The mix's records, under neutral ids (`mix-0`, …): dataset ids name outlets, dates and ECB+
 * topics, which would give the pipeline what it is meant to find. Only the text is kept.
 */
export function realMixRecords(): MixRecord[] {
  const out: MixRecord[] = [];
  for (const [set, file] of REAL_MIX_SOURCES)
    for (const line of readFileSync(sharedPath("datasets", set, file), "utf8").split("\n"))
      if (line.trim())
        out.push({ id: `mix-${out.length}`, text: (JSON.parse(line) as { text: string }).text });
  return out;
}

/** The records as JSONL, one per line. */
export const jsonlOf = (records: readonly MixRecord[]): string =>
  records.map((r) => `${JSON.stringify(r)}\n`).join("");

/** Writes the mix to `path`; its record count and bytes. */
export function writeRealMix(path: string): { records: number; bytes: number } {
  const text = jsonlOf(realMixRecords());
  writeFileSync(path, text);
  return { records: text.split("\n").length - 1, bytes: Buffer.byteLength(text) };
}

/**
 * The same-run yardstick: read the file and hash every record's word 3-shingles (the JSON
 * escapes included: it is the bare pass over the bytes, as the folder baseline is).
 */
export function realMixBaseline(path: string): { seconds: number; checksum: number } {
  const t = performance.now();
  let checksum = 0;
  for (const line of readFileSync(path, "utf8").split("\n"))
    if (line) checksum = (checksum + hashShingles(line).checksum) >>> 0;
  return { seconds: (performance.now() - t) / 1000, checksum };
}

/** Where `--docs` writes the table. */
const DOCS_FILE = join("docs", "benchmarks.md");
/** Where `--docs` writes the few lines of the README's benchmark section. */
const README_FILE = "README.md";
/** Where the script writes the mix it measures (bench/out is not committed). */
const OUT_DIR = join("bench", "out");

/** Synchronous loops sample memory this often. */
const SAMPLE_EVERY = 64;

const since = (t: number): number => (performance.now() - t) / 1000;

/**
 * The whole pipeline on the mix file, as `corroborate brief --format json` runs it — read the
 * file, every article stage, every corpus stage, the brief rendered as JSON — with each step
 * timed. Article stages run stage by stage over all articles (runPipeline runs them article by
 * article; each article's result is the same, as the stages are pure functions of the article).
 * The baseline runs before and after, and the faster pass counts.
 */
export async function measureRealMix(path: string, ctx: Context): Promise<RealMixFigures> {
  const inputBytes = readFileSync(path).length;
  const before = realMixBaseline(path);
  collectGarbage?.();
  const meter = new MemoryPeak();
  const stages: StageTime[] = [];
  let t = performance.now();
  const ingest = await readInputs([path]);
  stages.push({ kind: "ingest", name: "read JSONL", seconds: since(t) });
  const raws: readonly RawArticle[] = ingest.articles;
  let articles: ArticleInProgress[] = raws.map(draftArticle);
  for (const stage of ARTICLE_STAGES) {
    t = performance.now();
    articles = articles.map((a, i) => {
      if (i % SAMPLE_EVERY === 0) meter.sample();
      return stage.run(a, ctx);
    });
    stages.push({ kind: "article", name: stage.name, seconds: since(t) });
  }
  let corpus: CorpusDraft = {
    articles: articles.map(completeArticle),
    skipped: ingest.skipped as readonly Skip[],
  };
  for (const stage of CORPUS_STAGES) {
    t = performance.now();
    corpus = stage.run(corpus, ctx);
    meter.sample();
    stages.push({ kind: "corpus", name: stage.name, seconds: since(t) });
  }
  t = performance.now();
  const { stories } = corpus;
  if (stories === undefined) throw new Error("the corpus stages found no stories");
  const json = render(briefOf({ ...corpus, stories }, ingest.warnings), "json");
  meter.sample();
  stages.push({ kind: "brief", name: "briefOf + render JSON", seconds: since(t) });
  const memory = meter.stop();
  const after = realMixBaseline(path);
  return {
    articles: raws.length,
    stories: stories.length,
    inputBytes,
    outputBytes: Buffer.byteLength(json),
    outputSha256: createHash("sha256").update(json).digest("hex"),
    baselineSeconds: Math.min(before.seconds, after.seconds),
    stages,
    peakRssMB: memory.peakRssMB,
    outputParts: briefParts(json),
  };
}

async function main(args: readonly string[]): Promise<number> {
  const missing = missingSources();
  if (missing.length) {
    process.stderr.write(`the real mix needs ../shared/datasets: missing ${missing.join(", ")}\n`);
    return 1;
  }
  const at = args.indexOf("--write");
  if (at >= 0) {
    const path = args[at + 1];
    if (!path) {
      process.stderr.write("--write takes a file name\n");
      return 2;
    }
    const { records, bytes } = writeRealMix(path);
    process.stdout.write(`${records} records, ${bytes.toLocaleString("en-US")} bytes → ${path}\n`);
    return 0;
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const path = join(OUT_DIR, "real-mix.jsonl");
  writeRealMix(path);
  const startedAt = new Date().toISOString();
  const figures = await measureRealMix(path, defaultContext({ today: EVAL_TODAY }));
  process.stdout.write(`${formatRealMix(figures)}\n`);
  if (args.includes("--docs")) {
    const about =
      `Written by \`npx tsx bench/real-mix.ts --docs\` on ${startedAt.slice(0, 10)}: one core, ` +
      `Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}. × baseline is a step's time over a bare pass that reads the JSONL and hashes its word 3-shingles, in the same run.`;
    const fault = await writeDocsTable(
      DOCS_FILE,
      realMixMarkdown(figures, about),
      "bench-real-mix",
    );
    process.stdout.write(fault ? `not written: ${fault}\n` : `table written to ${DOCS_FILE}\n`);
    const readmeFault = await writeDocsTable(
      README_FILE,
      realMixReadme(
        figures,
        `Written by \`npx tsx bench/real-mix.ts --docs\` on ${startedAt.slice(0, 10)}; every step: [docs/benchmarks.md](docs/benchmarks.md).`,
      ),
      "bench-real-mix",
    );
    process.stdout.write(
      readmeFault ? `not written: ${readmeFault}\n` : `summary written to ${README_FILE}\n`,
    );
  }
  return 0;
}

// Run as a script, not when `npm run bench` imports it.
if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = await main(process.argv.slice(2));
