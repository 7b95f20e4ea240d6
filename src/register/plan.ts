/**
 * A write plan: what the engine wants done to a workbook, as plain data an adapter carries out in one
 * batch. Plans never delete a sheet the add-in did not create and never write formulas: every string
 * is written as text (adapters must keep "0612345678", "1/2" or "=SOMME()" as typed text).
 */
import { isEntireColumns, isEntireRows, MAX_COLS, MAX_ROWS, parseAddress } from "./address";

/** A value to write into one cell (the top-left cell of a merged area). */
export type CellWrite =
  | { address: string; kind: "text"; value: string }
  | { address: string; kind: "number"; value: number }
  /** An Excel date serial, shown as dd/mm/yyyy. */
  | { address: string; kind: "date"; value: number }
  /** Back to empty (used by undo). */
  | { address: string; kind: "clear" }
  /** A clickable link to a cell of the workbook (`'Fiche 1'!B4`), shown as `text`. */
  | { address: string; kind: "link"; value: string; target: { sheet: string; address: string } };

export type WriteOp =
  /** Copy `source` (values, styles, merges, dropdowns) as a new sheet `name`, placed right after `after`. */
  | { op: "copySheet"; source: string; name: string; after: string }
  /** A new empty sheet owned by the add-in, placed at the end of the workbook. */
  | {
      op: "addSheet";
      name: string;
      /**
       * Optional widths of the first columns, column A first, in Excel's unit (characters of the default
       * font, as ExcelJS `column.width`; Office.js takes points: about 5.6 per character at Calibri 11).
       * An adapter that cannot set them leaves Excel's default width. Added for the add-in's own sheets;
       * the `columnWidths` op does the same on any sheet.
       */
      columnWidths?: number[];
    }
  /** Delete a sheet. Only ever planned for sheets the add-in made (undo, rewriting its own report). */
  | { op: "deleteSheet"; name: string }
  | { op: "write"; sheet: string; cells: CellWrite[] }
  /**
   * Insert `count` whole rows before `beforeRow` (1-based), giving them the format, merges and
   * dropdown of `templateRow` (a row of the same block; its row number is taken before insertion).
   */
  | { op: "insertRows"; sheet: string; beforeRow: number; count: number; templateRow: number }
  /** Delete whole rows (used only to undo an `insertRows` of the add-in). */
  | { op: "deleteRows"; sheet: string; firstRow: number; count: number }
  /** Hand the user over: activate the sheet and select a cell. */
  | { op: "select"; sheet: string; address: string }
  | FormatOp
  | ColumnWidthsOp
  | RowHeightsOp
  | FreezePanesOp
  | PrintSetupOp
  | SheetVisibilityOp
  | ConditionalFormatOp
  | AutoFilterOp
  | ChartOp;

// -------------------------------------------------------------------------------------------------
// Layout ops: how a sheet looks and prints. Every one names its `sheet` (an existing sheet, or one an
// earlier op of the same plan made) and, where it takes a `range`, an A1 rectangle without the sheet
// name (`"A1:F1"`, `"B4"`, `"A:A"`, `"3:3"`); a range stays one rectangle (never expanded cell by cell
// in a file: `A:A` is `A1:A1048576`). They never change a value. Colours are `#RRGGBB` (6 hex digits,
// either case; a file stores them as ARGB `FFRRGGBB`).
//
// Undo (invertPlan): on a sheet the plan made, the sheet goes and its looks with it. On a sheet that
// was there before, undo gives back values, rows, sheets and a sheet's visibility, not its looks: a
// format, width, height, frozen pane, print setup, conditional format, filter or chart stays (the
// snapshot does not hold them). Adapters that must roll back a failed batch (Office.js) do the same.

/** Thin, automatic-colour lines: the only border a plan draws. */
export type BorderStyle = "thin";

/** The number formats a plan writes: text (`@`), a date, a date with the time. */
export type PlanNumberFormat = "@" | "dd/mm/yyyy" | "dd/mm/yyyy hh:mm";

