/**
 * One consolidation reading, measured in a process of its own (the benchmark spawns this entry, see
 * consolidation.ts), so that the peak resident memory (`maxRSS`, worker threads included) is this run's
 * and nothing else's. It runs the BUILT command line's modules (dist/node), where the worker threads are:
 * - `workers`: readWorkbooks, one worker per core, as `consolider` reads;
 * - `sequential`: the same files one after the other in this thread, as `valider` reads them.
 * Prints one JSON line (`ConsolidationRunMeasure`).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type * as ReadWorkbooksModule from "../cli/consolidate/readWorkbooks";
import type * as ReportModule from "../cli/consolidate/reportOfWorkbook";
import type { ValidateLineJson } from "../register/report/schema";
import { fixedClock } from "../register";

export interface ConsolidationRunMeasure {
  /** Wall time of the reading alone (worker start-up included), modules already loaded. */
  ms: number;
  /**
   * CPU time of the whole process during the reading (every thread), in ms: on a machine shared with
   * other work the wall time says how much of the CPU the run was given, this says how much it needed.
   */
  cpuMs: number;
  /** Peak resident memory of the whole process, in MB. */
  peakMb: number;
  /** Lines that are a report (every file, when all went well). */
  reports: number;
  /** Worker threads used (0: this thread). */
  workers: number;
}

const CLOCK = fixedClock("2026-11-24T10:00:00+01:00", "Europe/Paris");

async function run(mode: string, builtCli: string, folder: string): Promise<ConsolidationRunMeasure> {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => join(folder, f));
  // The built modules, loaded at run time from dist/node: the benchmark's own build has no worker script.
  const consolidate = join(builtCli, "consolidate");
  const { readWorkbooks, workerCount } = (await import(join(consolidate, "readWorkbooks.js"))) as typeof ReadWorkbooksModule;
  const { reportOfWorkbook } = (await import(join(consolidate, "reportOfWorkbook.js"))) as typeof ReportModule;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let lines: ValidateLineJson[];
  if (mode === "workers") {
    lines = await readWorkbooks(files, { clock: CLOCK });
  } else {
    lines = [];
    for (const file of files) lines.push(await reportOfWorkbook(file, CLOCK));
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    reports: lines.filter((l) => "verdict" in l).length,
    workers: mode === "workers" ? workerCount("auto", files.length) : 0,
  };
}

if (require.main === module) {
  const [mode, builtCli, folder] = process.argv.slice(2);
  run(mode, builtCli, folder)
    .then((m) => process.stdout.write(`${JSON.stringify(m)}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    });
}
