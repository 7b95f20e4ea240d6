/**
 * Arguments as Excel hands them to a custom function: a range is a 2-D array with "" for empty cells
 * (null may appear too), a date is its serial number or the text the user typed, an omitted optional
 * argument is null (not undefined: a TypeScript default value would not apply).
 */
import type { CellValue } from "../register";

/** Excel's last date, 31/12/9999. */
const MAX_SERIAL = 2958465;

/** A range argument as engine cell values: null or undefined cells become "", rows stay as given. */
export function toCellValues(range: unknown): CellValue[][] {
  const rows = Array.isArray(range) ? range : [[range]];
  return rows.map((row: unknown) =>
    (Array.isArray(row) ? row : [row]).map((v: unknown): CellValue => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : "")),
  );
}

/** True for an argument that holds nothing: omitted (null/undefined) or an empty cell (""). */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A whole Excel date serial (time of day dropped) when `n` is one Excel can show, else undefined. */
export function wholeSerial(n: number): number | undefined {
  if (!Number.isFinite(n) || n < 1 || n > MAX_SERIAL) return undefined;
  return Math.floor(n);
}

/** The same day `months` months later; the 31st becomes the month's last day (31/01 + 1 → 28 or 29/02). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}
