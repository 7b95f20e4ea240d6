/**
 * Reads many workbooks into their report lines, in the order given: on worker threads, one per core,
 * when the built worker (dist/node/cli/consolidate/worker.js) sits next to this module; in this thread
 * otherwise (under ts-jest, where only the TypeScript sources exist) or when `workers: 0` asks for it.
 * Both ways read every workbook at the same instant and give the same lines.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { Clock } from "../../register";
import type { ValidateLineJson } from "../../register/report/schema";
import type { ConsolidationProgress } from "./entries";
import { answerFor, lineOf } from "./readOne";
import { readOnWorkers } from "./workerPool";
import { clockOfWire, wireClock, type WireClock } from "./workerProtocol";

export interface ReadWorkbooksOptions {
  clock: Clock;
  /** Worker threads: "auto" (the default: one per core, when the built worker exists), or 0 to read in this thread. */
  workers?: number | "auto";
  /** Called after each workbook is read (in the order they finish). */
  onProgress?: (progress: ConsolidationProgress) => void;
}

/**
 * More workers than this would hold more workbooks in memory at once for little gain: each thread
 * loads its own copy of the engine and of ExcelJS, and the disk is shared.
 */
export const MAX_WORKERS = 8;

/** The built worker next to this module, if there is one (there is none next to the TypeScript sources). */
export function builtWorkerScript(): string | undefined {
  const script = join(__dirname, "worker.js");
  return existsSync(script) ? script : undefined;
}

/** How many worker threads read `fileCount` files; 0 means in this thread. */
export function workerCount(workers: number | "auto", fileCount: number): number {
  if (workers === "auto") {
    const cores = availableParallelism();
    // One core, or one file: a thread would only add its start-up to the same work.
    if (cores < 2 || fileCount < 2) return 0;
    return Math.min(cores, MAX_WORKERS, fileCount);
  }
  return Math.max(0, Math.min(Math.floor(workers), MAX_WORKERS, fileCount));
}

export async function readWorkbooks(files: string[], options: ReadWorkbooksOptions): Promise<ValidateLineJson[]> {
  const clock = wireClock(options.clock);
  const count = workerCount(options.workers ?? "auto", files.length);
  const script = builtWorkerScript();
  if (count > 0 && script) return readOnWorkers(files, { script, workers: count, clock, onProgress: options.onProgress });
  return readInThisThread(files, clock, options.onProgress);
}

async function readInThisThread(files: readonly string[], wire: WireClock, onProgress: ReadWorkbooksOptions["onProgress"]): Promise<ValidateLineJson[]> {
  const clock = clockOfWire(wire);
  const lines: ValidateLineJson[] = [];
  for (const [index, file] of files.entries()) {
    lines.push(lineOf(await answerFor(index, file, clock), file));
    onProgress?.({ done: lines.length, total: files.length, current: file });
  }
  return lines;
}
