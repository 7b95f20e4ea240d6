/**
 * The layout ops of a WritePlan (format, widths, heights, frozen panes, print setup, visibility,
 * conditional formats, filters) on an ExcelJS workbook, as src/register/plan.ts defines them.
 */
import type { Cell, Style, Worksheet } from "exceljs";
import type { CellFormat, ConditionalFormatOp, FreezePanesOp, PrintSetupOp, SheetVisibilityOp } from "../../register";
import { cellAddress, rectAddress } from "../../register";
// The same colour and range rules as the file layer's (ExcelJS's ARGB is the file's).
import { argbOf, rectOf } from "../package/write/layout/shared";
import { sheetsInOrder, wbx, wsx, type XlsxWorkbook } from "./book";
import { planError } from "./errors";
import { requireSheet } from "./sheets";

/** Replaces a cell's style (ExcelJS shares style objects between cells: never mutate one). */
export function patchStyle(cell: Cell, patch: (style: Partial<Style>) => Partial<Style>): void {
  cell.style = patch({ ...cell.style });
}

const THIN = { style: "thin" } as const;

/** The `format` op (checked by layoutOpProblem): each field given is set on every cell of the rectangle, the others kept. */
export function formatRange(ws: Worksheet, range: string, format: CellFormat): void {
  const rect = rectOf(range);
  const fontColor = format.fontColor === undefined ? undefined : argbOf(format.fontColor);
  const fillColor = format.fillColor === undefined ? undefined : argbOf(format.fillColor);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      patchStyle(ws.getCell(r, c), (s) => {
        if (format.bold !== undefined || format.italic !== undefined || fontColor !== undefined || format.fontSize !== undefined) {
          const font = { ...(s.font ?? {}) };
          if (format.fontSize !== undefined) font.size = format.fontSize;
          if (format.bold !== undefined) font.bold = format.bold;
          if (format.italic !== undefined) font.italic = format.italic;
          if (fontColor !== undefined) font.color = { argb: fontColor };
          s.font = font;
        }
        if (fillColor !== undefined) s.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fillColor } };
        if (format.horizontalAlignment !== undefined || format.wrapText !== undefined || format.verticalAlignment !== undefined) {
          const alignment = { ...(s.alignment ?? {}) };
          if (format.horizontalAlignment !== undefined) alignment.horizontal = format.horizontalAlignment;
          // ExcelJS calls the file's "center" "middle"
          if (format.verticalAlignment !== undefined) alignment.vertical = format.verticalAlignment === "center" ? "middle" : format.verticalAlignment;
          if (format.wrapText !== undefined) alignment.wrapText = format.wrapText;
          s.alignment = alignment;
        }
        if (format.numberFormat !== undefined) s.numFmt = format.numberFormat;
        if (format.borders === "thin") s.border = { ...(s.border ?? {}), top: THIN, bottom: THIN, left: THIN, right: THIN };
        return s;
      });
    }
  }
}

export function setColumnWidths(ws: Worksheet, firstColumn: number, widths: readonly number[], hidden?: boolean): void {
  widths.forEach((width, i) => {
    const column = ws.getColumn(firstColumn + i);
    column.width = width;
    if (hidden !== undefined) column.hidden = hidden;
  });
}

export function setRowHeights(ws: Worksheet, firstRow: number, heights: readonly number[]): void {
  heights.forEach((height, i) => {
    ws.getRow(firstRow + i).height = height;
  });
}

/** The sheet's first view frozen at `rows` × `columns` (0 × 0: no pane), its other settings kept. */
export function freezePanes(ws: Worksheet, op: FreezePanesOp): void {
  const views = wsx(ws).views ?? [];
  const first: Record<string, unknown> = { ...(views[0] ?? {}) };
  delete first.xSplit;
  delete first.ySplit;
  delete first.topLeftCell;
  delete first.activePane;
  if (op.rows > 0 || op.columns > 0) {
    Object.assign(first, { state: "frozen", xSplit: op.columns, ySplit: op.rows, topLeftCell: cellAddress(op.rows + 1, op.columns + 1) });
  } else {
    first.state = "normal";
  }
  wsx(ws).views = [first, ...views.slice(1)];
}

/** `&` starts a code in Excel's header and footer text: a plain `&` is written `&&`. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

export function printSetup(ws: Worksheet, op: PrintSetupOp): void {
  const setup = ws.pageSetup;
  if (op.orientation !== undefined) setup.orientation = op.orientation;
  if (op.paperSize === "A4") setup.paperSize = 9;
  if (op.fitToPage === true || op.fitToWidth === true) {
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = op.fitToPage === true ? 1 : 0;
  } else if (op.fitToWidth === false || op.fitToPage === false) {
    setup.fitToPage = false;
    setup.scale = 100;
  }
  if (op.printArea !== undefined) setup.printArea = rectAddress(rectOf(op.printArea));
  if (op.titleRows !== undefined) setup.printTitlesRow = `${op.titleRows.first}:${op.titleRows.last}`;
  if (op.headerText !== undefined) ws.headerFooter.oddHeader = `&C${headerFooterText(op.headerText)}`;
  if (op.pageNumbers === true) ws.headerFooter.oddFooter = "&CPage &P / &N";
  else if (op.pageNumbers === false) ws.headerFooter.oddFooter = "";
}

/** Shows or hides a sheet; the last visible sheet cannot be hidden, and the active tab moves off a hidden one. */
export function setSheetVisibility(book: XlsxWorkbook, op: SheetVisibilityOp): void {
  const ws = requireSheet(book, op.sheet);
  if (op.visibility === "Visible") {
    wsx(ws).state = "visible";
    return;
  }
  const order = sheetsInOrder(book);
  if (!order.some((s) => s !== ws && wsx(s).state === "visible")) throw planError("last-visible", op.sheet);
  wsx(ws).state = "hidden";
  const index = order.indexOf(ws);
  for (const view of wbx(book.excel).views ?? []) {
    if (Number(view.activeTab ?? 0) !== index) continue;
    const next = order.findIndex((s, i) => i > index && wsx(s).state === "visible");
    view.activeTab = next >= 0 ? next : order.findIndex((s) => wsx(s).state === "visible");
    if (Number(view.firstSheet ?? 0) > Number(view.activeTab)) view.firstSheet = view.activeTab;
  }
}

/** A text inside a formula's string literal. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

interface ConditionalFormattingsHolder {
  conditionalFormattings: { ref: string; rules: unknown[] }[];
}

export function addConditionalFormat(ws: Worksheet, op: ConditionalFormatOp): void {
  const rect = rectOf(op.range);
  const ref = rectAddress(rect);
  const style: Partial<Style> = { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(op.fillColor) } } };
  if (op.fontColor !== undefined) style.font = { color: { argb: argbOf(op.fontColor) } };
  const rule =
    op.rule.operator === "equals"
      ? { type: "cellIs", operator: "equal", formulae: [formulaString(op.rule.text)], style }
      : {
          type: "containsText",
          operator: "containsText",
          text: op.rule.text,
          formulae: [`NOT(ISERROR(SEARCH(${formulaString(op.rule.text)},${cellAddress(rect.top, rect.left)})))`],
          style,
        };
  (ws as unknown as ConditionalFormattingsHolder).conditionalFormattings.push({ ref, rules: [rule] });
}

export function setAutoFilter(ws: Worksheet, range: string): void {
  ws.autoFilter = rectAddress(rectOf(range));
}
