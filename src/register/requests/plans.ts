/**
 * Writing the rights-requests register « Demandes d'exercice des droits » (./sheet.ts reads it): a new
 * line per request, appended after the last non-empty row (never over what a user typed below), the
 * sheet made on first use with its head, columns and print setup; and on an existing line, the identity
 * check, the extension announced (with its reasons) and the answer with its outcome, each in its cells.
 * Apart from the reading, so that the pane loads it only when it writes.
 *
 * Pure: no Office.js, no ExcelJS. Text is written as text, dates as date serials shown dd/mm/yyyy,
 * never a formula.
 */
import type { CellWrite, WriteOp, WritePlan } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import type { RequestEntry, RequestOutcome, RightKind } from "./model";
import { findOwnedSheets, nextOwnedTableLine, ownedMarkOps } from "../ownedSheets";
import { requestTexts } from "../messages/requests";
import { todaySerial, type Clock } from "../clock";
import { cellAddress } from "../address";
import { formatFrenchDate, isOwnedSheetDay } from "../dates";
import { PlanError } from "../errors";
import { registerLineLayoutOps, registerTableLayoutOps, type RegisterTableShape } from "../owned/registerTable";
import { REQUEST_COL_COUNT, REQUEST_COLS, REQUEST_HEADER_ROW, readRequests } from "./sheet";
import { isOpenRequest, requestDeadline } from "./deadline";

/** Column widths (characters), in the order of REQUEST_COLS. */
const WIDTHS = [12, 24, 22, 14, 14, 14, 12, 16, 32] as const;
const DATE = "dd/mm/yyyy" as const;
const DATE_COLS = [REQUEST_COLS.received, REQUEST_COLS.extendedOn, REQUEST_COLS.answered] as const;
/** The register's table, for its looks (owned/registerTable.ts). */
const REQUEST_TABLE: RegisterTableShape = {
  headerRow: REQUEST_HEADER_ROW,
  widths: WIDTHS,
  headers: requestTexts.headers,
  printHeader: requestTexts.printHeader,
  dateCols: DATE_COLS,
  dateFormat: DATE,
};

/** The order the rights are written in, as the law lists them (art. 15 to 21). */
const RIGHT_ORDER: readonly RightKind[] = ["access", "rectification", "erasure", "restriction", "portability", "objection"];

/** What the pane's form gives for a new request. */
export interface NewRequest {
  /** The day it was received: a whole-day Excel serial. */
  received: number;
  /** Who asks, as little as needed (a name or initials). */
  person: string;
  rights: RightKind[];
  /** The fiche concerned, its RÉF ("" when not known yet). */
  ficheRef: string;
  /** Identity checked, in words (requestTexts.identityLabels), "" when not said. */
  identityChecked: string;
}

/** The extension announced to the person on `on`, with why (art. 12.3). */
export interface ExtensionRecord {
  on: number;
  reasons: string;
}

/** The answer sent on `on`, its outcome, and the reasons of a refusal (art. 12.4). */
export interface AnswerRecord {
  on: number;
  outcome: Exclude<RequestOutcome, "unknown">;
  reasons?: string;
}

const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

/** « Accès, Rectification », the rights in the law's order. */
export function rightsLabel(rights: readonly RightKind[]): string {
  return RIGHT_ORDER.filter((r) => rights.includes(r))
    .map((r) => requestTexts.rightLabels[r])
    .join(", ");
}

/** Refuses a day the reader would not take, or one after today. */
function checkDay(serial: number, clock: Clock): number {
  if (!isOwnedSheetDay(serial)) throw new PlanError(requestTexts.badDate);
  const day = Math.floor(serial);
  if (day > todaySerial(clock)) throw new PlanError(requestTexts.futureDate);
  return day;
}

function newSheetOps(sheet: string): { ops: WriteOp[]; cells: CellWrite[] } {
  const t = requestTexts;
  const ops: WriteOp[] = [{ op: "addSheet", name: sheet, columnWidths: [...WIDTHS] }, ...ownedMarkOps("requests", sheet)];
  const cells: CellWrite[] = [text("A1", t.title), text("A2", t.intro), text("A3", t.rules)];
  t.headers.forEach((h, i) => cells.push(text(cellAddress(REQUEST_HEADER_ROW, i + 1), h)));
  return { ops, cells };
}

/**
 * Plan « Noter la demande »: a new line in the register, the sheet made on first use. Throws PlanError
 * (French) without a person or a right, or with a receipt date unreadable or in the future.
 */
export function planAddRequest(snapshot: WorkbookSnapshot, fields: NewRequest, clock: Clock): WritePlan {
  const t = requestTexts;
  const received = checkDay(fields.received, clock);
  const person = fields.person.trim();
  if (!person) throw new PlanError(t.noPerson);
  const rights = rightsLabel(fields.rights);
  if (!rights) throw new PlanError(t.noRight);

  const ops: WriteOp[] = [];
  const cells: CellWrite[] = [];
  const { sheet, row, isNew } = nextOwnedTableLine(snapshot, "requests", REQUEST_HEADER_ROW, REQUEST_COL_COUNT);
  if (isNew) {
    const head = newSheetOps(sheet);
    ops.push(...head.ops);
    cells.push(...head.cells);
  }
  const C = REQUEST_COLS;
  const at = (col: number) => cellAddress(row, col);
  cells.push({ address: at(C.received), kind: "date", value: received }, text(at(C.person), person), text(at(C.rights), rights));
  const ficheRef = fields.ficheRef.trim();
  const identity = fields.identityChecked.trim();
  if (ficheRef) cells.push(text(at(C.fiche), ficheRef));
  if (identity) cells.push(text(at(C.identity), identity));
  ops.push({ op: "write", sheet, cells });
  if (isNew) ops.push(...registerTableLayoutOps(sheet, REQUEST_TABLE));
  ops.push(...registerLineLayoutOps(sheet, REQUEST_TABLE, row, ["00/00/0000", person, rights, ficheRef, identity]), {
    op: "select",
    sheet,
    address: at(C.received),
  });
  return { title: t.planAddTitle(formatFrenchDate(received)), ops };
}

