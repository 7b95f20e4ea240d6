/**
 * The CNIL's 72 hours (GDPR art. 33.1): a personal-data breach is notified « dans les meilleurs délais et,
 * si possible, 72 heures au plus tard après en avoir pris connaissance », unless it is unlikely to result
 * in a risk for the persons. The clock runs from the moment the CPTS became aware of it (the line's
 * « Découverte le »), in real hours on the CPTS's wall clock.
 */
import type { BreachBook, BreachEntry } from "./model";
import { instantOfLocalSerial, type Clock } from "../clock";

export const NOTIFY_HOURS = 72;

/** The instant the 72 hours end, null when the discovery date is unreadable. */
export function notifyDeadline(entry: BreachEntry, timeZone: string): Date | null {
  if (entry.discovered === null) return null;
  return new Date(instantOfLocalSerial(entry.discovered, timeZone).getTime() + NOTIFY_HOURS * 3_600_000);
}

/** No decision on notifying the CNIL yet (neither notified nor judged without risk). */
export function isOpen(entry: BreachEntry): boolean {
  return entry.cnil.kind === "undecided";
}

/** Open, and its 72 hours have passed (a line whose discovery date is unreadable is not counted overdue: a finding says so). */
export function isOverdue(entry: BreachEntry, clock: Clock): boolean {
  const deadline = notifyDeadline(entry, clock.timeZone);
  return isOpen(entry) && deadline !== null && clock.now().getTime() > deadline.getTime();
}

export interface IncidentSummary {
  /** Incidents without a decision on notifying the CNIL. */
  open: number;
  /** Of those, the ones whose 72 hours have passed. */
  overdue: number;
}

export function incidentSummary(book: BreachBook | undefined, clock: Clock): IncidentSummary {
  const entries = book?.entries ?? [];
  return { open: entries.filter(isOpen).length, overdue: entries.filter((e) => isOverdue(e, clock)).length };
}
