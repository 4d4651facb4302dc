/**
 * Runs `corroborate brief` on a folder in a child process for `npm run stress`: wall time, peak
 * resident memory (reported by the preloaded peak-rss.mjs), exit status, standard error and the
 * JSON brief; killed when it outlives its time limit.
 */
import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const REPO_ROOT = resolve(HERE, "..", "..");
const CLI = join(REPO_ROOT, "dist", "src", "cli", "main.js");
const PRELOAD = join(HERE, "peak-rss.mjs");

/** A fixed "today", so a run's brief does not depend on the clock. */
const TODAY = "2026-04-01";

export type ChildRun = {
  readonly seconds: number;
  /** Peak RSS in MB; null when the child was killed before it could say. */
  readonly peakMB: number | null;
  /** Exit status; null when killed (time limit) or ended by a signal. */
  readonly status: number | null;
  readonly timedOut: boolean;
  readonly stderr: string;
  readonly stdout: string;
};

export const cliPath = CLI;

/** Runs the CLI's brief command (JSON) on `inputs`, killing it after `limitSeconds`. */
export async function runBrief(
  inputs: readonly string[],
  workDir: string,
  limitSeconds: number,
): Promise<ChildRun> {
  const rssFile = join(workDir, ".peak-rss");
  await rm(rssFile, { force: true });
  const args = ["--import", PRELOAD, CLI, "brief", ...inputs, "--format", "json"];
  args.push("--today", TODAY);
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, STRESS_PEAK_RSS_FILE: rssFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (b: Buffer) => out.push(b));
  child.stderr.on("data", (b: Buffer) => err.push(b));
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      child.kill("SIGKILL");
    },
    Math.max(1, limitSeconds) * 1000,
  );
  const status = await new Promise<number | null>((done) =>
    child.on("close", (code) => done(code)),
  );
  clearTimeout(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = await readFile(rssFile, "utf8").catch(() => null);
  return {
    seconds,
    peakMB: kb === null ? null : Number(kb) / 1024,
    status: timedOut ? null : status,
    timedOut,
    stderr: Buffer.concat(err).toString("utf8"),
    stdout: Buffer.concat(out).toString("utf8"),
  };
}

/** The ids of the brief's articles that some story holds, or null when stdout is not a brief. */
export function articlesInStories(stdout: string): Set<string> | null {
  try {
    const brief = JSON.parse(stdout) as { stories?: { articles?: string[] }[] };
    const ids = new Set<string>();
    for (const s of brief.stories ?? []) for (const a of s.articles ?? []) ids.add(a);
    return ids;
  } catch {
    return null;
  }
}

/**
 * Lines of standard error that are not one-line notes of the CLI: a stack trace's frames or
 * anything printed by something other than the command itself.
 */
export function foreignStderrLines(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((line) => line !== "")
    .filter((line) => !line.startsWith("corroborate: "));
}
