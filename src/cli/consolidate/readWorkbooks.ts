/**
 * Reads many workbooks into their report lines, in the order given. Today one after the other in this
 * thread; issue 14 point 3 puts them on worker threads (started from the built dist/), this function
 * keeping its signature and the in-process way as the fallback.
 */
import type { Clock } from "../../register";
import type { ValidateLineJson } from "../../register/report/schema";
import type { ConsolidationProgress } from "./entries";
import { reportOfWorkbook } from "./reportOfWorkbook";

export interface ReadWorkbooksOptions {
  clock: Clock;
  /** Worker threads: "auto" (the default: one per core, when the built worker exists), or 0 to read in this thread. */
  workers?: number | "auto";
  /** Called after each workbook is read. */
  onProgress?: (progress: ConsolidationProgress) => void;
}

export async function readWorkbooks(files: string[], options: ReadWorkbooksOptions): Promise<ValidateLineJson[]> {
  const lines: ValidateLineJson[] = [];
  for (const file of files) {
    lines.push(await reportOfWorkbook(file, options.clock));
    options.onProgress?.({ done: lines.length, total: files.length, current: file });
  }
  return lines;
}
