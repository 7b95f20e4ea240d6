/**
 * Inserting and deleting whole rows in a sheet of the package, the way Excel does: everything below
 * moves — cells, merges, both kinds of dropdowns, conditional formats, hyperlinks, page breaks, the
 * filter, notes and their boxes, drawings, tables, defined names, charts' data ranges, and the
 * formulas of every sheet that point below. Only the parts concerned are edited, in place.
 */
import { XlsxPlanError } from "../errors";
import type { XlsxPackage } from "../opc";
import type { BookInfo } from "../workbook";
import { shiftCharts, shiftDefinedNames, shiftOtherSheets } from "./shift/book";
import { shiftRelatedParts } from "./shift/related";
import type { RowShift } from "./shift/rowShift";
import { shiftSheetPart } from "./shift/sheet";

function partOf(book: BookInfo, sheet: string): string {
  const entry = book.sheets.find((s) => s.name === sheet) ?? book.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
  if (!entry) throw new XlsxPlanError("missing-sheet", sheet);
  return entry.part;
}

function shiftRows(pkg: XlsxPackage, book: BookInfo, sheet: string, shift: RowShift, templateRow?: number): void {
  const part = partOf(book, sheet);
  shiftSheetPart(pkg.dom(part), sheet, shift, templateRow);
  shiftRelatedParts(pkg, part, sheet, shift);
  shiftDefinedNames(pkg, book, shift);
  shiftOtherSheets(pkg, book, part, shift);
  shiftCharts(pkg, book, shift);
}

/**
 * Inserts `count` rows before `beforeRow` (1-based). The new rows take `templateRow`'s format (row
 * height only when the template's is fixed, its cells' styles, no values), its merges and its
 * dropdowns; `templateRow` is numbered before the insertion.
 */
export function insertRows(pkg: XlsxPackage, book: BookInfo, sheet: string, beforeRow: number, count: number, templateRow: number): void {
  if (count <= 0) {
    partOf(book, sheet);
    return;
  }
  shiftRows(pkg, book, sheet, { sheet, start: beforeRow, count }, templateRow);
}

/** Deletes rows `firstRow … firstRow + count - 1`; references into them become `#REF!`, as in Excel. */
export function deleteRows(pkg: XlsxPackage, book: BookInfo, sheet: string, firstRow: number, count: number): void {
  if (count <= 0) {
    partOf(book, sheet);
    return;
  }
  shiftRows(pkg, book, sheet, { sheet, start: firstRow, count: -count });
}
