/**
 * An .xlsx package → the engine's snapshot (src/register/snapshot.ts), by streaming only what the
 * engine reads: the workbook part, the shared strings, each worksheet's cells, dropdowns and merges
 * (the merges only to blank the cells they cover). Comments, drawings, formats and the rest of the
 * package are never inflated.
 */
import type { SheetSnapshot, SheetVisibility, WorkbookSnapshot, ListValidation } from "../../../register";
import type { XlsxPackage } from "../opc";
import { readBook, type SheetState } from "../workbook";
import { readSharedStrings } from "./sharedStrings";
import { readSheet, type CellBudget } from "./sheet";
import { readDateStyles } from "./styles";

export interface SnapshotOptions {
  /**
   * In a 1904 workbook (Excel for Mac before 2011), give dates as 1900 serials (date-styled numbers
   * + 1462 days). Off by default: serials then stay as stored, as Office.js `Range.values` and the
   * ExcelJS adapter give them.
   */
  convert1904?: boolean;
}

const VISIBILITY: Record<SheetState, SheetVisibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

/** The snapshot of a package. Throws XlsxReadError (French) on a file it cannot read or past a limit. */
export function snapshotOfPackage(pkg: XlsxPackage, options: SnapshotOptions = {}): WorkbookSnapshot {
  const book = readBook(pkg);
  const convert1904 = options.convert1904 === true;
  const sharedStrings = readSharedStrings(pkg, book.sharedStrings);
  const dateStyles = book.date1904 && convert1904 ? readDateStyles(pkg, book.styles) : [];
  const budget: CellBudget = { used: 0 };
  const sheets: SheetSnapshot[] = [];
  const validations: ListValidation[] = [];
  for (const entry of book.sheets) {
    const content = readSheet(pkg, entry, { sharedStrings, date1904: book.date1904, convert1904, dateStyles, budget });
    sheets.push({ name: entry.name, visibility: VISIBILITY[entry.state], values: content.values });
    validations.push(...content.validations);
  }
  return { sheets, validations };
}
