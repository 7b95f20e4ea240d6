/**
 * The add-in's own sheets and how they are recognised: the verification report ("Rapport de
 * vérification") and the tracking sheet of the 4-step path ("Suivi de conformité"). What they hold is
 * planned in owned/report.ts and owned/tracking.ts.
 *
 * An owned sheet is recognised by a MARK the add-in writes in a far cell (Z1), not by its name alone:
 * a user's own sheet that happens to be called "Rapport de vérification" has no mark, so it is never
 * replaced nor deleted, and the add-in writes its report beside it as "Rapport de vérification (2)".
 * The mark's column is hidden (ownedMarkOps): nobody reads an internal tag on screen or on paper. The
 * mark stayed in Z1 when its column was hidden, so the sheets written before, with Z1 in sight, are
 * recognised the same way.
 *
 * Pure: no Office.js, no ExcelJS. Everything written is text (dates as dd/mm/yyyy), never a formula.
 */
import type { WriteOp } from "./plan";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { OWNED_SHEET_NAMES } from "./messages/ownedSheetNames";
import { SET_ASIDE_SHEET_NAME } from "./messages/setAsideSheet";
import { CYBER_SHEET_NAMES } from "./messages/cyberSheets";
import { RIGHTS_SHEET_NAMES } from "./messages/rightsSheets";
import { colOf, rowOf } from "./address";

/** Where the mark sits: Z1, in a hidden column far from what a coordinator reads. */
export const MARK_CELL = "Z1";
const MARK_ROW = rowOf(MARK_CELL);
const MARK_COL = colOf(MARK_CELL);
/** The hidden column's width, should a curious user show it again: the mark is readable then. */
const MARK_COLUMN_WIDTH = 30;

export type OwnedSheetKind =
  "report" | "tracking" | "setAside" | "audit" | "breaches" | "card" | "notice" | "requests" | "aipdDone" | "sesanSummary" | "consolidation";

export const OWNED_MARKS: Record<OwnedSheetKind, string> = {
  report: "cpts-registre-rgpd:rapport:1",
  tracking: "cpts-registre-rgpd:suivi:1",
  setAside: "cpts-registre-rgpd:ecartes:1",
  audit: "cpts-registre-rgpd:autodiagnostic:1",
  breaches: "cpts-registre-rgpd:violations:1",
  card: "cpts-registre-rgpd:fiche-reflexe:1",
  notice: "cpts-registre-rgpd:mentions:1",
  requests: "cpts-registre-rgpd:demandes-droits:1",
  aipdDone: "cpts-registre-rgpd:aipd-realisees:1",
  sesanSummary: "cpts-registre-rgpd:synthese-sesan:1",
  consolidation: "cpts-registre-rgpd:consolidation:1",
};

export const OWNED_BASE_NAMES: Record<OwnedSheetKind, string> = {
  report: OWNED_SHEET_NAMES.report,
  tracking: OWNED_SHEET_NAMES.tracking,
  setAside: SET_ASIDE_SHEET_NAME,
  audit: CYBER_SHEET_NAMES.audit,
  breaches: CYBER_SHEET_NAMES.breaches,
  card: CYBER_SHEET_NAMES.card,
  notice: RIGHTS_SHEET_NAMES.notice,
  requests: RIGHTS_SHEET_NAMES.requests,
  aipdDone: RIGHTS_SHEET_NAMES.aipdDone,
  sesanSummary: OWNED_SHEET_NAMES.sesanSummary,
  consolidation: OWNED_SHEET_NAMES.consolidation,
};

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("fr") === b.toLocaleLowerCase("fr");
}

/** The trimmed text of a cell of `sheet` (1-based row and column), "" when empty. */
export function cellText(sheet: SheetSnapshot, row: number, col: number): string {
  const v: CellValue | undefined = sheet.values[row - 1]?.[col - 1];
  return v === undefined ? "" : String(v).trim();
}

/**
 * The row (1-based) where a new line of an owned sheet's table goes: after the last row, under the
 * header row, that holds anything in the table's first `columns` columns. A note the user typed below
 * the table moves the next line under it rather than being written over.
 */
