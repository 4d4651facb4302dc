/**
 * The store benchmark's figures and how they are shown: the ingest rate of each engine beside the
 * in-memory pipeline on the same articles, and the cost of adding one article to a small and a
 * large store. Pure: the measuring is in store-bench.ts.
 */

/** One timed step of the ingest-rate run, on one engine or in memory. */
export type IngestStep = {
  /** "in memory", or the store engine's name. */
  readonly engine: string;
  readonly step: string;
  readonly articles: number;
  readonly seconds: number;
  readonly peakRssMB: number | null;
  /**
   * The in-memory whole pipeline: what every other step's time per article is divided by, the
   * same-run figure that cancels most of a busy machine's noise.
   */
  readonly reference?: boolean;
  readonly note?: string;
};

export type IngestFigures = {
  readonly articles: number;
  /** Articles per `ingestArticles` call, each followed by one `updateCorpus`. */
  readonly batch: number;
  readonly steps: readonly IngestStep[];
  /** Engines left out, each with why (no server answering, say). */
  readonly leftOut: readonly string[];
};

/** Adding one article (ingest, then updateCorpus) to a store that holds `storeSize` articles. */
export type AddOneAtSize = {
  readonly storeSize: number;
  /** Milliseconds of each repetition's `ingestArticles` of the one article. */
  readonly ingestMs: readonly number[];
  /** Milliseconds of each repetition's `updateCorpus` after it. */
  readonly updateMs: readonly number[];
  /** Whether each repetition's `updateCorpus` re-clustered the open window (when that is due). */
  readonly reclustered: readonly boolean[];
  /** Building the store up to this size: the ingest of the articles it lacked, then one update. */
  readonly buildIngestSeconds: number;
  readonly buildUpdateSeconds: number;
};

export type AddOneFigures = {
  readonly engine: string;
  readonly sizes: readonly AddOneAtSize[];
};

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const whole = (n: number): string =>
  Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "—";
const oneDecimal = (n: number): string =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    : "—";

/** A step's time per article over the in-memory pipeline's; null when there is no reference. */
export function timesInMemory(step: IngestStep, steps: readonly IngestStep[]): number | null {
  const ref = steps.find((s) => s.reference);
  if (!ref || ref.articles === 0 || step.articles === 0 || !(ref.seconds > 0)) return null;
  return step.seconds / step.articles / (ref.seconds / ref.articles);
}

/** One add-one size summarised: medians of the repetitions, in ms, and the total's mean. */
export type AddOneSummary = {
  readonly storeSize: number;
  readonly repetitions: number;
  readonly totalMs: number;
  /** The mean addition: what each pays once the re-clusterings among them are spread over all. */
  readonly meanTotalMs: number;
  readonly reclusterings: number;
  readonly ingestMs: number;
  readonly updateMs: number;
};

/**
 * Medians over the repetitions. The total's median is of each repetition's sum, not the sum of
 * the medians, so it is a time one addition really took.
 */
export function summariseAddOne(at: AddOneAtSize): AddOneSummary {
  const totals = at.ingestMs.map((ms, i) => ms + (at.updateMs[i] ?? NaN));
  return {
    storeSize: at.storeSize,
    repetitions: totals.length,
    totalMs: median(totals),
    meanTotalMs: totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : NaN,
    reclusterings: at.reclustered.filter(Boolean).length,
    ingestMs: median(at.ingestMs),
    updateMs: median(at.updateMs),
  };
}

/**
 * The largest store's median over the smallest's: 1.0 when adding an article costs the same
 * however large the store, the store's growth factor when the cost grows linearly with it.
 */
export function growthRatio(figures: AddOneFigures): number | null {
  if (figures.sizes.length < 2) return null;
  const first = summariseAddOne(figures.sizes[0]!);
  const last = summariseAddOne(figures.sizes[figures.sizes.length - 1]!);
  return first.totalMs > 0 ? last.totalMs / first.totalMs : null;
}

const short = (n: number): string =>
  n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : n.toLocaleString("en-US");

/** What the ingest-rate run did, in one line: every table says how its figures were made. */
export function ingestHeading(f: IngestFigures): string {
  const how =
    f.batch >= f.articles
      ? "one ingestArticles of them all, then one updateCorpus"
      : `ingestArticles + updateCorpus per batch of ${f.batch.toLocaleString("en-US")}, as ${Math.ceil(f.articles / f.batch)} runs of \`corroborate ingest\` would`;
  return `store ingest, ${f.articles.toLocaleString("en-US")} generated articles into a fresh store (${how})`;
}

export function addOneHeading(f: readonly AddOneFigures[]): string {
  const reps = f[0]?.sizes[0]?.ingestMs.length ?? 0;
  return (
    `adding one article to a store (ingestArticles of it, then updateCorpus), ms over ${reps} additions in a row: ` +
    "the median, and the mean, which carries the re-clusterings of the open window among them (due once the articles since the last reach a tenth of the window)"
  );
}

