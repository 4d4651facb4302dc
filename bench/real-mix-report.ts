/**
 * The real-mix run's figures and how they are shown (console and docs/benchmarks.md). Pure: the
 * measuring is in real-mix.ts.
 */

/** One timed step of the whole pipeline. */
export type StageTime = {
  readonly kind: "ingest" | "article" | "corpus" | "brief";
  readonly name: string;
  readonly seconds: number;
};

export type RealMixFigures = {
  readonly articles: number;
  readonly stories: number;
  /** Bytes of the JSONL read. */
  readonly inputBytes: number;
  /** Bytes of the brief as `--format json` writes it. */
  readonly outputBytes: number;
  /** Of that JSON: two runs of different code with the same hash gave the same brief. */
  readonly outputSha256: string;
  /** The faster of the read-and-hash passes before and after the pipeline. */
  readonly baselineSeconds: number;
  readonly stages: readonly StageTime[];
  readonly peakRssMB: number;
  /** Where the brief's bytes go (`briefParts`), largest first. */
  readonly outputParts: readonly BriefPart[];
};

/** A part of the brief JSON and the bytes its values take. */
export type BriefPart = { readonly part: string; readonly bytes: number };

/** The sections of a story a brief lists one by one; the story's other fields are one part. */
const STORY_SECTIONS = [
  "quotes",
  "entities",
  "claims",
  "figures",
  "summary",
  "coverage",
  "timeline",
  "reuse",
  "warnings",
] as const;

const bytesOf = (value: unknown): number =>
  value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value));

/**
 * Where the bytes of a brief JSON go (issue 17 asks it to be at most twice its input): the
 * articles' texts, the rest of the articles, each story section summed over the stories, the
 * stories' other fields, and the rest (names, punctuation between parts), largest first. Each part
 * is its values' compact JSON, as the brief writes it.
 */
export function briefParts(json: string): BriefPart[] {
  const brief = JSON.parse(json) as {
    articles?: { text?: string }[];
    stories?: Record<string, unknown>[];
  };
  const articles = brief.articles ?? [];
  const stories = brief.stories ?? [];
  const texts = articles.reduce((n, a) => n + bytesOf(a.text), 0);
  const parts: BriefPart[] = [
    { part: "articles: texts", bytes: texts },
    { part: "articles: other fields", bytes: bytesOf(articles) - texts },
  ];
  let sections = 0;
  for (const name of STORY_SECTIONS) {
    const bytes = stories.reduce((n, s) => n + bytesOf(s[name]), 0);
    sections += bytes;
    parts.push({ part: `stories: ${name}`, bytes });
  }
  parts.push({ part: "stories: other fields", bytes: bytesOf(stories) - sections });
  const listed = parts.reduce((n, p) => n + p.bytes, 0);
  parts.push({ part: "the rest", bytes: Buffer.byteLength(json) - listed });
  return parts.sort((a, b) => b.bytes - a.bytes);
}

/** Seconds of the whole run: every step, from reading the file to the rendered brief. */
export const totalSeconds = (f: RealMixFigures): number =>
  f.stages.reduce((sum, s) => sum + s.seconds, 0);

const whole = (n: number): string =>
  Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "—";
const fixed = (n: number, digits: number): string =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "—";
const share = (part: number, all: number): string =>
  all > 0 ? `${((part / all) * 100).toFixed(1)}%` : "—";

/** A row of the table: step, seconds, articles/s, share of the run, × baseline. */
function cells(f: RealMixFigures, label: string, seconds: number): string[] {
  const total = totalSeconds(f);
  return [
    label,
    fixed(seconds, 2),
    whole(seconds > 0 ? f.articles / seconds : Infinity),
    share(seconds, total),
    f.baselineSeconds > 0 ? `${fixed(seconds / f.baselineSeconds, 1)}×` : "—",
  ];
}

const KIND_LABEL: Record<StageTime["kind"], string> = {
  ingest: "ingest",
  article: "article stage",
  corpus: "corpus stage",
  brief: "output",
};

