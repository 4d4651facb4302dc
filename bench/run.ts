/**
 * `npm run bench`: measures the pipeline's stages on generated corpora, one core, one process,
 * each figure beside a same-run baseline (read the files, hash their word 3-shingles). Ratios
 * to the baseline are what we track; absolute rates on shared machines are noise (DESIGN §6).
 *
 * Figures are reported, never asserted: a missed target prints FAIL and the run still exits 0.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { extractHtml } from "../src/ingest/html.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import type { RawArticle } from "../src/model/index.js";
import { defaultContext } from "../src/pipeline/context.js";
import { draftArticle, runArticleStages } from "../src/pipeline/run.js";
import type { ArticleInProgress } from "../src/pipeline/stage.js";
import { ARTICLE_STAGES } from "../src/pipeline/stages.js";
import {
  DEFAULT_BASE,
  DEFAULT_SEED,
  GENERATOR_VERSION,
  generateArticles,
  loadBase,
  toRawArticle,
  writeCorpus,
  type Base,
  type CorpusFormat,
  type CorpusManifest,
} from "./generate.js";
import {
  collectGarbage,
  formatTable,
  MemoryPeak,
  rowOf,
  type Measurement,
  type MemoryFigures,
  type Row,
} from "./measure.js";
import { baselinePass, type BaselineResult } from "./shingle-baseline.js";
import {
  compareRuns,
  formatComparison,
  markdownTable,
  readSavedRun,
  writeDocsTable,
} from "./report.js";
import { allPairs, reuseFigures, TARGETS, type ReuseFigures } from "./reuse-bench.js";
import {
  clusterFigures,
  TARGET_ASSIGNED_PER_SECOND,
  type ClusterFigures,
} from "./cluster-bench.js";
import { measureRealMix, missingSources, writeRealMix } from "./real-mix.js";
import { formatRealMix, realMixMarkdown, type RealMixFigures } from "./real-mix-report.js";
import { measureAddOne, measureStoreIngest, type StoreBenchOptions } from "./store-bench.js";
import {
  DEFAULT_POSTGRES_URL,
  STORE_ENGINES,
  withoutPassword,
  type StoreEngineName,
} from "./store-places.js";
import {
  formatStoreFigures,
  storeMarkdown,
  type AddOneFigures,
  type IngestFigures,
} from "./store-report.js";

const HELP = `Usage: npm run bench [-- options]

Generates corpora (cached in bench/out/, rebuilt when the generator or the options change) and
prints, per stage, articles/s, MB/s, peak memory and the ratio to a same-run baseline that only
reads each file and hashes its word 3-shingles. Results also go to bench/out/results.json.
  --sizes N,M   plain-text corpus sizes (default 10000)
  --html N      HTML pages (default 1000; 0 skips HTML)
  --quick       a smoke run: 500 text articles, 100 pages, stores of 50 and 100
  --seed N      generator seed (default ${DEFAULT_SEED})
  --base DIR    folder of base articles (default ${DEFAULT_BASE})
  --repeat N    measure everything N times and keep each stage's fastest (default 1)
  --fresh       regenerate corpora even when a matching one is cached
  --reuse N,M   reuse detection on N (and M) generated articles (default 10000; 0 skips)
  --allpairs N  all-pairs exact comparison against the reuse index on N articles (default 5000; 0 skips)
  --stories N   story assignment on a feed of N articles (default 20000; 0 skips)
  --store N     ingest N generated articles into a fresh store on each engine, beside the
                in-memory pipeline on the same articles (default 2000; 0 skips)
  --store-batch N  articles per ingestArticles + updateCorpus, as one corroborate ingest
                (default 500; N or more: one ingest, one update)
  --store-engines LIST  engines of the ingest rate (default pglite,postgresql)
  --store-add N,M  time adding one article (+ updateCorpus) to stores of N and M articles,
                one store built along a generated feed (default 1000,10000; 0 skips)
  --store-add-engines LIST  engines of the add-one cost (default pglite; building 10k takes
                minutes per engine)
  --store-add-repeat N  additions in a row timed at each size; the median and the mean (which carries
                   the re-clusterings among them) are reported (default 60)
  --postgres URL  the PostgreSQL server; each run creates its own database there and drops it
                (default ${DEFAULT_POSTGRES_URL})
  --real-mix N  the whole pipeline, stage by stage, on the real-text mix of ../shared/datasets
                (PolNeAR, GGT and ECB+ texts as undated JSONL, as corroborate brief reads it);
                1 (the default) runs it, 0 leaves it out; skipped, saying why, without ../shared
  --json FILE   where to write the results (default bench/out/results.json)
  --compare FILE  also print each stage's speed beside an earlier results file (of another
                commit, say): the ratio of articles/s, and of each run's baseline ratio
  --docs        write this run's tables into docs/benchmarks.md (stages between the bench
                markers, the store's between the bench-store markers)
  -h, --help    this text
`;

/** Articles a second on one core, from the product brief. */
const TARGET_TEXT_PER_SECOND = 1000;
/** Mention detection's target (issue 5), articles a second on one core. */
const TARGET_MENTIONS_PER_SECOND = 500;
/** The article stages the foundation's target covers (through provenance); later ones are measured in memory. */
const FOUNDATION_STAGES = ARTICLE_STAGES.slice(
  0,
  ARTICLE_STAGES.findIndex((s) => s.name === "provenance") + 1,
);
/** Where `--docs` writes the table. */
const DOCS_FILE = join("docs", "benchmarks.md");
const TARGET_HTML_PER_SECOND = 100;
/** The fixed "today" of every run, so date handling costs the same each time. */
const TODAY = "2026-11-23";
/** Articles generated in memory at a time for the in-memory figures: bounded memory at 1M. */
const BATCH = 1000;
/** Synchronous loops sample memory this often; sampling costs microseconds, an article far more. */
const SAMPLE_EVERY = 64;
const OUT_DIR = join("bench", "out");
/**
 * Articles and pages run untimed before anything is measured, so that the first figure is not
 * billed for V8 compiling the stages while later ones run optimised code.
 */
