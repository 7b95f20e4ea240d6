/**
 * Is the register kept up to date? A fiche not updated for 12 months, dates that cannot be read, an
 * update before the creation (in the fiche and on its tab-2 line), a date in the future, an update
 * before the GDPR applied (25/05/2018: such a fiche was never reviewed under it).
 */
import type { DateField } from "../model";
import { serialOfDay } from "../dates";
import { fold, formatSerial, serialMonthsBefore, type RuleContext } from "./context";
import { report } from "./report";

const STALE_MONTHS = 12;
/** The day the GDPR applies (art. 99.2). */
const GDPR_APPLIES = serialOfDay(2018, 5, 25) as number;

export function checkFreshness(ctx: RuleContext): void {
  const staleBefore = serialMonthsBefore(ctx.today, STALE_MONTHS);
  for (const fiche of ctx.fiches) {
    const { created, updated, sheet } = fiche;
    const unreadable = (d: DateField): boolean => d.serial === null && d.text.trim() !== "";
    for (const d of [created, updated]) {
      if (unreadable(d)) report(ctx, "freshness.date-unreadable", sheet, d.cell, { text: d.text.trim() });
      else if (d.serial !== null && d.serial > ctx.todaySerial + 1) report(ctx, "freshness.date-future", sheet, d.cell, { date: formatSerial(d.serial) });
    }
    if (created.serial === null && updated.serial === null) {
      if (!unreadable(created) && !unreadable(updated)) report(ctx, "freshness.date-missing", sheet, created.cell, {});
      continue;
    }
    if (created.serial !== null && updated.serial !== null && updated.serial < created.serial) {
      report(ctx, "freshness.date-order", sheet, updated.cell, {});
    }
    if (updated.serial !== null && updated.serial < GDPR_APPLIES)
      report(ctx, "freshness.update-before-2018", sheet, updated.cell, { date: formatSerial(updated.serial) });
    const last = Math.max(created.serial ?? -Infinity, updated.serial ?? -Infinity);
    if (last < staleBefore) report(ctx, "freshness.stale", sheet, updated.cell, { date: formatSerial(last) });
  }

  // Tab 2 repeats the dates: an update before the creation there is the same mistake.
  const tab = ctx.register.listTab;
  if (!tab) return;
  for (const line of tab.lines) {
    if (line.isExample || line.created.serial === null || line.updated.serial === null) continue;
    if (line.updated.serial < line.created.serial) {
      const about = ctx.ficheByRef.get(fold(line.ref.value))?.sheet;
      report(ctx, "freshness.date-order", tab.sheet, line.updated.cell, {}, about ? { about } : undefined);
    }
  }
}
