/**
 * A run saved with its Excel chart: the chart draws the run's « Comparaison » table, sits right of the
 * table past the hidden tag column (never over the next run's block), and keeps one name per run.
 */
import { invertPlan, layoutOpProblem, type ChartOp, type WorkbookSnapshot } from "../../../src/register";
import { planAuditRunWithChart, AUDIT_CHART_SIZE } from "../../../src/register/audit/chartPlan";
import { planAuditRun } from "../../../src/register/audit/plans";
import { applyPlanToSnapshot, cnilSnapshot } from "../../fixtures/snapshots";
import { TEST_CLOCK, dayClock } from "../../fixtures/clocks";
import { buildCnilWorkbook, cleanRegister } from "../../fixtures/xlsxFiles";
import { applyPlanToExcelBook, excelBookSnapshot, loadExcelBook, saveExcelBook } from "../../../src/workbook/exceljs";

const ANSWERS = { "gov-referent": "informel", "bak-restore": "testee", "sup-hds": "non" };

function chartOf(ops: readonly { op: string }[]): ChartOp {
  const charts = ops.filter((op): op is ChartOp => op.op === "chart");
  expect(charts).toHaveLength(1);
  return charts[0];
}

test("the chart draws the run's comparison table, right of it, past the hidden column E", () => {
  const snapshot = cnilSnapshot();
  const plain = planAuditRun(snapshot, ANSWERS, "Marie", TEST_CLOCK);
  const plan = planAuditRunWithChart(snapshot, ANSWERS, "Marie", TEST_CLOCK);
  const chart = chartOf(plan.ops);
  const top = Number(/^A(\d+):/.exec(plan.comparisonRange)![1]);
  expect(chart).toEqual({
    op: "chart",
    sheet: "Auto-diagnostic cyber",
    name: "Comparaison 2026-11-24",
    range: plan.comparisonRange,
    type: "columnClustered",
    title: "Score par thème sur 100 : évaluation du 24/11/2026",
    anchor: `F${top}`,
    widthPoints: AUDIT_CHART_SIZE.width,
    heightPoints: AUDIT_CHART_SIZE.height,
  });
  expect(layoutOpProblem(chart)).toBeNull();
  // Everything else is planAuditRun's, and the selection stays the last op.
  expect(plan.ops.filter((op) => op.op !== "chart")).toEqual(plain.ops);
  expect(plan.ops[plan.ops.length - 1].op).toBe("select");
  expect(plan.comparisonRange).toBe(plain.comparisonRange);
});

test("a second run the same day gets a chart of its own name; a run another day its day's name", () => {
  let snapshot: WorkbookSnapshot = cnilSnapshot();
  const first = planAuditRunWithChart(snapshot, ANSWERS, "Marie", TEST_CLOCK);
  snapshot = applyPlanToSnapshot(snapshot, first);
  const again = planAuditRunWithChart(snapshot, ANSWERS, "Marie", TEST_CLOCK);
  expect(chartOf(again.ops).name).toBe("Comparaison 2026-11-24 (2)");
  expect(chartOf(again.ops).title).toBe("Score par thème sur 100 : évaluation du 24/11/2026 et la précédente");
  expect(chartOf(again.ops).range).not.toBe(chartOf(first.ops).range);
  const later = planAuditRunWithChart(snapshot, ANSWERS, "Marie", dayClock(2027, 5, 24));
  expect(chartOf(later.ops).name).toBe("Comparaison 2027-05-24");
});

test("undone, the first run takes its sheet and the chart with it", () => {
  const snapshot = cnilSnapshot();
  const plan = planAuditRunWithChart(snapshot, ANSWERS, "Marie", TEST_CLOCK);
  expect(invertPlan(plan, snapshot).ops).toEqual([{ op: "deleteSheet", name: "Auto-diagnostic cyber" }]);
});

test("written by the ExcelJS layer, which cannot write charts, the run keeps its comparison table for Excel to chart", async () => {
  const book = await loadExcelBook(await buildCnilWorkbook(cleanRegister(1)));
  const plan = planAuditRunWithChart(excelBookSnapshot(book), ANSWERS, "Marie", TEST_CLOCK);
  applyPlanToExcelBook(book, plan);
  const saved = await loadExcelBook(await saveExcelBook(book));
  const sheet = excelBookSnapshot(saved).sheets.find((s) => s.name === "Auto-diagnostic cyber")!;
  const top = Number(/^A(\d+):/.exec(plan.comparisonRange)![1]);
  expect(sheet.values[top - 1].slice(0, 3)).toEqual(["Thème", "Évaluation précédente", "Cette évaluation"]);
  expect(typeof sheet.values[top][2]).toBe("number");
});
