/**
 * The layout ops of a WritePlan (src/register/plan.ts) as Office.js requests, queued in the plan's one
 * batch: nothing here syncs. String literals stand for Office.js enums (`"Center"` for
 * `Excel.HorizontalAlignment.center`) so that the code runs over any `Excel` namespace.
 *
 * Requirement sets (the manifest declares ExcelApi 1.9): styles, borders, number formats and sheet
 * visibility are 1.1, widths and heights 1.2, conditional formats 1.6, frozen panes 1.7. Print setup
 * (`worksheet.pageLayout`) and filters (`worksheet.autoFilter`) are 1.9: without it those two ops are
 * skipped (the caller passes `pageLayoutAndFilters: false`) and the rest of the plan runs. Charts
 * (`worksheet.charts.add`, name, title, `setPosition`, `delete`) are 1.1.
 */
import type { CellFormat, ChartOp, ConditionalFormatOp, FreezePanesOp, PlanChartType, PrintSetupOp, WriteOp } from "../../register";
import { parseAddress } from "../../register";

/** The engine's check of layout ops, loaded with this module so that it stays out of the pane's first load. */
export { layoutOpProblem } from "../../register";

/** Width of one character of Excel's default font (Calibri 11), in points. */
export const POINTS_PER_CHARACTER = 5.6;

/** The ops this module carries out. */
export type LayoutOp = Extract<
  WriteOp,
  { op: "format" | "columnWidths" | "rowHeights" | "freezePanes" | "printSetup" | "sheetVisibility" | "conditionalFormat" | "autoFilter" }
>;

export function isLayoutOp(op: WriteOp): op is LayoutOp {
  switch (op.op) {
    case "format":
    case "columnWidths":
    case "rowHeights":
    case "freezePanes":
    case "printSetup":
    case "sheetVisibility":
    case "conditionalFormat":
    case "autoFilter":
      return true;
    default:
      return false;
  }
}

/** Ops that need ExcelApi 1.9, skipped below it. */
export function needsExcelApi19(op: WriteOp): boolean {
  return op.op === "printSetup" || op.op === "autoFilter";
}

const ALIGNMENTS = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL_ALIGNMENTS = { top: "Top", center: "Center", bottom: "Bottom" } as const;

function queueFormat(range: Excel.Range, address: string, format: CellFormat): void {
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fillColor !== undefined) range.format.fill.color = format.fillColor;
  if (format.horizontalAlignment !== undefined) range.format.horizontalAlignment = ALIGNMENTS[format.horizontalAlignment];
  if (format.verticalAlignment !== undefined) range.format.verticalAlignment = VERTICAL_ALIGNMENTS[format.verticalAlignment];
  if (format.wrapText !== undefined) range.format.wrapText = format.wrapText;
  const rect = parseAddress(address);
  // A value per cell, as the typings ask (the range is bounded: layoutOpProblem checked it).
  if (format.numberFormat !== undefined && rect) {
    const code = format.numberFormat;
    range.numberFormat = Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<string>(rect.right - rect.left + 1).fill(code));
  }
  if (format.borders === "thin") {
    const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
    ];
    // The inside lines exist only when the range has more than one row or column.
    if (rect && rect.bottom > rect.top) edges.push("InsideHorizontal");
    if (rect && rect.right > rect.left) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function queueFreeze(ws: Excel.Worksheet, op: FreezePanesOp): void {
  // Unfreeze first, so that the result does not depend on what was frozen before.
  ws.freezePanes.unfreeze();
  if (op.rows > 0 && op.columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, op.rows, op.columns));
  else if (op.rows > 0) ws.freezePanes.freezeRows(op.rows);
  else if (op.columns > 0) ws.freezePanes.freezeColumns(op.columns);
}

