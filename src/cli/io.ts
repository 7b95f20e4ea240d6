/** Reading the command line's inputs: only regular files, never more than the file layer's limit. */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { LIMITS } from "../workbook/package/limits";
import { fsProblem } from "./fsProblem";
import { unreadable, type SpecialFile } from "./strings";

/** The file layer's limit on a file as given: a larger input is refused before it is read. */
export const INPUT_FILE_LIMIT = LIMITS.fileBytes;

export type ReadResult = { ok: true; data: Uint8Array } | { ok: false; message: string };

/** Excel's owner file (« ~$Registre.xlsx »), written next to a workbook while Excel has it open. */
export function isExcelLockFile(file: string): boolean {
  return basename(file).startsWith("~$");
}

function specialKind(s: Stats): SpecialFile {
  if (s.isFIFO()) return "fifo";
  if (s.isCharacterDevice()) return "character-device";
  if (s.isBlockDevice()) return "block-device";
  if (s.isSocket()) return "socket";
  return "other";
}

/**
 * Reads a whole input file; never opens it for writing. Refused before any read: Excel's lock files,
 * folders, anything not a regular file (a FIFO or /dev/zero would never end), and files larger than
 * `limit`. The file is opened non-blocking and checked again on the opened descriptor, so that a FIFO
 * put in its place meanwhile cannot hang the run; then at most `limit + 1` bytes are read, since a
 * file can grow, or say it has no size (/proc), while it is read.
 */
export function readInput(file: string, limit: number = INPUT_FILE_LIMIT): ReadResult {
  if (isExcelLockFile(file)) return { ok: false, message: unreadable.lockFile(join(dirname(file), basename(file).slice(2))) };
  let fd: number | undefined;
  try {
    const before = statSync(file);
    const refused = refusal(before, limit);
    if (refused) return refused;
    // O_NONBLOCK does not exist on Windows, where FIFOs are not files anyway.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const opened = fstatSync(fd);
    const refusedNow = refusal(opened, limit);
    if (refusedNow) return refusedNow;
    const data = readAtMost(fd, limit + 1, opened.size);
    if (data.byteLength > limit) return { ok: false, message: unreadable.tooLarge(limit) };
    return { ok: true, data };
  } catch (e) {
    const { problem, code } = fsProblem(e);
    return { ok: false, message: unreadable.problem(problem, code) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refusal(s: Stats, limit: number): { ok: false; message: string } | undefined {
  if (s.isDirectory()) return { ok: false, message: unreadable.isDirectory };
  if (!s.isFile()) return { ok: false, message: unreadable.special(specialKind(s)) };
  if (s.size > limit) return { ok: false, message: unreadable.tooLarge(limit, s.size) };
  return undefined;
}

/** Reads until the end of the file or `max` bytes, whichever comes first. */
function readAtMost(fd: number, max: number, expected: number): Uint8Array {
  let buffer = new Uint8Array(Math.max(1, Math.min(max, expected + 1)));
  let length = 0;
  for (;;) {
    if (length === buffer.byteLength) {
      if (length >= max) break;
      const grown = new Uint8Array(Math.min(max, buffer.byteLength * 2));
      grown.set(buffer);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.byteLength - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

/** True when both names lead to the same file (or would, for an output that does not exist yet). */
export function sameFile(a: string, b: string): boolean {
  const real = (f: string) => {
    try {
      return realpathSync(f);
    } catch {
      return resolve(f);
    }
  };
  return real(a) === real(b) || resolve(a) === resolve(b);
}
