/**
 * What the engine reads of the add-in's sheet « Auto-diagnostic cyber » (step 4 of the CNIL path): the
 * runs of the self-audit kept in the workbook, oldest first. Reading it is ./sheet.ts; what a run
 * scores is ./score.ts; the questions are ./themes/. Types only.
 */
import type { AuditLevelId } from "./levels";

/** One run of the self-audit, as kept in the sheet (never overwritten by the next run). */
export interface AuditRun {
  /** The sheet it was read from. */
  sheet: string;
  /** The cell that holds the run's date (where « réévaluer avant le … » points). */
  dateCell: string;
  /** The run's day as an Excel serial (whole days), null when the cell is empty or unreadable. */
  date: number | null;
  /** The name typed by who answered (once per run). */
  who: string;
  /** Question id → the id of the choice answered; a question left unanswered is absent. */
  answers: Record<string, string>;
  /** Question id → the cell that holds its answer in this run (for findings about an answer). */
  answerCells: Record<string, string>;
  /** The overall score (0–100) as recomputed from the answers by the engine (not read from the sheet). */
  score: number;
  level: AuditLevelId;
  /**
   * The run's table « Comparaison » (Thème | Évaluation précédente | Cette évaluation), header row
   * included, as an A1 rectangle of `sheet` (`"A31:C39"`): where an Excel chart is anchored. Absent
   * when the user deleted it.
   */
  comparisonRange?: string;
}

/** A cell of the sheet the engine could not use (an answer that is not one of the question's choices, an unreadable date…). */
export interface AuditProblem {
  sheet: string;
  cell: string;
  /** What is wrong, in plain French (the finding's message completes it). */
  problem: string;
}

export interface AuditBook {
  /** Oldest first; the last one is the current state of the CPTS. */
  runs: AuditRun[];
  problems: AuditProblem[];
}
