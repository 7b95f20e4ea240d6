/** Reading inputs, in process: the limit is applied to what is read, not only to what the file says. */
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { INPUT_FILE_LIMIT, isExcelLockFile, readInput } from "../../src/cli/io";
import { humanSize, unreadable } from "../../src/cli/strings";
import { tempDir } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

test("a file of exactly the limit is read whole; one byte more is refused, with its size and the limit", () => {
  const file = join(dir, "limite.xlsx");
  writeFileSync(file, new Uint8Array(1000).fill(7));
  const read = readInput(file, 1000);
  expect(read.ok && read.data.byteLength).toBe(1000);
  expect(readInput(file, 999)).toEqual({ ok: false, message: unreadable.tooLarge(999, 1000) });
});

test("a file that says it is empty but is not (/proc) is cut at limit + 1 bytes and refused", () => {
  if (!existsSync("/proc/self/status")) return; // not Linux: nothing of the kind to read
  expect(readInput("/proc/self/status", 64)).toEqual({ ok: false, message: unreadable.tooLarge(64) });
  expect(unreadable.tooLarge(64)).toContain("plus de 64 octets");
});

test("a FIFO with no writer is refused, not waited for", () => {
  const fifo = join(dir, "tube.xlsx");
  execFileSync("mkfifo", [fifo]);
  expect(readInput(fifo)).toEqual({ ok: false, message: unreadable.special("fifo") });
});

test("Excel's lock files are known by their name, wherever they are", () => {
  expect(isExcelLockFile("~$Registre.xlsx")).toBe(true);
  expect(isExcelLockFile(join("dossier", "~$Registre CPTS.xlsx"))).toBe(true);
  expect(isExcelLockFile("Registre~$.xlsx")).toBe(false);
  expect(readInput(join(dir, "~$Registre.xlsx"))).toEqual({ ok: false, message: unreadable.lockFile(join(dir, "Registre.xlsx")) });
});

test("sizes read as a person says them, and the limit is 100 Mo", () => {
  expect(humanSize(INPUT_FILE_LIMIT)).toBe("100 Mo");
  expect(humanSize(1536)).toBe("1,5 Ko");
  expect(humanSize(1)).toBe("1 octet");
  expect(humanSize(3 * 1024 ** 3)).toBe("3 Go");
});
