/** File access of the command line: the only place that touches the file system. */
import { closeSync, openSync, readFileSync, realpathSync, statSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { output, unreadable } from "./strings";

export type ReadResult = { ok: true; data: Uint8Array } | { ok: false; message: string };

/** Reads a whole file; never opens it for writing. */
export function readInput(file: string): ReadResult {
  try {
    if (statSync(file).isDirectory()) return { ok: false, message: unreadable.isDirectory };
    const buffer = readFileSync(file);
    return { ok: true, data: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, message: unreadable.notFound };
    return { ok: false, message: unreadable.cannotRead(code ?? String(e)) };
  }
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

export type WriteResult = { ok: true } | { ok: false; exists: boolean; message: string };

/** Writes a NEW file: fails, without touching it, when the file exists already (flag `wx`). */
export function writeNewFile(file: string, data: Uint8Array): WriteResult {
  let fd: number;
  try {
    fd = openSync(file, "wx");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return { ok: false, exists: true, message: output.exists(file) };
    return { ok: false, exists: false, message: output.cannotWrite(file, code ?? String(e)) };
  }
  try {
    let written = 0;
    while (written < data.byteLength) written += writeSync(fd, data, written, data.byteLength - written);
    return { ok: true };
  } catch (e) {
    return { ok: false, exists: false, message: output.cannotWrite(file, (e as NodeJS.ErrnoException).code ?? String(e)) };
  } finally {
    closeSync(fd);
  }
}

/** True when something already exists at that path. */
export function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
