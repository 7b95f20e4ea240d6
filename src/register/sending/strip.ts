/**
 * The copy sent to SESAN carries the register, not people's data (issue 14): in the COPY only, never in
 * the CPTS's own workbook,
 * - the breach register and the rights-requests register are rewritten reduced to their counts (./reduced.ts),
 *   keeping, for what is still open, only the dates its deadline is counted from;
 * - the set-aside findings keep their rule, RÉF and reason; when and who are cleared.
 * The copy then gives the same verdict and the same incidents and requests figures as the register.
 *
 * Pure: a WritePlan for the copy, and what it reduces (for the faces to say).
 */
import type { CellWrite, WriteOp, WritePlan } from "../plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { formatLocalDate, type Clock } from "../clock";
import { cellAddress } from "../address";
import { cellText, findOwnedSheets, ownedMarkOps, type OwnedSheetKind } from "../ownedSheets";
import { readBreaches } from "../breaches/sheet";
import { isOpen, isOverdue } from "../breaches/deadline";
import { readRequests } from "../requests/sheet";
import { isOpenRequest, isOverdueRequest } from "../requests/deadline";
import { SET_ASIDE_COLS, SET_ASIDE_HEADER_ROW } from "../setAside";
import { reducedSheetTexts as rt, stripTexts as t } from "../messages/sending";
import { isReducedSheet, REDUCED_MARK, REDUCED_MARK_CELL, REDUCED_ROWS } from "./reduced";

export type ReducedKind = "breaches" | "requests" | "setAside";

/** A sheet of the copy the plan reduces. */
export interface ReducedSheet {
  kind: ReducedKind;
  sheet: string;
  /** The lines it held (incidents, requests, set-aside findings). */
  lines: number;
  /** What was done, in French (« « Registre des violations » réduite à ses nombres (2 incidents) »). */
  text: string;
}

export interface StripForSending {
  plan: WritePlan;
  reduced: ReducedSheet[];
}

const COLORS = { title: "#1F4E79", muted: "#595959", headerText: "#FFFFFF" } as const;
const WIDTHS = [48, 26];

const textCell = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

/** One open case: its dates (a serial, or null when the register had none it could read). */
type OpenDates = (number | null)[];

interface ReducedContent {
  kind: "breaches" | "requests";
  title: string;
  rows: readonly string[];
  counts: [number, number, number];
  datesHeader: readonly string[];
  open: OpenDates[];
  /** The number format of the first date column (the discovery's hour counts for the 72 hours). */
  firstDateFormat: "dd/mm/yyyy" | "dd/mm/yyyy hh:mm";
}

/** The ops that replace an owned sheet by its reduced version, under the same name. */
function reducedSheetOps(name: string, c: ReducedContent, clock: Clock): WriteOp[] {
  const R = REDUCED_ROWS;
  const cells: CellWrite[] = [
    textCell("A1", c.title),
    textCell("A2", rt.intro(formatLocalDate(clock))),
    textCell(cellAddress(R.header, 1), rt.headers[0]),
    textCell(cellAddress(R.header, 2), rt.headers[1]),
    textCell(REDUCED_MARK_CELL, REDUCED_MARK),
  ];
  [R.total, R.open, R.overdue].forEach((row, i) => {
    cells.push(textCell(cellAddress(row, 1), c.rows[i]), { address: cellAddress(row, 2), kind: "number", value: c.counts[i] });
  });
  cells.push(textCell(cellAddress(R.datesNote, 1), rt.datesNote));
  c.datesHeader.forEach((h, i) => cells.push(textCell(cellAddress(R.datesHeader, i + 1), h)));
  c.open.forEach((dates, i) => {
    dates.forEach((d, col) => {
      const address = cellAddress(R.firstDate + i, col + 1);
      // The first date is what makes the line an open case: never left empty.
      if (d !== null) cells.push({ address, kind: "date", value: d });
      else if (col === 0) cells.push(textCell(address, rt.noDate));
    });
  });
  const lastCol = c.datesHeader.length > 1 ? "B" : "A";
  const lastRow = R.firstDate + Math.max(c.open.length, 1) - 1;
  const ops: WriteOp[] = [
    { op: "deleteSheet", name },
    { op: "addSheet", name, columnWidths: WIDTHS },
    ...ownedMarkOps(c.kind, name),
    { op: "write", sheet: name, cells },
    { op: "format", sheet: name, range: "A1", format: { bold: true, fontColor: COLORS.title, fontSize: 14 } },
    { op: "format", sheet: name, range: "A2", format: { italic: true, fontColor: COLORS.muted } },
    {
      op: "format",
      sheet: name,
      range: `A${R.header}:B${R.header}`,
      format: { bold: true, fontColor: COLORS.headerText, fillColor: COLORS.title, borders: "thin" },
    },
    { op: "format", sheet: name, range: `A${R.total}:B${R.overdue}`, format: { borders: "thin" } },
    { op: "format", sheet: name, range: `A${R.datesNote}`, format: { italic: true, fontColor: COLORS.muted } },
    {
      op: "format",
      sheet: name,
      range: `A${R.datesHeader}:${lastCol}${R.datesHeader}`,
      format: { bold: true, fontColor: COLORS.headerText, fillColor: COLORS.title, borders: "thin", wrapText: true },
    },
  ];
  if (c.open.length > 0) {
    ops.push({ op: "format", sheet: name, range: `A${R.firstDate}:A${lastRow}`, format: { numberFormat: c.firstDateFormat, horizontalAlignment: "left" } });
    if (lastCol === "B")
      ops.push({ op: "format", sheet: name, range: `B${R.firstDate}:B${lastRow}`, format: { numberFormat: "dd/mm/yyyy", horizontalAlignment: "left" } });
  }
  ops.push({ op: "printSetup", sheet: name, orientation: "portrait", paperSize: "A4", fitToWidth: true, printArea: `A1:B${lastRow}` });
  return ops;
}

