import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE, lockFolder, StoreLockedError } from "./lock.js";

describe("lockFolder", () => {
  let folder: string;
  let lockPath: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "corroborate-lock-"));
    lockPath = join(folder, LOCK_FILE);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("writes this process's pid, and release removes the file", () => {
    const lock = lockFolder(folder);
    expect(JSON.parse(readFileSync(lockPath, "utf8"))).toEqual({
      pid: process.pid,
      host: hostname(),
    });
    lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it("refuses a folder a live process holds, naming the folder and the pid", () => {
    const lock = lockFolder(folder);
    expect(() => lockFolder(folder)).toThrow(StoreLockedError);
    expect(() => lockFolder(folder)).toThrow(
      `the data folder ${folder} is in use by process ${process.pid} (lock file ${lockPath})`,
    );
    lock.release();
  });

  it("refuses a lock from another machine, whose process it cannot check", () => {
    writeFileSync(lockPath, JSON.stringify({ pid: 1, host: `not-${hostname()}` }));
    expect(() => lockFolder(folder)).toThrow(`in use by process 1 on not-${hostname()}`);
  });

  it("takes over a lock left half-written", () => {
    writeFileSync(lockPath, '{"pid": 12');
    lockFolder(folder).release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it("leaves a lock that another process has taken since", () => {
    const lock = lockFolder(folder);
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid + 1, host: hostname() }));
    lock.release();
    expect(existsSync(lockPath)).toBe(true);
  });
});
