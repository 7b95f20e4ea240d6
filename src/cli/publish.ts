/**
 * Writing an output file the safe way: the bytes go to a hidden temporary file in the target folder,
 * flushed to the disk, then published under the requested name without ever replacing a file that
 * appeared meanwhile. Whatever fails, nothing is left behind: no temporary file, no half-written output,
 * so that trying again after freeing some space simply works.
 */
import * as nodeFs from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { fsProblem } from "./fsProblem";
import { output } from "./strings";

/** The file system calls publishing makes: node's own, or a test's that fails on purpose (a full disk). */
export type PublishFs = Pick<typeof nodeFs, "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "linkSync" | "copyFileSync" | "unlinkSync">;

export type WriteResult = { ok: true } | { ok: false; exists: boolean; message: string };

/** Where hard links are not supported (FAT, exFAT, some network shares), the exclusive copy is used. */
const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS"]);

/** `.Registre.xlsx.3f9a2c41d0b7.tmp`: hidden, unique, and named after the file it will become. */
export function temporaryName(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
}

function failure(e: unknown, file: string): WriteResult {
  const { problem, code } = fsProblem(e);
  return { ok: false, exists: problem === "exists", message: output.problem(problem, file, dirname(file), code) };
}

/** Writes a NEW file: fails, touching nothing, when something exists at that name already. */
export function publishNewFile(file: string, data: Uint8Array, fs: PublishFs = nodeFs): WriteResult {
  const temporary = temporaryName(file);
  let created = false;
  try {
    // `wx`: a temporary name that exists already (it should never) is not ours to write over.
    const fd = fs.openSync(temporary, "wx");
    created = true;
    try {
      let written = 0;
      while (written < data.byteLength) written += fs.writeSync(fd, data, written, data.byteLength - written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    publish(fs, temporary, file);
    return { ok: true };
  } catch (e) {
    return failure(e, file);
  } finally {
    if (created) removeQuietly(fs, temporary);
  }
}

/**
 * A hard link fails with EEXIST when the name is taken, and so does an exclusive copy: a file that
 * appeared since the check is never replaced. An exclusive copy that fails half-way is removed by
 * node itself (libuv unlinks a destination it created and could not fill), so it leaves no partial output.
 */
function publish(fs: PublishFs, temporary: string, file: string): void {
  try {
    fs.linkSync(temporary, file);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === undefined || !NO_HARD_LINKS.has(code)) throw e;
  }
  fs.copyFileSync(temporary, file, nodeFs.constants.COPYFILE_EXCL);
}

function removeQuietly(fs: PublishFs, file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Nothing more can be done: the original error, if any, is the one the user needs.
  }
}

/**
 * Checked before the work (reading and changing a large register takes seconds): nothing, not even a
 * dangling link, has the output's name yet, and its folder exists and may be written to. Publishing
 * still has the last word.
 */
export function outputProblem(file: string): string | undefined {
  const folder = dirname(file);
  try {
    nodeFs.lstatSync(file);
    return output.exists(file);
  } catch {
    // Free: the usual case.
  }
  try {
    if (!nodeFs.statSync(folder).isDirectory()) return output.problem("not-a-folder", file, folder, "ENOTDIR");
    nodeFs.accessSync(folder, nodeFs.constants.W_OK);
    return undefined;
  } catch (e) {
    const { problem, code } = fsProblem(e);
    return output.problem(problem, file, folder, code);
  }
}
