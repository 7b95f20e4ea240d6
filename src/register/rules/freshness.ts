/**
 * Is the register kept up to date? A fiche not updated for 12 months, dates that cannot be read, an
 * update before the creation, a date in the future.
 */
import type { DateField } from "../model";
import { fr } from "../messages/fr";
import { formatSerial, report, serialMonthsBefore, type RuleContext } from "./context";

const STALE_MONTHS = 12;

export function checkFreshness(ctx: RuleContext): void {
  const staleBefore = serialMonthsBefore(ctx.today, STALE_MONTHS);
  for (const fiche of ctx.fiches) {
    const { created, updated, sheet } = fiche;
    const unreadable = (d: DateField): boolean => d.serial === null && d.text.trim() !== "";
    for (const d of [created, updated]) {
      if (unreadable(d)) report(ctx, "freshness.date-unreadable", "warning", sheet, d.cell, fr.dateUnreadable(d.cell, d.text.trim()));
      else if (d.serial !== null && d.serial > ctx.todaySerial + 1) report(ctx, "freshness.date-future", "warning", sheet, d.cell, fr.dateFuture(d.cell, formatSerial(d.serial)));
    }
    if (created.serial === null && updated.serial === null) {
      if (!unreadable(created) && !unreadable(updated)) report(ctx, "freshness.date-missing", "info", sheet, created.cell, fr.dateMissing(created.cell));
      continue;
    }
    if (created.serial !== null && updated.serial !== null && updated.serial < created.serial) {
      report(ctx, "freshness.date-order", "warning", sheet, updated.cell, fr.dateOrder(updated.cell));
    }
    const last = Math.max(created.serial ?? -Infinity, updated.serial ?? -Infinity);
    if (last < staleBefore) report(ctx, "freshness.stale", "warning", sheet, updated.cell, fr.stale(updated.cell, formatSerial(last)));
  }
}
