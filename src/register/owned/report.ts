/**
 * The verification report ("Rapport de vérification"): a sheet that reads and prints like a document,
 * to send to SESAN or to the board. A title, the verdict and the counts, the points found (errors,
 * then warnings, then conseils, in the engine's order) with a link to each cell, then the fiches.
 *
 * Its looks (bold headers, wrapped messages, severity colours, frozen header row, A4 landscape one page
 * wide with a title and page numbers) are derived from where its tables sit, so that undoing a second
 * report can write the first one back, looks included, from its values alone (restoreReportOps).
 *
 * Planning a new report is in ./reportPlan.ts: the pane loads it on « Écrire le rapport », while undo
 * (restoreReportOps) needs this module from the first load on.
 *
 * Pure: no Office.js, no ExcelJS. Everything written is text, never a formula.
 */
import type { CellWrite, WriteOp } from "../plan";
import type { CellValue, SheetSnapshot } from "../snapshot";
import { ownedTexts } from "../messages/owned";
import type { Clock } from "../clock";
import { cellAddress, parseCell } from "../address";
import { cellText, ownedMarkOps } from "../ownedSheets";

export interface ReportMeta {
  clock: Clock;
  addinVersion: string;
}

const t = ownedTexts.report;

/** The report's columns: A labels and severity, B sheet, C cell, D the message, E the rule's id. */
const LAST_COLUMN = "E";
/** Widths in characters: about 160 in all, printed one page wide on A4 landscape at about 85 %. */
export const REPORT_WIDTHS = [28, 28, 12, 70, 28] as const;

/** Colours: the dark blue of our template's titles, and Excel's own « good / neutral / bad » styles. */
const COLORS = {
  title: "#1F4E79",
  muted: "#595959",
  headerText: "#FFFFFF",
  bad: { fillColor: "#FFC7CE", fontColor: "#9C0006" },
  neutral: { fillColor: "#FFEB9C", fontColor: "#9C5700" },
  good: { fillColor: "#C6EFCE", fontColor: "#006100" },
  note: { fillColor: "#DDEBF7", fontColor: "#1F4E79" },
} as const;

/** Rows of the summary, after the title (row 1) and the introduction (row 2). */
export const SUMMARY_ROWS = {
  verdict: 3,
  errors: 4,
  warnings: 5,
  infos: 6,
  setAside: 7,
  fiches: 8,
  audit: 9,
  incidents: 10,
  requests: 11,
  organisation: 12,
  date: 13,
  version: 14,
} as const;
export const FINDINGS_TITLE_ROW = 15;
export const FINDING_HEADER_ROW = FINDINGS_TITLE_ROW + 1;
/**
 * Freezing the rows above a table deeper than this would leave no room to scroll on a laptop's screen
 * (only a report written by an older version of the add-in can have its table that low).
 */
const MAX_FROZEN_ROWS = 20;

/** Where the tables of a report sit: what its looks are derived from. */
export interface ReportShape {
  findingHeaderRow: number;
  /** Rows under the header (the « nothing found » line counts as one). */
  findingRows: number;
  ficheHeaderRow: number;
  ficheRows: number;
  /** The date of the verification as written, for the printed page's header. */
  dateText: string;
}

export const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

/** What `cells` show, as a grid anchored at A1 (as a snapshot would read it back). */
export function gridOf(cells: readonly CellWrite[]): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const c of cells) {
    const at = parseCell(c.address);
    if (!at || c.kind === "clear") continue;
    (grid[at.row - 1] ??= [])[at.col - 1] = c.value;
  }
  return grid;
}

/** A1 rectangle of columns A to E over rows `first`..`last`. */
const rows = (first: number, last: number): string => `A${first}:${LAST_COLUMN}${last}`;

function headerOps(sheet: string, row: number): WriteOp[] {
  return [
    {
      op: "format",
      sheet,
      range: rows(row, row),
      format: { bold: true, fontColor: COLORS.headerText, fillColor: COLORS.title, wrapText: true, borders: "thin" },
    },
  ];
}

function sectionTitleOps(sheet: string, row: number): WriteOp[] {
  return [{ op: "format", sheet, range: `A${row}`, format: { bold: true, fontColor: COLORS.title } }];
}

/** Points per line of text in Excel's default font (Calibri 11), and the room above and below. */
const LINE_HEIGHT = 15;
const ROW_PADDING = 3;

