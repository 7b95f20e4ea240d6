/**
 * What every section of the « Sécurité » and « Droits » tabs receives from the pane (the same things PathPanel gets in
 * App.tsx): the register and its verdict as last read, the workbook as last read (to plan a change),
 * the clock of the day written beside a change, a way to show a cell, and the one way to change the
 * workbook (the pane's apply: undoable through « Annuler », then the workbook is read again).
 */
import type { Clock, Register, Report, WorkbookSnapshot, WritePlan } from "../../../register";

export interface SectionProps {
  register: Register;
  report: Report;
  snapshot: WorkbookSnapshot | null;
  clock: Clock;
  onNavigate: (sheet: string, cell: string) => void;
  /** Carries out a plan (and reads the workbook again); resolves when done. */
  onApplyPlan: (plan: WritePlan) => Promise<unknown>;
}
