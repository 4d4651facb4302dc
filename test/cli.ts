import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../eval/shared.js";

export type CliResult = { status: number | null; stdout: string; stderr: string };

/** Runs the CLI from source, as a user would run the installed command. */
export function runCli(args: readonly string[], input?: string): CliResult {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", join(REPO_ROOT, "src", "cli", "main.ts"), ...args],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      input,
      env: { ...process.env, NO_COLOR: "1" },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
