/**
 * The workbook the adapter works on: ExcelJS's workbook plus what ExcelJS cannot hold, and the few
 * ExcelJS 4.4.0 internals the adapter relies on, typed in one place.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { X14Block } from "./x14";

export interface XlsxWorkbook {
  /** The ExcelJS workbook (values, styles, merges, standard validations…). */
  readonly excel: Workbook;
  /**
   * Excel's x14 data validations of each worksheet (key: ExcelJS worksheet id), which ExcelJS
   * ignores: kept here, moved with the rows, copied with the sheets and written back on save.
   */
  readonly x14: Map<number, X14Block>;
}

/** ExcelJS's in-memory model of one cell (`cell.model`), as far as the adapter reads it. */
export interface CellModelX {
  address: string;
  type: number;
  value?: unknown;
  master?: string;
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  result?: unknown;
  text?: unknown;
  hyperlink?: string;
  style?: Record<string, unknown>;
  comment?: unknown;
  [key: string]: unknown;
}

export interface RowModelX {
  cells: CellModelX[];
  number: number;
  min?: number;
  max?: number;
  height?: number;
  style?: Record<string, unknown>;
  hidden?: boolean;
  outlineLevel?: number;
  collapsed?: boolean;
}

export interface ListValidationModelX {
  type: string;
  formulae?: unknown[];
  [key: string]: unknown;
}

export interface AnchorModelX {
  nativeRow: number;
  nativeCol: number;
  nativeRowOff?: number;
  nativeColOff?: number;
}

export interface MediaModelX {
  type: string;
  imageId?: string | number;
  range?: { tl?: AnchorModelX; br?: AnchorModelX; [key: string]: unknown } | string;
  [key: string]: unknown;
}

export interface ConditionalFormattingX {
  ref: string;
  rules: unknown[];
}

/** `worksheet.model` (getter and setter) in ExcelJS 4.4.0. */
export interface SheetModelX {
  id: number;
  name: string;
  rows: RowModelX[];
  /** Given by the getter. */
  merges: string[];
  /** Read by the setter (ExcelJS names it differently each way). */
  mergeCells?: string[];
  dataValidations: Record<string, ListValidationModelX | undefined>;
  conditionalFormattings?: ConditionalFormattingX[];
  media: MediaModelX[];
  views?: Array<Record<string, unknown>>;
  pageSetup?: Record<string, unknown>;
  rowBreaks?: Array<{ id: number; [key: string]: unknown }>;
  tables?: unknown[];
  [key: string]: unknown;
}

export interface WorksheetX {
  id: number;
  name: string;
  orderNo: number;
  state: string;
  model: SheetModelX;
  rowBreaks?: Array<{ id: number; [key: string]: unknown }>;
  views: Array<Record<string, unknown>>;
  /** ExcelJS's per-cell map of standard validations (address → rule). */
  dataValidations: { model?: Record<string, ListValidationModelX | undefined> };
  /** Index of merged areas by master address; the setter of `model` does not clear it. */
  _merges: Record<string, unknown>;
}

export interface WorkbookX {
  views: Array<Record<string, unknown>>;
  properties: { date1904?: boolean; [key: string]: unknown };
  definedNames: { spliceRows(sheetName: string, start: number, numDelete: number, numInsert: number): void };
}

/** The internals of a worksheet (ExcelJS 4.4.0 keeps them public in JavaScript, not in its types). */
export function wsx(ws: Worksheet): WorksheetX {
  return ws as unknown as WorksheetX;
}

export function wbx(wb: Workbook): WorkbookX {
  return wb as unknown as WorkbookX;
}

export function is1904(book: XlsxWorkbook): boolean {
  return Boolean(wbx(book.excel).properties?.date1904);
}

/** The worksheets in tab order. */
export function sheetsInOrder(book: XlsxWorkbook): Worksheet[] {
  return book.excel.worksheets.slice().sort((a, b) => wsx(a).orderNo - wsx(b).orderNo);
}

export function findSheet(book: XlsxWorkbook, name: string): Worksheet | undefined {
  return book.excel.worksheets.find((ws) => ws.name === name);
}

/** ExcelJS's per-cell map of standard validations (address → rule; one object shared per rule). */
export function dvModelOf(ws: Worksheet): Record<string, ListValidationModelX | undefined> {
  const holder = wsx(ws).dataValidations;
  if (!holder.model) holder.model = {};
  return holder.model;
}
