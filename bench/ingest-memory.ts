/**
 * What streaming articles into the store holds in memory per article (issue 17): generated
 * articles are read, ingested (article stages and insert, batch by batch) and taken into the
 * corpus-level results (reuse, stories) and their briefs, as `corroborate ingest` does, into a
 * fresh PostgreSQL database per size. After each step a full collection is made and the heap
 * still in use is read: what the step keeps. Peak heap and RSS of each step are sampled too
 * (they also hold the step's garbage, which V8 collects when it sees fit).
 *
 *   npx tsx bench/ingest-memory.ts [--count 5000,20000] [--postgres URL]
 *
 * Printed, not written into the docs: one run takes minutes per 10,000 articles.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../src/ingest/read-inputs.js";
import { defaultContext } from "../src/pipeline/context.js";
import { aggregateStaleStories, takeInNewArticles } from "../src/service/update-store.js";
import { ingestArticles } from "../src/store/ingest.js";
import { openStore } from "../src/store/index.js";
import { writeCorpus } from "./generate.js";
import { MemoryPeak, collectGarbage, type MemoryFigures } from "./measure.js";
import { DEFAULT_POSTGRES_URL, postgresPlace, postgresUnreachable } from "./store-places.js";

const HELP = `Usage: npx tsx bench/ingest-memory.ts [--count N[,N…]] [--postgres URL]

Ingests N generated articles into a fresh PostgreSQL database per size and prints the heap each
step keeps (after a full collection) and its peaks.
  --count LIST     sizes, comma-separated (default 5000,20000)
  --postgres URL   server to make the databases on (default ${DEFAULT_POSTGRES_URL})`;

const TODAY = "2026-04-01";
const MB = 1024 * 1024;

type Step = { readonly name: string; readonly liveMB: number; readonly peak: MemoryFigures };
type SizeRun = { readonly count: number; readonly inputMB: number; readonly steps: Step[] };

function usage(message: string): never {
  process.stderr.write(`ingest-memory: ${message}\n\n${HELP}\n`);
  process.exit(2);
}

function liveMB(): number {
  collectGarbage?.();
  return process.memoryUsage().heapUsed / MB;
}

async function runSize(count: number, url: string): Promise<SizeRun> {
  const out = mkdtempSync(join(tmpdir(), "corroborate-ingest-memory-"));
  const steps: Step[] = [];
  const step = async (name: string, work: () => Promise<unknown>): Promise<void> => {
    const peak = new MemoryPeak();
    await work();
    steps.push({ name, peak: peak.stop(), liveMB: liveMB() });
    process.stderr.write(`  ${name}: ${steps[steps.length - 1]!.liveMB.toFixed(0)} MB kept\n`);
  };
  try {
    process.stderr.write(`${count} articles: generating\n`);
    const manifest = await writeCorpus({ count, format: "txt", out });
    let raws: Awaited<ReturnType<typeof readInputs>>["articles"] = [];
    await step("read", async () => {
      raws = (await readInputs([join(out, "articles")])).articles;
    });
    const place = await postgresPlace(url, `memory_${count}`);
    const store = await openStore(place.config);
    const ctx = defaultContext({ today: TODAY });
    try {
      await step("ingest (article stages, insert)", () => ingestArticles(store, raws, ctx));
      await step("take in (reuse, stories)", () => takeInNewArticles(store));
      await step("aggregate (briefs)", () => aggregateStaleStories(store, ctx));
    } finally {
      await store.close();
      await place.remove();
    }
    return { count, inputMB: manifest.bytes / MB, steps };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function report(runs: readonly SizeRun[]): void {
  console.log(
    "articles  step                              kept MB  peak heap MB  peak RSS MB  kept over read, KB/article",
  );
  for (const r of runs) {
    const read = r.steps.find((s) => s.name === "read")!.liveMB;
    for (const s of r.steps)
      console.log(
        `${String(r.count).padStart(8)}  ${s.name.padEnd(32)}  ${s.liveMB.toFixed(0).padStart(7)}  ` +
          `${s.peak.peakHeapMB.toFixed(0).padStart(12)}  ${s.peak.peakRssMB.toFixed(0).padStart(11)}  ` +
          `${(((s.liveMB - read) * 1024) / r.count).toFixed(2).padStart(10)}`,
      );
  }
  if (runs.length >= 2) {
    const [a, b] = [runs[0]!, runs[runs.length - 1]!];
    const per = (f: (r: SizeRun) => number): string =>
      (((f(b) - f(a)) * 1024) / (b.count - a.count)).toFixed(2);
    const kept = (r: SizeRun, name: string): number => r.steps.find((s) => s.name === name)!.liveMB;
    console.log(
      `\nfrom ${a.count} to ${b.count} articles, per added article: input text ` +
        `${per((r) => r.inputMB)} KB on disk; kept after reading ${per((r) => kept(r, "read"))} KB; ` +
        `after ingest ${per((r) => kept(r, "ingest (article stages, insert)"))} KB; ` +
        `after the corpus update ${per((r) => kept(r, "aggregate (briefs)"))} KB`,
    );
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return;
  }
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    if (i < 0) return undefined;
    const v = args[i + 1];
    if (v === undefined || v.startsWith("--")) usage(`${flag} needs a value`);
    return v;
  };
  const counts = (value("--count") ?? "5000,20000").split(",").map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1))
    usage("--count takes positive whole numbers");
  const url = value("--postgres") ?? DEFAULT_POSTGRES_URL;
  const unreachable = await postgresUnreachable(url);
  if (unreachable) usage(unreachable);
  if (!collectGarbage)
    usage("this Node refuses --expose-gc at run time: kept memory cannot be read");
  const runs: SizeRun[] = [];
  for (const n of counts) runs.push(await runSize(n, url));
  report(runs);
}

await main();
