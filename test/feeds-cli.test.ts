/**
 * `corroborate feeds` and `corroborate run` as a user runs them, against a feed server the test
 * runs. The CLI runs as a child process that is awaited, not waited for synchronously, so this
 * process's server can answer it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../eval/shared.js";
import { LOCK_FILE } from "../src/store/index.js";
import type { CliResult } from "./cli.js";
import { FeedServer, REPORTS, rss } from "./feed-server.js";

/**
 * Each command here starts the CLI and opens an embedded store, seconds each on a loaded machine
 * (the first creates the store: 5-11 s alone), so a test of several commands is given minutes.
 */
const CLI_TIMEOUT = 180_000;

/** Starts the CLI from source; `done` settles when it exits. */
function startCli(args: readonly string[]): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), ...args],
    { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: "1", DATABASE_URL: "" } },
  );
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) =>
    child.on("close", (status) => resolve({ status, stdout, stderr })),
  );
  return { child, done };
}

const cli = (args: readonly string[]): Promise<CliResult> => startCli(args).done;

/** Resolves once the child has written `text` on standard output; rejects after `ms`. */
const whenPrinted = (child: ChildProcess, text: string, ms = CLI_TIMEOUT / 2): Promise<void> =>
  new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`not printed: ${text}; saw: ${seen}`)), ms);
    child.stdout!.on("data", (d: Buffer) => {
      seen += d.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });

describe("corroborate feeds and run", () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-feeds-cli-"));
  const data = join(dir, "data");
  const server = new FeedServer();
  let feedUrl = "";

  beforeAll(async () => {
    await server.start();
    feedUrl = server.url("/news.xml");
    server.answer("/news.xml", {
      body: rss("Eastmere Courier", [
        {
          title: "Old Mill bridge to close to lorries",
          link: server.url("/news/bridge"),
          content: REPORTS.bridge.join("\n\n"),
        },
        {
          title: "Library reopens after refurbishment",
          link: server.url("/news/library"),
          content: REPORTS.library.join("\n\n"),
        },
      ]),
      etag: '"v1"',
    });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    "adds a feed once, and refuses what is no http(s) URL",
    async () => {
      const first = await cli(["feeds", "add", feedUrl, "--data", data]);
      expect(first.status).toBe(0);
      expect(first.stdout).toBe(`added feed 1: ${feedUrl} (polled by corroborate run)\n`);
      const again = await cli(["feeds", "add", feedUrl, "--data", data]);
      expect(again.stdout).toBe(`feed 1 is ${feedUrl} already\n`);
      const bad = await cli(["feeds", "add", "file:///etc/passwd", "--data", data]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toBe("corroborate: a feed's URL must be http or https, not file:\n");
    },
    CLI_TIMEOUT,
  );

  it(
    "polls every due feed once with --once, then finds nothing new",
    async () => {
      const r = await cli(["run", "--once", "--data", data]);
      expect(r.status).toBe(0);
      // Then, as after an ingest, the stories and their briefs.
      expect(r.stdout).toBe(
        `feed 1 ${feedUrl}: 2 items, 2 new, 0 known, 0 skipped\n2 stories, 2 briefs written\n`,
      );
      expect(r.stderr).toBe(`corroborate: 1 poll (pglite store: ${data})\n`);
    },
    CLI_TIMEOUT,
  );

  it(
    "lists the feeds with how their polls stand",
    async () => {
      const r = await cli(["feeds", "list", "--data", data]);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(
        new RegExp(
          `^1  ${feedUrl.replace(/[.]/g, "\\.")}  "Eastmere Courier"\n` +
            "    last polled \\S+Z, last read \\S+Z\n    next poll \\S+Z\n$",
        ),
      );
      const json = JSON.parse((await cli(["feeds", "list", "--data", data, "-f", "json"])).stdout);
      expect(json).toMatchObject([{ id: "1", url: feedUrl, etag: '"v1"', failures: 0 }]);
    },
    CLI_TIMEOUT,
  );

  it(
    "runs until SIGTERM, then stops after the poll and releases the data folder",
    async () => {
      // A feed added now is due at once; the first is not due for another interval.
      server.answer("/down.xml", { status: 503 });
      const downUrl = server.url("/down.xml");
      const added = await cli(["feeds", "add", downUrl, "--data", data]);
      const id = /^added feed (\d+):/.exec(added.stdout)?.[1];
      const run = startCli(["run", "--data", data]);
      try {
        await whenPrinted(run.child, `feed ${id} ${downUrl}: failed (1 in a row): HTTP 503`);
      } finally {
        run.child.kill("SIGTERM");
      }
      const r = await run.done;
      expect(r.status).toBe(0);
      expect(r.stderr).toContain("corroborate: stopping after the polls under way");
      expect(existsSync(join(data, LOCK_FILE))).toBe(false);
      const listed = await cli(["feeds", "list", "--data", data]);
      expect(listed.stdout).toContain(
        "failing: 1 poll in a row, the last: HTTP 503 Service Unavailable; next try",
      );
      expect((await cli(["feeds", "remove", downUrl, "--data", data])).status).toBe(0);
    },
    CLI_TIMEOUT,
  );

  it(
    "removes a feed by id",
    async () => {
      const r = await cli(["feeds", "remove", "1", "--data", data]);
      expect(r).toMatchObject({ status: 0, stdout: `removed feed 1: ${feedUrl}\n` });
      const missing = await cli(["feeds", "remove", "1", "--data", data]);
      expect(missing).toMatchObject({
        status: 1,
        stderr: "corroborate: no feed 1 (see corroborate feeds list)\n",
      });
      expect((await cli(["feeds", "list", "--data", data])).stdout).toBe(
        "no feeds yet: add one with corroborate feeds add URL\n",
      );
    },
    CLI_TIMEOUT,
  );
});
