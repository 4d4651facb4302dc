import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../bench/generate.js";
import { REPO_ROOT } from "../eval/shared.js";
import { storeBrief } from "../src/service/store-brief.js";
import { INGEST_BATCH } from "../src/store/ingest.js";
import { LOCK_FILE } from "../src/store/lock.js";
import { openStore, type Store } from "../src/store/open.js";
import { allReuseEdges } from "../src/store/stories.js";
import { membersKey, withStoryIds } from "./brief-story-ids.js";

const MAIN = join(REPO_ROOT, "src", "cli", "main.ts");

/**
 * `corroborate ingest` in a child process, awaited without blocking this worker: an ingest of
 * 2,000 articles runs for a minute or more, longer than a test worker may go silent.
 */
async function ingest(
  data: string,
  articles: string,
): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", MAIN, "ingest", articles, "--data", data, "-q", ...TODAY],
    {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout };
}

const ARTICLES = 2000;
const TODAY = ["--today", "2026-11-23"];
/**
 * How long after the store is opened the ingest is killed: by then it has stored a few batches
 * of 100 and is analysing the next (about 190 articles/s on this project's machines). Wherever
 * the kill lands — mid-batch, mid-transaction, mid-update of the stories, or after — what the
 * test holds must be true.
 */
const KILL_AFTER_MS = 6000;

async function inputIds(store: Store): Promise<string[]> {
  const rows = await store.db.selectFrom("articles").select("input_id").execute();
  return rows.map((r) => r.input_id).sort();
}

/** What a finished store holds, comparable across stores: by input ids, stories by their articles. */
async function finished(data: string) {
  const store = await openStore({ data });
  try {
    const ids = new Map(
      (await store.db.selectFrom("articles").select(["id", "input_id"]).execute()).map((r) => [
        r.id,
        r.input_id,
      ]),
    );
    const brief = await storeBrief(store);
    const edges = (await allReuseEdges(store))
      .map((e) => ({
        ...e,
        copy: ids.get(e.copy),
        source: ids.get(e.source),
        origin: ids.get(e.origin),
      }))
      .sort((x, y) => (`${x.copy} ${x.source}` < `${y.copy} ${y.source}` ? -1 : 1));
    return { articles: await inputIds(store), brief, edges };
  } finally {
    await store.close();
  }
}

describe("kill -9 during an ingest of 2,000 articles (issue 15)", () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-store-kill-"));
  const articles = join(dir, "corpus", "articles");
  beforeAll(async () => {
    await writeCorpus({ count: ARTICLES, out: join(dir, "corpus") });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps every stored batch once, and a restart finishes the store an uninterrupted run makes", async () => {
    const killed = join(dir, "killed");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", MAIN, "ingest", articles, "--data", killed, "-q", ...TODAY],
      { cwd: REPO_ROOT, stdio: "ignore" },
    );
    const exited = once(child, "exit");
    while (!existsSync(join(killed, LOCK_FILE))) await sleep(50);
    await sleep(KILL_AFTER_MS);
    child.kill("SIGKILL");
    const [code, signal] = (await exited) as [number | null, string | null];
    // Killed, unless it had finished (a much faster machine): both leave a store to check.
    expect(code === 0 || signal === "SIGKILL").toBe(true);

    // The dead process's lock is taken over; what it stored is whole batches, each article once.
    const store = await openStore({ data: killed });
    try {
      const stored = await inputIds(store);
      expect(new Set(stored).size).toBe(stored.length);
      expect(stored.length === ARTICLES || stored.length % INGEST_BATCH === 0).toBe(true);
    } finally {
      await store.close();
    }

    const restarted = await ingest(killed, articles);
    expect(restarted.code).toBe(0);
    const whole = join(dir, "whole");
    const uninterrupted = await ingest(whole, articles);
    expect(uninterrupted.code).toBe(0);
    expect(uninterrupted.stdout).toContain(`stored ${ARTICLES} new articles`);

    const after = await finished(killed);
    const expected = await finished(whole);
    expect(after.articles).toHaveLength(ARTICLES);
    expect(after.articles).toEqual(expected.articles);
    expect(
      after.edges.map(({ copy, source, origin, kind, credited, share }) => ({
        copy,
        source,
        origin,
        kind,
        credited,
        share,
      })),
    ).toEqual(
      expected.edges.map(({ copy, source, origin, kind, credited, share }) => ({
        copy,
        source,
        origin,
        kind,
        credited,
        share,
      })),
    );
    const ids = new Map(expected.brief.stories.map((s) => [membersKey(s.articles), s.id]));
    expect(withStoryIds(after.brief, ids)).toEqual(expected.brief);
  }, 600_000);
});
