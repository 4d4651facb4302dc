import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore, searchArticles } from "../src/store/index.js";
import { runCli } from "./cli.js";

// One data folder for the file: creating one takes seconds.
describe("corroborate ingest", () => {
  const dir = mkdtempSync(join(tmpdir(), "corroborate-store-ingest-"));
  const data = join(dir, "data");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates a store, adds the articles, and says what it did", () => {
    const r = runCli(["ingest", "examples/corpus", "--data", data, "--today", "2026-11-23"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `stored 8 new articles, 0 already known, 0 inputs skipped; 2 stories, 2 briefs written ` +
        `(pglite store: ${data})\n`,
    );
    expect(r.stderr).toContain(`creating a new embedded database in ${data}`);
  });

  it("skips what the store holds, adds only the new article and writes only its story's brief", () => {
    const extra = join(dir, "extra.txt");
    writeFileSync(extra, "title: Ferry resumes\n\nThe ferry to Holm Island resumed on Monday.\n");
    const r = runCli([
      "ingest",
      "examples/corpus",
      extra,
      "--data",
      data,
      "-q",
      "--today",
      "2026-11-23",
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `stored 1 new article, 8 already known, 0 inputs skipped; 3 stories, 1 brief written ` +
        `(pglite store: ${data})\n`,
    );
    expect(r.stderr).toBe("");
  });

  it("refuses a data folder another process holds, in one line", async () => {
    const store = await openStore({ data });
    try {
      expect((await searchArticles(store, "ferry")).map((h) => h.title)).toEqual(["Ferry resumes"]);
      const r = runCli(["ingest", "examples/corpus", "--data", data]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `corroborate: the data folder ${data} is in use by process ${process.pid} ` +
          `(lock file ${join(data, "corroborate.lock")}): stop that process or use another --data folder\n`,
      );
    } finally {
      await store.close();
    }
  });

  it("explains itself", () => {
    const r = runCli(["ingest", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: corroborate ingest [options] <paths...>");
    expect(r.stdout).toContain("--data <dir>");
  });
});
