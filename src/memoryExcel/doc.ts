/**
 * The document behind the in-memory Excel: what the proxies of objects/ read and change when a
 * batch runs. One implementation, over the xlsx adapter's ExcelJS workbook (xlsxDoc.ts). Rows and
 * columns are 1-based here, as everywhere (src/register/address.ts).
 */
import type { CellValue } from "../register/snapshot";
import type { Rect } from "../register";

export type { Rect };

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A sheet, stable across renames and moves (like a worksheet's `id` in Excel). */
export interface SheetRef {
  readonly key: number;
}

/** What a cell holds after a write, once the typed input was parsed (typedInput.ts). */
export type CellWriteValue =
  | { kind: "empty" }
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string };

export interface CellRead {
  /** As `Range.values` gives it. */
  value: CellValue;
  /** As `Range.formulas` gives it: "=…" for a formula, else the value. */
  formula: CellValue;
  numberFormat: string;
}

/** A data validation rule as the file keeps it (formula text without "="). */
export interface ValidationRuleDoc {
  /** `list`, `whole`, `decimal`, `date`, `time`, `textLength`, `custom`, `any`. */
  type: string;
  formula1?: string;
  formula2?: string;
  allowBlank?: boolean;
}

export interface HyperlinkDoc {
  /** External address, or empty for a link inside the workbook. */
  address?: string;
  /** `'Fiche 1'!B4` for a link inside the workbook. */
  documentReference?: string;
  screenTip?: string;
}

export type ClearTarget = "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks";
export type CopyKind = "All" | "Formats" | "Values" | "Formulas";
/**
 * What a copy takes: `copyFrom` kinds, plus `InsertFormat`, what Excel gives rows it inserts from
 * the row above (styles and data validation, not merged areas nor contents).
 */
export type CopyMode = CopyKind | "InsertFormat";

/** Office.js's `HorizontalAlignment` values. */
export type HorizontalAlignment = "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";
/** Office.js's `VerticalAlignment` values. */
export type VerticalAlignment = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";

export type BorderSide = "top" | "bottom" | "left" | "right";

/** One side of a cell's border, in Office.js's terms (`style` "Continuous", `weight` "Thin"…). */
export interface BorderDoc {
  style: "Continuous" | "Dash" | "Dot" | "Double";
  weight: "Hairline" | "Thin" | "Medium" | "Thick";
  /** `#RRGGBB`, or null for Excel's automatic colour. */
  color: string | null;
}

/** What `range.format` reads and writes of one cell. Colours are `#RRGGBB`. */
export interface CellStyleDoc {
  bold: boolean;
  italic: boolean;
  /** Points; 11 (Calibri's default) when the cell's font does not say. */
  fontSize: number;
  /** Null: the automatic colour (black). */
  fontColor: string | null;
  /** Null: no fill. */
  fillColor: string | null;
  horizontalAlignment: HorizontalAlignment;
  verticalAlignment: VerticalAlignment;
  wrapText: boolean;
  borders: Record<BorderSide, BorderDoc | null>;
}

/** A change to a cell's style: each field given replaces that property, a border side given replaces that side. */
export type CellStylePatch = Partial<Omit<CellStyleDoc, "borders">> & { borders?: Partial<Record<BorderSide, BorderDoc | null>> };

/** A worksheet's print settings, in Office.js's terms (`worksheet.pageLayout`). */
export interface PageLayoutDoc {
  orientation: "Portrait" | "Landscape";
  /** Office.js's PaperType name (`"A4"`, `"Letter"`), null when the file names none. */
  paperSize: string | null;
  /** `{ scale }` or `{ horizontalFitToPages, verticalFitToPages }` (0: as many pages as needed). */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: Rect | null;
  /** 1-based rows repeated at the top of each page. */
  printTitleRows: { first: number; last: number } | null;
  centerHeader: string;
  centerFooter: string;
}

/** A conditional format the in-memory Excel can make and read: a cell-value or a text rule with a fill and a font colour. */
export interface ConditionalFormatDoc {
  readonly key: number;
  type: "CellValue" | "ContainsText" | "Custom";
  rect: Rect;
  /** `{ formula1, operator }` of a cell-value rule, `{ operator, text }` of a text rule; null until set. */
  rule: { formula1?: string; formula2?: string; operator: string; text?: string } | null;
  fillColor: string | null;
  fontColor: string | null;
}

/**
 * A chart the in-memory Excel records (it does not draw it): what it was made of and where it sits.
 * Sizes in points. Charts live beside the workbook, not in its file (ExcelJS cannot write them).
 */
export interface ChartDoc {
  readonly key: number;
  name: string;
  /** Office.js's ChartType name (`"ColumnClustered"`…). */
  type: string;
  /** The figures drawn: a rectangle of a sheet (a chart may draw another sheet's cells). */
  source: { sheet: SheetRef; rect: Rect };
  seriesBy: "Auto" | "Columns" | "Rows";
  /** The title's text, "" when none was set. */
  title: string;
  /** The cells `setPosition` placed it over (`end` null: only its top-left was given); null until placed. */
  position: { start: Rect; end: Rect | null } | null;
  width: number;
  height: number;
}

