/**
 * The ExcelJS workbook, for the two things ExcelJS still does here: creating brand-new workbooks (our
 * template, built cell by cell in src/workbook/template/) and backing the in-memory Excel
 * (src/memoryExcel/), which imitates Office.js over a workbook it can change freely. A user's file is
 * never written by ExcelJS: files go through the package-preserving layer of src/workbook/xlsx.ts.
 *
 *   loadExcelBook(bytes) → ExcelBook → excelBookSnapshot(book) / applyPlanToExcelBook(book, plan) → saveExcelBook(book)
 */
export type { XlsxWorkbook as ExcelBook } from "./exceljs/book";
export { loadXlsx as loadExcelBook } from "./exceljs/load";
export { snapshotOf as excelBookSnapshot } from "./exceljs/snapshot";
export { applyPlanToXlsx as applyPlanToExcelBook } from "./exceljs/plan";
export { saveXlsx as saveExcelBook } from "./exceljs/save";
