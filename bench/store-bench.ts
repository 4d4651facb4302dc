/**
 * The store's side of `npm run bench` (issue 15): how fast generated articles go into a fresh
 * store on each engine, beside the in-memory pipeline on the same articles in the same run, and
 * what adding one article costs as the store grows. Everything goes through the code a user
 * runs (`ingestArticles`, then `updateCorpus`, as `corroborate ingest` does), on real engines:
 * whatever updateCorpus costs is what is measured.
 */
import { briefOf } from "../src/brief/brief.js";
import type { RawArticle } from "../src/model/index.js";
import type { Context } from "../src/pipeline/context.js";
import { runPipeline } from "../src/pipeline/run.js";
import { updateCorpus } from "../src/service/update-store.js";
import { openStore, type Store } from "../src/store/index.js";
import { ingestArticles } from "../src/store/ingest.js";
import { MemoryPeak } from "./measure.js";
import {
  pglitePlace,
  postgresPlace,
  postgresUnreachable,
  type StoreEngineName,
  type StorePlace,
} from "./store-places.js";
import type { AddOneAtSize, AddOneFigures, IngestFigures, IngestStep } from "./store-report.js";

export const ENGINE_LABELS: Record<StoreEngineName, string> = {
  pglite: "PGlite (embedded)",
  postgresql: "PostgreSQL",
};

/** Progress lines go to standard error: the figures on standard output stay clean. */
export type Log = (message: string) => void;

export type StoreBenchOptions = {
  readonly ctx: Context;
  readonly postgresUrl: string;
  readonly log: Log;
};

const since = (from: number): number => (performance.now() - from) / 1000;

/** A fresh place for `engine`, or why there is none. */
async function placeFor(
  engine: StoreEngineName,
  o: StoreBenchOptions,
  tag: string,
): Promise<StorePlace | string> {
  if (engine === "pglite") return pglitePlace();
  const why = await postgresUnreachable(o.postgresUrl);
  return why ?? (await postgresPlace(o.postgresUrl, tag));
}

/** Opens a store at a fresh place, hands it to `work`, and removes every trace of it after. */
async function withFreshStore<T>(
  place: StorePlace,
  log: Log,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  try {
    const store = await openStore({ ...place.config, onProgress: log });
    try {
      return await work(store);
    } finally {
      await store.close();
    }
  } finally {
    await place.remove();
  }
}

/**
 * The in-memory pipeline on the articles, as `corroborate brief` runs it: the article stages,
 * the corpus stages, then the brief. One pass; the article stages' share is read off the
 * progress callback, which fires after the last article and before the corpus stages.
 */
function inMemorySteps(raws: readonly RawArticle[], ctx: Context): IngestStep[] {
  const meter = new MemoryPeak();
  const start = performance.now();
  let articlesDone = start;
  const corpus = runPipeline(raws, [], ctx, {
    onArticle: (done, total) => {
      if (done % 64 === 0) meter.sample();
      if (done === total) articlesDone = performance.now();
    },
  });
  const brief = briefOf(corpus);
  const end = performance.now();
  const peakRssMB = meter.stop().peakRssMB;
  const base = { engine: "in memory", articles: raws.length, peakRssMB };
  return [
    { ...base, step: "article stages", seconds: (articlesDone - start) / 1000 },
    { ...base, step: "corpus stages + brief", seconds: (end - articlesDone) / 1000 },
    {
      ...base,
      step: "whole pipeline (as corroborate brief)",
      seconds: (end - start) / 1000,
      reference: true,
      note: `${corpus.stories.length} stories, ${brief.stories.length} in the brief`,
    },
  ];
}

/** The ingest-rate run on one engine: a fresh store, the articles in batches, each then updated. */
async function storeIngestSteps(
  engine: StoreEngineName,
  place: StorePlace,
  raws: readonly RawArticle[],
  batch: number,
  o: StoreBenchOptions,
): Promise<IngestStep[]> {
  const label = ENGINE_LABELS[engine];
  return withFreshStore(place, o.log, async (store) => {
    const meter = new MemoryPeak();
    let ingestSeconds = 0;
    let updateSeconds = 0;
    let added = 0;
    let briefs = 0;
    let stories = 0;
    for (let start = 0; start < raws.length; start += batch) {
      const slice = raws.slice(start, start + batch);
      let t = performance.now();
      added += (await ingestArticles(store, slice, o.ctx)).added.length;
      ingestSeconds += since(t);
      t = performance.now();
      const update = await updateCorpus(store, o.ctx);
      updateSeconds += since(t);
      briefs += update.briefsWritten;
      stories = update.stories;
      meter.sample();
      o.log(`store ingest, ${label}: ${start + slice.length}/${raws.length}`);
    }
    const peakRssMB = meter.stop().peakRssMB;
    const base = { engine: label, articles: raws.length, peakRssMB };
    return [
      { ...base, step: "ingestArticles (article stages + insert)", seconds: ingestSeconds },
      { ...base, step: "updateCorpus (reuse, stories, briefs)", seconds: updateSeconds },
      {
        ...base,
        step: "ingest + updateCorpus",
        seconds: ingestSeconds + updateSeconds,
        note: `${added} articles stored, ${stories} stories, ${briefs} briefs written`,
      },
    ];
  });
}