/**
 * How many lines `text` takes once wrapped in a column `width` characters wide: words packed greedily,
 * a word longer than a line cut. An estimate on the safe side (bold text is wider): neither a file
 * nor Excel's API fits a row's height to wrapped text by itself, so the report sets each one.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(4, Math.floor(width * (bold ? 0.9 : 1.0)));
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= perLine) {
        line = needed;
        continue;
      }
      if (line > 0) lines += 1;
      lines += Math.floor(Math.max(0, word.length - 1) / perLine);
      line = word.length % perLine || perLine;
    }
  }
  return lines;
}

/** Heights of rows `first`..`last`: each as tall as its longest wrapped cell (columns `wrapped`, 1-based). */
function rowHeightsOp(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  first: number,
  last: number,
  wrapped: readonly number[],
  bold: boolean,
): WriteOp {
  const heights: number[] = [];
  for (let row = first; row <= last; row++) {
    const lines = Math.max(1, ...wrapped.map((col) => wrappedLines(String(values[row - 1]?.[col - 1] ?? ""), REPORT_WIDTHS[col - 1], bold)));
    heights.push(lines * LINE_HEIGHT + ROW_PADDING);
  }
  return { op: "rowHeights", sheet, firstRow: first, heights };
}

const ALL_COLUMNS = [1, 2, 3, 4, 5] as const;

/** The looks of a report sheet whose tables sit as `shape` says, holding `values` (anchored at A1). */
export function reportLayoutOps(sheet: string, shape: ReportShape, values: readonly (readonly CellValue[])[]): WriteOp[] {
  const firstFinding = shape.findingHeaderRow + 1;
  const lastFinding = shape.findingHeaderRow + Math.max(shape.findingRows, 1);
  const firstFiche = shape.ficheHeaderRow + 1;
  const lastFiche = shape.ficheHeaderRow + Math.max(shape.ficheRows, 1);
  const lastRow = Math.max(lastFinding, lastFiche);
  const verdictCell = `B${SUMMARY_ROWS.verdict}`;
  const summaryEnd = Math.max(SUMMARY_ROWS.verdict, shape.findingHeaderRow - 2);
  const severity = (label: string, colors: { fillColor: string; fontColor: string }): WriteOp => ({
    op: "conditionalFormat",
    sheet,
    range: `A${firstFinding}:A${lastFinding}`,
    rule: { operator: "equals", text: label },
    ...colors,
  });
  const aipd = (label: string, colors: { fillColor: string; fontColor: string }): WriteOp => ({
    op: "conditionalFormat",
    sheet,
    range: `E${firstFiche}:E${lastFiche}`,
    rule: { operator: "equals", text: label },
    ...colors,
  });
  const ops: WriteOp[] = [
    ...ownedMarkOps("report", sheet),
    { op: "columnWidths", sheet, widths: [...REPORT_WIDTHS] },
    // The document's head
    { op: "format", sheet, range: "A1", format: { bold: true, fontColor: COLORS.title } },
    { op: "rowHeights", sheet, firstRow: 1, heights: [24] },
    { op: "format", sheet, range: "A2", format: { italic: true, fontColor: COLORS.muted } },
    // The summary ends two rows above the findings' header (a report of an older version has fewer rows).
    { op: "format", sheet, range: `A${SUMMARY_ROWS.verdict}:A${summaryEnd}`, format: { bold: true } },
    { op: "format", sheet, range: `B${SUMMARY_ROWS.verdict}:B${summaryEnd}`, format: { horizontalAlignment: "left" } },
    { op: "format", sheet, range: verdictCell, format: { bold: true } },
    { op: "conditionalFormat", sheet, range: verdictCell, rule: { operator: "contains", text: t.verdictNotReady }, ...COLORS.bad },
    { op: "conditionalFormat", sheet, range: verdictCell, rule: { operator: "contains", text: t.verdictReady }, ...COLORS.good },
    // The points found: severity coloured, message wrapped, filter buttons on the header
    ...sectionTitleOps(sheet, shape.findingHeaderRow - 1),
    ...headerOps(sheet, shape.findingHeaderRow),
    rowHeightsOp(sheet, values, shape.findingHeaderRow, shape.findingHeaderRow, ALL_COLUMNS, true),
    rowHeightsOp(sheet, values, firstFinding, lastFinding, [2, 4], false),
    { op: "format", sheet, range: rows(firstFinding, lastFinding), format: { borders: "thin" } },
    { op: "format", sheet, range: `B${firstFinding}:B${lastFinding}`, format: { wrapText: true } },
    { op: "format", sheet, range: `C${firstFinding}:C${lastFinding}`, format: { horizontalAlignment: "center" } },
    { op: "format", sheet, range: `D${firstFinding}:D${lastFinding}`, format: { wrapText: true } },
    { op: "format", sheet, range: `E${firstFinding}:E${lastFinding}`, format: { fontColor: COLORS.muted } },
    severity(t.severity.error, COLORS.bad),
    severity(t.severity.warning, COLORS.neutral),
    severity(t.severity.info, COLORS.note),
    // The fiches
    ...sectionTitleOps(sheet, shape.ficheHeaderRow - 1),
    ...headerOps(sheet, shape.ficheHeaderRow),
    rowHeightsOp(sheet, values, shape.ficheHeaderRow, shape.ficheHeaderRow, ALL_COLUMNS, true),
    rowHeightsOp(sheet, values, firstFiche, lastFiche, [1, 4], false),
    { op: "format", sheet, range: rows(firstFiche, lastFiche), format: { borders: "thin" } },
    { op: "format", sheet, range: `C${firstFiche}:C${lastFiche}`, format: { horizontalAlignment: "center" } },
    { op: "format", sheet, range: `A${firstFiche}:A${lastFiche}`, format: { wrapText: true } },
    { op: "format", sheet, range: `D${firstFiche}:D${lastFiche}`, format: { wrapText: true } },
    aipd(t.aipd.required, COLORS.bad),
    aipd(t.aipd.likely, COLORS.neutral),
    aipd(t.aipd["to-examine"], COLORS.neutral),
    // On paper: A4 landscape, every column on one page wide, the title and the page number on each page
    {
      op: "printSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: rows(1, lastRow),
      headerText: t.printHeader(shape.dateText),
      pageNumbers: true,
    },
  ];
  if (shape.findingRows > 0 && shape.findingHeaderRow < shape.ficheHeaderRow) {
    ops.push({ op: "autoFilter", sheet, range: rows(shape.findingHeaderRow, lastFinding) });
  }
  if (shape.findingHeaderRow <= MAX_FROZEN_ROWS) ops.push({ op: "freezePanes", sheet, rows: shape.findingHeaderRow, columns: 0 });
  return ops;
}

