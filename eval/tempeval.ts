/**
 * TempEval-3 temporal expressions: finds TIMEX3 spans in each document's TEXT, resolves them
 * against the document's creation time (given in the file, as in the task), and scores strict
 * span F1 (same start and end), relaxed span F1 (overlap) and value F1 (a relaxed match whose
 * normalised value is the gold value), as the official scorer does. Tuned on timebank/aquaint;
 * platinum is the test set that gets reported.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { findTemporal } from "../src/stages/temporal/01-find.js";
import { resolveAll } from "../src/stages/timeline/02-resolve.js";

export type Timex = { start: number; end: number; type: string; value: string };
export type TimeMlDoc = { id: string; dct: string; text: string; timexes: Timex[] };

export type TempEvalScore = {
  docs: number;
  gold: number;
  predicted: number;
  strictF1: number;
  relaxedF1: number;
  valueF1: number;
  typeF1: number;
  msPerDoc: number;
  misses: string[];
};

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};
const TAG = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(?:amp|lt|gt|quot|apos);/g;
const ATTR = /(\w+)="([^"]*)"/g;

/** A TimeML file's TEXT with its tags taken out, and its TIMEX3 spans in that text. */
export function parseTimeMl(id: string, source: string): TimeMlDoc {
  const dctMatch = /<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)/.exec(source);
  const dct = dctMatch ? dctMatch[1]! : "2000-01-01";
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(source)?.[1] ?? "";
  let text = "";
  const timexes: Timex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  let at = 0;
  for (const m of body.matchAll(TAG)) {
    text += body.slice(at, m.index);
    at = m.index + m[0].length;
    if (m[0].startsWith("&")) {
      text += ENTITIES[m[0]] ?? m[0];
      continue;
    }
    if (m[2] !== "TIMEX3") continue;
    if (m[1] === "") {
      const attrs: Record<string, string> = {};
      for (const a of m[3]!.matchAll(ATTR)) attrs[a[1]!] = a[2]!;
      open = { start: text.length, type: attrs.type ?? "", value: attrs.value ?? "" };
    } else if (open) {
      timexes.push({ ...open, end: text.length });
      open = null;
    }
  }
  text += body.slice(at);
  return { id, dct, text, timexes };
}

/** The expressions the engine finds in a document, resolved against its creation time. */
export function predictTimexes(doc: TimeMlDoc): Timex[] {
  return resolveAll(doc.text, findTemporal(doc.text), doc.dct).map((r) => ({
    start: r.start,
    end: r.end,
    type: r.type,
    value: r.value,
  }));
}

const f1 = (hits: number, predicted: number, gold: number): number => {
  const p = predicted ? hits / predicted : 0;
  const r = gold ? hits / gold : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

export function scoreTimeMl(docs: readonly TimeMlDoc[]): TempEvalScore {
  let gold = 0;
  let predicted = 0;
  let strict = 0;
  let relaxed = 0;
  let value = 0;
  let type = 0;
  const misses: string[] = [];
  const t0 = performance.now();
  const preds = docs.map(predictTimexes);
  const ms = performance.now() - t0;
  docs.forEach((doc, i) => {
    const pred = preds[i]!;
    gold += doc.timexes.length;
    predicted += pred.length;
    const used = new Set<number>();
    for (const g of doc.timexes) {
      const j = pred.findIndex((p, k) => !used.has(k) && p.start < g.end && p.end > g.start);
      const snippet = doc.text.slice(g.start, g.end);
      if (j < 0) {
        misses.push(`MISS ${doc.id}: "${snippet}" ${g.value}`);
        continue;
      }
      used.add(j);
      const p = pred[j]!;
      relaxed++;
      if (p.start === g.start && p.end === g.end) strict++;
      else misses.push(`SPAN ${doc.id}: "${snippet}" vs "${doc.text.slice(p.start, p.end)}"`);
      if (p.value === g.value) value++;
      else misses.push(`VALUE ${doc.id}: "${snippet}" ${g.value} vs ${p.value}`);
      if (p.type === g.type) type++;
    }
    pred.forEach((p, k) => {
      if (!used.has(k))
        misses.push(`EXTRA ${doc.id}: "${doc.text.slice(p.start, p.end)}" ${p.value}`);
    });
  });
  return {
    docs: docs.length,
    gold,
    predicted,
    strictF1: f1(strict, predicted, gold),
    relaxedF1: f1(relaxed, predicted, gold),
    valueF1: f1(value, predicted, gold),
    typeF1: f1(type, predicted, gold),
    msPerDoc: ms / Math.max(1, docs.length),
    misses,
  };
}

export async function readTimeMlDir(dir: string): Promise<TimeMlDoc[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".tml")).sort();
  return Promise.all(names.map(async (n) => parseTimeMl(n, await readFile(join(dir, n), "utf8"))));
}

/** Scores one folder of `../shared/datasets/tempeval3` (platinum, timebank or aquaint). */
export async function evaluateTempEval(dir: string): Promise<TempEvalScore> {
  return scoreTimeMl(await readTimeMlDir(dir));
}

// `npx tsx eval/tempeval.ts DIR [--misses]` prints the score and what went wrong (for tuning).
if (process.argv[1]?.endsWith("tempeval.ts") && process.argv[2]) {
  const s = await evaluateTempEval(process.argv[2]);
  const { misses, ...rest } = s;
  console.log(JSON.stringify(rest));
  if (process.argv.includes("--misses")) console.log(misses.join("\n"));
}
