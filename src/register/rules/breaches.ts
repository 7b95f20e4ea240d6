/**
 * The breach register « Registre des violations » (../breaches/): the CNIL's 72 hours, counted in real
 * hours on the CPTS's wall clock from the discovery, at each line's « CNIL » cell (a conseil showing the
 * deadline while they run, a warning once they have passed without a decision); a high risk without the
 * persons informed; a risk judged but not notified; dates the engine cannot read.
 */
import type { BreachEntry } from "../breaches/model";
import { notifyDeadline } from "../breaches/deadline";
import { formatLocalDateTime, type Clock } from "../clock";
import { formatFrenchDateTime } from "../dates";
import { type RuleContext } from "./context";
import { report } from "./report";

/** « 08/12/2026 à 14:30 », an instant read on the clock's wall clock. */
export function formatInstant(at: Date, timeZone: string): string {
  const clock: Clock = { now: () => at, timeZone };
  return formatLocalDateTime(clock);
}

/** Whole hours left before `deadline` (0 in its last hour). */
export function hoursLeft(deadline: Date, clock: Clock): number {
  return Math.max(0, Math.floor((deadline.getTime() - clock.now().getTime()) / 3_600_000));
}

function checkDeadline(ctx: RuleContext, e: BreachEntry): void {
  if (e.cnil.kind !== "undecided" || e.discovered === null) return;
  const deadline = notifyDeadline(e, ctx.clock.timeZone);
  if (deadline === null) return;
  const slots = {
    discovered: formatFrenchDateTime(e.discovered),
    deadline: formatInstant(deadline, ctx.clock.timeZone),
    midnight: e.discoveredHasTime === false ? e.discoveredCell : null,
  };
  if (ctx.clock.now().getTime() > deadline.getTime()) report(ctx, "breaches.cnil-overdue", e.sheet, e.cnilCell, slots);
  else report(ctx, "breaches.cnil-pending", e.sheet, e.cnilCell, { ...slots, hoursLeft: hoursLeft(deadline, ctx.clock) });
}

export function checkBreaches(ctx: RuleContext): void {
  const book = ctx.register.breaches;
  if (!book) return;
  for (const p of book.problems) {
    if (p.problem === "missing-discovery") report(ctx, "breaches.discovery-missing", p.sheet, p.cell, {});
    else report(ctx, "breaches.date-unreadable", p.sheet, p.cell, { text: p.text });
  }
  for (const e of book.entries) {
    checkDeadline(ctx, e);
    if (e.cnil.kind === "not-required" && (e.risk === "risk" || e.risk === "high")) {
      report(ctx, "breaches.risk-not-notified", e.sheet, e.cnilCell, { risk: e.risk === "high" ? "un risque élevé" : "un risque" });
    }
    if (e.risk === "high" && e.persons.kind === "undecided") report(ctx, "breaches.persons-not-informed", e.sheet, e.personsCell, {});
  }
}
