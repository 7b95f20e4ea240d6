/**
 * Reading workbooks on worker threads. Each worker holds one workbook at a time and is given the next
 * one when it answers, so that no more workbooks are open at once than there are workers (memory stays
 * bounded whatever the number of files), and the lines are put back in input order. A worker that dies
 * (out of memory, crash) gives the file it was reading an unreadable line and is replaced: the run
 * always ends, with one line per file.
 */
import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import { unreadableJson } from "../../register";
import type { ValidateLineJson } from "../../register/report/schema";
import { consolidationReading } from "../strings";
import type { ConsolidationProgress } from "./entries";
import { lineOf } from "./readOne";
import type { WireClock, WorkerAnswer, WorkerTask } from "./workerProtocol";

export interface PoolOptions {
  /** The built worker script (dist/node/cli/consolidate/worker.js). */
  script: string;
  workers: number;
  clock: WireClock;
  onProgress?: (progress: ConsolidationProgress) => void;
  /** How long one workbook may take (WORKBOOK_TIMEOUT_MS unless a test says otherwise). */
  timeoutMs?: number;
}

/**
 * Each worker's heap may grow as far as this process's own (Node's default for the machine), no
 * further: a file that would need more stops its own worker (an unreadable line), not the whole run.
 * Not lower: V8 sizes its collections by this limit, and a 1 GB cap cost the bench 10 to 20 % more CPU.
 */
const WORKER_HEAP_MB = Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));
/**
 * A workbook still not read after this long is stopped (its worker is ended and replaced): a register
 * takes about a second, a hostile file under five (bench), so this is only ever a file the limits missed.
 */
export const WORKBOOK_TIMEOUT_MS = 120_000;

export function readOnWorkers(files: readonly string[], options: PoolOptions): Promise<ValidateLineJson[]> {
  const total = files.length;
  if (total === 0) return Promise.resolve([]);
  return new Promise((resolve) => {
    const lines: ValidateLineJson[] = new Array<ValidateLineJson>(total);
    const running = new Set<Worker>();
    let next = 0;
    let done = 0;

    const settle = (index: number, line: ValidateLineJson): void => {
      lines[index] = line;
      done++;
      options.onProgress?.({ done, total, current: files[index] });
      if (done === total) {
        for (const w of running) void w.terminate();
        resolve(lines);
      }
    };

    const start = (): void => {
      const worker = new Worker(options.script, { workerData: options.clock, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      running.add(worker);
      let reading: number | undefined;
      let failure: (Error & { code?: string }) | undefined;
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const giveNext = (): void => {
        if (next < total) {
          reading = next++;
          const task: WorkerTask = { index: reading, file: files[reading] };
          worker.postMessage(task);
          timer = setTimeout(() => {
            timedOut = true;
            void worker.terminate();
          }, options.timeoutMs ?? WORKBOOK_TIMEOUT_MS);
        } else {
          reading = undefined;
          running.delete(worker);
          void worker.terminate();
        }
      };
      worker.on("message", (answer: WorkerAnswer) => {
        clearTimeout(timer);
        reading = undefined;
        settle(answer.index, lineOf(answer, files[answer.index]));
        if (done < total) giveNext();
      });
      worker.on("error", (e: Error) => {
        failure = e;
      });
      worker.on("exit", () => {
        clearTimeout(timer);
        running.delete(worker);
        if (reading === undefined) return;
        const lost = reading;
        reading = undefined;
        const why = failure?.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : timedOut ? "time" : "other";
        settle(lost, unreadableJson(files[lost], consolidationReading.crashed(why)));
        if (next < total) start();
      });
      giveNext();
    };

    for (let k = 0; k < Math.min(options.workers, total); k++) start();
  });
}
