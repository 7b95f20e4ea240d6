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
import { cellAddress } from "../address";
import { formatFrenchDateTime, isOwnedSheetDay } from "../dates";
import { PlanError } from "../errors";
import { registerLineLayoutOps, registerTableLayoutOps, type RegisterTableShape } from "../owned/registerTable";
import { BREACH_COL_COUNT, BREACH_COLS, BREACH_HEADER_ROW, readBreaches } from "./sheet";

/** Column widths (characters), in the order of BREACH_COLS. */
const WIDTHS = [16, 30, 26, 24, 14, 26, 16, 24, 16, 22] as const;
const DATE_TIME = "dd/mm/yyyy hh:mm" as const;
/** The date columns of a line: the discovery, the CNIL's notification, the persons informed. */
const DATE_COLS = [BREACH_COLS.discovered, BREACH_COLS.cnilAt, BREACH_COLS.personsAt] as const;
/** The register's table, for its looks (owned/registerTable.ts). */
const BREACH_TABLE: RegisterTableShape = {
  headerRow: BREACH_HEADER_ROW,
  widths: WIDTHS,
  headers: breachTexts.headers,
  printHeader: breachTexts.printHeader,
  dateCols: DATE_COLS,
  dateFormat: DATE_TIME,
};

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
  if (isNew) ops.push(...registerTableLayoutOps(sheet, BREACH_TABLE));
  // The line's texts column by column (A to F, as `optional` lists C to F), to size its row.
  const texts = ["00/00/0000 00:00", what, ...optional.map(([, value]) => value)];
  ops.push(...registerLineLayoutOps(sheet, BREACH_TABLE, row, texts), { op: "select", sheet, address: at(C.discovered) });
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