export interface Doc {
  /** In tab order. */
  sheets(): SheetRef[];
  has(sheet: SheetRef): boolean;
  id(sheet: SheetRef): string;
  name(sheet: SheetRef): string;
  rename(sheet: SheetRef, name: string): void;
  visibility(sheet: SheetRef): Visibility;
  setVisibility(sheet: SheetRef, v: Visibility): void;
  /** 0-based position in tab order. */
  position(sheet: SheetRef): number;
  move(sheet: SheetRef, position: number): void;
  /** A new empty sheet at the end. */
  addSheet(name: string): SheetRef;
  /** A copy (values, styles, merges, validations, links) at the end, named `name`. */
  copySheet(source: SheetRef, name: string): SheetRef;
  deleteSheet(sheet: SheetRef): void;
  isProtected(sheet: SheetRef): boolean;

  cell(sheet: SheetRef, row: number, col: number): CellRead;
  /** One property of every cell of a rectangle, row by row (the fast path of `range.values`…). */
  grid(sheet: SheetRef, rect: Rect, what: keyof CellRead): (CellValue | string)[][];
  setCell(sheet: SheetRef, row: number, col: number, value: CellWriteValue): void;
  setNumberFormat(sheet: SheetRef, row: number, col: number, format: string): void;
  /** Cells with a value (valuesOnly) or also with a format; null when none. */
  usedRect(sheet: SheetRef, valuesOnly: boolean): Rect | null;
  merges(sheet: SheetRef): Rect[];
  merge(sheet: SheetRef, rect: Rect): void;
  unmerge(sheet: SheetRef, rect: Rect): void;
  validationAt(sheet: SheetRef, row: number, col: number): ValidationRuleDoc | null;
  setValidation(sheet: SheetRef, rect: Rect, rule: ValidationRuleDoc | null): void;
  hyperlinkAt(sheet: SheetRef, row: number, col: number): HyperlinkDoc | null;
  setHyperlink(sheet: SheetRef, row: number, col: number, link: HyperlinkDoc | null, text?: string): void;
  insertRows(sheet: SheetRef, start: number, count: number): void;
  deleteRows(sheet: SheetRef, start: number, count: number): void;
  /** Copies `source` onto the rectangle of the same size whose top-left is (row, col). */
  copyRange(sheet: SheetRef, source: { sheet: SheetRef; rect: Rect }, row: number, col: number, kind: CopyMode): void;
  clear(sheet: SheetRef, rect: Rect, target: ClearTarget): void;
  rowHeight(sheet: SheetRef, row: number): number;
  setRowHeight(sheet: SheetRef, row: number, points: number): void;
  columnWidth(sheet: SheetRef, col: number): number;
  setColumnWidth(sheet: SheetRef, col: number, points: number): void;
  columnHidden(sheet: SheetRef, col: number): boolean;
  setColumnHidden(sheet: SheetRef, col: number, hidden: boolean): void;
  /** What `range.format` (font, fill, alignment, wrap, borders) reads of one cell. */
  style(sheet: SheetRef, row: number, col: number): CellStyleDoc;
  setStyle(sheet: SheetRef, row: number, col: number, patch: CellStylePatch): void;

  /** Frozen rows at the top and columns at the left (0 and 0: none). */
  frozen(sheet: SheetRef): { rows: number; columns: number };
  setFrozen(sheet: SheetRef, rows: number, columns: number): void;
  pageLayout(sheet: SheetRef): PageLayoutDoc;
  setPageLayout(sheet: SheetRef, patch: Partial<PageLayoutDoc>): void;
  /** The sheet's conditional formats, in the order Excel evaluates them. */
  conditionalFormats(sheet: SheetRef): ConditionalFormatDoc[];
  /** A new conditional format on `rect`, with no rule yet (kept in the file once its rule is set). */
  addConditionalFormat(sheet: SheetRef, rect: Rect, type: "CellValue" | "ContainsText"): ConditionalFormatDoc;
  updateConditionalFormat(sheet: SheetRef, key: number, patch: Partial<Pick<ConditionalFormatDoc, "rule" | "fillColor" | "fontColor">>): void;
  /** The sheet's filter range, null when it has none. */
  autoFilter(sheet: SheetRef): Rect | null;
  setAutoFilter(sheet: SheetRef, rect: Rect | null): void;

  /** The sheet's charts, oldest first. */
  charts(sheet: SheetRef): ChartDoc[];
  addChart(sheet: SheetRef, chart: Omit<ChartDoc, "key">): ChartDoc;
  updateChart(sheet: SheetRef, key: number, patch: Partial<Pick<ChartDoc, "name" | "title" | "position" | "width" | "height">>): void;
  deleteChart(sheet: SheetRef, key: number): void;

  /** Defined names (workbook scope). */
  names(): { name: string; formula: string; visible: boolean }[];
  addName(name: string, formula: string): void;
  deleteName(name: string): void;

  /**
   * Excel recalculates as cells change; the in-memory Excel updates the formulas that are a bare
   * reference to a cell written since the last call (a fiche's `H1 = B5`), as the xlsx adapter does.
   */
  recalculate(): void;

  /** Active sheet and selection as the file stores them (first sheet / A1 when absent). */
  initialActive(): { sheet: SheetRef; row: number; col: number } | null;
  setActiveTab(sheet: SheetRef, row: number, col: number): void;
}
