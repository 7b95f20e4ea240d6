/**
 * A run of the self-audit with its Excel chart: planAuditRun's block (./plans.ts), plus a clustered
 * column chart of the block's « Comparaison » table (per theme: the previous run's score and this
 * one's), so that the sheet shows the comparison the pane draws. Excel draws it (Office.js); the
 * in-memory Excel records it; a file written without Excel keeps the table only (see ChartOp in
 * ../plan.ts).
 *
 * Where it sits: right of the table, past the hidden column E that holds the sheet's tags (column F,
 * from the table's header row). Never below the block: the next run's block starts three rows under
 * the last row with a value, and a chart there would cover it.
 */
import type { ChartOp, WriteOp } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import { cellAddress, parseAddress } from "../address";
import { formatLocalDate, todaySerial, type Clock } from "../clock";
import { fromSerial } from "../dates";
import { auditChartTexts as t } from "../messages/auditChart";
import { planAuditRun, type AuditRunPlan } from "./plans";
import { AUDIT_COLS, readAudit } from "./sheet";
import type { AuditAnswers } from "./score";

/** The chart's size in points: about the width of columns A and B, and the height of the table with room for the axis. */
export const AUDIT_CHART_SIZE = { width: 480, height: 260 } as const;

/** planAuditRun's arguments and result (AuditRunPlan), its ops with the chart op before the final selection. */
export function planAuditRunWithChart(snapshot: WorkbookSnapshot, answers: AuditAnswers, who: string, clock: Clock): AuditRunPlan {
  const plan = planAuditRun(snapshot, answers, who, clock);
  const table = parseAddress(plan.comparisonRange);
  if (!table) return plan;
  const today = todaySerial(clock);
  const before = readAudit(snapshot).runs.filter((r) => r.sheet === plan.sheet);
  const sameDay = before.filter((r) => r.date !== null && Math.floor(r.date) === today).length;
  const chart: ChartOp = {
    op: "chart",
    sheet: plan.sheet,
    name: t.name(fromSerial(today).toISOString().slice(0, 10), sameDay + 1),
    range: plan.comparisonRange,
    type: "columnClustered",
    title: t.title(formatLocalDate(clock), before.length > 0),
    anchor: cellAddress(table.top, AUDIT_COLS.tag + 1),
    widthPoints: AUDIT_CHART_SIZE.width,
    heightPoints: AUDIT_CHART_SIZE.height,
  };
  const select = plan.ops.findIndex((op) => op.op === "select");
  const at = select < 0 ? plan.ops.length : select;
  const ops: WriteOp[] = [...plan.ops.slice(0, at), chart, ...plan.ops.slice(at)];
  return { ...plan, ops };
}