const WARMUP_ARTICLES = 500;
const WARMUP_PAGES = 50;

type Options = {
  sizes: number[];
  html: number;
  seed: number;
  base: string;
  fresh: boolean;
  repeat: number;
  json: string;
  reuse: number[];
  allpairs: number;
  stories: number;
  compare: string | null;
  docs: boolean;
  store: number;
  storeBatch: number;
  storeEngines: StoreEngineName[];
  storeAdd: number[];
  storeAddEngines: StoreEngineName[];
  storeAddRepeat: number;
  postgres: string;
  realMix: boolean;
};

/** A comma-separated list of store engines, or what is wrong with it. */
function enginesOf(list: string, flag: string): StoreEngineName[] | string {
  const names = list.split(",").filter((n) => n !== "");
  const wrong = names.find((n) => !(STORE_ENGINES as readonly string[]).includes(n));
  if (wrong !== undefined || names.length === 0)
    return `${flag} takes engines among ${STORE_ENGINES.join(",")}${wrong ? ` (not ${wrong})` : ""}`;
  return [...new Set(names)] as StoreEngineName[];
}

function parseArgs(args: readonly string[]): Options | string {
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i === -1 ? undefined : args[i + 1];
  };
  const known = new Set([
    "--sizes",
    "--html",
    "--quick",
    "--seed",
    "--base",
    "--fresh",
    "--json",
    "--repeat",
    "--reuse",
    "--allpairs",
    "--stories",
    "--compare",
    "--docs",
    "--store",
    "--store-batch",
    "--store-engines",
    "--store-add",
    "--store-add-engines",
    "--store-add-repeat",
    "--postgres",
    "--real-mix",
  ]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith("-")) continue;
    if (!known.has(a)) return `unknown option ${a}`;
  }
  const quick = args.includes("--quick");
  const sizes = (value("--sizes") ?? (quick ? "500" : "10000")).split(",").map(Number);
  const html = Number(value("--html") ?? (quick ? 100 : 1000));
  const seed = Number(value("--seed") ?? DEFAULT_SEED);
  const repeat = Number(value("--repeat") ?? 1);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    return "--sizes takes positive integers, e.g. 10000,100000";
  if (!Number.isInteger(html) || html < 0) return "--html takes a whole number";
  if (!Number.isInteger(seed)) return "--seed takes an integer";
  if (!Number.isInteger(repeat) || repeat < 1) return "--repeat takes a positive integer";
  const reuse = (value("--reuse") ?? (quick ? "1000" : "10000"))
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  const allpairs = Number(value("--allpairs") ?? (quick ? 500 : 5000));
  const stories = Number(value("--stories") ?? (quick ? 2000 : 20000));
  if (reuse.some((n) => !Number.isInteger(n)))
    return "--reuse takes whole numbers, e.g. 10000,100000";
  if (!Number.isInteger(allpairs) || allpairs < 0) return "--allpairs takes a whole number";
  if (!Number.isInteger(stories) || stories < 0) return "--stories takes a whole number";
  const store = Number(value("--store") ?? (quick ? 100 : 2000));
  const storeBatch = Number(value("--store-batch") ?? (quick ? 50 : 500));
  const storeAdd = (value("--store-add") ?? (quick ? "50,100" : "1000,10000"))
    .split(",")
    .map(Number)
    .filter((n) => n !== 0);
  const storeAddRepeat = Number(value("--store-add-repeat") ?? (quick ? 3 : 60));
  if (!Number.isInteger(store) || store < 0) return "--store takes a whole number";
  if (!Number.isInteger(storeBatch) || storeBatch < 1)
    return "--store-batch takes a positive integer";
  if (!Number.isInteger(storeAddRepeat) || storeAddRepeat < 1)
    return "--store-add-repeat takes a positive integer";
  // The probes of one size are the feed's next articles and count toward the next size.
  if (
    storeAdd.some(
      (n, i) => !Number.isInteger(n) || n < 1 || (i > 0 && n < storeAdd[i - 1]! + storeAddRepeat),
    )
  )
    return "--store-add takes growing store sizes, each at least --store-add-repeat above the last, e.g. 1000,10000";
  const storeEngines = enginesOf(
    value("--store-engines") ?? "pglite,postgresql",
    "--store-engines",
  );
  if (typeof storeEngines === "string") return storeEngines;
  const storeAddEngines = enginesOf(
    value("--store-add-engines") ?? "pglite",
    "--store-add-engines",
  );
  if (typeof storeAddEngines === "string") return storeAddEngines;
  const realMix = value("--real-mix") ?? "1";
  if (realMix !== "0" && realMix !== "1") return "--real-mix takes 1 (run it) or 0 (leave it out)";
  return {
    sizes,
    html,
    seed,
    base: value("--base") ?? DEFAULT_BASE,
    fresh: args.includes("--fresh"),
    repeat,
    json: value("--json") ?? join(OUT_DIR, "results.json"),
    reuse,
    allpairs,
    stories,
    compare: value("--compare") ?? null,
    docs: args.includes("--docs"),
    store,
    storeBatch,
    storeEngines,
    storeAdd,
    storeAddEngines,
    storeAddRepeat,
    postgres: value("--postgres") ?? DEFAULT_POSTGRES_URL,
    realMix: realMix === "1",
  };
}

