/**
 * Writing the breach register « Registre des violations » (./sheet.ts reads it): a new line per incident,
 * appended after the last non-empty row (never over what a user typed below), the sheet made on first
 * use with its head, columns and print setup; and the decision on an existing line (CNIL notified on…,
 * or why not; persons informed on…, or why not), written in that one cell. Apart from the reading, so
 * that the pane loads it only when it writes.
 *
 * Pure: no Office.js, no ExcelJS. Text is written as text, dates as date serials with their time shown
 * (dd/mm/yyyy hh:mm), never a formula.
 */
import type { CellWrite, WriteOp, WritePlan } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import type { BreachEntry, BreachRisk } from "./model";
import { findOwnedSheets, nextOwnedTableLine, ownedMarkOps } from "../ownedSheets";
import { breachTexts } from "../messages/breaches";
import { nowLocalSerial, type Clock } from "../clock";
import { cellAddress, columnLetters } from "../address";
import { formatFrenchDateTime, isOwnedSheetDay } from "../dates";
import { PlanError } from "../errors";
import { wrappedLines } from "../owned/report";
import { BREACH_COL_COUNT, BREACH_COLS, BREACH_HEADER_ROW, readBreaches } from "./sheet";

/** Column widths (characters), in the order of BREACH_COLS. */
const WIDTHS = [16, 30, 26, 24, 14, 26, 16, 24, 16, 22] as const;
const LAST_COL = columnLetters(BREACH_COL_COUNT);
const DATE_TIME = "dd/mm/yyyy hh:mm" as const;
const COLORS = { title: "#1F4E79", muted: "#595959", headerText: "#FFFFFF" } as const;
/** The date columns of a line: the discovery, the CNIL's notification, the persons informed. */
const DATE_COLS = [BREACH_COLS.discovered, BREACH_COLS.cnilAt, BREACH_COLS.personsAt] as const;

/** What the pane's form gives for a new incident. */
export interface NewBreach {
  /** When the CPTS became aware of it: an Excel serial with the time of day, on the user's wall clock. */
  discovered: number;
  what: string;
  dataAndPersons: string;
  consequences: string;
  /** The risk for the persons, when judged already. */
  risk?: Exclude<BreachRisk, "unknown">;
  measures: string;
}

/** A decision on the CNIL: notified on `at` (wall-clock serial with the time), or not, and why. */
export type CnilRecord = { kind: "notified"; at: number } | { kind: "not-required"; why: string };
/** A decision on the persons: informed on `at`, or not, and why. */
export type PersonsRecord = { kind: "informed"; at: number } | { kind: "not-required"; why: string };

const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

/** Refuses a date the reader would not take, or one in the future (a minute's grace for the form's « now »). */
function checkDate(serial: number, clock: Clock): void {
  if (!isOwnedSheetDay(serial)) throw new PlanError(breachTexts.badDate);
  if (serial > nowLocalSerial(clock) + 1 / 1440) throw new PlanError(breachTexts.futureDate);
}

/** The head of a new register: title, what it is for, the rule of the 72 hours, the header row; its looks and print setup. */
function newSheetOps(sheet: string): { ops: WriteOp[]; cells: CellWrite[] } {
  const t = breachTexts;
  const ops: WriteOp[] = [{ op: "addSheet", name: sheet, columnWidths: [...WIDTHS] }, ...ownedMarkOps("breaches", sheet)];
  const cells: CellWrite[] = [text("A1", t.title), text("A2", t.intro), text("A3", t.rules)];
  t.headers.forEach((h, i) => cells.push(text(cellAddress(BREACH_HEADER_ROW, i + 1), h)));
  return { ops, cells };
}

function newSheetLayoutOps(sheet: string): WriteOp[] {
  const header = `A${BREACH_HEADER_ROW}:${LAST_COL}${BREACH_HEADER_ROW}`;
  return [
    { op: "format", sheet, range: "A1", format: { bold: true, fontColor: COLORS.title } },
    { op: "rowHeights", sheet, firstRow: 1, heights: [24] },
    { op: "format", sheet, range: "A2:A3", format: { italic: true, fontColor: COLORS.muted } },
    { op: "format", sheet, range: header, format: { bold: true, fontColor: COLORS.headerText, fillColor: COLORS.title, wrapText: true, borders: "thin" } },
    { op: "rowHeights", sheet, firstRow: BREACH_HEADER_ROW, heights: [rowHeight(breachTexts.headers, true)] },
    { op: "freezePanes", sheet, rows: BREACH_HEADER_ROW, columns: 1 },
    // On paper: A4 landscape, the ten columns on one page wide, the header row on every page.
    {
      op: "printSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: `A:${LAST_COL}`,
      titleRows: { first: BREACH_HEADER_ROW, last: BREACH_HEADER_ROW },
      headerText: breachTexts.printHeader,
      pageNumbers: true,
    },
  ];
}

/** Points per line of text (Calibri 11) and the room above and below, as the report counts them. */
const LINE_HEIGHT = 15;
const ROW_PADDING = 3;

/** A row as tall as its longest wrapped cell: neither a file nor Excel's API fits it by itself. */
function rowHeight(texts: readonly string[], bold: boolean): number {
  return Math.max(1, ...texts.map((s, i) => wrappedLines(s, WIDTHS[i] ?? 10, bold))) * LINE_HEIGHT + ROW_PADDING;
}

/** A line's looks: a grid, wrapped text, its date cells showing the time, the row as tall as its text. */
function lineLayoutOps(sheet: string, row: number, texts: readonly string[]): WriteOp[] {
  return [
    { op: "rowHeights", sheet, firstRow: row, heights: [rowHeight(texts, false)] },
    { op: "format", sheet, range: `A${row}:${LAST_COL}${row}`, format: { borders: "thin", wrapText: true } },
    ...DATE_COLS.map((col): WriteOp => ({
      op: "format",
      sheet,
      range: cellAddress(row, col),
      format: { numberFormat: DATE_TIME, horizontalAlignment: "left" },
    })),
  ];
}

