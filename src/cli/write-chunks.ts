/**
 * Writing a rendered brief a chunk at a time, with backpressure: the next chunk is made only when
 * the destination has taken the last one (or has room for it), so the text in memory at any
 * moment is the destination's buffer plus one chunk, whatever the size of the brief.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";

/**
 * Writes every chunk to `sink` and resolves when the last one is handed over; rejects with the
 * sink's error (a closed pipe, a full disk). `sink` is not ended: standard output stays open.
 */
export async function writeChunks(chunks: Iterable<string>, sink: Writable): Promise<void> {
  let failure: unknown = null;
  // An error between two writes would otherwise be thrown as an uncaught 'error' event.
  const onError = (e: unknown): void => {
    failure ??= e;
  };
  sink.on("error", onError);
  try {
    for (const chunk of chunks) {
      if (failure !== null) throw failure;
      // `once` rejects when the sink emits 'error' while we wait
      if (!sink.write(chunk)) await once(sink, "drain");
    }
    if (failure !== null) throw failure;
  } finally {
    sink.off("error", onError);
  }
}

/** Writes the chunks to a file (created or emptied first) and waits until it is closed. */
export async function writeChunksToFile(chunks: Iterable<string>, path: string): Promise<void> {
  const file = createWriteStream(path);
  try {
    await once(file, "open");
    await writeChunks(chunks, file);
    file.end();
    await once(file, "finish");
  } finally {
    file.destroy();
  }
}
