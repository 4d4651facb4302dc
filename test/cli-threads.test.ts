/**
 * `--threads`: the same brief whatever the number, from the TypeScript sources (as the other CLI
 * tests run it, under tsx) and from the compiled build (as `npm start` and the installed command
 * run it), whose worker threads load the built .js entry instead of the .ts one.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../eval/shared.js";
import { runCli, type CliResult } from "./cli.js";

const execFileAsync = promisify(execFile);

const BRIEF = ["brief", "examples/corpus", "--format", "json", "--today", "2026-11-23"];

describe("corroborate --threads", () => {
  let inThisThread: CliResult;
  beforeAll(() => {
    inThisThread = runCli([...BRIEF, "--threads", "1"]);
  }, 120_000);

  it("writes the brief of one thread with a pool of two, from the sources", () => {
    expect(inThisThread.status).toBe(0);
    expect(inThisThread.stderr).toBe("");
    const pooled = runCli([...BRIEF, "--threads", "2"]);
    expect(pooled.status).toBe(0);
    expect(pooled.stderr).toBe("");
    expect(pooled.stdout).toBe(inThisThread.stdout);
  });

  it("refuses a count below one with a usage line", () => {
    const r = runCli([...BRIEF, "--threads", "0"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--threads");
  });

  describe("from the compiled build", () => {
    // Inside node_modules, so that the build finds the packages as dist/ does.
    const cache = join(REPO_ROOT, "node_modules", ".cache");
    mkdirSync(cache, { recursive: true });
    const out = mkdtempSync(join(cache, "corroborate-threads-build-"));
    const data = mkdtempSync(join(tmpdir(), "corroborate-threads-data-"));
    afterAll(() => {
      rmSync(out, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    });
    const runBuilt = (args: readonly string[]): CliResult => {
      const r = spawnSync(process.execPath, [join(out, "src", "cli", "main.js"), ...args], {
        cwd: REPO_ROOT,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
        maxBuffer: 64 * 1024 * 1024,
      });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    beforeAll(async () => {
      // Not spawnSync: a build of a minute would stall the test runner's own messages.
      const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
      const build = await execFileAsync(
        process.execPath,
        [tsc, "-p", "tsconfig.build.json", "--outDir", out, "--declaration", "false"],
        { cwd: REPO_ROOT, encoding: "utf8" },
      );
      expect(build.stdout + build.stderr).toBe("");
    }, 300_000);

    it("writes the same brief with a pool of two", () => {
      const r = runBuilt([...BRIEF, "--threads", "2"]);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(inThisThread.stdout);
    }, 120_000);

    it("ingests into a store with a pool of two", () => {
      const r = runBuilt([
        "ingest",
        "examples/corpus",
        "--data",
        data,
        "--today",
        "2026-11-23",
        "--threads",
        "2",
      ]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(
        `stored 8 new articles, 0 already known, 0 inputs skipped; 2 stories, 2 briefs written ` +
          `(pglite store: ${data})\n`,
      );
    }, 120_000);
  });
});