/** The table's rows: the baseline, the whole run, then every step. */
function rows(f: RealMixFigures): string[][] {
  return [
    cells(f, "BASELINE: read + hash word 3-shingles", f.baselineSeconds),
    cells(f, "whole pipeline (as corroborate brief --format json)", totalSeconds(f)),
    ...f.stages.map((s) => cells(f, `  ${KIND_LABEL[s.kind]}: ${s.name}`, s.seconds)),
  ];
}

const HEADER = ["step", "seconds", "articles/s", "share", "× baseline"];

/** What the run was, in one line under the table. */
export function realMixSummary(f: RealMixFigures): string {
  return (
    `${f.articles.toLocaleString("en-US")} articles (${fixed(f.inputBytes / 1024 / 1024, 1)} MB of JSONL) → ` +
    `${f.stories.toLocaleString("en-US")} stories; brief JSON ${fixed(f.outputBytes / 1024 / 1024, 1)} MB, ` +
    `${whole(f.outputBytes / Math.max(1, f.articles))} bytes an article, ` +
    `${fixed(f.outputBytes / Math.max(1, f.inputBytes), 2)}× the input; peak RSS ${whole(f.peakRssMB)} MB; ` +
    `brief sha256 ${f.outputSha256}`
  );
}

/** The figures as an aligned text table for the console. */
export function formatRealMix(f: RealMixFigures): string {
  const body = rows(f);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (c: readonly string[]): string =>
    c
      .map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [
    "whole pipeline on the real-text mix (PolNeAR, GGT, ECB+ texts as undated JSONL), one core",
    line(HEADER),
    line(widths.map((w) => "-".repeat(w))),
    ...body.map(line),
    realMixSummary(f),
  ].join("\n");
}

/** The brief's parts as Markdown rows: part, MB, share of the brief, bytes of it per input byte. */
function partRows(f: RealMixFigures): string[] {
  return f.outputParts.map(
    (p) =>
      `| ${p.part} | ${fixed(p.bytes / 1024 / 1024, 2)} | ${share(p.bytes, f.outputBytes)} | ` +
      `${fixed(p.bytes / Math.max(1, f.inputBytes), 2)}× |`,
  );
}

/** The figures as a Markdown table, with what the run was, then where the brief's bytes go. */
export function realMixMarkdown(f: RealMixFigures, about: string): string {
  const head = `| ${HEADER.join(" | ")} |`;
  const rule = "| --- | ---: | ---: | ---: | ---: |";
  const body = rows(f).map((r) => `| ${r.map((c) => c.trim()).join(" | ")} |`);
  return [
    about,
    "",
    head,
    rule,
    ...body,
    "",
    realMixSummary(f),
    "",
    "Where the brief's bytes go (each part's values as compact JSON; × input is its bytes over the JSONL's):",
    "",
    "| part of the brief | MB | share | × input |",
    "| --- | ---: | ---: | ---: |",
    ...partRows(f),
  ].join("\n");
}

/**
 * The run in a few lines for the README's benchmark section: the whole pipeline's rate, its three
 * heaviest steps, the brief's size against the input, and peak memory.
 */
export function realMixReadme(f: RealMixFigures, about: string): string {
  const total = totalSeconds(f);
  const heaviest = [...f.stages]
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 3)
    .map((s) => `${s.name} ${share(s.seconds, total)}`)
    .join(", ");
  return [
    about,
    "",
    "| on the real-text mix | figure |",
    "| --- | ---: |",
    `| whole pipeline, one core | ${whole(f.articles / total)} articles/s (${fixed(total, 1)} s for ${f.articles.toLocaleString("en-US")}) |`,
    `| heaviest steps | ${heaviest} |`,
    `| brief JSON | ${fixed(f.outputBytes / Math.max(1, f.inputBytes), 2)}× the input, ${whole(f.outputBytes / Math.max(1, f.articles))} bytes an article |`,
    `| peak RSS | ${whole(f.peakRssMB)} MB |`,
  ].join("\n");
}
