/**
 * One file, measured in a process of its own (the benchmark spawns this entry per file): what
 * `valider` does with it — open, snapshot, validate — and its time and peak memory, as one JSON line.
 * A process per file, so that the peak resident memory (`maxRSS`) is this file's and nothing else's.
 */
import { readFileSync } from "node:fs";
import { Workbook } from "exceljs";
import { fixedClock, readRegister, validateWorkbook } from "../register";
import { loadXlsx, snapshotOf, XlsxReadError } from "../workbook/xlsx";

export interface FileMeasure {
  /** Wall time from the bytes in memory to the report (or the refusal). */
  ms: number;
  /** Peak resident memory of the whole process, in MB. */
  peakMb: number;
  /** `fiches : N` for a register read, or the refusal's reason (`too-large`, `hostile`, `corrupt`…). */
  outcome: string;
}

const CLOCK = fixedClock("2026-11-24T10:00:00+01:00", "Europe/Paris");

/** `--exceljs`: a bare ExcelJS load of the same file instead, the yardstick `valider` is measured against. */
async function measure(file: string, exceljs: boolean): Promise<FileMeasure> {
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  let outcome: string;
  if (exceljs) {
    const wb = new Workbook();
    await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    outcome = `feuilles : ${wb.worksheets.length}`;
  } else
    try {
      const snapshot = snapshotOf(await loadXlsx(bytes));
      readRegister(snapshot);
      outcome = `fiches : ${validateWorkbook(snapshot, { clock: CLOCK }).summary.fiches}`;
    } catch (e) {
      if (!(e instanceof XlsxReadError)) throw e;
      outcome = e.reason;
    }
  const ms = performance.now() - t0;
  return { ms: Math.round(ms), peakMb: Math.round(process.resourceUsage().maxRSS / 1024), outcome };
}

if (require.main === module) {
  measure(process.argv[2], process.argv.includes("--exceljs"))
    .then((m) => process.stdout.write(`${JSON.stringify(m)}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    });
}
