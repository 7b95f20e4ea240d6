/**
 * What the playground's workbook view shows, read from the in-memory Excel's document (the same
 * ExcelJS workbook the task pane changes through Excel.run): the sheets and their visibility, and for
 * the active sheet the text of each cell of its used range, its merged areas, column widths, bold and
 * fill, and its links.
 */
import type { Doc, SheetRef } from "../memoryExcel/doc";
import { XlsxDoc } from "../memoryExcel";
import type { ExcelBook as XlsxWorkbook } from "../workbook/exceljs";
import { columnLetters, parseCell, parseListSource, parseRange, rectAddress, splitSheet, topLeft, type Rect } from "../register";

// The grid reads and writes addresses with the engine's one codec.
export { columnLetters, parseRange, rectAddress } from "../register";

export interface GridTab {
  name: string;
  hidden: boolean;
}

export interface GridCellStyle {
  bold: boolean;
  fill: string | null;
  /** "Renvoyer à la ligne automatiquement": without it, Excel lets text run over empty neighbours. */
  wrap: boolean;
}

export interface GridSheet {
  name: string;
  /** Displayed text, anchored at A1 (row 0 = row 1). */
  cells: string[][];
  styles: (GridCellStyle | undefined)[][];
  /** Merged areas, 1-based. */
  merges: Rect[];
  /** Column widths in pixels, column A first. */
  widths: number[];
  /** Cells holding a link, by A1 address: the sheet and cell it leads to (null for a web address). */
  links: Map<string, { sheet: string; address: string } | null>;
}

export interface GridView {
  tabs: GridTab[];
  sheet: GridSheet | null;
}

/** Rows and columns shown around the used range, so that an empty sheet still looks like a sheet. */
const MIN_ROWS = 30;
const MIN_COLS = 8;
/** Beyond this the view stops (the add-in's own mark sits in Z1: column 26 stays within). */
const MAX_ROWS = 400;
const MAX_COLS = 30;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** An Excel serial shown the way a French Excel shows a date. */
function serialToDate(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const isDateFormat = (fmt: string) => /(^|[^"\\])(d{1,4}|y{2,4})/i.test(fmt.replace(/\[[^\]]*\]/g, "")) && !/^general$/i.test(fmt);

function display(value: string | number | boolean, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if (typeof value === "number") {
    if (isDateFormat(numberFormat) && value > 0 && value < 2958466) return serialToDate(value);
    return String(value).replace(".", ",");
  }
  return value;
}

/** `'Fiche 1'!B4` → the sheet and cell. */
function internalTarget(ref: string): { sheet: string; address: string } | null {
  const { sheet, local } = splitSheet(ref);
  if (!sheet || local === "") return null;
  return { sheet, address: local.replace(/\$/g, "") };
}

/** A cheap, fresh reader over the book: the document keeps no state of its own but sheet handles. */
export function docOf(book: XlsxWorkbook): Doc {
  return new XlsxDoc(book);
}

export function gridView(book: XlsxWorkbook, activeSheet: string | null): GridView {
  const doc = docOf(book);
  const refs = doc.sheets();
  const tabs = refs.map((r) => ({ name: doc.name(r), hidden: doc.visibility(r) !== "Visible" }));
  const ref: SheetRef | undefined = refs.find((r) => doc.name(r) === activeSheet) ?? refs.find((r) => doc.visibility(r) === "Visible") ?? refs[0];
  return { tabs, sheet: ref ? sheetOf(doc, ref) : null };
}

function sheetOf(doc: Doc, ref: SheetRef): GridSheet {
  const used = doc.usedRect(ref, true);
  const merges = doc.merges(ref);
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, (used?.bottom ?? 0) + 3, ...merges.map((m) => m.bottom)));
  const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, (used?.right ?? 0) + 1, ...merges.map((m) => m.right)));
  const cells: string[][] = [];
  const styles: (GridCellStyle | undefined)[][] = [];
  const links = new Map<string, { sheet: string; address: string } | null>();
  for (let r = 1; r <= rows; r++) {
    const line: string[] = [];
    const lineStyles: (GridCellStyle | undefined)[] = [];
    for (let c = 1; c <= cols; c++) {
      const read = doc.cell(ref, r, c);
      line.push(display(read.value, read.numberFormat));
      const st = doc.style(ref, r, c);
      lineStyles.push(st.bold || st.fillColor || st.wrapText ? { bold: st.bold, fill: st.fillColor, wrap: st.wrapText } : undefined);
      if (read.value !== "") {
        const link = doc.hyperlinkAt(ref, r, c);
        if (link) links.set(`${columnLetters(c)}${r}`, link.documentReference ? internalTarget(link.documentReference) : null);
      }
    }
    cells.push(line);
    styles.push(lineStyles);
  }
  const widths = Array.from({ length: cols }, (_, i) => Math.round(doc.columnWidth(ref, i + 1) * (96 / 72)));
  return { name: doc.name(ref), cells, styles, merges, widths, links };
}

/**
 * The items a dropdown cell offers, as Excel's list shows them: the cell's list validation (its
 * top-left cell's, for a merged area) read from the in-memory workbook, an inline list (`Oui,Non`) or
 * the cells of the range it points at, in order, blanks left out. Null when the cell has no list, or
 * its source cannot be read (a named range, a sheet since deleted).
 */
export function listItemsAt(book: XlsxWorkbook, sheet: string, address: string): string[] | null {
  const doc = docOf(book);
  const ref = doc.sheets().find((r) => doc.name(r) === sheet);
  const at = parseCell(topLeft(address));
  if (!ref || !at) return null;
  const rule = doc.validationAt(ref, at.row, at.col);
  if (!rule || rule.type !== "list" || !rule.formula1) return null;
  const source = parseListSource(rule.formula1);
  if (source.kind === "inline") return source.items;
  if (source.kind !== "range") return null;
  const target = source.sheet === undefined ? ref : doc.sheets().find((r) => doc.name(r).toLowerCase() === source.sheet!.toLowerCase());
  if (!target) return null;
  const items: string[] = [];
  for (let r = source.range.top; r <= source.range.bottom; r++) {
    for (let c = source.range.left; c <= source.range.right; c++) {
      const read = doc.cell(target, r, c);
      const text = display(read.value, read.numberFormat);
      if (text.trim() !== "") items.push(text);
    }
  }
  return items.length > 0 ? items : null;
}

/** One step of the selection with the keyboard: arrows, Tab and Entrée, as in Excel. */
export type Step = "up" | "down" | "left" | "right";

/**
 * Where the selection goes from `selection` with one step, as in Excel: from the active cell (the
 * selection's top-left), past the whole merged area it is in, onto the next cell, which selects its
 * merged area whole; it stops at the edges of the sheet's view.
 */
export function stepSelection(sheet: GridSheet, selection: string, step: Step): string {
  const sel = parseRange(selection);
  if (!sel) return selection;
  const rows = sheet.cells.length;
  const cols = sheet.widths.length;
  const area = sheet.merges.find((m) => m.top <= sel.top && sel.top <= m.bottom && m.left <= sel.left && sel.left <= m.right);
  const from = area ?? { top: sel.top, left: sel.left, bottom: sel.top, right: sel.left };
  let row = sel.top;
  let col = sel.left;
  if (step === "up") row = from.top - 1;
  if (step === "down") row = from.bottom + 1;
  if (step === "left") col = from.left - 1;
  if (step === "right") col = from.right + 1;
  row = Math.min(Math.max(row, 1), rows);
  col = Math.min(Math.max(col, 1), cols);
  const landing = sheet.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  return rectAddress(landing ?? { top: row, left: col, bottom: row, right: col });
}
