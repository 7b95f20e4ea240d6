/**
 * Consolidation's reading (issue 14 point 3): 100 generated registers of 10 to 30 fiches in a temporary
 * folder, read by `consolider`'s way (worker threads, one per core) and by `valider`'s (one after the
 * other in one process), each run in a process of its own (consolidationRun.ts) for its time and peak
 * memory. Goal (read from the figures, not asserted): workers at most 0.7 × the sequential time on 2
 * cores. The worker threads are the built command line's (dist/node): `npm run bench` builds it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Clock } from "../register";
import type { ConsolidationRunMeasure } from "./consolidationRun";
import { registerBytes } from "./registers";

export interface ConsolidationMeasure {
  files: number;
  fichesMin: number;
  fichesMax: number;
  cores: number;
  workers: number;
  /** Fastest of the runs, reading only (worker start-up included). */
  workersMs: number;
  sequentialMs: number;
  /** CPU time of those same runs, every thread counted. */
  workersCpuMs: number;
  sequentialCpuMs: number;
  /** workersMs / sequentialMs (goal ≤ 0.7 on 2 cores). */
  ratio: number;
  workersPeakMb: number;
  sequentialPeakMb: number;
  /**
   * The machine's load average over the last minute at the end: above the number of cores, other work
   * shares them, and Linux with automatic grouping (sched_autogroup, on by default) shares the CPU
   * between sessions before threads: the workers then get no more CPU than one thread, and cannot show
   * their gain.
   */
  loadAverage: number;
}

const FILES = 100;
const FICHES_MIN = 10;
const FICHES_MAX = 30;
/** Each way is run this many times, alternating, and its fastest kept: a shared machine only ever makes a run slower. */
const RUNS = 2;

const RUNNER = join(__dirname, "consolidationRun.js");
/** The built command line: dist/bench/src/bench → dist/node/cli. */
const BUILT_CLI = resolve(__dirname, "../../../node/cli");

export const missingBuiltCli = `Le banc d'essai de la consolidation lit avec la ligne de commande construite (${join("dist", "node", "cli")}), introuvable ici : lancez d'abord « npm run build:cli » (npm run bench le fait lui-même).`;

/** The number of fiches of the i-th register (0-based): every size from 10 to 30, in turn. */
export function fichesOf(i: number): number {
  return FICHES_MIN + ((i * 7) % (FICHES_MAX - FICHES_MIN + 1));
}

function runOnce(mode: "workers" | "sequential", folder: string): ConsolidationRunMeasure {
  const child = spawnSync(process.execPath, [RUNNER, mode, BUILT_CLI, folder], { encoding: "utf8", timeout: 600_000 });
  if (child.status !== 0) throw new Error(`consolidation (${mode}) : ${child.signal ?? `code ${child.status ?? "?"}`} ${child.stderr}`);
  const measure = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as ConsolidationRunMeasure;
  if (measure.reports !== FILES) throw new Error(`consolidation (${mode}) : ${measure.reports} rapports pour ${FILES} registres`);
  return measure;
}

export async function measureConsolidation(clock: Clock): Promise<ConsolidationMeasure> {
  if (!existsSync(join(BUILT_CLI, "consolidate", "worker.js"))) throw new Error(missingBuiltCli);
  const folder = mkdtempSync(join(tmpdir(), "cpts-bench-consolidation-"));
  try {
    const bySize = new Map<number, Uint8Array>();
    for (let i = 0; i < FILES; i++) {
      const fiches = fichesOf(i);
      let bytes = bySize.get(fiches);
      if (!bytes) {
        bytes = await registerBytes(fiches, clock);
        bySize.set(fiches, bytes);
      }
      writeFileSync(join(folder, `registre-${String(i + 1).padStart(3, "0")}-${fiches}-fiches.xlsx`), bytes);
    }
    const workers: ConsolidationRunMeasure[] = [];
    const sequential: ConsolidationRunMeasure[] = [];
    for (let r = 0; r < RUNS; r++) {
      workers.push(runOnce("workers", folder));
      sequential.push(runOnce("sequential", folder));
    }
    const fastest = (runs: ConsolidationRunMeasure[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const w = fastest(workers);
    const s = fastest(sequential);
    return {
      files: FILES,
      fichesMin: FICHES_MIN,
      fichesMax: FICHES_MAX,
      cores: availableParallelism(),
      workers: w.workers,
      workersMs: w.ms,
      sequentialMs: s.ms,
      workersCpuMs: w.cpuMs,
      sequentialCpuMs: s.cpuMs,
      ratio: Math.round((w.ms / s.ms) * 100) / 100,
      workersPeakMb: Math.max(...workers.map((m) => m.peakMb)),
      sequentialPeakMb: Math.max(...sequential.map((m) => m.peakMb)),
      loadAverage: Math.round(loadavg()[0] * 10) / 10,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function consolidationTable(m: ConsolidationMeasure): string {
  return [
    `Consolidation : ${m.files} registres de ${m.fichesMin} à ${m.fichesMax} fiches, un processus par lecture (la plus rapide de ${RUNS})`,
    `  fils de travail (${m.workers} pour ${m.cores} cœurs) : ${m.workersMs} ms (calcul ${m.workersCpuMs} ms), mémoire maximale ${m.workersPeakMb} Mo`,
    `  un par un dans un processus     : ${m.sequentialMs} ms (calcul ${m.sequentialCpuMs} ms), mémoire maximale ${m.sequentialPeakMb} Mo`,
    `  rapport ${m.ratio} (objectif : 0,7 au plus sur 2 cœurs ; charge moyenne de la machine pendant la mesure : ${m.loadAverage})`,
  ].join("\n");
}
