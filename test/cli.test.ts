import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { briefSchema } from "../src/brief/schema.js";
import { REPO_ROOT } from "../eval/shared.js";
import { runCli } from "./cli.js";

const schema = JSON.parse(readFileSync(join(REPO_ROOT, "schema", "brief-v2.schema.json"), "utf8"));
const validate = new Ajv2020({ strict: false }).compile(schema);

describe("corroborate brief", () => {
  it("writes a JSON brief of the examples that the published schema accepts", () => {
    const r = runCli(["brief", "examples/corpus", "--format", "json", "--today", "2026-11-23"]);
    expect(r.status).toBe(0);
    const brief = JSON.parse(r.stdout);
    expect(validate(brief), JSON.stringify(validate.errors)).toBe(true);
    expect(briefSchema.parse(brief).articles).toHaveLength(8);
  });

  it("writes Markdown by default and HTML to a file", () => {
    const md = runCli(["brief", "examples/corpus", "--today", "2026-11-23"]);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# .+\n/);
    expect(md.stdout).toContain("## Sources");
    const out = join(mkdtempSync(join(tmpdir(), "corroborate-cli-")), "brief.html");
    const html = runCli(["brief", "examples/corpus", "--format", "html", "--out", out]);
    expect(html.status).toBe(0);
    expect(html.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>[\s\S]*<table>[\s\S]*<\/html>\n$/);
  });

  it("streams the same JSON to a file and to standard output, and names an output it cannot write", () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-cli-"));
    const args = ["brief", "examples/corpus/north-sea-radio.txt", "--format", "json", "-q"];
    const toStdout = runCli(args);
    expect(toStdout.status).toBe(0);
    const out = join(dir, "brief.json");
    expect(runCli([...args, "--out", out]).status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(toStdout.stdout);
    const missing = join(dir, "no-such-folder", "brief.json");
    const bad = runCli([...args, "--out", missing]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe(
      `corroborate: could not write ${missing}: ENOENT: no such file or directory, open '${missing}'\n`,
    );
  });

  it("skips an unusable input with a one-line warning and processes the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-cli-"));
    writeFileSync(join(dir, "empty.txt"), "");
    const r = runCli(["brief", dir, "examples/corpus/north-sea-radio.txt", "--format", "json"]);
    expect(r.status).toBe(0);
    expect(r.stderr.trim().split("\n")).toEqual([
      `corroborate: skipped ${join(dir, "empty.txt")}: empty file`,
    ]);
    expect(JSON.parse(r.stdout).skipped).toEqual([
      { input: join(dir, "empty.txt"), reason: "empty file" },
    ]);
  });

  it("exits 1 when nothing usable remains, without a stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-cli-"));
    writeFileSync(join(dir, "empty.txt"), "");
    const r = runCli(["brief", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("no usable articles");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 with a usage line on bad arguments", () => {
    const bad = runCli(["brief", "examples/corpus", "--format", "pdf"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format.*pdf|pdf.*--format/);
    expect(runCli(["brief"]).status).toBe(2);
    expect(runCli(["frobnicate"]).status).toBe(2);
    expect(runCli(["brief", "x", "--today", "yesterday"]).status).toBe(2);
  });

  it("answers --help on every command", () => {
    const top = runCli(["--help"]);
    expect(top.status).toBe(0);
    expect(top.stdout).toContain("brief");
    const brief = runCli(["brief", "--help"]);
    expect(brief.status).toBe(0);
    expect(brief.stdout).toContain("--format");
  });

  it("reads JSONL from standard input with -", () => {
    const line = JSON.stringify({
      id: "s1",
      outlet: "Gazette",
      date: "2026-03-17",
      text: "The bridge closed on Tuesday. Engineers found cracks.",
    });
    const r = runCli(["brief", "-", "--format", "json"], `${line}\n`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).articles[0]).toMatchObject({
      id: "s1",
      outlet: "Gazette",
      published: "2026-03-17",
    });
  });
});

describe("corroborate brief on odd inputs and a closed output", () => {
  const MAIN = join(REPO_ROOT, "src", "cli", "main.ts");
  const BRIEF = ["brief", "examples/corpus", "--format", "html", "--today", "2026-11-23"];

  it("ends with status 0 and no trace when its output is closed before it writes", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...BRIEF], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    // No one reads: the brief's write meets a closed pipe (EPIPE).
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toBe("");
    expect(status).toBe(0);
  }, 120_000);

  it("ends quietly under `| head -c 10`", () => {
    // The HTML brief is far larger than a pipe holds, so head leaves while it is written.
    const r = spawnSync(
      "bash",
      [
        "-c",
        '"$0" --import tsx "$@" | head -c 10; exit "${PIPESTATUS[0]}"',
        process.execPath,
        MAIN,
        ...BRIEF,
      ],
      { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );
    expect(r.stdout).toBe("<!doctype ");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 120_000);

  it("skips a FIFO, a link to /dev/zero and a folder's link to itself with one line each", () => {
    const dir = mkdtempSync(join(tmpdir(), "corroborate-cli-odd-"));
    mkdirSync(join(dir, "news"));
    writeFileSync(
      join(dir, "news", "radio.txt"),
      readFileSync(join(REPO_ROOT, "examples", "corpus", "north-sea-radio.txt")),
    );
    expect(spawnSync("mkfifo", [join(dir, "news", "pipe.txt")]).status).toBe(0);
    symlinkSync("/dev/zero", join(dir, "news", "zero.txt"));
    symlinkSync(".", join(dir, "news", "again"));
    const r = runCli(["brief", join(dir, "news"), "--format", "json", "--today", "2026-11-23"]);
    expect(r.status).toBe(0);
    const news = join(dir, "news");
    expect(r.stderr.trim().split("\n")).toEqual([
      `corroborate: skipped ${join(news, "again")}: leads back to ${news}, a folder it is inside: not followed (a folder cycle)`,
      `corroborate: skipped ${join(news, "pipe.txt")}: a named pipe (FIFO), not a file; give JSONL on standard input as -`,
      `corroborate: skipped ${join(news, "zero.txt")}: a character device, not a file`,
    ]);
    const brief = JSON.parse(r.stdout);
    expect(brief.articles.map((a: { id: string }) => a.id)).toEqual([join(news, "radio.txt")]);
    expect(brief.skipped).toHaveLength(3);
  }, 120_000);
});

describe("corroborate stories", () => {
  it("lists every story with id, label, dates and counts, and --story selects one", () => {
    const r = runCli(["stories", "examples/corpus", "--format", "json"]);
    expect(r.status).toBe(0);
    const stories = JSON.parse(r.stdout) as {
      id: string;
      label: string;
      articles: number;
      outlets: number;
    }[];
    expect(stories.map((s) => s.articles)).toEqual([7, 1]);
    const one = runCli(["brief", "examples/corpus", "--story", stories[1]!.id, "--format", "json"]);
    const brief = JSON.parse(one.stdout);
    expect(brief.stories).toHaveLength(1);
    expect(brief.articles.map((x: { id: string }) => x.id)).toEqual([
      "baltic-review-tartu-library",
    ]);
  });

  it("exits 2 for a story id that does not exist", () => {
    const r = runCli(["brief", "examples/corpus", "--story", "story-99"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no story story-99/);
  });
});