/** `&` starts a code in Excel's header and footer text: a plain `&` is written `&&`. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

function queuePrintSetup(ws: Excel.Worksheet, op: PrintSetupOp): void {
  const layout = ws.pageLayout;
  if (op.orientation !== undefined) layout.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
  if (op.paperSize === "A4") layout.paperSize = "A4";
  // verticalFitToPages 0: as many pages tall as needed (a file's fitToHeight="0").
  if (op.fitToPage === true) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  else if (op.fitToWidth === true) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  else if (op.fitToWidth === false || op.fitToPage === false) layout.zoom = { scale: 100 };
  if (op.printArea !== undefined) layout.setPrintArea(op.printArea);
  if (op.titleRows !== undefined) layout.setPrintTitleRows(`$${op.titleRows.first}:$${op.titleRows.last}`);
  const pages = layout.headersFooters.defaultForAllPages;
  if (op.headerText !== undefined) pages.centerHeader = headerFooterText(op.headerText);
  if (op.pageNumbers !== undefined) pages.centerFooter = op.pageNumbers ? "Page &P / &N" : "";
}

function queueConditionalFormat(range: Excel.Range, op: ConditionalFormatOp): void {
  if (op.rule.operator === "equals") {
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.format.fill.color = op.fillColor;
    if (op.fontColor !== undefined) cf.cellValue.format.font.color = op.fontColor;
    cf.cellValue.rule = { formula1: `="${op.rule.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
  } else {
    const cf = range.conditionalFormats.add("ContainsText");
    cf.textComparison.format.fill.color = op.fillColor;
    if (op.fontColor !== undefined) cf.textComparison.format.font.color = op.fontColor;
    cf.textComparison.rule = { operator: "Contains", text: op.rule.text };
  }
}

/** Queues one layout op on `ws`. The caller has already dropped the ops this Excel cannot run. */
export function queueLayoutOp(ws: Excel.Worksheet, op: LayoutOp): void {
  switch (op.op) {
    case "format":
      queueFormat(ws.getRange(op.range), op.range, op.format);
      break;
    case "columnWidths": {
      const first = (op.firstColumn ?? 1) - 1;
      op.widths.forEach((width, i) => {
        const column = ws.getRangeByIndexes(0, first + i, 1, 1);
        column.format.columnWidth = width * POINTS_PER_CHARACTER;
        if (op.hidden !== undefined) column.columnHidden = op.hidden;
      });
      break;
    }
    case "rowHeights":
      op.heights.forEach((height, i) => {
        ws.getRangeByIndexes(op.firstRow - 1 + i, 0, 1, 1).format.rowHeight = height;
      });
      break;
    case "freezePanes":
      queueFreeze(ws, op);
      break;
    case "printSetup":
      queuePrintSetup(ws, op);
      break;
    case "sheetVisibility":
      ws.visibility = op.visibility;
      break;
    case "conditionalFormat":
      queueConditionalFormat(ws.getRange(op.range), op);
      break;
    case "autoFilter":
      ws.autoFilter.apply(ws.getRange(op.range));
      break;
  }
}

/** Office.js's `Excel.ChartType` names of the plan's chart types. */
const CHART_TYPES: Record<PlanChartType, "ColumnClustered"> = { columnClustered: "ColumnClustered" };

const chartKey = (sheet: string, name: string): string => `${sheet}\u0000${name}`.toLocaleLowerCase("fr");

/**
 * The plan's chart ops, in its batch. Made during the read-only check (the plan's first sync): it
 * looks for the chart each op replaces (one of the same name) on the sheets that are there before the
 * plan. Then `queue` deletes that chart, or one of the same name made earlier in the plan, and makes
 * the op's chart of the range's figures, one series per column (`Excel.ChartSeriesBy.columns`),
 * named, titled and placed.
 */
export function chartMaker(ops: readonly WriteOp[], worksheets: Excel.WorksheetCollection): { queue: (ws: Excel.Worksheet, op: ChartOp) => void } {
  const made = new Set<string>();
  // `found`: looked for before the plan (a null object when there was none); else made by the plan.
  const charts = new Map<string, { chart: Excel.Chart; found: boolean }>();
  for (const op of ops) {
    if (op.op === "copySheet" || op.op === "addSheet") made.add(chartKey(op.name, ""));
    else if (op.op === "chart" && !made.has(chartKey(op.sheet, "")) && !charts.has(chartKey(op.sheet, op.name)))
      charts.set(chartKey(op.sheet, op.name), { chart: worksheets.getItem(op.sheet).charts.getItemOrNullObject(op.name), found: true });
  }
  return {
    queue: (ws, op) => {
      const key = chartKey(op.sheet, op.name);
      const replaced = charts.get(key);
      if (replaced && !(replaced.found && replaced.chart.isNullObject)) replaced.chart.delete();
      const chart = ws.charts.add(CHART_TYPES[op.type], ws.getRange(op.range), "Columns");
      chart.name = op.name;
      chart.title.text = op.title;
      chart.setPosition(op.anchor);
      if (op.widthPoints !== undefined) chart.width = op.widthPoints;
      if (op.heightPoints !== undefined) chart.height = op.heightPoints;
      charts.set(key, { chart, found: false });
    },
  };
}
