/**
 * The reduced breach and requests sheets of a copy sent to SESAN (./strip.ts writes them): the add-in's
 * own sheet, under its usual name and mark, with a second mark (Z2) that says it is reduced. It holds the
 * register's counts and, for each incident or request still open, only the dates its deadline is counted
 * from: no person, no fact. Read back here, so that the copy gives the same verdict and the same
 * incidents and requests figures as the register it came from, on the day it was made and after.
 *
 * In the pane's first load (the readers need it): keep it small, and free of texts.
 *
 * Pure: no Office.js, no ExcelJS.
 */
import type { CellValue, SheetSnapshot } from "../snapshot";
import type { BreachBook, BreachEntry } from "../breaches/model";
import type { RequestBook, RequestEntry } from "../requests/model";
import { cellText } from "../ownedSheets";
import { cellAddress } from "../address";
import { isOwnedSheetDay } from "../dates";

/** Where the reduced mark sits (under the owned mark, in the same hidden column), and what it says. */
export const REDUCED_MARK_CELL = "Z2";
export const REDUCED_MARK = "cpts-registre-rgpd:copie-reduite:1";

/** The layout: the counts' table (header row, then total, open, overdue), then the dates of the open ones. */
export const REDUCED_ROWS = { header: 4, total: 5, open: 6, overdue: 7, datesNote: 9, datesHeader: 10, firstDate: 11 } as const;

export function isReducedSheet(sheet: SheetSnapshot): boolean {
  return cellText(sheet, 2, 26) === REDUCED_MARK;
}

function at(sheet: SheetSnapshot, row: number, col: number): CellValue | undefined {
  const v = sheet.values[row - 1]?.[col - 1];
  return typeof v === "string" && v.trim() === "" ? undefined : v;
}

/** A date the strip wrote (a serial), null for the words it writes when the register had none it could read. */
function dateAt(sheet: SheetSnapshot, row: number, col: number): number | null {
  const v = at(sheet, row, col);
  return typeof v === "number" && isOwnedSheetDay(v) ? v : null;
}

/** The count the table says (a whole number ≥ 0), 0 when it cannot be read. */
function countAt(sheet: SheetSnapshot, row: number): number {
  const n = Number(at(sheet, row, 2) ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The rows of the open ones' dates: every row from the first that holds something in A. */
function dateRows(sheet: SheetSnapshot): number[] {
  const rows: number[] = [];
  for (let row = REDUCED_ROWS.firstDate; row <= sheet.values.length; row++) if (at(sheet, row, 1) !== undefined) rows.push(row);
  return rows;
}

/** The incidents a reduced sheet stands for: the open ones with their discovery, then the closed ones (decided, without details). */
export function readReducedBreaches(sheet: SheetSnapshot, book: BreachBook): void {
  book.reduced = true;
  const open = dateRows(sheet);
  const entry = (row: number, discovered: number | null, decided: boolean): BreachEntry => {
    const cell = cellAddress(row, 1);
    const minutes = discovered === null ? 0 : Math.round(discovered * 1440);
    return {
      sheet: sheet.name,
      row,
      discovered,
      discoveredCell: cell,
      discoveredHasTime: minutes % 1440 !== 0,
      what: "",
      dataAndPersons: "",
      consequences: "",
      risk: "unknown",
      measures: "",
      cnil: decided ? { kind: "notified", at: null } : { kind: "undecided" },
      cnilCell: cell,
      persons: { kind: "undecided" },
      personsCell: cell,
    };
  };
  for (const row of open) book.entries.push(entry(row, dateAt(sheet, row, 1), false));
  const closed = Math.max(0, countAt(sheet, REDUCED_ROWS.total) - open.length);
  for (let i = 0; i < closed; i++) book.entries.push(entry(REDUCED_ROWS.total, null, true));
}

/** The requests a reduced sheet stands for: the open ones with their receipt and extension, then the answered ones. */
export function readReducedRequests(sheet: SheetSnapshot, book: RequestBook): void {
  book.reduced = true;
  const open = dateRows(sheet);
  const entry = (row: number, received: number | null, extendedOn: number | null, answered: boolean): RequestEntry => {
    const cell = cellAddress(row, 1);
    return {
      sheet: sheet.name,
      row,
      received: received === null ? null : Math.floor(received),
      receivedCell: cell,
      person: "",
      rights: [],
      rightsText: "",
      ficheRef: "",
      identityChecked: "",
      extendedOn: extendedOn === null ? null : Math.floor(extendedOn),
      extendedCell: cellAddress(row, 2),
      answered: null,
      answeredCell: cell,
      // An answered request without its details: « answered », as a text the deadline rules leave alone.
      answeredText: answered ? "—" : "",
      outcome: "unknown",
      outcomeText: "",
      reasons: "",
    };
  };
  for (const row of open) book.entries.push(entry(row, dateAt(sheet, row, 1), dateAt(sheet, row, 2), false));
  const closed = Math.max(0, countAt(sheet, REDUCED_ROWS.total) - open.length);
  for (let i = 0; i < closed; i++) book.entries.push(entry(REDUCED_ROWS.total, null, null, true));
}
