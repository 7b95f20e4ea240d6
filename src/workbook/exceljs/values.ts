/**
 * ExcelJS cell values ↔ the values Office.js `Range.values` gives (src/register/snapshot.ts).
 */
import type { CellValue } from "../../register";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and the 1904 date systems. */
const OFFSET_1904 = 1462;

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/**
 * The Excel serial of a date read by ExcelJS. ExcelJS turned serial s into the instant
 * 1899-12-30 + s days (UTC) for every s, so inverting that exactly gives Excel's own serial back,
 * including the days before 1900-03-01 that Excel's 1900 leap-year bug shifts by one.
 */
export function serialOfDate(d: Date, date1904 = false): number {
  const serial = d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? OFFSET_1904 : 0);
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-8 ? whole : serial;
}

/** The Date ExcelJS must be given so that it writes `serial` (inverse of `serialOfDate`). */
export function dateOfSerial(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY));
}

interface RichTextRun {
  text?: unknown;
}

function plainText(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && Array.isArray((v as { richText?: unknown }).richText)) {
    return ((v as { richText: RichTextRun[] }).richText ?? []).map((r) => (typeof r.text === "string" ? r.text : "")).join("");
  }
  return toSnapshotValue(v, date1904);
}

/** One ExcelJS `cell.value` as Office.js would give it. */
export function toSnapshotValue(v: unknown, date1904 = false): CellValue {
  if (v === null || v === undefined) return "";
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return Number.isFinite(v) ? v : "#NUM!";
    case "object":
      break;
    case "bigint":
      return String(v);
    default:
      return ""; // a symbol or a function: never in a cell
  }
  if (isDate(v)) return Number.isNaN(v.getTime()) ? "" : serialOfDate(v, date1904);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return plainText(o, date1904);
  if (typeof o.error === "string") return o.error;
  if ("formula" in o || "sharedFormula" in o) return o.result === undefined ? "" : plainText(o.result, date1904);
  if ("hyperlink" in o) return plainText(o.text, date1904);
  if ("text" in o) return plainText(o.text, date1904);
  return "";
}
