/**
 * The looks of the add-in's registers kept as a table, one line per event (the breach register, the
 * rights-requests register): a title, the header row in colour and frozen, each line a grid of wrapped
 * text with its dates shown as dates, rows as tall as their text, and on paper A4 landscape one page wide
 * with the header row on every page. Pure: plan ops only.
 */
import type { PlanNumberFormat, WriteOp } from "../plan";
import { cellAddress, columnLetters } from "../address";
import { wrappedLines } from "./report";

export interface RegisterTableShape {
  headerRow: number;
  /** Column widths (characters), from column A. */
  widths: readonly number[];
  headers: readonly string[];
  /** The text at the top of each printed page. */
  printHeader: string;
  /** The columns (1-based) that hold dates, and how they show. */
  dateCols: readonly number[];
  dateFormat: PlanNumberFormat;
}

const COLORS = { title: "#1F4E79", muted: "#595959", headerText: "#FFFFFF" } as const;
/** Points per line of text (Calibri 11) and the room above and below, as the report counts them. */
const LINE_HEIGHT = 15;
const ROW_PADDING = 3;

const lastCol = (shape: RegisterTableShape): string => columnLetters(shape.widths.length);

/** A row as tall as its longest wrapped cell: neither a file nor Excel's API fits it by itself. */
function rowHeight(shape: RegisterTableShape, texts: readonly string[], bold: boolean): number {
  return Math.max(1, ...texts.map((s, i) => wrappedLines(s, shape.widths[i] ?? 10, bold))) * LINE_HEIGHT + ROW_PADDING;
}

/** A new register's looks: the title (A1) and its two lines of explanation (A2:A3), the header row, the print setup. */
export function registerTableLayoutOps(sheet: string, shape: RegisterTableShape): WriteOp[] {
  const header = `A${shape.headerRow}:${lastCol(shape)}${shape.headerRow}`;
  return [
    { op: "format", sheet, range: "A1", format: { bold: true, fontColor: COLORS.title } },
    { op: "rowHeights", sheet, firstRow: 1, heights: [24] },
    { op: "format", sheet, range: "A2:A3", format: { italic: true, fontColor: COLORS.muted } },
    { op: "format", sheet, range: header, format: { bold: true, fontColor: COLORS.headerText, fillColor: COLORS.title, wrapText: true, borders: "thin" } },
    { op: "rowHeights", sheet, firstRow: shape.headerRow, heights: [rowHeight(shape, shape.headers, true)] },
    { op: "freezePanes", sheet, rows: shape.headerRow, columns: 1 },
    {
      op: "printSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: `A:${lastCol(shape)}`,
      titleRows: { first: shape.headerRow, last: shape.headerRow },
      headerText: shape.printHeader,
      pageNumbers: true,
    },
  ];
}

/** A line's looks: a grid, wrapped text, its date cells shown as dates, the row as tall as `texts` (column by column from A). */
export function registerLineLayoutOps(sheet: string, shape: RegisterTableShape, row: number, texts: readonly string[]): WriteOp[] {
  return [
    { op: "rowHeights", sheet, firstRow: row, heights: [rowHeight(shape, texts, false)] },
    { op: "format", sheet, range: `A${row}:${lastCol(shape)}${row}`, format: { borders: "thin", wrapText: true } },
    ...shape.dateCols.map((col): WriteOp => ({
      op: "format",
      sheet,
      range: cellAddress(row, col),
      format: { numberFormat: shape.dateFormat, horizontalAlignment: "left" },
    })),
  ];
}
