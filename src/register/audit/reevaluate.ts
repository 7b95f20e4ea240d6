/**
 * When the self-audit is to be redone: six months after a run, as the seed's CPTS does (« réévaluation
 * après 6 mois »). Same day six months later; the last day of that month when it has no such day
 * (31/08 → 28 or 29/02). Pure; the rule and the path both read it.
 */
import type { AuditRun } from "./model";
import { fromSerial, serialOfDay } from "../dates";

export const REEVALUATE_AFTER_MONTHS = 6;

/** The day (serial) `months` months after `serial`, clamped to the month's last day. */
export function addMonthsClamped(serial: number, months: number): number {
  const d = fromSerial(Math.floor(serial));
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return serialOfDay(year, month, Math.min(d.getUTCDate(), lastDay)) as number;
}

/** The day by which the run is to be redone (serial), null for a run without a readable date. */
export function reevaluateBy(run: Pick<AuditRun, "date">): number | null {
  return run.date === null ? null : addMonthsClamped(run.date, REEVALUATE_AFTER_MONTHS);
}