/** The snapshot as if `sheet` were the only sheet of its kind (each owned sheet is reduced on its own). */
const only = (snapshot: WorkbookSnapshot, sheet: SheetSnapshot): WorkbookSnapshot => ({ ...snapshot, sheets: [sheet] });

function stripBreaches(snapshot: WorkbookSnapshot, sheet: SheetSnapshot, clock: Clock): { ops: WriteOp[]; reduced: ReducedSheet } {
  const entries = readBreaches(only(snapshot, sheet)).entries;
  const open = entries.filter(isOpen);
  const content: ReducedContent = {
    kind: "breaches",
    title: rt.breachesTitle,
    rows: rt.breachRows,
    counts: [entries.length, open.length, open.filter((e) => isOverdue(e, clock)).length],
    datesHeader: rt.breachDatesHeader,
    open: open.map((e) => [e.discovered]),
    firstDateFormat: "dd/mm/yyyy hh:mm",
  };
  return {
    ops: reducedSheetOps(sheet.name, content, clock),
    reduced: { kind: "breaches", sheet: sheet.name, lines: entries.length, text: t.reduced.breaches(sheet.name, entries.length) },
  };
}

function stripRequests(snapshot: WorkbookSnapshot, sheet: SheetSnapshot, clock: Clock): { ops: WriteOp[]; reduced: ReducedSheet } {
  const entries = readRequests(only(snapshot, sheet))?.entries ?? [];
  const open = entries.filter(isOpenRequest);
  const content: ReducedContent = {
    kind: "requests",
    title: rt.requestsTitle,
    rows: rt.requestRows,
    counts: [entries.length, open.length, open.filter((e) => isOverdueRequest(e, clock)).length],
    datesHeader: rt.requestDatesHeader,
    open: open.map((e) => [e.received, e.extendedOn]),
    firstDateFormat: "dd/mm/yyyy",
  };
  return {
    ops: reducedSheetOps(sheet.name, content, clock),
    reduced: { kind: "requests", sheet: sheet.name, lines: entries.length, text: t.reduced.requests(sheet.name, entries.length) },
  };
}

/** Clears « Quand » and « Qui » of every line of a set-aside sheet (rule, RÉF and reason stay). */
function stripSetAside(sheet: SheetSnapshot): { ops: WriteOp[]; reduced: ReducedSheet } | null {
  const cells: CellWrite[] = [];
  let lines = 0;
  for (let row = SET_ASIDE_HEADER_ROW + 1; row <= sheet.values.length; row++) {
    let cleared = false;
    for (const col of [SET_ASIDE_COLS.when, SET_ASIDE_COLS.who]) {
      if (cellText(sheet, row, col) === "") continue;
      cells.push({ address: cellAddress(row, col), kind: "clear" });
      cleared = true;
    }
    if (cleared) lines++;
  }
  if (cells.length === 0) return null;
  return {
    ops: [{ op: "write", sheet: sheet.name, cells }],
    reduced: { kind: "setAside", sheet: sheet.name, lines, text: t.reduced.setAside(sheet.name, lines) },
  };
}

/**
 * The plan that turns a copy of the workbook into the one sent to SESAN (see above). A sheet already
 * reduced is left as it is, so that a copy of a copy is the same copy.
 */
export function planStripForSending(snapshot: WorkbookSnapshot, clock: Clock): StripForSending {
  const ops: WriteOp[] = [];
  const reduced: ReducedSheet[] = [];
  const add = (r: { ops: WriteOp[]; reduced: ReducedSheet } | null) => {
    if (!r) return;
    ops.push(...r.ops);
    reduced.push(r.reduced);
  };
  const owned = (kind: OwnedSheetKind) => findOwnedSheets(snapshot, kind).filter((s) => !isReducedSheet(s));
  for (const sheet of owned("breaches")) add(stripBreaches(snapshot, sheet, clock));
  for (const sheet of owned("requests")) add(stripRequests(snapshot, sheet, clock));
  for (const sheet of findOwnedSheets(snapshot, "setAside")) add(stripSetAside(sheet));
  return { plan: { title: t.planTitle, ops }, reduced };
}
