/**
 * The add-in's own sheets: the verification report ("Rapport de vérification") and the tracking sheet
 * of the 4-step path ("Suivi de conformité").
 *
 * An owned sheet is recognised by a MARK the add-in writes in a far cell (Z1), not by its name alone:
 * a user's own sheet that happens to be called "Rapport de vérification" has no mark, so it is never
 * replaced nor deleted, and the add-in writes its report beside it as "Rapport de vérification (2)".
 *
 * Pure: no Office.js, no ExcelJS. Everything written is text (dates as dd/mm/yyyy), never a formula.
 */
import { normalizeLabel } from "./normalize";
import { pointsToReview, type Report, type Severity } from "./findings";
import type { Register } from "./model";
import type { CellWrite, WriteOp, WritePlan } from "./plan";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { ownedTexts } from "./messages/owned";
import type { PathTicks } from "./path";
import { formatLocalDate, formatLocalDateTime, type Clock } from "./clock";
import { PATH_STEPS } from "./data/path";
import { cellAddress, colOf, rowOf } from "./address";

/** Where the mark sits: Z1, far from what a coordinator reads. */
export const MARK_CELL = "Z1";
const MARK_ROW = rowOf(MARK_CELL);
const MARK_COL = colOf(MARK_CELL);

export type OwnedSheetKind = "report" | "tracking";

export const OWNED_MARKS: Record<OwnedSheetKind, string> = {
  report: "cpts-registre-rgpd:rapport:1",
  tracking: "cpts-registre-rgpd:suivi:1",
};

export const OWNED_BASE_NAMES: Record<OwnedSheetKind, string> = {
  report: ownedTexts.report.sheetName,
  tracking: ownedTexts.tracking.sheetName,
};

/** Excel compares sheet names without regard to case. */
function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("fr") === b.toLocaleLowerCase("fr");
}

function cellText(sheet: SheetSnapshot, row: number, col: number): string {
  const v: CellValue | undefined = sheet.values[row - 1]?.[col - 1];
  return v === undefined ? "" : String(v).trim();
}

/** `name` is `base` or `base (n)` (what we, or Excel's "Move or Copy", would call it). */
function hasBaseName(name: string, base: string): boolean {
  if (sameSheetName(name, base)) return true;
  const m = /^(.*) \((\d+)\)$/.exec(name);
  return m !== null && sameSheetName(m[1], base);
}

/** True when the sheet was made by the add-in as `kind`: it carries the mark, under its usual name. */
export function isOwnedSheet(sheet: SheetSnapshot, kind: OwnedSheetKind): boolean {
  return cellText(sheet, MARK_ROW, MARK_COL) === OWNED_MARKS[kind] && hasBaseName(sheet.name, OWNED_BASE_NAMES[kind]);
}

/** The owned sheets of a kind, in tab order. */
export function findOwnedSheets(snapshot: WorkbookSnapshot, kind: OwnedSheetKind): SheetSnapshot[] {
  return snapshot.sheets.filter((s) => isOwnedSheet(s, kind));
}

/** `base`, or `base (2)`, `base (3)`… : the first name no sheet left in the workbook uses. */
export function freeSheetName(existing: string[], base: string): string {
  const taken = (n: string) => existing.some((e) => sameSheetName(e, n));
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!taken(candidate)) return candidate;
  }
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

// ---------------------------------------------------------------------------------------------------
// The verification report

export interface ReportMeta {
  clock: Clock;
  addinVersion: string;
}

/** Column widths (characters) of the report: labels and severity, sheet, cell, the message, then the rule's id. */
const REPORT_WIDTHS = [28, 32, 12, 100, 32] as const;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Rows of the two tables of the report, given the number of fiches. */
function reportLayout(ficheCount: number) {
  const fichesTitleRow = 13;
  const ficheHeaderRow = fichesTitleRow + 1;
  const firstFicheRow = ficheHeaderRow + 1;
  const findingsTitleRow = firstFicheRow + Math.max(ficheCount, 1) + 1;
  return { fichesTitleRow, ficheHeaderRow, firstFicheRow, findingsTitleRow, findingHeaderRow: findingsTitleRow + 1 };
}

