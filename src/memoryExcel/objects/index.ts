/**
 * The Excel objects the add-in uses, over the document of doc.ts, one class a file. Each behaviour
 * that imitates real Excel says so beside its code; see core.ts for the request/sync/load rules every
 * object follows.
 */
export { MemoryDataValidation, listItems } from "./dataValidation";
export { MemoryNamedItem } from "./namedItem";
export { MemoryNamedItemCollection } from "./namedItemCollection";
export { MemoryRange } from "./range";
export { MemoryRangeFormat } from "./rangeFormat";
export { MemoryRequestContext } from "./requestContext";
export { selectionFor } from "./selection";
export { MemorySetting } from "./setting";
export { MemorySettingCollection } from "./settingCollection";
export { copyName } from "./sheetNames";
export { MemoryWorkbook } from "./workbook";
export { MemoryWorkbookProtection } from "./workbookProtection";
export { MemoryWorksheet } from "./worksheet";
export { MemoryWorksheetCollection } from "./worksheetCollection";
export { MemoryWorksheetProtection } from "./worksheetProtection";
