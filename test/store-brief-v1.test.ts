/**
 * A store written before contract version 2 holds version-1 briefs (each span with a copy of its
 * words). They are read, not re-written: every read of a stored brief gives version 2.
 */
import { afterAll, describe, expect, it } from "vitest";
import { briefSchema, type BriefJson, type StoredBrief } from "../src/brief/schema.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import { defaultContext } from "../src/pipeline/context.js";
import { storeBrief, storedStoryBrief, storyIdOf } from "../src/service/store-brief.js";
import { updateCorpus } from "../src/service/update-store.js";
import { ingestArticles } from "../src/store/ingest.js";
import { openStore } from "../src/store/open.js";
import { latestBriefs, readBrief, writeBrief } from "../src/store/stories.js";
import { storeEngines } from "./store-engines.js";

const ctx = defaultContext({ today: "2026-11-23" });

const isSpan = (v: unknown): v is { article: string; start: number; end: number } =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).sort().join() === "article,end,start";

/** A version-2 brief written as version 1 wrote it: the words copied into spans and removals. */
function asVersion1(stored: StoredBrief, texts: ReadonlyMap<string, string>): unknown {
  const words = (s: { article: string; start: number; end: number }): string =>
    texts.get(s.article)!.slice(s.start, s.end);
  const copyWords = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(copyWords);
    if (isSpan(v)) return { ...v, text: words(v) };
    if (typeof v === "object" && v !== null)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, copyWords(x)]));
    return v;
  };
  return {
    ...stored,
    schema: "corroborate.brief/1",
    articles: stored.articles.map((a) => ({
      ...a,
      removed: a.removed.map((r) => ({
        text: r.text ?? texts.get(a.id)!.slice(r.start, r.end),
        reason: r.reason,
        start: r.start,
        end: r.end,
      })),
    })),
    stories: copyWords(stored.stories),
  };
}

const engines = await storeEngines("corroborate-brief-v1-");
afterAll(async () => {
  for (const e of engines) await e.cleanup();
});

describe.each(engines)("a store holding version-1 briefs, on $name", (engine) => {
  it.skipIf(engine.skip !== null)("reads them as version 2, with the texts", async () => {
    const store = await openStore(await engine.prepare());
    try {
      const read = await readInputs(["examples/corpus"]);
      await ingestArticles(store, read.articles, ctx);
      await updateCorpus(store, ctx);
      const [listed] = await latestBriefs(store);
      const id = storyIdOf(listed!.id);
      const now = (await storedStoryBrief(store, id))!;
      const before: BriefJson = await storeBrief(store);
      const texts = new Map(now.brief.articles.map((a) => [a.id, a.text]));
      const stored = (await readBrief(store, listed!.id))!.brief as StoredBrief;
      // the store keeps no text: the articles table has each once
      expect(stored.articles.every((a) => !("text" in a))).toBe(true);
      const v1 = asVersion1(stored, texts);
      expect(JSON.stringify(v1)).toContain('"text":');

      const version = await writeBrief(store, listed!.id, v1);
      expect(version).toBe(now.version + 1);
      const again = (await storedStoryBrief(store, id))!;
      expect(again.version).toBe(version);
      expect(again.brief).toEqual(now.brief);
      expect(briefSchema.safeParse(again.brief).success).toBe(true);
      // the whole store's brief reads it the same way
      expect(await storeBrief(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });
});