// ---------------------------------------------------------------------------------------------------
// Writing a report back (undo)

/** The first row whose cells A and B hold `headers[0]` and `headers[1]`, or null. */
function headerRow(sheet: SheetSnapshot, headers: readonly string[]): number | null {
  for (let row = 1; row <= sheet.values.length; row++) {
    if (cellText(sheet, row, 1) === headers[0] && cellText(sheet, row, 2) === headers[1]) return row;
  }
  return null;
}

/** How many rows under `header` have something in column A. */
function rowsUnder(sheet: SheetSnapshot, header: number): number {
  let n = 0;
  while (cellText(sheet, header + 1 + n, 1) !== "") n++;
  return n;
}

/** Where the tables of a report sheet sit, read from its values (a report of any version of the add-in). */
function shapeOf(sheet: SheetSnapshot): ReportShape | null {
  const findingHeaderRow = headerRow(sheet, t.findingHeaders);
  const ficheHeaderRow = headerRow(sheet, t.ficheHeaders);
  if (findingHeaderRow === null || ficheHeaderRow === null) return null;
  const dateRow = sheet.values.findIndex((r) => String(r[0] ?? "").trim() === t.date);
  const nothingFound = cellText(sheet, findingHeaderRow + 1, 1) === t.noFinding;
  return {
    findingHeaderRow,
    findingRows: nothingFound ? 0 : rowsUnder(sheet, findingHeaderRow),
    ficheHeaderRow,
    ficheRows: rowsUnder(sheet, ficheHeaderRow),
    dateText: dateRow < 0 ? "" : cellText(sheet, dateRow + 1, 2),
  };
}

/**
 * The ops that write back the add-in's report `sheet` as a snapshot held it (undoing the report that
 * replaced it): the same name, at the end of the workbook, every value, the links to the fiches and
 * cells of sheets in `sheetNames`, and the report's looks. The sheet named so must be gone by then.
 */
export function restoreReportOps(sheet: SheetSnapshot, sheetNames: readonly string[]): WriteOp[] {
  const names = new Set(sheetNames);
  const shape = shapeOf(sheet);
  const cells: CellWrite[] = [];
  sheet.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === "") return;
      const address = cellAddress(r + 1, c + 1);
      if (typeof value === "number") {
        cells.push({ address, kind: "number", value });
        return;
      }
      const shown = String(value);
      if (shape && c === 2 && r + 1 > shape.findingHeaderRow && r + 1 <= shape.findingHeaderRow + shape.findingRows) {
        const target = cellText(sheet, r + 1, 2);
        if (names.has(target) && parseCell(shown)) {
          cells.push({ address, kind: "link", value: shown, target: { sheet: target, address: shown } });
          return;
        }
      }
      if (shape && c === 0 && r + 1 > shape.ficheHeaderRow && r + 1 <= shape.ficheHeaderRow + shape.ficheRows && names.has(shown)) {
        cells.push({ address, kind: "link", value: shown, target: { sheet: shown, address: "A1" } });
        return;
      }
      cells.push(text(address, shown));
    });
  });
  return [
    { op: "addSheet", name: sheet.name, columnWidths: [...REPORT_WIDTHS] },
    { op: "write", sheet: sheet.name, cells },
    ...(shape ? reportLayoutOps(sheet.name, shape, sheet.values) : ownedMarkOps("report", sheet.name)),
    { op: "select", sheet: sheet.name, address: "A1" },
  ];
}