export function rowAfterTable(sheet: SheetSnapshot, headerRow: number, columns: number): number {
  let last = headerRow;
  for (let r = headerRow; r < sheet.values.length; r++) {
    if ((sheet.values[r] ?? []).slice(0, columns).some((v) => String(v).trim() !== "")) last = r + 1;
  }
  return last + 1;
}

/**
 * `name` is `base` or `base (n)` (what we, or Excel's "Move or Copy", would call it), the base shortened
 * when it had to be for « (n) » to fit in 31 characters (freeSheetName).
 */
function hasBaseName(name: string, base: string): boolean {
  if (sameSheetName(name, base)) return true;
  const m = /^(.*) \((\d+)\)$/.exec(name);
  return m !== null && (sameSheetName(m[1], base) || sameSheetName(m[1], numberedBase(base, ` (${m[2]})`)));
}

/** Excel's limit on a sheet's name (sheetName.ts has the full rules; not imported here, to keep the first load light). */
const SHEET_NAME_MAX = 31;

/** `base`, cut so that `base` + `suffix` stays within Excel's 31 characters (our own names: no surrogate pairs). */
function numberedBase(base: string, suffix: string): string {
  return base.length + suffix.length <= SHEET_NAME_MAX ? base : base.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd();
}

/** Where the next line of an owned table goes: on the add-in's sheet of `kind`, or on a new one to make. */
export interface OwnedTableLine {
  sheet: string;
  row: number;
  /** The sheet does not exist yet: the caller's plan makes it (addSheet, mark, title, header row) first. */
  isNew: boolean;
}

/**
 * The next line of the add-in's table of `kind` (its first sheet of that kind, after the last row that
 * holds anything in the table's first `columns` columns), or the first line under `headerRow` of a new
 * sheet named after the kind, beside the user's sheets.
 */
export function nextOwnedTableLine(snapshot: WorkbookSnapshot, kind: OwnedSheetKind, headerRow: number, columns: number): OwnedTableLine {
  const existing = findOwnedSheets(snapshot, kind)[0];
  if (existing) return { sheet: existing.name, row: rowAfterTable(existing, headerRow, columns), isNew: false };
  const sheet = freeSheetName(
    snapshot.sheets.map((s) => s.name),
    OWNED_BASE_NAMES[kind],
  );
  return { sheet, row: headerRow + 1, isNew: true };
}

/**
 * The kinds of which the add-in makes several sheets, each named from its base and what it is for
 * (« Mentions ref-002 patients », notices/sheetPlan.ts): the base is a prefix of the name, followed by a space.
 */
const PREFIX_NAMED: ReadonlySet<OwnedSheetKind> = new Set<OwnedSheetKind>(["notice"]);

/** `name` starts with `base` and a space, without regard to case (a prefix-named kind's sheet). */
function hasBasePrefix(name: string, base: string): boolean {
  return name.length > base.length + 1 && name.charAt(base.length) === " " && sameSheetName(name.slice(0, base.length), base);
}

/**
 * True when the sheet was made by the add-in as `kind`: it carries the mark, under its usual name (for a
 * prefix-named kind, a name that starts with the base). The mark alone is not enough: a sheet copied by
 * the user and renamed to something of theirs is theirs.
 */
export function isOwnedSheet(sheet: SheetSnapshot, kind: OwnedSheetKind): boolean {
  if (cellText(sheet, MARK_ROW, MARK_COL) !== OWNED_MARKS[kind]) return false;
  const base = OWNED_BASE_NAMES[kind];
  return hasBaseName(sheet.name, base) || (PREFIX_NAMED.has(kind) && hasBasePrefix(sheet.name, base));
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
    const suffix = ` (${i})`;
    const candidate = `${numberedBase(base, suffix)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * The ops that make `sheet` (new in the same plan, or the add-in's) recognisable as `kind`: the mark
 * in Z1, and its column hidden so that it is neither seen nor printed.
 */
export function ownedMarkOps(kind: OwnedSheetKind, sheet: string): WriteOp[] {
  return [
    { op: "write", sheet, cells: [{ address: MARK_CELL, kind: "text", value: OWNED_MARKS[kind] }] },
    { op: "columnWidths", sheet, firstColumn: MARK_COL, widths: [MARK_COLUMN_WIDTH], hidden: true },
  ];
}
