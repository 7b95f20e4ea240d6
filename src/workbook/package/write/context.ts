/**
 * What the ops of one plan share while they edit a package: the workbook as it is now (re-read after
 * every sheet op), the styles, and the cells written so far (for the formulas that point at them).
 */
import { planError } from "../errors";
import type { XlsxPackage } from "../opc";
import { readBook, type BookInfo, type SheetEntry } from "../workbook";
import { StyleBook } from "./styles";

/** What a formula that is a bare reference to a written cell now evaluates to. */
export type WrittenValue = string | number;

export class PlanContext {
  book: BookInfo;
  readonly styles: StyleBook;
  /** `sheet!A1` (sheet name in lower case) → value, for every cell a `write` op set. */
  readonly written = new Map<string, WrittenValue>();

  constructor(readonly pkg: XlsxPackage) {
    this.book = readBook(pkg);
    this.styles = new StyleBook(pkg, this.book);
  }

  /** Reads the workbook part again, after a sheet was added, copied or deleted. */
  refresh(): void {
    this.book = readBook(this.pkg);
  }

  /** The worksheet named `name` (exactly, as Excel's API finds it); XlsxPlanError when absent. */
  sheet(name: string): SheetEntry {
    const entry = this.book.sheets.find((s) => s.name === name);
    if (!entry) throw planError("missing-sheet", name);
    return entry;
  }
}

export function writtenKey(sheet: string, address: string): string {
  return `${sheet.toLocaleLowerCase("fr")}!${address}`;
}
