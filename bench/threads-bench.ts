/**
 * The whole pipeline with the article stages in 1 thread and in a pool of N, on the same real
 * news texts in the same run (issue 17, item 4): articles/s of each, their ratio, and whether
 * the brief is the same byte for byte.
 *
 *   npm run bench:threads [-- --threads 1,2] [--reps N] [--limit N]
 *
 * The texts are the real mix of issue 17: PolNeAR train, dev and test, the GenderGapTracker
 * articles and the ECB+ texts from ../shared/datasets (2,088 texts), each a JSONL record without
 * a date, as `corroborate brief` would read them. A run times what `corroborate brief` does
 * after reading: open the analyser (a pool's threads start and load the stages: paid here, as a
 * command pays it), the article stages, close it, the corpus stages, the brief as JSON. The
 * split between the article stages and the rest is given too: only the first runs in parallel.
 *
 * This thread is warmed up on a few articles first; a pool's threads start cold every run, as
 * they do in a command. Thread counts alternate in order between repetitions, and each figure
 * is printed beside the same-run baseline (hashing every text's word 3-shingles, DESIGN §6),
 * because the machine is shared and absolute rates move between runs.
 */
import { createHash } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { EVAL_TODAY, rawFromText } from "../eval/shared.js";
import { missingSources, realMixRecords } from "./real-mix.js";
import { briefOf } from "../src/brief/brief.js";
import type { RawArticle } from "../src/model/index.js";
import { openAnalyser } from "../src/pipeline/article-pool.js";
import { defaultContext } from "../src/pipeline/context.js";
import { runCorpusStages, runPipeline } from "../src/pipeline/run.js";
import { hashShingles } from "./shingle-baseline.js";

const HELP = `npm run bench:threads [-- options]
  --threads 1,2   thread counts to compare (default: 1 and the cores, ${availableParallelism()})
  --reps N        runs of each count, alternating their order (default 1)
  --limit N       the first N texts of the mix only (default: all)`;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

type RunFigures = {
  readonly threads: number;
  readonly articleMs: number;
  readonly restMs: number;
  readonly wholeMs: number;
  /** CPU time of the process over the run, every thread's (the pool's threads included). */
  readonly cpuMs: number;
  readonly briefBytes: number;
  readonly briefHash: string;
  readonly skipped: number;
};

/** One run as `corroborate brief --threads N` does it after reading its inputs. */
async function wholeRun(threads: number, raws: readonly RawArticle[]): Promise<RunFigures> {
  const ctx = defaultContext({ today: EVAL_TODAY });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const analyser = openAnalyser(threads);
  const outcomes = await analyser.analyse(raws, ctx);
  await analyser.close();
  const t1 = performance.now();
  const corpus = runCorpusStages(outcomes, [], ctx);
  const json = JSON.stringify(briefOf(corpus));
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return {
    cpuMs: (cpu.user + cpu.system) / 1000,
    threads,
    articleMs: t1 - t0,
    restMs: t2 - t1,
    wholeMs: t2 - t0,
    briefBytes: Buffer.byteLength(json),
    briefHash: createHash("sha256").update(json).digest("hex").slice(0, 16),
    skipped: corpus.skipped.length,
  };
}

/** The same-run yardstick: the least time of three passes hashing every text's 3-shingles. */
function baselineMs(texts: readonly string[]): number {
  let best = Infinity;
  let checksum = 0;
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (const t of texts) checksum ^= hashShingles(t).checksum;
    best = Math.min(best, performance.now() - t0);
  }
  if (checksum === 0.5) process.stdout.write(""); // keeps the hashing from being optimised out
  return best;
}

async function main(): Promise<number> {
  if (process.argv.includes("--help")) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const counts = (option("--threads") ?? `1,${availableParallelism()}`).split(",").map(Number);
  const reps = Number(option("--reps") ?? 1);
  const limit = option("--limit") === undefined ? Infinity : Number(option("--limit"));
  if (counts.some((n) => !Number.isInteger(n) || n < 1) || !(reps >= 1) || !(limit >= 1)) {
    process.stderr.write(`${HELP}\n`);
    return 2;
  }
  const missing = missingSources();
  if (missing.length) {
    process.stderr.write(`this bench needs ../shared/datasets: missing ${missing.join(", ")}\n`);
    return 1;
  }
  const records = realMixRecords().slice(0, limit);
  const texts = records.map((r) => r.text);
  const raws = records.map((r) => rawFromText(r.id, r.text));
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  process.stdout.write(
    `${raws.length} texts of the real mix (${Math.round(words / raws.length)} words on average), ` +
      `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} at the start\n`,
  );
  runPipeline(raws.slice(0, 50), [], defaultContext({ today: EVAL_TODAY })); // warm this thread
  const runs: RunFigures[] = [];
  for (let r = 0; r < reps; r++) {
    const order = r % 2 === 0 ? counts : [...counts].reverse();
    for (const threads of order) {
      process.stderr.write(`rep ${r + 1}: ${threads} thread(s)…\n`);
      runs.push(await wholeRun(threads, raws));
    }
  }
  const baseline = baselineMs(texts);
  const perSecond = (ms: number): string => ((raws.length * 1000) / ms).toFixed(1);
  process.stdout.write(
    `baseline (hash 3-shingles of every text, best of 3): ${baseline.toFixed(1)} ms, ` +
      `load average ${loadavg()[0]!.toFixed(1)} at the end\n\n` +
      "| threads | whole pipeline art/s | × baseline | article stages art/s | corpus stages + brief s | CPU s (all threads) | brief bytes | brief sha256 |\n" +
      "| --- | --- | --- | --- | --- | --- | --- | --- |\n",
  );
  for (const f of runs)
    process.stdout.write(
      `| ${f.threads} | ${perSecond(f.wholeMs)} | ${(f.wholeMs / baseline).toFixed(0)} | ` +
        `${perSecond(f.articleMs)} | ${(f.restMs / 1000).toFixed(1)} | ${(f.cpuMs / 1000).toFixed(1)} | ` +
        `${f.briefBytes} | ${f.briefHash} |\n`,
    );
  const best = (threads: number): RunFigures =>
    runs.filter((f) => f.threads === threads).reduce((a, b) => (b.wholeMs < a.wholeMs ? b : a));
  const one = counts.includes(1) ? best(1) : null;
  if (one !== null)
    for (const n of counts.filter((c) => c !== 1)) {
      const many = best(n);
      process.stdout.write(
        `\n${n} threads over 1 (best runs): whole pipeline ×${(one.wholeMs / many.wholeMs).toFixed(2)}, ` +
          `article stages ×${(one.articleMs / many.articleMs).toFixed(2)}`,
      );
    }
  const same = new Set(runs.map((f) => f.briefHash)).size === 1;
  process.stdout.write(`\nbrief identical in every run: ${same ? "yes" : "NO"}\n`);
  return same ? 0 : 1;
}

process.exitCode = await main();