/**
 * The ingest rate: the in-memory pipeline, then each engine on a fresh store, all on the same
 * articles. An engine that cannot be reached is left out with the reason.
 */
export async function measureStoreIngest(
  raws: readonly RawArticle[],
  engines: readonly StoreEngineName[],
  batch: number,
  o: StoreBenchOptions,
): Promise<IngestFigures> {
  o.log(`store ingest: the in-memory pipeline on ${raws.length} articles…`);
  const steps = inMemorySteps(raws, o.ctx);
  const leftOut: string[] = [];
  for (const engine of engines) {
    const place = await placeFor(engine, o, "ingest");
    if (typeof place === "string") {
      leftOut.push(`${ENGINE_LABELS[engine]}: ${place}`);
      continue;
    }
    o.log(`store ingest, ${ENGINE_LABELS[engine]}: a fresh store at ${place.where}…`);
    steps.push(...(await storeIngestSteps(engine, place, raws, batch, o)));
  }
  return { articles: raws.length, batch, steps, leftOut };
}

/** Articles stored by the build between two checkpoints per `ingestArticles` call. */
const BUILD_CHUNK = 1000;

/** Probes that may turn out to be stored already before the measurement gives up on the feed. */
const MAX_KNOWN_PROBES = 20;

/** The next `n` articles of the feed; fewer when it runs dry. */
function take(feed: Iterator<RawArticle>, n: number): RawArticle[] {
  const out: RawArticle[] = [];
  while (out.length < n) {
    const next = feed.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

/**
 * The cost of one more article as the store grows. One store is built along the feed: up to
 * each size its missing articles are ingested and updated once (as one `corroborate ingest` of
 * them would), then the next article of the feed is added and updated, `repeat` times, each
 * timed. The probes are the feed's own next articles, as a live feed would bring them, so they
 * count toward the next size; one store serves every size, so the largest is built once.
 */
export async function measureAddOne(
  engine: StoreEngineName,
  feed: Iterator<RawArticle>,
  sizes: readonly number[],
  repeat: number,
  o: StoreBenchOptions,
): Promise<AddOneFigures | string> {
  const label = ENGINE_LABELS[engine];
  const place = await placeFor(engine, o, "add");
  if (typeof place === "string") return `${label}: ${place}`;
  o.log(`add one article, ${label}: a fresh store at ${place.where}…`);
  return withFreshStore(place, o.log, async (store) => {
    let stored = 0;
    const atSizes: AddOneAtSize[] = [];
    for (const size of sizes) {
      let t = performance.now();
      while (stored < size) {
        const chunk = take(feed, Math.min(BUILD_CHUNK, size - stored));
        if (chunk.length === 0) throw new Error(`the generated feed ran out at ${stored}`);
        stored += (await ingestArticles(store, chunk, o.ctx)).added.length;
        o.log(`add one article, ${label}: building the store, ${stored}/${size} ingested`);
      }
      const buildIngestSeconds = since(t);
      o.log(`add one article, ${label}: updateCorpus over the store of ${size}…`);
      t = performance.now();
      await updateCorpus(store, o.ctx);
      const buildUpdateSeconds = since(t);
      const ingestMs: number[] = [];
      const updateMs: number[] = [];
      const reclustered: boolean[] = [];
      let known = 0;
      while (ingestMs.length < repeat) {
        const [probe] = take(feed, 1);
        if (!probe) throw new Error(`the generated feed ran out at ${stored}`);
        t = performance.now();
        const report = await ingestArticles(store, [probe], o.ctx);
        const ingested = performance.now();
        const update = await updateCorpus(store, o.ctx);
        const updated = performance.now();
        // A probe already stored adds nothing: its time would be of a lookup, not an addition.
        if (report.added.length !== 1) {
          if (++known > MAX_KNOWN_PROBES) throw new Error("the feed's articles are all stored");
          continue;
        }
        stored++;
        ingestMs.push(ingested - t);
        updateMs.push(updated - ingested);
        reclustered.push(update.reclustered);
        o.log(
          `add one article, ${label}, store of ${size}: ${ingestMs.length}/${repeat}, ${Math.round(updated - t)} ms`,
        );
      }
      atSizes.push({
        storeSize: size,
        ingestMs,
        updateMs,
        reclustered,
        buildIngestSeconds,
        buildUpdateSeconds,
      });
    }
    return { engine: label, sizes: atSizes };
  });
}
