/**
 * The engine alone (`npm run bench:engine`): how long `readRegister` and `validateWorkbook` take on the
 * 200-fiche register once its snapshot is in memory, without the file reading. The command line's
 * `valider` must cost at most half a bare ExcelJS load, reading included (issue 10), so the engine's
 * share is measured on its own to see where it stands.
 *
 * Prints the median and the fastest of 10 timed runs after 3 warm-ups, the median CPU time, and a fingerprint (SHA-256) of
 * the report's JSON: a speed-up must leave it unchanged. `--fiches N` changes the size, `--runs N` the
 * number of timed runs.
 */
import { createHash } from "node:crypto";
import { readRegister, validateWorkbook } from "../register";
import { fixedClock } from "../register";
import { loadXlsx, snapshotOf } from "../workbook/xlsx";
import { registerBytes } from "./registers";

/** A fixed instant, so that every run checks the same registers against the same day. */
const CLOCK = fixedClock("2026-11-24T10:00:00+01:00", "Europe/Paris");

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface Timing {
  /** Wall-clock median and fastest run (ms). */
  median: number;
  min: number;
  /** Median CPU time of the process (ms): steadier than the wall clock on a busy shared machine. */
  cpu: number;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

function time(runs: number, warmUps: number, work: () => void): Timing {
  for (let i = 0; i < warmUps; i++) work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    work();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: round(median(wall)), min: round(Math.min(...wall)), cpu: round(median(cpu)) };
}

async function main(): Promise<void> {
  const fiches = option("--fiches", 200);
  const runs = option("--runs", 10);
  const snapshot = snapshotOf(await loadXlsx(await registerBytes(fiches, CLOCK)));
  const report = validateWorkbook(snapshot, { clock: CLOCK });
  const fingerprint = createHash("sha256").update(JSON.stringify(report)).digest("hex").slice(0, 16);
  const read = time(runs, 3, () => readRegister(snapshot));
  const validate = time(runs, 3, () => validateWorkbook(snapshot, { clock: CLOCK }));
  process.stdout.write(
    [
      `Moteur seul, ${fiches} fiches (${report.summary.errors} erreurs, ${report.summary.warnings} avertissements, ${report.summary.infos} infos ; empreinte ${fingerprint})`,
      `  readRegister     médiane ${read.median} ms (min ${read.min}, CPU ${read.cpu})`,
      `  validateWorkbook médiane ${validate.median} ms (min ${validate.min}, CPU ${validate.cpu})`,
    ].join("\n") + "\n",
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