/**
 * Cell styles. Each field present is set on every cell of the rectangle; a field absent leaves that
 * property of each cell as it was (a cell keeps its other font, fill, alignment and border settings).
 */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  /** Font colour. */
  fontColor?: string;
  /** Font size in points (6 to 72): a title that must be read from across a room (the cyberattack card). */
  fontSize?: number;
  /** A solid fill (pattern "solid", the colour as its foreground colour). */
  fillColor?: string;
  horizontalAlignment?: "left" | "center" | "right";
  /** Where text sits in a row taller than it (Excel's default is the bottom). */
  verticalAlignment?: "top" | "center" | "bottom";
  wrapText?: boolean;
  /** The number format code itself; `"@"` keeps whatever is typed later as text. */
  numberFormat?: PlanNumberFormat;
  /**
   * `"thin"`: a thin line on all four sides of every cell of the rectangle (the grid of a table),
   * in the automatic (black) colour; in a file, `<left|right|top|bottom style="thin">` with no colour
   * (or `indexed="64"`), diagonals untouched.
   */
  borders?: BorderStyle;
}

/** The most cells one `format` op may style: a table, never a whole sheet, row or column. */
export const MAX_FORMAT_CELLS = 100_000;

/**
 * Styles on a rectangle (see CellFormat), cell by cell: cells of a merged area each get the style, as
 * Excel does. The rectangle is bounded: at most MAX_FORMAT_CELLS cells, never whole rows or columns
 * (`A:A`, `3:3`); adapters refuse a bigger one before anything is written.
 */
export interface FormatOp {
  op: "format";
  sheet: string;
  range: string;
  format: CellFormat;
}

/**
 * Column widths, `widths[0]` for column `firstColumn` (1-based, default 1 = A), the next for the next
 * column. In Excel's unit: characters of the default font, as a file's `<col width>` and ExcelJS's
 * `column.width` hold them (the file keeps `customWidth="1"`); Office.js takes points, 5.6 per
 * character (Calibri 11). The generalisation of `addSheet.columnWidths`, for any sheet, though a plan
 * only sets them on the add-in's own sheets and on our template.
 */
export interface ColumnWidthsOp {
  op: "columnWidths";
  sheet: string;
  firstColumn?: number;
  widths: number[];
  /**
   * true: the columns named are also hidden (their width kept for when a user shows them again);
   * false: shown; absent: left as they were. Where the add-in keeps its mark on its own sheets, out of
   * sight and out of print. A file: `<col hidden="1">`; Office.js: `range.columnHidden` (ExcelApi 1.2).
   */
  hidden?: boolean;
}

/** Row heights in points, `heights[0]` for row `firstRow` (1-based); a file keeps `customHeight="1"`. */
export interface RowHeightsOp {
  op: "rowHeights";
  sheet: string;
  firstRow: number;
  heights: number[];
}

/**
 * Freezes the top `rows` rows and the left `columns` columns (both ≥ 0; 0 and 0 unfreezes). Replaces
 * whatever was frozen or split before. In a file: the sheet's first `<sheetView>` gets
 * `<pane xSplit={columns} ySplit={rows} topLeftCell={first cell below and right} activePane=… state="frozen"/>`
 * (xSplit/ySplit omitted when 0; activePane "bottomRight", "bottomLeft" or "topRight").
 */
export interface FreezePanesOp {
  op: "freezePanes";
  sheet: string;
  rows: number;
  columns: number;
}

/**
 * How the sheet prints. Each field present is set, each absent left as it was.
 * Office.js: needs ExcelApi 1.9 (`worksheet.pageLayout`); below it the op is skipped (Excel's own
 * print settings stay), the rest of the plan runs.
 */
export interface PrintSetupOp {
  op: "printSetup";
  sheet: string;
  orientation?: "portrait" | "landscape";
  /** The only paper a plan asks for (`paperSize="9"` in a file). */
  paperSize?: "A4";
  /**
   * true: all columns on one page wide, as many pages tall as needed (a file: `<sheetPr><pageSetUpPr
   * fitToPage="1"/>` and `<pageSetup fitToWidth="1" fitToHeight="0">`; Office.js: zoom
   * `{ horizontalFitToPages: 1, verticalFitToPages: 0 }`). false: back to 100 % scale.
   */
  fitToWidth?: boolean;
  /**
   * true: the whole print area on ONE page, wide and tall (a file: `fitToPage="1"` and `<pageSetup
   * fitToWidth="1" fitToHeight="1">`; Office.js: zoom `{ horizontalFitToPages: 1, verticalFitToPages: 1 }`):
   * for a one-page document such as the cyberattack card. Wins over `fitToWidth` when both are set.
   */
  fitToPage?: boolean;
  /** The print area, one A1 rectangle (a file: the defined name `_xlnm.Print_Area` local to the sheet, `'Sheet'!$A$1:$F$40`). */
  printArea?: string;
  /** Rows repeated at the top of every page, 1-based inclusive (a file: `_xlnm.Print_Titles`, `'Sheet'!$1:$3`). */
  titleRows?: { first: number; last: number };
  /**
   * A plain text printed in the centre of every page's header (no `&` codes: the text is written with
   * each `&` doubled; a file: `<headerFooter><oddHeader>&C…</oddHeader>`).
   */
  headerText?: string;
  /** true: « Page N / M » in the centre of every page's footer (a file: `<oddFooter>&CPage &P / &N</oddFooter>`). */
  pageNumbers?: boolean;
}

