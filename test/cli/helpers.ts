/** Runs the BUILT command line as a user would, and compares workbooks cell by cell. */
import { spawnSync, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CellValue, ListValidation, WorkbookSnapshot } from "../../src/register";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";

export const ROOT = resolve(__dirname, "../..");
export const CLI = join(ROOT, "dist/node/cli/cli.js");
/** The real CNIL workbook, vendored in the repository. */
export { CNIL_XLSX_PATH as CNIL_XLSX } from "../fixtures/cnilWorkbook";

/** `npm test` builds first; a lone `npx jest test/cli` builds the CLI when it was never built. */
export function ensureBuilt(): void {
  if (!existsSync(CLI)) execFileSync("npx", ["--no-install", "tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
}

export interface RunResult {
  code: number | null;
  out: string;
  err: string;
}

export function runCli(args: string[], cwd: string): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "cpts-cli-"));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export async function snapshotOfFile(file: string): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadXlsx(new Uint8Array(readFileSync(file))));
}

const at = (values: CellValue[][], r: number, c: number): CellValue => values[r]?.[c] ?? "";

/** Every cell that differs between two versions of a sheet, as `B4: "a" → "b"`. */
export function changedCells(before: CellValue[][], after: CellValue[][]): { address: string; row: number; before: CellValue; after: CellValue }[] {
  const rows = Math.max(before.length, after.length);
  const out: { address: string; row: number; before: CellValue; after: CellValue }[] = [];
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(before[r]?.length ?? 0, after[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const a = at(before, r, c);
      const b = at(after, r, c);
      if (a !== b) out.push({ address: `${colLetter(c)}${r + 1}`, row: r + 1, before: a, after: b });
    }
  }
  return out;
}

function colLetter(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** One string per dropdown cell: `sheet!B44 ← '5_-_Listes'!$F$2:$F$10` (ranges expanded cell by cell). */
export function dropdownCells(validations: readonly ListValidation[], sheet?: string): string[] {
  const out: string[] = [];
  for (const v of validations) {
    if (sheet !== undefined && v.sheet !== sheet) continue;
    for (const part of v.range.split(/\s+/)) {
      const [a, b] = part.split(":");
      const m1 = /^([A-Z]+)(\d+)$/.exec(a);
      const m2 = /^([A-Z]+)(\d+)$/.exec(b ?? a);
      if (!m1 || !m2) {
        out.push(`${v.sheet}!${part} ← ${v.source}`);
        continue;
      }
      for (let c = colIndex(m1[1]); c <= colIndex(m2[1]); c++) {
        for (let r = Number(m1[2]); r <= Number(m2[2]); r++) out.push(`${sheet === undefined ? `${v.sheet}!` : ""}${colLetter(c)}${r} ← ${v.source}`);
      }
    }
  }
  return out.sort();
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
