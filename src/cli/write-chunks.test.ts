import { execFileSync } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { writeChunks, writeChunksToFile } from "./write-chunks.js";

const CHUNK = 1_000;
const HIGH_WATER = 4 * CHUNK;

/** `count` chunks of CHUNK characters, counting how many have been made. */
function counted(count: number): { chunks: Iterable<string>; made: () => number } {
  let made = 0;
  function* chunks(): Generator<string> {
    for (let i = 0; i < count; i++) {
      made++;
      yield String(i % 10).repeat(CHUNK);
    }
  }
  return { chunks: chunks(), made: () => made };
}

const dir = mkdtempSync(join(tmpdir(), "corroborate-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeChunks", () => {
  it("holds at most the sink's buffer and one chunk when the sink is slow", async () => {
    let received = 0;
    let mostHeld = 0;
    const source = counted(200);
    const sink = new Writable({
      highWaterMark: HIGH_WATER,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        // text made but not yet taken by the slow reader
        mostHeld = Math.max(mostHeld, source.made() * CHUNK - received);
        received += chunk.length;
        setImmediate(done);
      },
    });
    await writeChunks(source.chunks, sink);
    expect(received).toBe(200 * CHUNK);
    expect(mostHeld).toBeLessThanOrEqual(HIGH_WATER + CHUNK);
  });

  it("rejects with the sink's error and stops making chunks", async () => {
    const source = counted(1_000);
    const sink = new Writable({
      highWaterMark: HIGH_WATER,
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
    await expect(writeChunks(source.chunks, sink)).rejects.toMatchObject({ code: "EPIPE" });
    expect(source.made()).toBeLessThan(10);
  });
});

describe("writeChunksToFile", () => {
  it("writes a file whole", async () => {
    const path = join(dir, "out.txt");
    await writeChunksToFile(counted(50).chunks, path);
    expect(readFileSync(path, "utf8")).toBe(
      Array.from({ length: 50 }, (_, i) => String(i % 10).repeat(CHUNK)).join(""),
    );
  });

  it("writes into a FIFO as its reader reads", async () => {
    const fifo = join(dir, "brief.fifo");
    execFileSync("mkfifo", [fifo]);
    const reader = (async () => {
      let text = "";
      for await (const piece of createReadStream(fifo, { encoding: "utf8" })) text += piece;
      return text;
    })();
    await writeChunksToFile(counted(300).chunks, fifo);
    expect((await reader).length).toBe(300 * CHUNK);
  });

  it("rejects naming the reason when the file cannot be opened", async () => {
    await expect(
      writeChunksToFile(counted(1).chunks, join(dir, "no-such-folder", "x")),
    ).rejects.toMatchObject({ code: "ENOENT" });
  });
});