function aligned(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const INGEST_HEADER = ["engine", "step", "articles/s", "seconds", "peak RSS MB", "× in memory"];

function ingestCells(f: IngestFigures): string[][] {
  return f.steps.map((s) => {
    const ratio = timesInMemory(s, f.steps);
    return [
      s.engine,
      s.step,
      whole(s.articles / s.seconds),
      s.seconds.toFixed(2),
      s.peakRssMB === null ? "—" : whole(s.peakRssMB),
      ratio === null ? "—" : `${oneDecimal(ratio)}×`,
    ];
  });
}

function addOneHeader(f: readonly AddOneFigures[]): string[] {
  const sizes = f[0]?.sizes.map((s) => s.storeSize) ?? [];
  const ratio = sizes.length >= 2 ? [`${short(sizes.at(-1)!)} / ${short(sizes[0]!)}`] : [];
  return ["engine", "ms: ingest + update", ...sizes.map((n) => `store of ${short(n)}`), ...ratio];
}

function addOneCells(f: readonly AddOneFigures[]): string[][] {
  return f.flatMap((e) => {
    const summaries = e.sizes.map(summariseAddOne);
    const ratio = growthRatio(e);
    const ratioCell = e.sizes.length >= 2 ? [ratio === null ? "—" : `${ratio.toFixed(2)}×`] : [];
    const row = (part: string, pick: (s: AddOneSummary) => number, last: string[]): string[] => [
      e.engine,
      part,
      ...summaries.map((s) => whole(pick(s))),
      ...last,
    ];
    const partRatio = (pick: (s: AddOneSummary) => number): string[] => {
      if (summaries.length < 2) return [];
      const a = pick(summaries[0]!);
      const b = pick(summaries.at(-1)!);
      return [a > 0 ? `${(b / a).toFixed(2)}×` : "—"];
    };
    return [
      row("total, median", (s) => s.totalMs, ratioCell),
      row(
        "total, mean",
        (s) => s.meanTotalMs,
        partRatio((s) => s.meanTotalMs),
      ),
      row(
        "  ingestArticles",
        (s) => s.ingestMs,
        partRatio((s) => s.ingestMs),
      ),
      row(
        "  updateCorpus",
        (s) => s.updateMs,
        partRatio((s) => s.updateMs),
      ),
      row("re-clusterings", (s) => s.reclusterings, summaries.length >= 2 ? [""] : []),
    ];
  });
}

/** The store figures for the console. */
export function formatStoreFigures(
  ingest: IngestFigures | null,
  addOne: readonly AddOneFigures[],
): string {
  const parts: string[] = [];
  if (ingest) {
    parts.push(`${ingestHeading(ingest)}\n${aligned(INGEST_HEADER, ingestCells(ingest))}`);
    const notes = ingest.steps.filter((s) => s.note).map((s) => `  ${s.engine}: ${s.note}`);
    const out = ingest.leftOut.map((why) => `  left out: ${why}`);
    if (notes.length || out.length) parts.push([...notes, ...out].join("\n"));
  }
  if (addOne.length) {
    const builds = addOne.flatMap((e) =>
      e.sizes.map(
        (s) =>
          `  ${e.engine}, store of ${short(s.storeSize)}: built by ingestArticles ${s.buildIngestSeconds.toFixed(1)} s, then one updateCorpus ${s.buildUpdateSeconds.toFixed(1)} s`,
      ),
    );
    parts.push(
      `${addOneHeading(addOne)}\n${aligned(addOneHeader(addOne), addOneCells(addOne))}\n${builds.join("\n")}`,
    );
  }
  return parts.join("\n\n");
}

function markdownRows(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const rule = header.map((_, i) => (i < 2 ? "---" : "---:"));
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [line(header), line(rule), ...rows.map((r) => line(r.map((c) => c.trim())))];
}

/** The store figures as Markdown for docs/benchmarks.md, after a line saying what the run was. */
export function storeMarkdown(
  ingest: IngestFigures | null,
  addOne: readonly AddOneFigures[],
  about: string,
): string {
  const out = [about];
  if (ingest) {
    out.push(
      "",
      `${ingestHeading(ingest)}:`,
      "",
      ...markdownRows(INGEST_HEADER, ingestCells(ingest)),
    );
    if (ingest.leftOut.length) out.push("", `Left out: ${ingest.leftOut.join("; ")}.`);
  }
  if (addOne.length)
    out.push(
      "",
      `${addOneHeading(addOne)}:`,
      "",
      ...markdownRows(addOneHeader(addOne), addOneCells(addOne)),
    );
  return out.join("\n");
}
