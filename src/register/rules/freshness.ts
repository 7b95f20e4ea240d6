/**
 * Is the register kept up to date? A fiche not updated for 12 months, dates that cannot be read, an
 * update before the creation, a date in the future.
 */
import type { DateField } from "../model";
import { formatSerial, serialMonthsBefore, type RuleContext } from "./context";
import { report } from "./report";

const STALE_MONTHS = 12;

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
    const last = Math.max(created.serial ?? -Infinity, updated.serial ?? -Infinity);
    if (last < staleBefore) report(ctx, "freshness.stale", sheet, updated.cell, { date: formatSerial(last) });
  }
}