/**
 * Plan the report sheet: delete the add-in's previous report (only sheets carrying the mark), add a new
 * sheet at the end, and write the title, the date, the add-in's version, the verdict, the counts, the
 * fiches with their completeness, and every finding with a link to its cell.
 */
export function planReportSheet(snapshot: WorkbookSnapshot, register: Register, report: Report, meta: ReportMeta): WritePlan {
  const t = ownedTexts.report;
  const previous = findOwnedSheets(snapshot, "report");
  const remaining = snapshot.sheets.filter((s) => !previous.includes(s)).map((s) => s.name);
  const name = freeSheetName(remaining, t.sheetName);
  const sheetNames = new Set(snapshot.sheets.map((s) => s.name));

  const controller = register.listTab?.controller;
  const organisation = controller
    ? [controller.firstName.value, controller.name.value]
        .map((v) => v.trim())
        .filter(Boolean)
        .join(" ")
    : "";
  const cells: CellWrite[] = [
    text(MARK_CELL, OWNED_MARKS.report),
    text("A1", t.title),
    text("A2", t.intro),
    text("A4", t.organisation),
    text("B4", organisation || t.organisationMissing),
    text("A5", t.date),
    text("B5", formatLocalDateTime(meta.clock)),
    text("A6", t.version),
    text("B6", meta.addinVersion),
    text("A7", t.verdict),
    text("B7", t.verdictText(report.verdict === "ready", report.summary.errors, pointsToReview(report.summary))),
    text("A8", t.errors),
    text("B8", String(report.summary.errors)),
    text("A9", t.warnings),
    text("B9", String(report.summary.warnings)),
    text("A10", t.infos),
    text("B10", String(report.summary.infos)),
    text("A11", t.fiches),
    text("B11", String(report.summary.fiches)),
  ];

  const layout = reportLayout(report.fiches.length);
  cells.push(text(cellAddress(layout.fichesTitleRow, 1), t.fichesTitle));
  t.ficheHeaders.forEach((h, i) => cells.push(text(cellAddress(layout.ficheHeaderRow, i + 1), h)));
  report.fiches.forEach((f, i) => {
    const row = layout.firstFicheRow + i;
    cells.push(
      sheetNames.has(f.sheet)
        ? { address: cellAddress(row, 1), kind: "link", value: f.sheet, target: { sheet: f.sheet, address: "A1" } }
        : text(cellAddress(row, 1), f.sheet),
      text(cellAddress(row, 2), f.ref),
      text(cellAddress(row, 3), `${Math.round(f.completeness)} %`),
      text(cellAddress(row, 4), t.aipd[f.aipd]),
      text(cellAddress(row, 5), f.name),
    );
  });

  cells.push(text(cellAddress(layout.findingsTitleRow, 1), t.findingsTitle));
  t.findingHeaders.forEach((h, i) => cells.push(text(cellAddress(layout.findingHeaderRow, i + 1), h)));
  const findings = report.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
  if (findings.length === 0) cells.push(text(cellAddress(layout.findingHeaderRow + 1, 1), t.noFinding));
  findings.forEach((f, i) => {
    const row = layout.findingHeaderRow + 1 + i;
    cells.push(
      text(cellAddress(row, 1), t.severity[f.severity]),
      text(cellAddress(row, 2), f.sheet),
      sheetNames.has(f.sheet) && f.cell
        ? { address: cellAddress(row, 3), kind: "link", value: f.cell, target: { sheet: f.sheet, address: f.cell } }
        : text(cellAddress(row, 3), f.cell),
      text(cellAddress(row, 4), f.message),
      // Last: a stable identifier for SESAN's tools, not something a coordinator needs to read.
      text(cellAddress(row, 5), f.rule),
    );
  });

  const ops: WriteOp[] = [
    ...previous.map((s): WriteOp => ({ op: "deleteSheet", name: s.name })),
    { op: "addSheet", name, columnWidths: [...REPORT_WIDTHS] },
    { op: "write", sheet: name, cells },
    { op: "select", sheet: name, address: "A1" },
  ];
  return { title: t.planTitle, ops };
}

// ---------------------------------------------------------------------------------------------------
// The tracking sheet ("Suivi de conformité")

/** Where a path item sits, for the "Étape" and "Point vérifié" columns. */
export interface TickItemInfo {
  label: string;
  step?: string;
}

