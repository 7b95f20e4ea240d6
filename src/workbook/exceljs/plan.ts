/**
 * Carrying out a WritePlan (src/register/plan.ts) on a loaded workbook, op by op.
 */
import { looksParsable } from "../package/write/cells";
import type { Cell, Worksheet } from "exceljs";
import type { CellWrite, WritePlan, WriteOp } from "../../register";
import { layoutOpProblem, parseCell, quoteSheetName, topLeft } from "../../register";
import { is1904, XlsxWorkbook } from "./book";
import { planError } from "./errors";
import { refreshReferenceFormulas, writtenKey } from "./recalc";
import { deleteRows, insertRows } from "./rows";
import { addConditionalFormat, formatRange, freezePanes, printSetup, setAutoFilter, setColumnWidths, setRowHeights, setSheetVisibility } from "./layout";
import { addSheet, copySheet, deleteSheet, requireSheet, selectCell } from "./sheets";
import { dateOfSerial } from "./values";

/** Excel shows a date written by the add-in this way. */
export const DATE_FORMAT = "dd/mm/yyyy";

function targetCell(ws: Worksheet, address: string): Cell {
  const first = topLeft(address);
  if (!parseCell(first)) throw planError("bad-address", address);
  const cell = ws.getCell(first);
  return cell.isMerged ? cell.master : cell;
}

function withNumFmt(cell: Cell, numFmt: string): void {
  // ExcelJS shares style objects between cells: replace, never mutate.
  cell.style = { ...cell.style, numFmt };
}

function writeCell(book: XlsxWorkbook, ws: Worksheet, w: CellWrite, written: Set<string>): void {
  const cell = targetCell(ws, w.address);
  written.add(writtenKey(ws.name, cell.address));
  switch (w.kind) {
    case "text":
      // A string is stored as a string by ExcelJS: never parsed, never a formula.
      cell.value = w.value;
      if (looksParsable(w.value) && cell.numFmt !== "@") withNumFmt(cell, "@");
      break;
    case "number":
      cell.value = w.value;
      break;
    case "date":
      cell.value = dateOfSerial(w.value, is1904(book));
      withNumFmt(cell, DATE_FORMAT);
      break;
    case "clear":
      cell.value = null;
      break;
    case "link":
      cell.value = { text: w.value, hyperlink: `#${quoteSheetName(w.target.sheet)}!${w.target.address.replace(/\$/g, "")}` };
      break;
  }
}

function applyOp(book: XlsxWorkbook, op: WriteOp, written: Set<string>): void {
  switch (op.op) {
    case "copySheet":
      copySheet(book, op.source, op.name, op.after);
      break;
    case "addSheet": {
      const ws = addSheet(book, op.name);
      if (op.columnWidths) setColumnWidths(ws, 1, op.columnWidths);
      break;
    }
    case "deleteSheet":
      deleteSheet(book, op.name);
      break;
    case "write": {
      const ws = requireSheet(book, op.sheet);
      for (const w of op.cells) writeCell(book, ws, w, written);
      break;
    }
    case "insertRows":
      insertRows(book, requireSheet(book, op.sheet), op.beforeRow, op.count, op.templateRow);
      break;
    case "deleteRows":
      deleteRows(book, requireSheet(book, op.sheet), op.firstRow, op.count);
      break;
    case "select":
      selectCell(book, op.sheet, op.address);
      break;
    case "format":
      formatRange(requireSheet(book, op.sheet), op.range, op.format);
      break;
    case "columnWidths":
      setColumnWidths(requireSheet(book, op.sheet), op.firstColumn ?? 1, op.widths, op.hidden);
      break;
    case "rowHeights":
      setRowHeights(requireSheet(book, op.sheet), op.firstRow, op.heights);
      break;
    case "freezePanes":
      freezePanes(requireSheet(book, op.sheet), op);
      break;
    case "printSetup":
      printSetup(requireSheet(book, op.sheet), op);
      break;
    case "sheetVisibility":
      setSheetVisibility(book, op);
      break;
    case "conditionalFormat":
      addConditionalFormat(requireSheet(book, op.sheet), op);
      break;
    case "autoFilter":
      setAutoFilter(requireSheet(book, op.sheet), op.range);
      break;
    case "chart":
      // ExcelJS cannot write charts (plan.ts, ChartOp): the sheet keeps the table the chart is drawn from.
      requireSheet(book, op.sheet);
      break;
  }
}

/** Carries out every op of `plan`, in order. Throws XlsxPlanError (French) when one cannot be done. */
export function applyPlanToXlsx(book: XlsxWorkbook, plan: WritePlan): void {
  // A layout op no Excel would take is refused before anything is written.
  for (const op of plan.ops) {
    const problem = layoutOpProblem(op);
    if (problem) throw planError(problem.kind === "address" ? "bad-address" : "bad-format", problem.subject);
  }
  const written = new Set<string>();
  for (const op of plan.ops) applyOp(book, op, written);
  refreshReferenceFormulas(book, written);
}
