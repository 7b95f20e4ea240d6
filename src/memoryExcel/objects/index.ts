/**
 * The Excel objects the add-in uses, over the document of doc.ts, one class a file (or one object and
 * the small objects that hang from it: a range's format with its font, fill and borders). Each behaviour
 * that imitates real Excel says so beside its code; see core.ts for the request/sync/load rules every
 * object follows.
 */
export { MemoryAutoFilter } from "./autoFilter";
export { MemoryChart, MemoryChartCollection, MemoryChartTitle } from "./chart";
export { MemoryConditionalFormat, MemoryConditionalFormatCollection } from "./conditionalFormat";
export { MemoryDataValidation, listItems } from "./dataValidation";
export { MemoryWorksheetFreezePanes } from "./freezePanes";
export { MemoryPageLayout } from "./pageLayout";
export { MemoryNamedItem } from "./namedItem";
export { MemoryNamedItemCollection } from "./namedItemCollection";
export { MemoryRange } from "./range";
export { MemoryRangeBorder, MemoryRangeBorderCollection, MemoryRangeFill, MemoryRangeFont, MemoryRangeFormat } from "./rangeFormat";
export { MemoryRequestContext } from "./requestContext";
export { MemoryRuntime } from "./runtime";
export { selectionFor } from "./selection";
export { MemorySetting } from "./setting";
export { MemorySettingCollection } from "./settingCollection";
export { copyName } from "./sheetNames";
export { MemoryWorkbook } from "./workbook";
export { MemoryWorkbookProtection } from "./workbookProtection";
export { MemoryWorksheet } from "./worksheet";
export { MemoryWorksheetCollection } from "./worksheetCollection";
export { MemoryWorksheetProtection } from "./worksheetProtection";
