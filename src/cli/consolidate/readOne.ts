/**
 * One workbook read for a consolidation, in a worker thread or in this one: its report line, or, when
 * the reading throws (a bug of ours, not a fault of the file), an unreadable line, so that one workbook
 * never ends a run of a hundred.
 */
import { unreadableJson, type Clock } from "../../register";
import type { ValidateLineJson } from "../../register/report/schema";
import { consolidationReading } from "../strings";
import { reportOfWorkbook } from "./reportOfWorkbook";
import type { WorkerAnswer } from "./workerProtocol";

/** The reason of a throw, only for whoever debugs (CPTS_DEBUG=1): a user is told plainly, without a trace. */
function debugDetail(e: unknown): string | undefined {
  if (process.env.CPTS_DEBUG !== "1") return undefined;
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

export async function answerFor(index: number, file: string, clock: Clock): Promise<WorkerAnswer> {
  try {
    return { index, line: await reportOfWorkbook(file, clock) };
  } catch (e) {
    return { index, failed: true, detail: debugDetail(e) };
  }
}

export function lineOf(answer: WorkerAnswer, file: string): ValidateLineJson {
  return "line" in answer ? answer.line : unreadableJson(file, consolidationReading.failed(answer.detail));
}
