import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { REPO_ROOT } from "../eval/shared.js";
import { exampleRecords } from "./example-records.js";
import { briefSchema, type BriefJson } from "../src/brief/schema.js";
import { defaultContext } from "../src/pipeline/context.js";
import { problemSchema, PROBLEM_TYPE } from "../src/server/problem.js";
import {
  articleSchema,
  feedAddedSchema,
  feedListSchema,
  ingestResultSchema,
  searchResultSchema,
  storyListSchema,
} from "../src/server/schemas.js";
import { API_CSP } from "../src/server/security.js";
import { startService, type Service } from "../src/server/service.js";
import { openStore, type Store } from "../src/store/index.js";
import { backfillStoryListing, listStories } from "../src/store/story-listing.js";
import { call, getWithHost, openEvents, type Reply, type SseReader } from "./server-client.js";
import { storeEngines } from "./store-engines.js";

const TODAY = "2026-11-23";
const TOKEN = "test-token-7f3a";
/** Small, so the test can exceed it without sending megabytes. */
const MAX_INGEST_BYTES = 64 * 1024;
const AUTH = { authorization: `Bearer ${TOKEN}` };
const JSONL = { "content-type": "application/x-ndjson", ...AUTH };
const JSON_BODY = { "content-type": "application/json", ...AUTH };

/** Asserts an answer's status, type, security headers, and that its body matches `schema`. */
function expectReply(reply: Reply, status: number, schema: z.ZodType): void {
  expect(reply.status, reply.text).toBe(status);
  expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
  expect(reply.headers.get("referrer-policy")).toBe("no-referrer");
  expect(reply.headers.get("content-security-policy")).toBe(API_CSP);
  if (status === 204) return;
  expect(reply.type).toMatch(status >= 400 ? PROBLEM_TYPE : /^application\/json/);
  const parsed = schema.safeParse(reply.body);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
}

/** A problem answer whose detail names what was wrong (a field, for a bad parameter). */
function expectProblem(reply: Reply, status: number, detail: RegExp): void {
  expectReply(reply, status, problemSchema);
  expect((reply.body as { detail: string }).detail).toMatch(detail);
  expect((reply.body as { status: number }).status).toBe(status);
}

/** The stored brief as `corroborate brief --story ID --format json` writes it from the store. */
function cliBrief(storyId: string, where: { data?: string; databaseUrl?: string }): unknown {
  const args = ["brief", "--story", storyId, "--format", "json"];
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(REPO_ROOT, "src", "cli", "main.ts"),
      ...args,
      ...(where.data ? ["--data", where.data] : []),
    ],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: where.databaseUrl ?? "" },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

const engines = await storeEngines("corroborate-server-");

