/**
 * What the synthesis of many registers is made of: the entries it reads (the same shape as the command
 * line's ConsolidationEntry, src/cli/consolidate/entries.ts, declared here so that the engine depends on
 * no face) and the synthesis it gives, plain data that the workbook plan and the HTML page both render.
 */
import type { AuditLevelId } from "../audit/levels";
import type { AipdStatus, Severity } from "../findings";
import type { RegisterReportJson } from "../report/schema";

/** One register to gather: its report (a workbook checked now, or a line of a saved report), or why it could not be used. */
export type SynthesisEntry =
  { kind: "report"; input: string; line?: number; report: RegisterReportJson } | { kind: "unreadable"; input: string; line?: number; error: string };

/** One line of « Synthèse » for a register that was read. Dates are ISO days (AAAA-MM-JJ). */
export interface RegisterRow {
  kind: "report";
  /** The CPTS's name, as the report gives it. */
  organisation: string;
  /** The workbook the report was made from (its `file`). */
  file: string;
  verdict: "ready" | "not-ready";
  errors: number;
  warnings: number;
  infos: number;
  fiches: number;
  /** The mean of the fiches' completeness, rounded to the unit; null without a fiche. */
  meanCompleteness: number | null;
  /** Fiches whose AIPD screening says « requise ». */
  aipdRequired: number;
  oldestUpdate: string | null;
  audit: { date: string; score: number; level: AuditLevelId; reevaluateBy: string } | null;
  incidents: { open: number; overdue: number };
  requests: { open: number; overdue: number };
}

/** A line of « Synthèse » for an input that gave no report. */
export interface UnreadableRow {
  kind: "unreadable";
  /** The file given or found (a workbook, or a saved report). */
  file: string;
  /** For a saved report: the line of the file. */
  line?: number;
  error: string;
}

export type SynthesisRow = RegisterRow | UnreadableRow;

/** A rule as it shows across registers. */
export interface FrequentFinding {
  rule: string;
  /** The catalogue's plain title of the rule; for a rule this version does not know, its first message. */
  title: string;
  /** The gravest severity seen for it. */
  severity: Severity;
  /** How many registers have it at least once. */
  registers: number;
  /** How many fiches (of all registers) it points into. */
  fiches: number;
  /** How many findings in all. */
  findings: number;
}

/** One fiche of one register, for « Traitements ». */
export interface FicheLine {
  organisation: string;
  file: string;
  sheet: string;
  ref: string;
  name: string;
  completeness: number;
  aipd: AipdStatus;
  aipdDoneOn: string | null;
  health: boolean;
  /** The processors named: their précision, else their kind, each once. */
  processors: string[];
  tools: string[];
  updated: string | null;
}

export interface Synthesis {
  /** The day the synthesis was made (ISO). */
  madeOn: string;
  totals: { inputs: number; ready: number; notReady: number; unreadable: number; fiches: number };
  /** Unreadable inputs first, then not-ready registers, then by errors and warnings (most first), then by name. */
  rows: SynthesisRow[];
  /** Most frequent first: by registers, then fiches, then findings, then rule id. */
  frequent: FrequentFinding[];
  /** Every fiche, register by register (by name), in each register's order. */
  fiches: FicheLine[];
}