/**
 * Plan « Noter la violation »: a new line in the register, the sheet made on first use. Throws
 * PlanError (French) without a description, or with a discovery date unreadable or in the future.
 */
export function planAddBreach(snapshot: WorkbookSnapshot, fields: NewBreach, clock: Clock): WritePlan {
  const t = breachTexts;
  const what = fields.what.trim();
  if (!what) throw new PlanError(t.noWhat);
  checkDate(fields.discovered, clock);

  const ops: WriteOp[] = [];
  const cells: CellWrite[] = [];
  const { sheet, row, isNew } = nextOwnedTableLine(snapshot, "breaches", BREACH_HEADER_ROW, BREACH_COL_COUNT);
  if (isNew) {
    const head = newSheetOps(sheet);
    ops.push(...head.ops);
    cells.push(...head.cells);
  }
  const C = BREACH_COLS;
  const at = (col: number) => cellAddress(row, col);
  cells.push({ address: at(C.discovered), kind: "date", value: fields.discovered }, text(at(C.what), what));
  const optional: [number, string][] = [
    [C.dataAndPersons, fields.dataAndPersons],
    [C.consequences, fields.consequences],
    [C.risk, fields.risk ? t.riskLabels[fields.risk] : ""],
    [C.measures, fields.measures],
  ];
  for (const [col, value] of optional) if (value.trim() !== "") cells.push(text(at(col), value.trim()));
  ops.push({ op: "write", sheet, cells });
  if (isNew) ops.push(...newSheetLayoutOps(sheet));
  // The line's texts column by column (A to F, as `optional` lists C to F), to size its row.
  const texts = ["00/00/0000 00:00", what, ...optional.map(([, value]) => value)];
  ops.push(...lineLayoutOps(sheet, row, texts), { op: "select", sheet, address: at(C.discovered) });
  return { title: t.planAddTitle(formatFrenchDateTime(fields.discovered)), ops };
}

/** The line as it is in `snapshot` now; PlanError when it is gone or changed since it was read. */
function currentLine(snapshot: WorkbookSnapshot, entry: BreachEntry): BreachEntry {
  const sheets = findOwnedSheets(snapshot, "breaches").filter((s) => s.name === entry.sheet);
  const now = readBreaches({ ...snapshot, sheets }).entries.find((e) => e.row === entry.row);
  if (!now || now.discovered !== entry.discovered || now.what !== entry.what) throw new PlanError(breachTexts.lineGone);
  return now;
}

/** Checks a decision's date: readable, not in the future, not before the discovery. */
function checkDecisionDate(at: number, line: BreachEntry, clock: Clock): void {
  checkDate(at, clock);
  if (line.discovered !== null && at < line.discovered) throw new PlanError(breachTexts.beforeDiscovery);
}

/** The one cell a decision writes: the date (shown with its time) or the reason. */
function decisionOps(sheet: string, row: number, atCol: number, whyCol: number, record: { at: number } | { why: string }): WriteOp[] {
  if ("at" in record) {
    const address = cellAddress(row, atCol);
    return [
      { op: "write", sheet, cells: [{ address, kind: "date", value: record.at }] },
      { op: "format", sheet, range: address, format: { numberFormat: DATE_TIME, horizontalAlignment: "left" } },
    ];
  }
  const why = record.why.trim();
  if (!why) throw new PlanError(breachTexts.noWhy);
  return [{ op: "write", sheet, cells: [text(cellAddress(row, whyCol), why)] }];
}

/**
 * Plan « CNIL notifiée le … » or « pas de notification : … » on a line that has no decision yet, in the
 * one cell it concerns. PlanError when the line changed, has a decision already, or the input is wrong.
 */
export function planRecordCnil(snapshot: WorkbookSnapshot, entry: BreachEntry, record: CnilRecord, clock: Clock): WritePlan {
  const line = currentLine(snapshot, entry);
  if (line.cnil.kind !== "undecided") throw new PlanError(breachTexts.alreadyDecided);
  if (record.kind === "notified") checkDecisionDate(record.at, line, clock);
  const discovered = line.discovered === null ? "?" : formatFrenchDateTime(line.discovered);
  const ops = decisionOps(line.sheet, line.row, BREACH_COLS.cnilAt, BREACH_COLS.cnilWhy, record.kind === "notified" ? { at: record.at } : { why: record.why });
  const title = record.kind === "notified" ? breachTexts.planNotifiedTitle(discovered) : breachTexts.planNotRequiredTitle(discovered);
  return { title, ops };
}

/** Plan « Personnes informées le … » or why not, like planRecordCnil. */
export function planRecordPersons(snapshot: WorkbookSnapshot, entry: BreachEntry, record: PersonsRecord, clock: Clock): WritePlan {
  const line = currentLine(snapshot, entry);
  if (line.persons.kind !== "undecided") throw new PlanError(breachTexts.alreadyDecided);
  if (record.kind === "informed") checkDecisionDate(record.at, line, clock);
  const discovered = line.discovered === null ? "?" : formatFrenchDateTime(line.discovered);
  const ops = decisionOps(
    line.sheet,
    line.row,
    BREACH_COLS.personsAt,
    BREACH_COLS.personsWhy,
    record.kind === "informed" ? { at: record.at } : { why: record.why },
  );
  const title = record.kind === "informed" ? breachTexts.planInformedTitle(discovered) : breachTexts.planNotInformedTitle(discovered);
  return { title, ops };
}