/**
 * Shows or hides a sheet. Never "VeryHidden" (a user could not show it back). Only for sheets the
 * add-in made: the engine never hides a user's sheet, and adapters do not check ownership (they cannot
 * see the add-in's marks), so the engine must. Hiding the last visible sheet is refused (Excel
 * refuses it); hiding the active sheet makes the next visible sheet active. In a file: the sheet's
 * `<sheet state="hidden">` in workbook.xml (no `state` when visible), and the workbook view's
 * `activeTab` moved off a hidden sheet.
 */
export interface SheetVisibilityOp {
  op: "sheetVisibility";
  sheet: string;
  visibility: "Visible" | "Hidden";
}

/**
 * A rule that fills the cells of `range` whose value matches. `equals`: the cell's value equals
 * `text` (Excel compares without case; a file: `<cfRule type="cellIs" operator="equal">` with the
 * formula `"text"`, quotes doubled). `contains`: the cell's text contains `text`, without case (a file:
 * `<cfRule type="containsText" operator="containsText" text="…">` with the formula
 * `NOT(ISERROR(SEARCH("text",TOPLEFT)))`, TOPLEFT the range's top-left cell, relative). The style is a
 * differential format (dxf): a solid fill of `fillColor` (its colour as the fill's background colour,
 * as Excel writes dxf fills) and, when given, the font colour. The rule is added: rules already on
 * the sheet stay, and the new one takes the next free priority (lowest precedence) in a file.
 */
export interface ConditionalFormatOp {
  op: "conditionalFormat";
  sheet: string;
  range: string;
  rule: { operator: "equals" | "contains"; text: string };
  fillColor: string;
  fontColor?: string;
}

/**
 * Filter buttons on a table: `range` is the header row, with the data rows below it when known
 * (`A1:F1` or `A1:F40`). One filter per sheet: it replaces the sheet's filter, no criteria set. A
 * file: `<autoFilter ref="A1:F40"/>` in the sheet (after `sheetData`/`sheetProtection`), and Excel's
 * hidden defined name `_xlnm._FilterDatabase` local to the sheet may be added.
 * Office.js: needs ExcelApi 1.9 (`worksheet.autoFilter`); below it the op is skipped.
 */
export interface AutoFilterOp {
  op: "autoFilter";
  sheet: string;
  range: string;
}

/** The chart types a plan draws (a union, so that others can come). */
export type PlanChartType = "columnClustered";

/**
 * A chart of the figures of `range` (one A1 rectangle without the sheet name, on `sheet`): the first
 * row holds the series' names, the first column the categories' (one series per column, as Excel's
 * `ChartSeriesBy.columns`), the rest numbers. `name` is the chart's name on its sheet, stable (e.g.
 * « Comparaison 2026-12-07 »): a chart of the same name already on that sheet is replaced, so that a
 * plan carried out again leaves one chart. The chart's top-left corner sits on the cell `anchor`;
 * its size in points (Excel's defaults, 360 × 216, when absent). Charts are looks: they never change
 * a value, and undo on a sheet that was there before leaves them (see above).
 *
 * Office.js (ExcelApi 1.1 for `worksheet.charts.add`, title, name, `setPosition`, `delete`; 1.4 for
 * `charts.getItemOrNullObject`): drawn as Excel draws it. The in-memory Excel records the chart
 * (source range, type, title, name, position) without drawing it. The file layers (xlsx.ts and the
 * ExcelJS one) cannot write charts: the op is checked like the others, then skipped; the file keeps
 * the table the chart was made of.
 */
export interface ChartOp {
  op: "chart";
  sheet: string;
  name: string;
  range: string;
  type: PlanChartType;
  title: string;
  anchor: string;
  widthPoints?: number;
  heightPoints?: number;
}

export interface WritePlan {
  /** What the plan does, in French, for the preview and the undo button. */
  title: string;
  ops: WriteOp[];
}

