/** Runs the BUILT command line as a user would, and compares workbooks cell by cell. */
import { spawnSync, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cellAddress, parseRange, type CellValue, type ListValidation, type WorkbookSnapshot } from "../../src/register";
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

/** `env` is added to the test's own environment (e.g. `{ CPTS_DEBUG: "1" }`). */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });
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
      if (a !== b) out.push({ address: cellAddress(r + 1, c + 1), row: r + 1, before: a, after: b });
    }
  }
  return out;
}

/** One string per dropdown cell: `sheet!B44 ← '5_-_Listes'!$F$2:$F$10` (ranges expanded cell by cell). */
export function dropdownCells(validations: readonly ListValidation[], sheet?: string): string[] {
  const out: string[] = [];
  for (const v of validations) {
    if (sheet !== undefined && v.sheet !== sheet) continue;
    for (const part of v.range.split(/\s+/)) {
      const rect = parseRange(part);
      if (!rect) {
        out.push(`${v.sheet}!${part} ← ${v.source}`);
        continue;
      }
      for (let c = rect.left; c <= rect.right; c++) {
        for (let r = rect.top; r <= rect.bottom; r++) out.push(`${sheet === undefined ? `${v.sheet}!` : ""}${cellAddress(r, c)} ← ${v.source}`);
      }
    }
  }
  return out.sort();
}