const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

/** A measurement still waiting for the baseline it is compared with. */
type Pending = Omit<Measurement, "baselinePerArticle">;

const seconds = (from: number): number => (performance.now() - from) / 1000;

function cachedManifest(dir: string): CorpusManifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as CorpusManifest;
  } catch {
    return null;
  }
}

/** The corpus folder, generated unless an identical one is cached; the generation as a row. */
async function ensureCorpus(
  base: Base,
  o: Options,
  format: CorpusFormat,
  count: number,
): Promise<{ dir: string; generated: Measurement | null }> {
  const out = join(OUT_DIR, `${format}-${count}-seed${o.seed}`);
  const dir = join(out, "articles");
  const m = cachedManifest(out);
  const same =
    m !== null &&
    m.generator === GENERATOR_VERSION &&
    m.seed === o.seed &&
    m.count === count &&
    m.format === format &&
    m.base === resolve(o.base);
  if (same && !o.fresh) {
    log(`${format} corpus of ${count}: cached in ${out}`);
    return { dir, generated: null };
  }
  log(`${format} corpus of ${count}: generating into ${out}…`);
  const meter = new MemoryPeak();
  const t = performance.now();
  const manifest = await writeCorpus({ count, seed: o.seed, format, out, baseDir: o.base }, base);
  return {
    dir,
    generated: {
      corpus: `${format} ${count}`,
      stage: "generate + write files (bench only)",
      articles: count,
      bytes: manifest.bytes,
      seconds: seconds(t),
      memory: meter.stop(),
      baselinePerArticle: null,
      target: null,
      note: `${manifest.stories} stories; ${Object.entries(manifest.roles)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    },
  };
}

function measureBaseline(dir: string): {
  result: BaselineResult;
  seconds: number;
  memory: MemoryFigures;
} {
  const meter = new MemoryPeak();
  const t = performance.now();
  const result = baselinePass(dir, (done) => {
    if (done % SAMPLE_EVERY === 0) meter.sample();
  });
  return { result, seconds: seconds(t), memory: meter.stop() };
}

const utf8Bytes = (s: string): number => Buffer.byteLength(s, "utf8");

/**
 * Ingest and the article stages over a corpus folder, as `corroborate brief` runs them: every
 * file read first, then each article through the stages, the results kept (the corpus stages
 * need them all).
 */
async function measureFolder(
  dir: string,
  corpus: string,
  target: number,
  fileBytes: number,
): Promise<Pending[]> {
  const ctx = defaultContext({ today: TODAY });
  let meter = new MemoryPeak();
  let t = performance.now();
  const ingest = await readInputs([dir]);
  const ingestSeconds = seconds(t);
  const ingestMemory = meter.stop();
  const raws = ingest.articles;
  const bytes = raws.reduce((sum, r) => sum + utf8Bytes(r.original), 0);
  const notes: string[] = [];
  if (ingest.skipped.length)
    notes.push(`${ingest.skipped.length} skipped (${ingest.skipped[0]!.reason})`);
  if (ingest.warnings.length)
    notes.push(`${ingest.warnings.length} warnings (${ingest.warnings[0]!.reason})`);

  meter = new MemoryPeak();
  t = performance.now();
  // The foundation's target (issue 2) is ingest + clean + segment: the stages up to provenance.
  // Mention detection has its own target and is measured in memory below.
  const articles: ArticleInProgress[] = [];
  for (let i = 0; i < raws.length; i++) {
    let a: ArticleInProgress = draftArticle(raws[i]!);
    for (const stage of FOUNDATION_STAGES) a = stage.run(a, ctx);
    articles.push(a);
    if (i % SAMPLE_EVERY === 0) meter.sample();
  }
  const stageSeconds = seconds(t);
  const stageMemory = meter.stop();
  const words = articles.reduce((sum, a) => sum + (a.words ?? 0), 0);
  const stageNames = FOUNDATION_STAGES.map((s) => s.name).join("+");
  const base = { corpus };
  return [
    {
      ...base,
      stage: "ingest (readInputs)",
      articles: raws.length,
      bytes: fileBytes,
      seconds: ingestSeconds,
      memory: ingestMemory,
      target: null,
      ...(notes.length ? { note: notes.join("; ") } : {}),
    },
    {
      ...base,
      stage: `article stages (${stageNames})`,
      articles: raws.length,
      bytes,
      seconds: stageSeconds,
      memory: stageMemory,
      target: null,
      note: `${Math.round(words / Math.max(1, articles.length))} words an article`,
    },
    {
      ...base,
      stage: "ingest + article stages",
      articles: raws.length,
      bytes: fileBytes,
      seconds: ingestSeconds + stageSeconds,
      memory: {
        peakRssMB: Math.max(ingestMemory.peakRssMB, stageMemory.peakRssMB),
        peakHeapMB: Math.max(ingestMemory.peakHeapMB, stageMemory.peakHeapMB),
        rssGrowthMB: ingestMemory.rssGrowthMB + stageMemory.rssGrowthMB,
      },
      target,
    },
  ];
}

/**
 * Each article stage alone, on articles generated in memory (no disk, no ingest). Articles go
 * through in batches, stage by stage over the batch, so each stage's time and memory are its
 * own while memory stays bounded however large the corpus.
 */
function measureStagesInMemory(base: Base, o: Options, count: number, corpus: string): Pending[] {
  const ctx = defaultContext({ today: TODAY });
  const stages = ARTICLE_STAGES;
  const time = stages.map(() => 0);
  const meters = stages.map(() => new MemoryPeak());
  let bytes = 0;
  let n = 0;
  let batch: RawArticle[] = [];
  const run = (): void => {
    let articles: ArticleInProgress[] = batch.map(draftArticle);
    stages.forEach((stage, s) => {
      const meter = meters[s]!;
      const t = performance.now();
      const next = new Array<ArticleInProgress>(articles.length);
      for (let i = 0; i < articles.length; i++) {
        next[i] = stage.run(articles[i]!, ctx);
        if (i % SAMPLE_EVERY === 0) meter.sample();
      }
      time[s]! += (performance.now() - t) / 1000;
      articles = next;
    });
    n += batch.length;
    batch = [];
  };
  for (const g of generateArticles(base, { count, seed: o.seed, format: "txt" })) {
    const raw = toRawArticle(g);
    bytes += utf8Bytes(raw.original);
    batch.push(raw);
    if (batch.length === BATCH) run();
  }
  if (batch.length) run();
  const memory = meters.map((m) => m.stop());
  const rows: Pending[] = stages.map((stage, s) => ({
    corpus,
    stage: `${stage.name} (in memory)`,
    articles: n,
    bytes,
    seconds: time[s]!,
    memory: memory[s]!,
    target: stage.name === "mentions" ? TARGET_MENTIONS_PER_SECOND : null,
  }));
  const pick = (names: readonly string[]): number[] =>
    stages.flatMap((st, i) => (names.includes(st.name) ? [i] : []));
  const combined = (stage: string, indexes: readonly number[], target: number | null): Pending => ({
    corpus,
    stage,
    articles: n,
    bytes,
    seconds: indexes.reduce((sum, i) => sum + time[i]!, 0),
    memory: {
      peakRssMB: Math.max(...indexes.map((i) => memory[i]!.peakRssMB)),
      peakHeapMB: Math.max(...indexes.map((i) => memory[i]!.peakHeapMB)),
      rssGrowthMB: Math.max(...indexes.map((i) => memory[i]!.rssGrowthMB)),
    },
    target,
  });
  const cleanSegment = pick(["clean", "segment"]);
  if (cleanSegment.length === 2)
    rows.push(combined("clean + segment (in memory)", cleanSegment, TARGET_TEXT_PER_SECOND));
  rows.push(
    combined(
      "all article stages (in memory)",
      stages.map((_, i) => i),
      null,
    ),
  );
  return rows;
}

/** extractHtml alone on pages generated in memory: HTML ingest without the disk. */
function measureExtractInMemory(base: Base, o: Options, count: number, corpus: string): Pending {
  const meter = new MemoryPeak();
  let total = 0;
  let bytes = 0;
  let n = 0;
  let empty = 0;
  let pages: string[] = [];
  const run = (): void => {
    const t = performance.now();
    for (let i = 0; i < pages.length; i++) {
      if (extractHtml(pages[i]!, null).text === "") empty++;
      if (i % SAMPLE_EVERY === 0) meter.sample();
    }
    total += (performance.now() - t) / 1000;
    n += pages.length;
    pages = [];
  };
  for (const g of generateArticles(base, { count, seed: o.seed, format: "html" })) {
    bytes += utf8Bytes(g.html!);
    pages.push(g.html!);
    if (pages.length === BATCH) run();
  }
  if (pages.length) run();
  return {
    corpus,
    stage: "extractHtml (in memory)",
    articles: n,
    bytes,
    seconds: total,
    memory: meter.stop(),
    target: null,
    ...(empty ? { note: `${empty} pages gave no text` } : {}),
  };
}

/** Of repeated runs of the same measurements, each stage's fastest, in first-run order. */
function fastest(runs: readonly Pending[][]): Pending[] {
  const best = new Map<string, Pending>();
  for (const run of runs) {
    for (const m of run) {
      const held = best.get(m.stage);
      if (!held || m.seconds < held.seconds) best.set(m.stage, m);
    }
  }
  return runs[0]!.map((m) => best.get(m.stage)!);
}

/**
 * The baseline runs before and after each repetition of the stages and the fastest pass
 * counts, as does each stage's fastest repetition: on a shared machine the least time is the
 * one least disturbed by other work, and the first read of a folder may find it cold.
 */
async function benchCorpus(
  base: Base,
  o: Options,
  format: CorpusFormat,
  count: number,
): Promise<Row[]> {
  const corpus = `${format} ${count}`;
  const { dir, generated } = await ensureCorpus(base, o, format, count);
  const target = format === "txt" ? TARGET_TEXT_PER_SECOND : TARGET_HTML_PER_SECOND;
  const baselines = [];
  const runs: Pending[][] = [];
  for (let r = 0; r < o.repeat; r++) {
    const pass = o.repeat > 1 ? ` (pass ${r + 1} of ${o.repeat})` : "";
    log(`${corpus}: baseline${pass}…`);
    baselines.push(measureBaseline(dir));
    log(`${corpus}: ingest + article stages${pass}…`);
    const measured = await measureFolder(dir, corpus, target, baselines[0]!.result.bytes);
    collectGarbage?.();
    log(`${corpus}: in memory${pass}…`);
    measured.push(
      ...(format === "txt"
        ? measureStagesInMemory(base, o, count, corpus)
        : [measureExtractInMemory(base, o, count, corpus)]),
    );
    collectGarbage?.();
    runs.push(measured);
  }
  log(`${corpus}: baseline again…`);
  baselines.push(measureBaseline(dir));
  const best = baselines.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const perArticle = best.seconds / best.result.files;
  const baseline: Pending = {
    corpus,
    stage: "BASELINE: read + hash word 3-shingles",
    articles: best.result.files,
    bytes: best.result.bytes,
    seconds: best.seconds,
    memory: best.memory,
    target: null,
    note: `${best.result.shingles.toLocaleString("en-US")} shingles; passes took ${baselines.map((b) => `${b.seconds.toFixed(2)} s`).join(", ")}`,
  };
  return [
    ...(generated ? [rowOf(generated)] : []),
    ...[baseline, ...fastest(runs)].map((m) => rowOf({ ...m, baselinePerArticle: perArticle })),
  ];
}

function warmUp(base: Base, seed: number): void {
  const ctx = defaultContext({ today: TODAY });
  const pages = generateArticles(base, { count: WARMUP_ARTICLES, seed: seed + 1, format: "html" });
  for (const g of pages) {
    runArticleStages(toRawArticle(g), ctx);
    if (Number(g.id.slice(1)) < WARMUP_PAGES) extractHtml(g.html!, null);
  }
}

const verdict = (ok: boolean): string => (ok ? "PASS" : "FAIL");
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Prints the reuse and story figures; returns the ones below target (reported, not asserted). */
function printReuseAndStories(
  reuse: readonly ReuseFigures[],
  pairs: ReturnType<typeof allPairs> | null,
  stories: ClusterFigures | null,
): string[] {
  const failed: string[] = [];
  const line = (label: string, value: string, target: string, ok: boolean | null): void => {
    if (ok === false) failed.push(label);
    process.stdout.write(
      `  ${label.padEnd(52)} ${value.padStart(12)}  ${target.padEnd(12)} ${ok === null ? "" : verdict(ok)}\n`,
    );
  };
  for (const r of reuse) {
    process.stdout.write(
      `\nreuse detection, ${r.articles.toLocaleString("en")} generated articles (features + index + verification, one core)\n`,
    );
    line(
      "articles/s",
      Math.round(r.perSecond).toLocaleString("en"),
      `≥ ${TARGETS.perSecond}`,
      r.perSecond >= TARGETS.perSecond,
    );
    line("  features, µs/article", ((r.featureSeconds / r.articles) * 1e6).toFixed(0), "", null);
    line(
      "  candidate search + verification, µs/article",
      ((r.searchSeconds / r.articles) * 1e6).toFixed(0),
      "",
      null,
    );
    line(
      "index bytes/article",
      Math.round(r.indexBytesPerArticle).toLocaleString("en"),
      `≤ ${TARGETS.bytesPerArticle}`,
      r.indexBytesPerArticle <= TARGETS.bytesPerArticle,
    );
    line("candidates/article", r.candidatesPerArticle.toFixed(1), "", null);
    for (const kind of ["verbatim", "near-verbatim", "rewrite"] as const) {
      const k = r.planted[kind];
      const recall = k.planted ? k.found / k.planted : 1;
      const target = kind === "rewrite" ? TARGETS.recallRewrite : TARGETS.recallCopy;
      line(
        `recall, planted ${kind} (${k.found}/${k.planted})`,
        pct(recall),
        `≥ ${pct(target)}`,
        recall >= target,
      );
    }
    line(
      `precision of found pairs (${r.truePositives}/${r.edges})`,
      pct(r.precision),
      `≥ ${pct(TARGETS.precision)}`,
      r.precision >= TARGETS.precision,
    );
    if (r.relations) {
      line("direction right (source is an ancestor of the copy)", pct(r.directionRight), "", null);
      line("kind right (as planted)", pct(r.kindRight), "", null);
    }
  }
  if (reuse.length === 2) {
    const [a, b] = reuse as [ReuseFigures, ReuseFigures];
    process.stdout.write(
      `\n  growth ${a.articles.toLocaleString("en")} → ${b.articles.toLocaleString("en")}: time per article ×${((b.featureSeconds + b.searchSeconds) / b.articles / ((a.featureSeconds + a.searchSeconds) / a.articles)).toFixed(2)} (1.00 = linear total time), index bytes/article ×${(b.indexBytesPerArticle / a.indexBytesPerArticle).toFixed(2)}\n`,
    );
  }
  if (pairs) {
    process.stdout.write(
      `\nall-pairs exact comparison vs the index, ${pairs.pairs.toLocaleString("en")} pairs\n`,
    );
    line("pairs found by all-pairs", String(pairs.exactFound), "", null);
    line("pairs found through the index", String(pairs.indexFound), "", null);
    line("all-pairs pairs the index also found", `${pairs.both}/${pairs.exactFound}`, "", null);
    line(
      "speed-up of the index (seconds)",
      `×${(pairs.exactSeconds / pairs.indexSeconds).toFixed(0)}`,
      `${pairs.exactSeconds.toFixed(1)} vs ${pairs.indexSeconds.toFixed(2)}`,
      null,
    );
  }
  if (stories) {
    process.stdout.write(
      `\nstory assignment, a feed of ${stories.articles.toLocaleString("en")} generated articles in date order\n`,
    );
    line(
      "articles/s assigned, with 90% already indexed",
      Math.round(stories.lastTenthPerSecond).toLocaleString("en"),
      `≥ ${TARGET_ASSIGNED_PER_SECOND}`,
      stories.lastTenthPerSecond >= TARGET_ASSIGNED_PER_SECOND,
    );
    line("B-cubed F1 against the generated stories", stories.bcubedF1.toFixed(3), "", null);
    for (const c of stories.checkpoints)
      line(
        `  after ${c.indexed.toLocaleString("en")}: open stories / heap MB`,
        `${c.openStories} / ${c.heapMB.toFixed(0)}`,
        "",
        null,
      );
  }
  return failed;
}

/** What the store benchmark measured; the add-one engines that could not run, with why. */
type StoreResults = {
  readonly ingest: IngestFigures | null;
  readonly addOne: AddOneFigures[];
  readonly addOneLeftOut: string[];
};

/**
 * The store's figures: the ingest rate on the same generated articles as the text corpus of that
 * size, then the add-one cost along a feed of its own (it needs more articles than any size).
 */
async function benchStore(base: Base, o: Options): Promise<StoreResults> {
  const so: StoreBenchOptions = {
    ctx: defaultContext({ today: TODAY }),
    postgresUrl: o.postgres,
    log,
  };
  let ingest: IngestFigures | null = null;
  if (o.store > 0) {
    const raws = [...generateArticles(base, { count: o.store, seed: o.seed, format: "txt" })].map(
      toRawArticle,
    );
    ingest = await measureStoreIngest(raws, o.storeEngines, o.storeBatch, so);
    collectGarbage?.();
  }
  const addOne: AddOneFigures[] = [];
  const addOneLeftOut: string[] = [];
  if (o.storeAdd.length > 0) {
    // Slack past the last probe, for generated articles the store finds it holds already.
    const count = o.storeAdd.at(-1)! + o.storeAddRepeat * o.storeAdd.length + 100;
    for (const engine of o.storeAddEngines) {
      const feed = (function* () {
        for (const g of generateArticles(base, { count, seed: o.seed, format: "txt" }))
          yield toRawArticle(g);
      })();
      const figures = await measureAddOne(engine, feed, o.storeAdd, o.storeAddRepeat, so);
      if (typeof figures === "string") addOneLeftOut.push(figures);
      else addOne.push(figures);
      collectGarbage?.();
    }
  }
  return { ingest, addOne, addOneLeftOut };
}

/**
 * The whole pipeline on the real-text mix, written to bench/out first; the reason it was
 * skipped when ../shared lacks a dataset of it.
 */
async function benchRealMix(): Promise<RealMixFigures | string> {
  const missing = missingSources();
  if (missing.length) return `../shared/datasets lacks ${missing.join(", ")}`;
  const path = join(OUT_DIR, "real-mix.jsonl");
  const { records } = writeRealMix(path);
  log(`real-text mix: whole pipeline on ${records} articles…`);
  collectGarbage?.();
  const figures = await measureRealMix(path, defaultContext({ today: TODAY }));
  collectGarbage?.();
  return figures;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(HELP);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(`${parsed}\n${HELP}`);
    return 2;
  }
  const o = parsed;
  const earlier = o.compare === null ? null : await readSavedRun(o.compare);
  if (typeof earlier === "string") {
    process.stderr.write(`${earlier}\n`);
    return 2;
  }
  const started = performance.now();
  const startedAt = new Date().toISOString();
  await mkdir(OUT_DIR, { recursive: true });
  if (!collectGarbage) log("no gc() available: memory figures include earlier stages' garbage");
  const base = await loadBase(o.base);
  log(`base: ${base.articles} articles, ${base.units.length} sentence templates from ${o.base}`);
  warmUp(base, o.seed);
  const rows: Row[] = [];
  for (const size of o.sizes) rows.push(...(await benchCorpus(base, o, "txt", size)));
  if (o.html > 0) rows.push(...(await benchCorpus(base, o, "html", o.html)));
  const reuse = o.reuse.map((n) => {
    log(`reuse on ${n} generated articles…`);
    return reuseFigures(base, n, o.seed);
  });
  const allPairsResult =
    o.allpairs > 0
      ? (log(`all-pairs comparison on ${o.allpairs}…`), allPairs(base, o.allpairs, o.seed))
      : null;
  const storiesResult =
    o.stories > 0
      ? (log(`story feed of ${o.stories}…`), clusterFigures(base, o.stories, o.seed))
      : null;
  const store = await benchStore(base, o);
  const realMix = o.realMix ? await benchRealMix() : null;
  const total = seconds(started);

  const cpu = cpus()[0]?.model ?? "unknown CPU";
  process.stdout.write(
    `\nCorroborate benchmarks — one core, Node ${process.version}, ${cpu}, seed ${o.seed}\n` +
      `× baseline = time per article / baseline time per article on the same corpus in this run\n\n`,
  );
  process.stdout.write(`${formatTable(rows)}\n\n`);
  const notes = rows.filter((r) => r.note);
  if (notes.length) {
    process.stdout.write("notes:\n");
    for (const r of notes) process.stdout.write(`  ${r.corpus} / ${r.stage}: ${r.note}\n`);
  }
  const extraFailed = printReuseAndStories(reuse, allPairsResult, storiesResult);
  if (store.ingest || store.addOne.length || store.addOneLeftOut.length) {
    const leftOut = store.addOneLeftOut.map((why) => `  add one article, left out: ${why}\n`);
    process.stdout.write(
      `\n${formatStoreFigures(store.ingest, store.addOne)}\n${leftOut.join("")}`,
    );
  }
  if (realMix !== null)
    process.stdout.write(
      `\n${typeof realMix === "string" ? `real-text mix: skipped, ${realMix}` : formatRealMix(realMix)}\n`,
    );
  if (earlier && o.compare)
    process.stdout.write(`\n${formatComparison(o.compare, compareRuns(earlier, rows))}`);
  if (o.docs) {
    const run =
      `Written by \`npm run bench -- ${process.argv.slice(2).join(" ")}\` on ${startedAt.slice(0, 10)}: ` +
      `one core, Node ${process.version}, ${cpu}.`;
    const about = `${run} × baseline is time per article over a bare read-and-hash pass in the same run; track ratios, not rates.`;
    const fault = await writeDocsTable(DOCS_FILE, markdownTable(rows, about));
    process.stdout.write(fault ? `not written: ${fault}\n` : `table written to ${DOCS_FILE}\n`);
    // A run that measured no store leaves the store tables of an earlier run in place.
    if (store.ingest || store.addOne.length) {
      const storeFault = await writeDocsTable(
        DOCS_FILE,
        storeMarkdown(
          store.ingest,
          store.addOne,
          `${run} × in memory is time per article over the in-memory whole pipeline on the same articles in the same run.`,
        ),
        "bench-store",
      );
      process.stdout.write(
        storeFault ? `not written: ${storeFault}\n` : `store tables written to ${DOCS_FILE}\n`,
      );
    }
    // Likewise a run without the real mix leaves its table as it was.
    if (realMix !== null && typeof realMix !== "string") {
      const mixFault = await writeDocsTable(
        DOCS_FILE,
        realMixMarkdown(
          realMix,
          `${run} × baseline is a step's time over a bare pass that reads the JSONL and hashes its word 3-shingles, in the same run.`,
        ),
        "bench-real-mix",
      );
      process.stdout.write(
        mixFault ? `not written: ${mixFault}\n` : `real-mix table written to ${DOCS_FILE}\n`,
      );
    }
  }
  const failed = [...rows.filter((r) => r.verdict === "FAIL"), ...extraFailed];
  process.stdout.write(
    `\n${failed.length ? `${failed.length} figure(s) below target (reported, not asserted)` : "all targets met"}; ` +
      `total ${total.toFixed(1)} s; results in ${o.json}\n`,
  );
  await writeFile(
    o.json,
    `${JSON.stringify(
      {
        schema: "corroborate.bench/1",
        startedAt,
        seconds: total,
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        cpu,
        options: { ...o, postgres: withoutPassword(o.postgres) },
        generator: GENERATOR_VERSION,
        rows,
        reuse,
        allPairs: allPairsResult,
        stories: storiesResult,
        store,
        realMix: typeof realMix === "string" ? { skipped: realMix } : realMix,
      },
      null,
      2,
    )}\n`,
  );
  return 0;
}

process.exitCode = await main();
