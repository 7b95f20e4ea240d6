/** The self-audit as the report gives it: the last run's day, score and level, or null before any run. */
import type { AuditBook } from "./model";
import type { AuditLevelId } from "./levels";
import { fromSerial } from "../dates";

export interface AuditSummary {
  /** The last run's day, ISO (YYYY-MM-DD). */
  date: string;
  score: number;
  level: AuditLevelId;
}

/** The last run that has a readable date (a run without one cannot say how current the audit is). */
export function auditSummary(book: AuditBook | undefined): AuditSummary | null {
  const dated = (book?.runs ?? []).filter((r) => r.date !== null);
  const last = dated[dated.length - 1];
  if (!last || last.date === null) return null;
  return { date: fromSerial(Math.floor(last.date)).toISOString().slice(0, 10), score: Math.round(last.score), level: last.level };
}