// -------------------------------------------------------------------------------------------------
// Checking a layout op before anything is written

/** What is wrong with a layout op: an address or a value (colour, size, count) no Excel would take. */
export interface LayoutOpProblem {
  kind: "address" | "value";
  /** The offending text, for the message. */
  subject: string;
}

const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;
/** Excel's limits: a column is at most 255 characters wide, a row at most 409 points high. */
const MAX_COLUMN_WIDTH = 255;
const MAX_ROW_HEIGHT = 409;
/** A chart's side, in points: Excel takes up to 169 056 (2 347 inches); a plan never needs that much. */
const MAX_CHART_SIDE = 4000;
/** Excel's longest chart name. */
const MAX_CHART_NAME = 255;

function badColor(color: string | undefined): LayoutOpProblem | null {
  return color === undefined || HEX_COLOR.test(color) ? null : { kind: "value", subject: color };
}

function badRange(range: string): LayoutOpProblem | null {
  return parseAddress(range) ? null : { kind: "address", subject: range };
}

function badCount(n: number, max: number, min = 0): boolean {
  return !Number.isInteger(n) || n < min || n > max;
}

/**
 * Null when every adapter can carry out `op` as plan.ts says; else what is wrong. Adapters call it for
 * each layout op before the plan runs, so that a wrong op changes nothing (other ops: null).
 */
export function layoutOpProblem(op: WriteOp): LayoutOpProblem | null {
  switch (op.op) {
    case "format": {
      const rect = parseAddress(op.range);
      if (!rect || isEntireColumns(rect) || isEntireRows(rect) || (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_FORMAT_CELLS) {
        return { kind: "address", subject: op.range };
      }
      if (op.format.fontSize !== undefined && !(op.format.fontSize >= 6 && op.format.fontSize <= 72))
        return { kind: "value", subject: String(op.format.fontSize) };
      return badColor(op.format.fontColor) ?? badColor(op.format.fillColor);
    }
    case "columnWidths": {
      const first = op.firstColumn ?? 1;
      if (badCount(first, MAX_COLS, 1) || first + op.widths.length - 1 > MAX_COLS) return { kind: "address", subject: String(first) };
      const bad = op.widths.find((w) => !(w >= 0 && w <= MAX_COLUMN_WIDTH));
      return bad === undefined ? null : { kind: "value", subject: String(bad) };
    }
    case "rowHeights": {
      if (badCount(op.firstRow, MAX_ROWS, 1) || op.firstRow + op.heights.length - 1 > MAX_ROWS) return { kind: "address", subject: String(op.firstRow) };
      const bad = op.heights.find((h) => !(h >= 0 && h <= MAX_ROW_HEIGHT));
      return bad === undefined ? null : { kind: "value", subject: String(bad) };
    }
    case "freezePanes":
      return badCount(op.rows, MAX_ROWS - 1) || badCount(op.columns, MAX_COLS - 1) ? { kind: "value", subject: `${op.rows} × ${op.columns}` } : null;
    case "printSetup":
      if (op.printArea !== undefined && badRange(op.printArea)) return badRange(op.printArea);
      if (op.titleRows && (badCount(op.titleRows.first, MAX_ROWS, 1) || badCount(op.titleRows.last, MAX_ROWS, op.titleRows.first))) {
        return { kind: "address", subject: `${op.titleRows.first}:${op.titleRows.last}` };
      }
      return null;
    case "conditionalFormat":
      return badRange(op.range) ?? badColor(op.fillColor) ?? badColor(op.fontColor);
    case "autoFilter":
      return badRange(op.range);
    case "chart": {
      // A chart needs a header row and a header column besides its figures.
      const rect = parseAddress(op.range);
      if (!rect || isEntireColumns(rect) || isEntireRows(rect) || rect.bottom <= rect.top || rect.right <= rect.left)
        return { kind: "address", subject: op.range };
      const anchor = parseAddress(op.anchor);
      if (!anchor || anchor.top !== anchor.bottom || anchor.left !== anchor.right) return { kind: "address", subject: op.anchor };
      if (op.name.trim() === "" || op.name.length > MAX_CHART_NAME) return { kind: "value", subject: op.name };
      const side = [op.widthPoints, op.heightPoints].find((n) => n !== undefined && !(n > 0 && n <= MAX_CHART_SIDE));
      return side === undefined ? null : { kind: "value", subject: String(side) };
    }
    default:
      return null;
  }
}
