/**
 * What a path on the command line or in a folder is before it is read: a file, a folder, or
 * something that must not be opened (a FIFO blocks until a writer comes, a device such as
 * /dev/zero never ends); and whether a run has reached it already through another link.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  type Stats,
} from "node:fs";
import { sep } from "node:path";
import { reasonOf } from "../util/reason.js";

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a path that is not a regular file or a folder is not read; null for a regular file. */
export function notAFileReason(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isFIFO()) return "a named pipe (FIFO), not a file; give JSONL on standard input as -";
  if (info.isCharacterDevice()) return "a character device, not a file";
  if (info.isBlockDevice()) return "a block device, not a file";
  if (info.isSocket()) return "a socket, not a file";
  return "not a regular file";
}

/** Why `stat` failed on a path, said for a user: a missing path, a broken or looping link. */
export function statFailureReason(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ELOOP") return "a link that leads back to itself";
  if (code !== "ENOENT") return reasonOf(error);
  try {
    if (lstatSync(path).isSymbolicLink()) return "a broken link: its target does not exist";
  } catch {
    // Not there at all: said below.
  }
  return "no such file or folder";
}

/**
 * The files and folders one run has read, by device and inode, each with the path it was first
 * read as: a folder reached again through a link is not walked again (which also ends folder
 * cycles), and a file reached again is not read twice, which would make it a verbatim copy of
 * itself.
 */
export type SeenInputs = {
  readonly folders: Map<string, string>;
  readonly files: Map<string, string>;
};

export const noInputsSeen = (): SeenInputs => ({ folders: new Map(), files: new Map() });

const identityOf = (info: Stats): string => `${info.dev}:${info.ino}`;

/**
 * Marks a folder as read; when it was read before, the reason this path of it is not walked:
 * a link back into a folder that contains it (a cycle), or a second way to a folder read already.
 */
export function firstVisitOfFolder(seen: SeenInputs, path: string, info: Stats): string | null {
  const id = identityOf(info);
  const first = seen.folders.get(id);
  if (first === undefined) {
    seen.folders.set(id, path);
    return null;
  }
  if (path.startsWith(`${first}${sep}`)) {
    return `leads back to ${first}, a folder it is inside: not followed (a folder cycle)`;
  }
  return `the same folder as ${first}, read once`;
}

/** Marks a file as read; when it was read before, the reason it is not read again. */
export function firstVisitOfFile(seen: SeenInputs, path: string, info: Stats): string | null {
  const id = identityOf(info);
  const first = seen.files.get(id);
  if (first === undefined) {
    seen.files.set(id, path);
    return null;
  }
  return `the same file as ${first}, read once`;
}

/** What the first read of a file of unknown size (0 from `stat`) asks for. */
const FIRST_READ_UNKNOWN_SIZE = 64 * 1024;

/**
 * A regular file's bytes, never more than `maxBytes`: the size `stat` gives is checked first,
 * and the read stops one byte past the cap, since some files (in /proc, say) report a size of 0.
 * It is opened without blocking and checked again once open, so a path swapped for a FIFO after
 * it was looked at cannot stall the run.
 */
export function readCapped(
  path: string,
  maxBytes: number,
): { readonly bytes: Buffer } | { readonly reason: string } {
  const limit = `the ${mb(maxBytes)} limit for one article (see --max-mb)`;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { reason: reasonOf(e) };
  }
  try {
    const info = fstatSync(fd);
    const notFile = notAFileReason(info);
    if (notFile !== null) return { reason: notFile };
    if (info.size > maxBytes) return { reason: `file is ${mb(info.size)}, above ${limit}` };
    // One byte more than the size, so that the first read of an unchanged file meets its end.
    let buffer = Buffer.allocUnsafe(
      Math.min(maxBytes + 1, info.size > 0 ? info.size + 1 : FIRST_READ_UNKNOWN_SIZE),
    );
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) return { reason: `file is larger than ${limit}` };
        const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, total);
        buffer = larger;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
    }
    return { bytes: buffer.subarray(0, total) };
  } catch (e) {
    return { reason: reasonOf(e) };
  } finally {
    closeSync(fd);
  }
}
