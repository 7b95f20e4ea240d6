/**
 * Sheet-level operations: tab order, copy (ExcelJS has none), add, delete, and the workbook view
 * (active tab) that must keep pointing at the same sheet.
 */
import type { Worksheet } from "exceljs";
import { findSheet, sheetsInOrder, wbx, wsx, XlsxWorkbook } from "./book";
import { deepClone } from "./clone";
import { planError } from "./errors";
import { setSheetModel } from "./sheetModel";
import { topLeft } from "../../register";

export function requireSheet(book: XlsxWorkbook, name: string): Worksheet {
  const ws = findSheet(book, name);
  if (!ws) throw planError("missing-sheet", name);
  return ws;
}

function ensureFreeName(book: XlsxWorkbook, name: string): void {
  const lower = name.toLocaleLowerCase("fr");
  if (book.excel.worksheets.some((ws) => ws.name.toLocaleLowerCase("fr") === lower)) throw planError("sheet-exists", name);
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
    throw planError("bad-sheet-name", name);
  }
}

/**
 * Runs `change` and keeps the workbook's active and first visible tabs on the same sheets (Excel
 * stores them as tab positions).
 */
function keepingActiveTab(book: XlsxWorkbook, change: () => void): void {
  const before = sheetsInOrder(book);
  const views = wbx(book.excel).views ?? [];
  const remembered = views.map((v) => ({
    active: before[Number(v.activeTab ?? 0)],
    first: before[Number(v.firstSheet ?? 0)],
  }));
  change();
  const after = sheetsInOrder(book);
  views.forEach((v, i) => {
    const { active, first } = remembered[i];
    const a = active ? after.indexOf(active) : -1;
    const f = first ? after.indexOf(first) : -1;
    v.activeTab = a >= 0 ? a : Math.min(Number(v.activeTab ?? 0), Math.max(0, after.length - 1));
    v.firstSheet = f >= 0 ? Math.min(f, Number(v.activeTab)) : 0;
  });
}

/** Puts `ws` right after `after` in tab order (at the end when `after` is absent). */
function placeAfter(book: XlsxWorkbook, ws: Worksheet, after: Worksheet | undefined): void {
  const order = sheetsInOrder(book).filter((s) => s !== ws);
  const at = after ? order.indexOf(after) + 1 : order.length;
  order.splice(at, 0, ws);
  order.forEach((s, i) => {
    wsx(s).orderNo = i + 1;
  });
}

export function copySheet(book: XlsxWorkbook, sourceName: string, name: string, afterName: string): Worksheet {
  const source = requireSheet(book, sourceName);
  const after = requireSheet(book, afterName);
  ensureFreeName(book, name);
  let copy: Worksheet | undefined;
  keepingActiveTab(book, () => {
    const model = deepClone(wsx(source).model);
    model.name = name;
    // a table name is unique in a workbook: the copy does not get the source's tables
    model.tables = [];
    model.views = (model.views ?? []).map((v) => ({ ...v, tabSelected: false }));
    model.rowBreaks = deepClone(wsx(source).rowBreaks ?? []);
    copy = book.excel.addWorksheet(name);
    setSheetModel(copy, model);
    wsx(copy).state = wsx(source).state;
    const block = book.x14.get(source.id);
    if (block) book.x14.set(copy.id, deepClone(block));
    placeAfter(book, copy, after);
  });
  return copy!;
}

export function addSheet(book: XlsxWorkbook, name: string): Worksheet {
  ensureFreeName(book, name);
  let ws: Worksheet | undefined;
  keepingActiveTab(book, () => {
    ws = book.excel.addWorksheet(name);
    placeAfter(book, ws, undefined);
  });
  return ws!;
}

export function deleteSheet(book: XlsxWorkbook, name: string): void {
  const ws = requireSheet(book, name);
  if (book.excel.worksheets.length <= 1) throw planError("last-sheet", name);
  keepingActiveTab(book, () => {
    book.x14.delete(ws.id);
    book.excel.removeWorksheet(ws.id);
    sheetsInOrder(book).forEach((s, i) => {
      wsx(s).orderNo = i + 1;
    });
  });
}

/** Makes `name` the active tab with `address` selected, so that the file opens there. */
export function selectCell(book: XlsxWorkbook, name: string, address: string): void {
  const ws = requireSheet(book, name);
  // Excel cannot open on a hidden tab: the file then opens where it did.
  if (wsx(ws).state !== "visible") return;
  const order = sheetsInOrder(book);
  const index = order.indexOf(ws);
  const wb = wbx(book.excel);
  if (!wb.views || wb.views.length === 0) {
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: index, visibility: "visible" }];
  }
  for (const v of wb.views) {
    v.activeTab = index;
    if (Number(v.firstSheet ?? 0) > index) v.firstSheet = index;
  }
  const cell = topLeft(address);
  for (const s of order) {
    const views = wsx(s).views;
    if (s === ws) {
      if (!views || views.length === 0) wsx(s).views = [{ state: "normal", tabSelected: true, activeCell: cell }];
      else {
        views[0].tabSelected = true;
        views[0].activeCell = cell;
      }
    } else if (views && views.length > 0) {
      for (const v of views) v.tabSelected = false;
    }
  }
}
