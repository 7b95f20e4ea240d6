/**
 * The .xlsx file layer every face uses (the command line, the template and example writers, the
 * playground's download, SESAN's tools): the file is the source of truth, and a plan changes only
 * what it says. Works in Node and in the browser; the command line reads and writes the bytes.
 *
 *   loadXlsx(bytes) → XlsxWorkbook → snapshotOf(book) / applyPlanToXlsx(book, plan) → saveXlsx(book)
 *
 * - Reading streams only what the engine needs (values, dropdowns as ranges, sheet visibility) from a
 *   package opened by the Open Packaging rules, within the limits of package/limits.ts.
 * - Writing edits, in place, only the parts a plan concerns; every other part is copied raw.
 * See src/workbook/package/ for the parts, and the README for the limits.
 */
import { XlsxPackage } from "./package/opc";
import { snapshotOfPackage } from "./package/read";
import { applyPlanToPackage } from "./package/write";
import { dropUnusedSharedStrings } from "./package/write/sharedStrings";
import type { WorkbookSnapshot, WritePlan } from "../register";

/** An opened .xlsx: its original bytes and the parts changed since. */
export type XlsxWorkbook = XlsxPackage;

/** Opens a file; throws XlsxReadError (French) when it cannot be read as a workbook. */
export function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
  return Promise.resolve().then(() => XlsxPackage.open(data instanceof Uint8Array ? data : new Uint8Array(data)));
}

/**
 * What the engine reads. Throws XlsxReadError past a limit or on a part that is not XML. A workbook
 * that counts its dates from 1904 (old Excel for Mac files) gives its dates as 1900 serials, the
 * engine's calendar, so that its fiches are dated as the user sees them; writing a date back
 * converts the other way.
 */
export function snapshotOf(book: XlsxWorkbook): WorkbookSnapshot {
  return snapshotOfPackage(book, { convert1904: true });
}

/** Carries out a plan on the package (throws XlsxPlanError, French, when an op cannot be done). */
export function applyPlanToXlsx(book: XlsxWorkbook, plan: WritePlan): void {
  applyPlanToPackage(book, plan);
}

/**
 * Empties the entries of the workbook's shared texts that no cell uses any more (after a plan cleared
 * cells or deleted sheets, their texts stay in the file otherwise); returns how many. For a copy that
 * must not carry what its plan took out (the copy sent to SESAN); a workbook's own save does not need it.
 */
export function forgetUnusedTexts(book: XlsxWorkbook): number {
  return dropUnusedSharedStrings(book);
}

/** The file as it now is: changed parts written anew, every other part as it was, byte for byte. */
export function saveXlsx(book: XlsxWorkbook): Promise<Uint8Array> {
  return Promise.resolve(book.save());
}

export { XlsxReadError, XlsxPlanError } from "./package/errors";
export type { XlsxReadErrorReason, XlsxPlanErrorReason } from "./package/errors";
export { LIMITS } from "./package/limits";
export type { Limits } from "./package/limits";