/** The line as it is in `snapshot` now; PlanError when it is gone or changed since it was read. */
function currentLine(snapshot: WorkbookSnapshot, entry: RequestEntry): RequestEntry & { unreadable: Set<string> } {
  const sheets = findOwnedSheets(snapshot, "requests").filter((s) => s.name === entry.sheet);
  const book = readRequests({ ...snapshot, sheets });
  const now = book?.entries.find((e) => e.row === entry.row);
  if (!book || !now || now.received !== entry.received || now.person !== entry.person) throw new PlanError(requestTexts.lineGone);
  return { ...now, unreadable: new Set(book.problems.map((p) => p.cell)) };
}

/** A day on the line: readable, not in the future, not before the receipt. */
function checkLineDay(on: number, line: RequestEntry, clock: Clock): number {
  const day = checkDay(on, clock);
  if (line.received !== null && day < line.received) throw new PlanError(requestTexts.beforeReceipt);
  return day;
}

const receivedOf = (line: RequestEntry): string => (line.received === null ? "?" : formatFrenchDate(line.received));

/** The reasons column with one more reason, on its own line after what is there. */
function withReason(line: RequestEntry, prefix: string, reasons: string): string {
  const added = `${prefix}${reasons}`;
  return line.reasons ? `${line.reasons}\n${added}` : added;
}

function dateOps(sheet: string, address: string, day: number): WriteOp[] {
  return [
    { op: "write", sheet, cells: [{ address, kind: "date", value: day }] },
    { op: "format", sheet, range: address, format: { numberFormat: DATE, horizontalAlignment: "left" } },
  ];
}

/** Plan « Identité vérifiée : … » in the line's one cell (`identity` in words, requestTexts.identityLabels). */
export function planRecordIdentity(snapshot: WorkbookSnapshot, entry: RequestEntry, identity: string): WritePlan {
  const line = currentLine(snapshot, entry);
  const value = identity.trim();
  const address = cellAddress(line.row, REQUEST_COLS.identity);
  const cell: CellWrite = value ? text(address, value) : { address, kind: "clear" };
  return { title: requestTexts.planIdentityTitle(receivedOf(line)), ops: [{ op: "write", sheet: line.sheet, cells: [cell] }] };
}

/**
 * Plan « Prolongation annoncée le … », with its reasons, on a line still without an answer: only within
 * the first month (art. 12.3), else PlanError saying it is too late.
 */
export function planRecordExtension(snapshot: WorkbookSnapshot, entry: RequestEntry, record: ExtensionRecord, clock: Clock): WritePlan {
  const t = requestTexts;
  const line = currentLine(snapshot, entry);
  if (!isOpenRequest(line)) throw new PlanError(t.alreadyAnswered);
  if (line.extendedOn !== null || line.unreadable.has(line.extendedCell)) throw new PlanError(t.alreadyExtended);
  const deadline = requestDeadline(line);
  if (deadline === null) throw new PlanError(t.noReceipt);
  const on = checkLineDay(record.on, line, clock);
  if (on > deadline.firstMonth) throw new PlanError(t.tooLateToExtend(formatFrenchDate(deadline.firstMonth)));
  const reasons = record.reasons.trim();
  if (!reasons) throw new PlanError(t.noReasons);
  const ops = [
    ...dateOps(line.sheet, line.extendedCell, on),
    {
      op: "write",
      sheet: line.sheet,
      cells: [text(cellAddress(line.row, REQUEST_COLS.reasons), withReason(line, t.extensionReason, reasons))],
    } satisfies WriteOp,
  ];
  return { title: t.planExtensionTitle(receivedOf(line)), ops };
}

/** Plan « Répondu le … », its outcome and, for a refusal (even in part), its reasons (required: art. 12.4), on a line still without an answer. */
export function planRecordAnswer(snapshot: WorkbookSnapshot, entry: RequestEntry, record: AnswerRecord, clock: Clock): WritePlan {
  const t = requestTexts;
  const line = currentLine(snapshot, entry);
  if (!isOpenRequest(line)) throw new PlanError(t.alreadyAnswered);
  const on = checkLineDay(record.on, line, clock);
  const reasons = (record.reasons ?? "").trim();
  const refusing = record.outcome === "refused" || record.outcome === "partly-granted";
  if (refusing && !reasons) throw new PlanError(t.noReasons);
  const cells: CellWrite[] = [text(cellAddress(line.row, REQUEST_COLS.outcome), t.outcomeLabels[record.outcome])];
  if (reasons) cells.push(text(cellAddress(line.row, REQUEST_COLS.reasons), withReason(line, refusing ? t.refusalReason : "", reasons)));
  const ops: WriteOp[] = [...dateOps(line.sheet, line.answeredCell, on), { op: "write", sheet: line.sheet, cells }];
  return { title: t.planAnswerTitle(receivedOf(line)), ops };
}
