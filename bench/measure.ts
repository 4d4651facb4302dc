/**
 * Timing and memory bookkeeping for the benchmarks: a stage's wall time, the peak memory seen
 * while it ran, and the figures derived from them.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A full collection between stages, so each starts from the same floor and one stage's garbage
 * is not billed to the next. `--expose-gc` is not needed: the flag can be set at run time and
 * `gc` read from a fresh context. Null where the engine refuses.
 */
export const collectGarbage: (() => void) | null = (() => {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
})();

const MB = 1024 * 1024;

/** How often the sampler looks while asynchronous work (file reads) leaves it room to run. */
const SAMPLE_INTERVAL_MS = 5;

export type MemoryFigures = {
  /** Highest resident set size seen, whole process, MB. */
  readonly peakRssMB: number;
  /** Highest V8 heap in use seen, MB. */
  readonly peakHeapMB: number;
  /** Peak RSS minus RSS at the start of the stage: what the stage itself added, MB. */
  readonly rssGrowthMB: number;
};

/**
 * Peak memory over a stretch of work. Synchronous loops starve the interval timer, so they call
 * `sample()` themselves every so many articles; asynchronous work is covered by the timer.
 */
export class MemoryPeak {
  private readonly startRss: number;
  private peakRss: number;
  private peakHeap: number;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    collectGarbage?.();
    const m = process.memoryUsage();
    this.startRss = m.rss;
    this.peakRss = m.rss;
    this.peakHeap = m.heapUsed;
    this.timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);
    this.timer.unref();
  }

  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.peakRss) this.peakRss = m.rss;
    if (m.heapUsed > this.peakHeap) this.peakHeap = m.heapUsed;
  }

  stop(): MemoryFigures {
    this.sample();
    clearInterval(this.timer);
    return {
      peakRssMB: this.peakRss / MB,
      peakHeapMB: this.peakHeap / MB,
      rssGrowthMB: (this.peakRss - this.startRss) / MB,
    };
  }
}

/** One measured figure of the benchmark. */
export type Measurement = {
  readonly corpus: string;
  readonly stage: string;
  readonly articles: number;
  /** Input bytes the stage went through (UTF-8 of the files or the article texts). */
  readonly bytes: number;
  readonly seconds: number;
  readonly memory: MemoryFigures | null;
  /** Seconds per article of the same-run baseline over the same corpus, if there is one. */
  readonly baselinePerArticle: number | null;
  /** Articles per second the stage should reach on one core. */
  readonly target: number | null;
  readonly note?: string;
};

export type Row = Measurement & {
  readonly articlesPerSecond: number;
  readonly mbPerSecond: number;
  /** Time per article over the baseline's time per article: how many bare passes it costs. */
  readonly baselineRatio: number | null;
  readonly verdict: "PASS" | "FAIL" | null;
};

export function rowOf(m: Measurement): Row {
  const articlesPerSecond = m.seconds > 0 ? m.articles / m.seconds : Infinity;
  const baselineRatio =
    m.baselinePerArticle && m.articles > 0 ? m.seconds / m.articles / m.baselinePerArticle : null;
  return {
    ...m,
    articlesPerSecond,
    mbPerSecond: m.seconds > 0 ? m.bytes / MB / m.seconds : Infinity,
    baselineRatio,
    verdict: m.target === null ? null : articlesPerSecond >= m.target ? "PASS" : "FAIL",
  };
}

const fixed = (n: number, digits: number): string =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "∞";

/** The rows as an aligned text table. */
export function formatTable(rows: readonly Row[]): string {
  const header = [
    "corpus",
    "stage",
    "articles",
    "seconds",
    "articles/s",
    "MB/s",
    "peak RSS MB",
    "peak heap MB",
    "× baseline",
    "target/s",
    "result",
  ];
  const cells = rows.map((r) => [
    r.corpus,
    r.stage,
    r.articles.toLocaleString("en-US"),
    fixed(r.seconds, 2),
    fixed(r.articlesPerSecond, 0),
    fixed(r.mbPerSecond, 2),
    r.memory ? fixed(r.memory.peakRssMB, 0) : "—",
    r.memory ? fixed(r.memory.peakHeapMB, 0) : "—",
    r.baselineRatio === null ? "—" : `${fixed(r.baselineRatio, 1)}×`,
    r.target === null ? "" : `≥ ${r.target.toLocaleString("en-US")}`,
    r.verdict ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  // Text columns left-aligned, figures right-aligned.
  const line = (c: readonly string[]): string =>
    c
      .map((v, i) => (i < 2 || i === 10 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}
