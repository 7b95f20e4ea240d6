/**
 * The package reader: an .xlsx package → the engine's snapshot, and the merged areas the writer needs.
 */
export { snapshotOfPackage, type SnapshotOptions } from "./snapshot";
export { readSheet, readSheetMerges, type SheetContent, type SheetReadContext, type CellBudget } from "./sheet";
export { readSharedStrings } from "./sharedStrings";
export { readDateStyles, isDateFormat } from "./styles";
