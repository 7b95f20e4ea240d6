/**
 * The ExcelJS adapter: .xlsx files ↔ the engine's snapshot and write plans. Works in Node and in
 * the browser (no file system here: the command line reads and writes the bytes).
 *
 *   loadXlsx(bytes) → XlsxWorkbook → snapshotOf(book) / applyPlanToXlsx(book, plan) → saveXlsx(book)
 */
export type { XlsxWorkbook } from "./xlsx/book";
export { loadXlsx } from "./xlsx/load";
export { snapshotOf } from "./xlsx/snapshot";
export { applyPlanToXlsx } from "./xlsx/plan";
export { saveXlsx } from "./xlsx/save";
export { XlsxReadError, XlsxPlanError } from "./xlsx/errors";
export type { XlsxReadErrorReason, XlsxPlanErrorReason } from "./xlsx/errors";
