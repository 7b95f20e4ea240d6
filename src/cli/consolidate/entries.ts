/**
 * What consolidation reads, one entry per register: the report of a workbook checked now, or a line of
 * a saved `valider --json` report, or why an input could not be used. Shared by the reading (worker
 * threads or in-process, ./readReports.ts) and the synthesis and outputs (`consolider`).
 */
import type { RegisterReportJson } from "../../register/report/schema";

export type ConsolidationEntry =
  /** `input`: the file given (or found in the folder) this report comes from; `line`: its line in a saved JSON report. */
  | { kind: "report"; input: string; line?: number; report: RegisterReportJson }
  /** `error`: a French sentence naming what is wrong (for a saved report: the line and the field). */
  | { kind: "unreadable"; input: string; line?: number; error: string };

/** How far a run has got, for the progress bar (`done` of `total` workbooks, `current` the last one finished). */
export interface ConsolidationProgress {
  done: number;
  total: number;
  current: string;
}