/** The step and label of a path item, from the path's own texts (the id itself when unknown). */
export function tickItemInfo(itemId: string): TickItemInfo {
  for (const step of PATH_STEPS) {
    const item = step.items.find((i) => i.id === itemId);
    if (item) return { label: item.label, step: `${step.number}. ${step.title}` };
  }
  return { label: itemId };
}

const TRACK_HEADER_ROW = 4;
const TRACK_COLS = { step: 1, label: 2, done: 3, date: 4, id: 5 } as const;
/** Column widths (characters) of the tracking sheet, in the order of TRACK_COLS. */
const TRACK_WIDTHS = [36, 90, 8, 12, 26] as const;

function isYes(v: string): boolean {
  return ["oui", "o", "x", "yes", "vrai", "true", "fait", "✓", "✔"].includes(normalizeLabel(v));
}

/** Rows (1-based) of the tracking sheet that hold an item id, with what they say. */
function trackingRows(sheet: SheetSnapshot): { row: number; id: string; done: boolean; date: string }[] {
  const rows: { row: number; id: string; done: boolean; date: string }[] = [];
  for (let row = TRACK_HEADER_ROW + 1; row <= sheet.values.length; row++) {
    const id = cellText(sheet, row, TRACK_COLS.id);
    if (!id) continue;
    rows.push({ row, id, done: isYes(cellText(sheet, row, TRACK_COLS.done)), date: cellText(sheet, row, TRACK_COLS.date) });
  }
  return rows;
}

/** The user's ticks kept in the workbook (empty when the add-in's tracking sheet is absent). */
export function readPathTicks(snapshot: WorkbookSnapshot): PathTicks {
  const sheet = findOwnedSheets(snapshot, "tracking")[0];
  const ticks: PathTicks = {};
  if (!sheet) return ticks;
  for (const r of trackingRows(sheet)) ticks[r.id] = { done: r.done, date: r.date };
  return ticks;
}

/**
 * Plan a tick (or untick) of a path item: creates the tracking sheet on first use, then keeps one row
 * per item (its step, label, Oui/Non and the date of the last change).
 */
export function planTick(snapshot: WorkbookSnapshot, itemId: string, done: boolean, clock: Clock, item: TickItemInfo = tickItemInfo(itemId)): WritePlan {
  const t = ownedTexts.tracking;
  const existing = findOwnedSheets(snapshot, "tracking")[0];
  const title = done ? t.planTitleDone(item.label) : t.planTitleUndone(item.label);
  const ops: WriteOp[] = [];
  const cells: CellWrite[] = [];
  let sheetName: string;
  let row: number;
  if (existing) {
    sheetName = existing.name;
    const rows = trackingRows(existing);
    const found = rows.find((r) => r.id === itemId);
    if (found) {
      row = found.row;
    } else {
      // After the last non-empty row of the table, so that a note the user typed below is not overwritten.
      let last = TRACK_HEADER_ROW;
      for (let r = TRACK_HEADER_ROW; r < existing.values.length; r++) {
        if ((existing.values[r] ?? []).slice(0, 5).some((v) => String(v).trim() !== "")) last = r + 1;
      }
      row = last + 1;
    }
  } else {
    sheetName = freeSheetName(
      snapshot.sheets.map((s) => s.name),
      t.sheetName,
    );
    ops.push({ op: "addSheet", name: sheetName, columnWidths: [...TRACK_WIDTHS] });
    cells.push(text(MARK_CELL, OWNED_MARKS.tracking), text("A1", t.title), text("A2", t.intro));
    t.headers.forEach((h, i) => cells.push(text(cellAddress(TRACK_HEADER_ROW, i + 1), h)));
    row = TRACK_HEADER_ROW + 1;
  }
  cells.push(
    text(cellAddress(row, TRACK_COLS.step), item.step ?? ""),
    text(cellAddress(row, TRACK_COLS.label), item.label),
    text(cellAddress(row, TRACK_COLS.done), done ? t.yes : t.no),
    text(cellAddress(row, TRACK_COLS.date), formatLocalDate(clock)),
    text(cellAddress(row, TRACK_COLS.id), itemId),
  );
  ops.push({ op: "write", sheet: sheetName, cells });
  return { title, ops };
}
