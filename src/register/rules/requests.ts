/**
 * The rights-requests register « Demandes d'exercice des droits » (../requests/): at each line's
 * « Répondu le » cell, a warning once the deadline (one month, three when extended in time) has passed
 * without an answer, and a conseil in its last days; an extension announced too late; dates the engine
 * cannot read, or a line without its receipt date.
 */
import type { RequestEntry } from "../requests/model";
import { isOpenRequest, requestDeadline } from "../requests/deadline";
import { todaySerial } from "../clock";
import { formatFrenchDate } from "../dates";
import { type RuleContext } from "./context";
import { report } from "./report";

/** A conseil shows the deadline this many days before it (a week: time to write the answer). */
export const DUE_SOON_DAYS = 7;

function checkLine(ctx: RuleContext, e: RequestEntry): void {
  const deadline = requestDeadline(e);
  if (deadline === null || e.received === null) return;
  if (deadline.lateExtension) report(ctx, "requests.extension-late", e.sheet, e.extendedCell, { firstMonth: formatFrenchDate(deadline.firstMonth) });
  if (!isOpenRequest(e)) return;
  const slots = { received: formatFrenchDate(e.received), due: formatFrenchDate(deadline.due) };
  const left = deadline.due - todaySerial(ctx.clock);
  if (left < 0) report(ctx, "requests.overdue", e.sheet, e.answeredCell, slots);
  else if (left <= DUE_SOON_DAYS) report(ctx, "requests.due-soon", e.sheet, e.answeredCell, { ...slots, daysLeft: left });
}

export function checkRequests(ctx: RuleContext): void {
  const book = ctx.register.requests;
  if (!book) return;
  for (const p of book.problems) {
    if (p.problem === "missing-received") report(ctx, "requests.received-missing", p.sheet, p.cell, {});
    else report(ctx, "requests.date-unreadable", p.sheet, p.cell, { text: p.text });
  }
  for (const e of book.entries) checkLine(ctx, e);
}