describe.each(engines)("the HTTP API on $name", (engine) => {
  let store: Store;
  let service: Service;
  let base: string;
  let where: { data?: string; databaseUrl?: string };
  let events: SseReader;
  let ingested: z.infer<typeof ingestResultSchema>;
  const served = new Map<string, BriefJson>();
  let open = false;
  const shutDown = async (): Promise<void> => {
    if (!open) return;
    open = false;
    events.close();
    await service.close();
    await store.close();
  };

  beforeAll(async () => {
    if (engine.skip) return;
    where = await engine.prepare();
    store = await openStore(where);
    service = await startService(store, {
      host: "127.0.0.1",
      port: 0,
      token: TOKEN,
      contextNow: () => defaultContext({ today: TODAY }),
      now: () => new Date("2026-11-23T12:00:00Z"),
      maxIngestBytes: MAX_INGEST_BYTES,
      heartbeatMs: 200,
      onError: (e) => console.error(e),
    });
    base = service.url;
    // Listening before anything is ingested, so every brief written is an event.
    events = await openEvents(`${base}/api/events`);
    open = true;
  }, 60_000);

  afterAll(async () => {
    if (engine.skip) return;
    await shutDown();
    await engine.cleanup();
  });

  it.skipIf(engine.skip)(
    "takes JSONL through POST /api/ingest, and the event stream tells of each story's brief",
    async () => {
      expect(events.status).toBe(200);
      expect(events.type).toMatch(/^text\/event-stream/);
      const reply = await call(base, "/api/ingest", {
        method: "POST",
        headers: JSONL,
        body: await exampleRecords(),
      });
      expectReply(reply, 200, ingestResultSchema);
      ingested = reply.body as typeof ingested;
      expect(ingested.added.length).toBe(8);
      expect(ingested.errors).toEqual([]);
      expect(ingested.queued).toBe(true);

      // The example corpus makes two stories; the worker writes both briefs.
      const first = await events.waitFor((e) => e.event === "brief", 60_000);
      const { story, version } = JSON.parse(first.data) as { story: string; version: number };
      expect(story).toMatch(/^story-\d+$/);
      expect(version).toBe(1);
      await events.waitFor(
        (e) => e.event === "brief" && JSON.parse(e.data).story !== story,
        60_000,
      );
      const brief = await call(base, `/api/stories/${story}`);
      expectReply(brief, 200, briefSchema);
      expect((brief.body as BriefJson).stories.map((s) => s.id)).toEqual([story]);
      // Heartbeats (every 200 ms here) kept the stream open meanwhile.
      expect(events.comments()).toBeGreaterThan(1);
    },
    120_000,
  );

  it.skipIf(engine.skip)("sends the same records again: all known, nothing queued", async () => {
    const reply = await call(base, "/api/ingest", {
      method: "POST",
      headers: JSONL,
      body: await exampleRecords(),
    });
    expectReply(reply, 200, ingestResultSchema);
    expect(reply.body).toEqual({ added: [], known: 8, errors: [], queued: false });
  });

  it.skipIf(engine.skip)(
    "lists stories with paging, orders, date, outlet and text filters",
    async () => {
      const all = await call(base, "/api/stories?limit=100");
      expectReply(all, 200, storyListSchema);
      const list = all.body as z.infer<typeof storyListSchema>;
      expect(list.stories.length).toBe(2);
      expect(list.nextCursor).toBeNull();
      for (const s of list.stories) {
        const brief = (await call(base, `/api/stories/${s.id}`)).body as BriefJson;
        served.set(s.id, brief);
        const story = brief.stories[0]!;
        expect(s).toEqual({
          id: story.id,
          label: story.label,
          from: story.from,
          to: story.to,
          articles: story.articles.length,
          outlets: story.outlets,
          independentSources: story.independentSources,
          warnings: story.warnings.length,
          version: 1,
        });
      }
      // Newest first: by last day.
      const days = list.stories.map((s) => s.to ?? "");
      expect(days).toEqual([...days].sort().reverse());
      // Page by page with the cursor: the same stories, none twice.
      const first = (await call(base, "/api/stories?limit=1")).body as typeof list;
      expect(first.stories.map((s) => s.id)).toEqual([list.stories[0]!.id]);
      const second = (await call(base, `/api/stories?limit=1&cursor=${first.nextCursor}`))
        .body as typeof list;
      expect(second.stories.map((s) => s.id)).toEqual([list.stories[1]!.id]);
      expect(second.nextCursor).toBeNull();
      const offset = (await call(base, "/api/stories?limit=1&offset=1")).body as typeof list;
      expect(offset.stories.map((s) => s.id)).toEqual([list.stories[1]!.id]);
      // Most covered first.
      const covered = (await call(base, "/api/stories?sort=most-covered")).body as typeof list;
      const counts = covered.stories.map((s) => s.articles);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
      // A filter on each field finds the story that has it and not the other.
      const big = covered.stories[0]!;
      const outlet = big.outlets[0]!;
      const misspelt = outlet.slice(0, -1) + (outlet.endsWith("x") ? "y" : "x");
      for (const query of [
        `outlet=${encodeURIComponent(outlet.toLowerCase())}`,
        `outlet=${encodeURIComponent(misspelt)}`,
        `q=${encodeURIComponent(big.label.split(" ").slice(0, 3).join(" "))}`,
        `from=${big.to}&to=${big.to}`,
      ]) {
        const found = (await call(base, `/api/stories?${query}`)).body as typeof list;
        expect(
          found.stories.map((s) => s.id),
          query,
        ).toContain(big.id);
      }
      const none = (await call(base, "/api/stories?from=2099-01-01")).body as typeof list;
      expect(none.stories).toEqual([]);
    },
  );

  it.skipIf(engine.skip)(
    "refuses bad story list parameters with a 400 naming the field",
    async () => {
      const cases: [string, RegExp][] = [
        ["limit=10000", /^limit: /],
        ["limit=0", /^limit: /],
        ["limit=ten", /^limit: /],
        ["sort=oldest", /^sort: /],
        ["from=2025-13-01", /^from: /],
        ["from=2025-02-30", /^from: no such date/],
        ["to=yesterday", /^to: /],
        ["offset=-1", /^offset: /],
        ["cursor=not-a-cursor", /^cursor: /],
        ["cursor=abc&offset=2", /^cursor, offset: /],
      ];
      for (const [query, detail] of cases)
        expectProblem(await call(base, `/api/stories?${query}`), 400, detail);
      const newest = (await call(base, "/api/stories?limit=1")).body as { nextCursor: string };
      expectProblem(
        await call(base, `/api/stories?sort=most-covered&cursor=${newest.nextCursor}`),
        400,
        /^cursor: it pages the newest order/,
      );
    },
  );

  it.skipIf(engine.skip)("serves one brief, its versions, and 400/404 for bad ids", async () => {
    const [id] = [...served.keys()];
    const bare = id!.slice("story-".length);
    expect((await call(base, `/api/stories/${bare}`)).body).toEqual(served.get(id!));
    expectReply(await call(base, `/api/stories/${id}?version=1`), 200, briefSchema);
    expectProblem(await call(base, `/api/stories/${id}?version=2`), 404, /no version 2/);
    expectProblem(await call(base, `/api/stories/${id}?version=0`), 400, /^version: /);
    expectProblem(await call(base, "/api/stories/story-999999"), 404, /no story story-999999/);
    expectProblem(await call(base, "/api/stories/abc"), 400, /^id: /);
    expectProblem(await call(base, `/api/stories/${"9".repeat(30)}`), 400, /^id: /);
  });

  it.skipIf(engine.skip)("serves an article with the spans of its stories' briefs", async () => {
    const reply = await call(base, `/api/articles/${ingested.added[0]}`);
    expectReply(reply, 200, articleSchema);
    const article = reply.body as z.infer<typeof articleSchema>;
    expect(article.stories.length).toBe(1);
    const brief = served.get(article.stories[0]!)!;
    expect(brief.articles.map((a) => a.id)).toContain(article.briefId);
    // the served brief gives the article's text, the one its spans point into
    expect(brief.articles.find((a) => a.id === article.briefId)!.text).toBe(article.text);
    expect(article.citations.length).toBeGreaterThan(0);
    for (const c of article.citations) expect(article.text.slice(c.start, c.end)).toBe(c.text);
    // Every span of the brief in this article is there: every object shaped like a span.
    const spans: unknown[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        // a span of corroborate.brief/2: a reference, without a copy of its words
        if (o.article === article.briefId && Object.keys(o).sort().join() === "article,end,start")
          spans.push(o);
        Object.values(o).forEach(walk);
      }
    };
    walk(brief.stories);
    expect(article.citations.length).toBe(spans.length);
    expectProblem(await call(base, "/api/articles/999999"), 404, /no article 999999/);
    expectProblem(await call(base, "/api/articles/x1"), 400, /^id: /);
  });

  it.skipIf(engine.skip)("searches with snippets as segments, never HTML", async () => {
    const reply = await call(base, "/api/search?q=fire");
    expectReply(reply, 200, searchResultSchema);
    const { hits } = reply.body as z.infer<typeof searchResultSchema>;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const matched = hit.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase());
      expect(matched.length).toBeGreaterThan(0);
      for (const m of matched) expect(m).toMatch(/^fire/);
      expect(hit.snippet.map((s) => s.text).join("")).not.toMatch(/[\uE000\uE001]/);
    }
    expectReply(await call(base, "/api/search?q=zzzqqq"), 200, searchResultSchema);
    expectProblem(await call(base, "/api/search"), 400, /^q: /);
    expectProblem(await call(base, "/api/search?q=fire&limit=10000"), 400, /^limit: /);
  });

  it.skipIf(engine.skip)("ingest: token, media type, size, and bad lines", async () => {
    const line = JSON.stringify({
      text: "The ferry to Holm Island resumed on Monday.",
      title: "Ferry",
    });
    const post = (headers: Record<string, string>, body: string) =>
      call(base, "/api/ingest", { method: "POST", headers, body });
    const noToken = await post({ "content-type": "application/x-ndjson" }, line);
    expectProblem(noToken, 401, /Authorization: Bearer/);
    expect(noToken.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expectProblem(
      await post({ ...JSONL, authorization: "Bearer wrong" }, line),
      401,
      /not this server's/,
    );
    expectProblem(
      await post({ ...JSONL, origin: "http://evil.example" }, line),
      403,
      /another site/,
    );
    expectProblem(await post({ ...AUTH, "content-type": "text/plain" }, line), 415, /x-ndjson/);
    expectProblem(await post(JSONL, "x".repeat(MAX_INGEST_BYTES + 1)), 413, /65536-byte limit/);
    const garbage = await post(JSONL, 'not json\n[1,2]\n{"title":"no text"}');
    expectProblem(garbage, 400, /no line of the body is an article/);
    expect((garbage.body as { errors: { line: number }[] }).errors.map((e) => e.line)).toEqual([
      1, 2, 3,
    ]);
    expectProblem(await post(JSONL, ""), 400, /empty/);
    const mixed = await post(JSONL, `{broken\n${line}\n\n{"text": 5}`);
    expectReply(mixed, 200, ingestResultSchema);
    const result = mixed.body as typeof ingested;
    expect(result.added.length).toBe(1);
    expect(result.errors.map((e) => e.line)).toEqual([1, 4]);
    expect(result.errors[0]!.reason).toMatch(/^not valid JSON/);
    // The article's story is written by the service's jobs in the background: wait for it, so
    // that no later test races with that write (the story list's backfill below did once).
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { stories } = await listStories(store, { sort: "newest", limit: 100 });
      if (stories.some((s) => s.label === "Ferry")) break;
      if (Date.now() > deadline) throw new Error("the ingested article's story was never listed");
      await new Promise((done) => setTimeout(done, 100));
    }
  });

  it.skipIf(engine.skip)("feeds: list, add, remove, with bad input refused", async () => {
    const url = "https://example.org/world/rss.xml";
    expectReply(await call(base, "/api/feeds"), 200, feedListSchema);
    const add = (headers: Record<string, string>, body: string) =>
      call(base, "/api/feeds", { method: "POST", headers, body });
    const added = await add(JSON_BODY, JSON.stringify({ url }));
    expectReply(added, 201, feedAddedSchema);
    const feed = (added.body as z.infer<typeof feedAddedSchema>).feed;
    expect(feed.addedAt).toBe("2026-11-23T12:00:00.000Z");
    const again = await add(JSON_BODY, JSON.stringify({ url }));
    expectReply(again, 200, feedAddedSchema);
    expect((again.body as { added: boolean }).added).toBe(false);
    const list = (await call(base, "/api/feeds")).body as z.infer<typeof feedListSchema>;
    expect(list.feeds.map((f) => f.url)).toEqual([url]);
    expectProblem(await add(JSON_BODY, "{not json"), 400, /JSON/);
    expectProblem(
      await add(JSON_BODY, JSON.stringify({ url: "javascript:alert(1)" })),
      400,
      /^url: /,
    );
    expectProblem(await add(JSON_BODY, JSON.stringify({})), 400, /^url: /);
    expectProblem(
      await add({ ...AUTH, "content-type": "text/plain" }, JSON.stringify({ url })),
      415,
      /application\/json/,
    );
    expectProblem(
      await add({ "content-type": "application/json" }, JSON.stringify({ url })),
      401,
      /Bearer/,
    );
    const remove = (id: string, headers: Record<string, string> = AUTH) =>
      call(base, `/api/feeds/${id}`, { method: "DELETE", headers });
    expectProblem(await remove(feed.id, {}), 401, /Bearer/);
    expectProblem(await remove("abc"), 400, /^id: /);
    expectProblem(await remove("999999"), 404, /no feed 999999/);
    expectReply(await remove(feed.id), 204, problemSchema);
    expect(((await call(base, "/api/feeds")).body as typeof list).feeds).toEqual([]);
  });

  it.skipIf(engine.skip)(
    "streams one story's events, and refuses bad or unknown stories",
    async () => {
      const [id] = [...served.keys()];
      const stream = await openEvents(`${base}/api/stories/${id}/events`);
      try {
        expect(stream.status).toBe(200);
        expect(stream.type).toMatch(/^text\/event-stream/);
      } finally {
        stream.close();
      }
      expectProblem(await call(base, "/api/stories/999999/events"), 404, /no story/);
      expectProblem(await call(base, "/api/stories/x/events"), 400, /^id: /);
    },
  );

  it.skipIf(engine.skip)(
    "answers unknown paths and foreign Host headers with problems",
    async () => {
      expectProblem(await call(base, "/api/nothing-here"), 404, /no such endpoint/);
      expectProblem(await call(base, "/"), 404, /no such endpoint/);
      expect(await getWithHost(base, "/api/stories", "evil.example")).toBe(403);
      expect(await getWithHost(base, "/api/stories", "localhost:8080")).toBe(200);
    },
  );

  it.skipIf(engine.skip)("publishes a valid OpenAPI 3.1 document listing every route", async () => {
    const reply = await call(base, "/api/openapi.json");
    expect(reply.status).toBe(200);
    const doc = reply.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    const validation = await new Validator().validate(doc as never);
    expect(validation.errors ?? [], JSON.stringify(validation.errors)).toEqual([]);
    expect(validation.valid).toBe(true);
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    // Every handler the app has under /api (middleware is "ALL"), in OpenAPI's path syntax.
    const served = [
      ...new Set(
        service.app.routes
          .filter(
            (r) =>
              r.method !== "ALL" && r.path.startsWith("/api/") && r.path !== "/api/openapi.json",
          )
          .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
      ),
    ].sort();
    expect(documented).toEqual(served);
    expect(documented).toEqual([
      "DELETE /api/feeds/{id}",
      "GET /api/articles/{id}",
      "GET /api/events",
      "GET /api/feeds",
      "GET /api/search",
      "GET /api/stories",
      "GET /api/stories/{id}",
      "GET /api/stories/{id}/events",
      "POST /api/feeds",
      "POST /api/ingest",
    ]);
  });

  it.skipIf(engine.skip)("fills the story list of briefs written before it existed", async () => {
    const before = await listStories(store, { sort: "newest", limit: 100 });
    await store.db.deleteFrom("story_listing").execute();
    expect((await listStories(store, { sort: "newest", limit: 100 })).stories).toEqual([]);
    expect(await backfillStoryListing(store)).toBe(before.stories.length);
    expect(await listStories(store, { sort: "newest", limit: 100 })).toEqual(before);
  });

  it.skipIf(engine.skip)(
    "serves the brief `corroborate brief --story` writes from the same store",
    async () => {
      // The embedded store is one process's: the CLI reads it once the server has let go.
      await shutDown();
      for (const [id, brief] of served) expect(cliBrief(id, where)).toEqual(brief);
    },
    60_000,
  );
});
