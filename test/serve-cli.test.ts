import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../eval/shared.js";
import { runCli } from "./cli.js";

describe("corroborate serve", () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-serve-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses another address than this machine's without a token, in one line", () => {
    const r = runCli(["serve", "--host", "0.0.0.0", "--data", join(dir, "never")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "corroborate: listening on 0.0.0.0 lets other machines write to the store: give a token " +
        "(--token or CORROBORATE_TOKEN), or bind to 127.0.0.1\n",
    );
    // Refused before the store was opened: no data folder was made.
    expect(existsSync(join(dir, "never"))).toBe(false);
  });

  it("refuses a port that is not one, and explains itself", () => {
    const bad = runCli(["serve", "--port", "http"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("expected a port number");
    const help = runCli(["serve", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: corroborate serve [options]");
    expect(help.stdout).toContain("--token <token>");
  });

  it("serves the store until SIGTERM, then closes it and releases its lock", async () => {
    const data = join(dir, "data");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(REPO_ROOT, "src", "cli", "main.ts"),
        "serve",
        "--port",
        "0",
        "--data",
        data,
      ],
      { cwd: REPO_ROOT, env: { ...process.env, CORROBORATE_TOKEN: "" } },
    );
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = /at (http:\/\/127\.0\.0\.1:\d+)\/ \(API under /.exec(stdout);
        if (found) resolve(found[1]!);
      });
      child.on("exit", () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    const res = await fetch(`${url}/api/stories`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ stories: [], nextCursor: null });
    // the web UI is mounted too: an empty store lists no story
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("No stories.");
    expect(existsSync(join(data, "corroborate.lock"))).toBe(true);
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code)),
    );
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toContain("corroborate: stopping");
    expect(existsSync(join(data, "corroborate.lock"))).toBe(false);
  }, 60_000);
});
