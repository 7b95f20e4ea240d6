/**
 * Files measured one process each (see measureFile.ts): `valider` on the 200-fiche register against a
 * bare ExcelJS load of it, peak memory included, and every hostile or huge file the tests build — a
 * zip bomb, nesting, entities, millions of strings, a merge or a dropdown over a whole sheet — under a
 * heap capped at 300 MB, with the time, the peak memory and what the layer answered. Goals (issue 10):
 * each hostile file under 5 s and 300 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HOSTILE, HUGE_RANGES } from "../../test/fixtures/writers/hostile";
import type { FileMeasure } from "./measureFile";

export interface FileRow {
  name: string;
  what: string;
  measure: FileMeasure | { error: string };
}

const MEASURE = join(__dirname, "measureFile.js");
const HEAP_MB = 300;

function run(file: string, args: string[] = []): FileMeasure | { error: string } {
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, MEASURE, file, ...args], { encoding: "utf8", timeout: 120_000 });
  if (child.status === 0) return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as FileMeasure;
  return { error: child.signal ? `arrêté (${child.signal})` : `code ${child.status ?? "?"} : ${(child.stderr || "").trim().split("\n")[0] ?? ""}` };
}

/** The 200-fiche register (`register`) through `valider` and through a bare ExcelJS load, then each hostile and huge file. */
export function measureFiles(register: Uint8Array): FileRow[] {
  const dir = mkdtempSync(join(tmpdir(), "cpts-bench-"));
  try {
    const rows: FileRow[] = [];
    const at = (name: string, bytes: Uint8Array): string => {
      const file = join(dir, `${name}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    };
    const registerFile = at("registre-200", register);
    rows.push({ name: "registre de 200 fiches", what: "valider", measure: run(registerFile) });
    rows.push({ name: "registre de 200 fiches", what: "chargement ExcelJS seul", measure: run(registerFile, ["--exceljs"]) });
    for (const [name, c] of Object.entries(HOSTILE)) rows.push({ name, what: c.what, measure: run(at(name, c.make(register))) });
    for (const [name, c] of Object.entries(HUGE_RANGES)) rows.push({ name, what: c.what, measure: run(at(name, c.make(register))) });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function filesTable(rows: FileRow[]): string {
  const lines = [`Fichiers, un processus chacun, tas limité à ${HEAP_MB} Mo (objectif des fichiers hostiles : moins de 5 s et de 300 Mo)`, ""];
  for (const r of rows) {
    const m = r.measure;
    const figures = "error" in m ? m.error : `${String(m.ms).padStart(6)} ms  ${String(m.peakMb).padStart(4)} Mo  ${m.outcome}`;
    lines.push(`${r.name.padEnd(24)} ${figures}   (${r.what})`);
  }
  return lines.join("\n");
}
