import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../eval/shared.js";
import { runCli, type CliResult } from "./cli.js";

const TODAY = ["--today", "2026-11-23"];

/** The CLI with DATABASE_URL set, as a user with a server configured runs it. */
function runWithDatabaseUrl(args: readonly string[], url: string): CliResult {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), ...args],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", DATABASE_URL: url },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// One data folder for the file: creating one takes seconds.
describe("corroborate stories and brief on a store (issue 15, item 5)", () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-store-cli-"));
  const data = join(dir, "data");
  beforeAll(() => {
    const r = runCli(["ingest", "examples/corpus", "--data", data, "-q", ...TODAY]);
    expect(r.status).toBe(0);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists the store's stories as the batch run lists the same articles'", () => {
    const stored = runCli(["stories", "--data", data]);
    expect(stored.status).toBe(0);
    const batch = runCli(["stories", "examples/corpus", "-q", ...TODAY]);
    // One ingest into a new store: its story ids are 1, 2, … in the batch's order.
    expect(stored.stdout).toBe(batch.stdout);
    expect(stored.stdout).toContain("| story-1 |");
  });

  it("writes a stored story's brief as the batch writes it, in each format", () => {
    for (const format of ["json", "md"]) {
      const stored = runCli(["brief", "--story", "story-1", "--data", data, "--format", format]);
      expect(stored.status).toBe(0);
      const batch = runCli([
        "brief",
        "examples/corpus",
        "--story",
        "story-1",
        "--format",
        format,
        "-q",
        ...TODAY,
      ]);
      expect(stored.stdout).toBe(batch.stdout);
    }
    // The HTML page's citation reader gets the articles' texts from the store.
    const html = runCli(["brief", "--story", "1", "--data", data, "--format", "html"]);
    expect(html.status).toBe(0);
    expect(html.stdout).toContain("Brightcell");
    const whole = runCli(["brief", "--data", data, "--format", "json"]);
    expect(JSON.parse(whole.stdout).stories.map((s: { id: string }) => s.id)).toEqual([
      "story-1",
      "story-2",
    ]);
  });

  it("says what is wrong with the arguments, with exit status 2", () => {
    const unknown = runCli(["brief", "--story", "story-99", "--data", data]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      "corroborate: no story story-99 in the store (see corroborate stories)\n",
    );
    const both = runCli(["brief", "examples/corpus", "--data", data]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("not both");
  });

  it("analyses given paths in memory, as before, even when DATABASE_URL is set", () => {
    // A URL no server answers: the command must not try it.
    const r = runWithDatabaseUrl(
      ["brief", "examples/corpus", "--format", "json", "-q", ...TODAY],
      "postgresql://127.0.0.1:1/none",
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      runCli(["brief", "examples/corpus", "--format", "json", "-q", ...TODAY]).stdout,
    );
  });
});
