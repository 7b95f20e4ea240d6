/**
 * Findings set aside for good: a warning or a conseil the CPTS chose not to see again for one fiche
 * (« Ne plus signaler pour cette fiche »), kept in the workbook itself, in the add-in's hidden sheet
 * « Constats écartés », so that it travels with the file to SESAN and every face (pane, command line)
 * honours it.
 *
 * One line per set-aside: the rule's id (A), the fiche's RÉF as typed (B), when (C), who (D), why (E).
 * The key is (rule id, RÉF folded as the engine folds references): renaming a fiche's sheet keeps its
 * set-asides; changing its RÉF does not. Errors can never be set aside: such a line is ignored and
 * reported, like any line the engine cannot read, as a finding naming its sheet and cell.
 *
 * Pure: no Office.js, no ExcelJS. Everything written is text, never a formula.
 */
import type { Finding } from "./findings";
import type { Register } from "./model";
import type { CellWrite, WriteOp, WritePlan } from "./plan";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { CATALOGUE, isRuleId, ruleInfo, type RuleId } from "./rules/catalogue";
import type { SetAsideRowProblem } from "./rules/catalogue/structure";
import { findOwnedSheets, freeSheetName, MARK_CELL, OWNED_MARKS } from "./ownedSheets";
import { setAsideTexts } from "./messages/setAside";
import { formatLocalDateTime, type Clock } from "./clock";
import { cellAddress } from "./address";
import { fold } from "./text/fold";
import { PlanError } from "./errors";

/** The header row of the table; lines start on the row below. */
export const SET_ASIDE_HEADER_ROW = 4;
const COLS = { rule: 1, ref: 2, when: 3, who: 4, why: 5 } as const;
/** Column widths (characters), in the order of COLS. */
const WIDTHS = [34, 16, 20, 24, 80] as const;

/** One readable line of the sheet. */
export interface SetAsideEntry {
  /** The sheet it was read from (« Constats écartés »). */
  sheet: string;
  /** 1-based row of the line. */
  row: number;
  rule: RuleId;
  /** The fiche's RÉF as written in the line. */
  ref: string;
  when: string;
  who: string;
  why: string;
}

/** A line the engine could not use: reported as a `structure.set-aside-row` finding. */
export interface SetAsideProblem {
  sheet: string;
  /** The cell at fault (A for the rule, B for the RÉF). */
  cell: string;
  problem: SetAsideRowProblem;
  /** What column A says, as typed. */
  rule: string;
}

/** What the workbook's set-aside sheets hold. */
export interface SetAsideBook {
  entries: SetAsideEntry[];
  problems: SetAsideProblem[];
}

function cellText(sheet: SheetSnapshot, row: number, col: number): string {
  const v: CellValue | undefined = sheet.values[row - 1]?.[col - 1];
  return v === undefined ? "" : String(v).trim();
}

/** The lines of every owned « Constats écartés » sheet (normally one), in tab then row order. */
export function readSetAside(snapshot: WorkbookSnapshot): SetAsideBook {
  const book: SetAsideBook = { entries: [], problems: [] };
  for (const sheet of findOwnedSheets(snapshot, "setAside")) {
    for (let row = SET_ASIDE_HEADER_ROW + 1; row <= sheet.values.length; row++) {
      const rule = cellText(sheet, row, COLS.rule);
      const ref = cellText(sheet, row, COLS.ref);
      const when = cellText(sheet, row, COLS.when);
      const who = cellText(sheet, row, COLS.who);
      const why = cellText(sheet, row, COLS.why);
      if (!rule && !ref && !when && !who && !why) continue;
      const at = (col: number) => cellAddress(row, col);
      if (!rule) book.problems.push({ sheet: sheet.name, cell: at(COLS.rule), problem: "no-rule", rule });
      else if (!isRuleId(rule)) book.problems.push({ sheet: sheet.name, cell: at(COLS.rule), problem: "unknown-rule", rule });
      else if (CATALOGUE[rule].severity === "error") book.problems.push({ sheet: sheet.name, cell: at(COLS.rule), problem: "error-rule", rule });
      else if (!ref) book.problems.push({ sheet: sheet.name, cell: at(COLS.ref), problem: "no-ref", rule });
      else book.entries.push({ sheet: sheet.name, row, rule, ref, when, who, why });
    }
  }
  return book;
}

/** The key of a set-aside: the rule, and the RÉF as the engine compares references. */
export function setAsideKey(rule: string, ref: string): string {
  return `${rule}\u0000${fold(ref)}`;
}

/** The RÉF of the fiche on `sheet`, when it is a real fiche with one; else null. */
export function ficheRefOf(register: Register, sheet: string): string | null {
  const fiche = register.fiches.find((f) => f.sheet === sheet && f.kind === "fiche");
  const ref = fiche?.ref.value.trim() ?? "";
  return ref === "" ? null : ref;
}

/** A finding may be set aside: a warning or a conseil, on a fiche that has a RÉF. */
export function canSetAside(register: Register, finding: Pick<Finding, "severity" | "sheet">): boolean {
  return finding.severity !== "error" && ficheRefOf(register, finding.sheet) !== null;
}

/** The set-aside key of a finding, or null when it cannot be set aside. */
function keyOfFinding(register: Register, finding: Pick<Finding, "rule" | "severity" | "sheet">): string | null {
  if (finding.severity === "error") return null;
  const ref = ficheRefOf(register, finding.sheet);
  return ref === null ? null : setAsideKey(finding.rule, ref);
}

/**
 * Splits findings into those still reported and the number set aside. An error is never left out,
 * whatever the sheet says (readSetAside already refuses such lines; this is the engine's own guard).
 */
export function leaveOutSetAside<F extends Finding>(findings: F[], register: Register): { kept: F[]; setAside: number } {
  const entries = register.setAside?.entries ?? [];
  if (entries.length === 0) return { kept: findings, setAside: 0 };
  const keys = new Set(entries.map((e) => setAsideKey(e.rule, e.ref)));
  const kept: F[] = [];
  let setAside = 0;
  for (const f of findings) {
    const key = keyOfFinding(register, f);
    if (key !== null && keys.has(key)) setAside++;
    else kept.push(f);
  }
  return { kept, setAside };
}

/** The name typed on the last line (so that the user types it once): empty when there is none. */
export function lastSetAsideAuthor(book: SetAsideBook | undefined): string {
  const withName = (book?.entries ?? []).filter((e) => e.who !== "");
  return withName.length > 0 ? withName[withName.length - 1].who : "";
}

/** The French name of a rule (its catalogue title), for the list and the plan's title. */
export function setAsideRuleTitle(rule: RuleId): string {
  return ruleInfo(rule).title;
}

const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

/** The row after the last non-empty row of the table: a note typed below by the user is not overwritten. */
function nextFreeRow(sheet: SheetSnapshot): number {
  let last = SET_ASIDE_HEADER_ROW;
  for (let r = SET_ASIDE_HEADER_ROW; r < sheet.values.length; r++) {
    if ((sheet.values[r] ?? []).slice(0, WIDTHS.length).some((v) => String(v).trim() !== "")) last = r + 1;
  }
  return last + 1;
}

export interface SetAsideNote {
  /** The name the user typed. */
  who: string;
  /** Why the finding does not apply to this fiche. */
  why: string;
}

/**
 * Plan « Ne plus signaler pour cette fiche »: a new line in the set-aside sheet, made hidden on first
 * use (the user has no reason to see it; the pane lists its lines). Throws PlanError (French) for an
 * error, for a finding that is not on a fiche with a RÉF, or without a name or a reason.
 */
export function planSetAside(
  snapshot: WorkbookSnapshot,
  register: Register,
  finding: Pick<Finding, "rule" | "severity" | "sheet">,
  note: SetAsideNote,
  clock: Clock,
): WritePlan {
  const t = setAsideTexts;
  if (finding.severity === "error" || CATALOGUE[finding.rule].severity === "error") throw new PlanError(t.cannotSetAsideError);
  const ref = ficheRefOf(register, finding.sheet);
  if (ref === null) throw new PlanError(t.cannotSetAsideNoRef);
  const who = note.who.trim();
  const why = note.why.trim();
  if (!who) throw new PlanError(t.noWho);
  if (!why) throw new PlanError(t.noWhy);

  const ops: WriteOp[] = [];
  const cells: CellWrite[] = [];
  const existing = findOwnedSheets(snapshot, "setAside")[0];
  let sheet: string;
  let row: number;
  if (existing) {
    sheet = existing.name;
    row = nextFreeRow(existing);
  } else {
    sheet = freeSheetName(
      snapshot.sheets.map((s) => s.name),
      t.sheetName,
    );
    ops.push({ op: "addSheet", name: sheet, columnWidths: [...WIDTHS] });
    cells.push(text(MARK_CELL, OWNED_MARKS.setAside), text("A1", t.title), text("A2", t.intro));
    t.headers.forEach((h, i) => cells.push(text(cellAddress(SET_ASIDE_HEADER_ROW, i + 1), h)));
    row = SET_ASIDE_HEADER_ROW + 1;
  }
  cells.push(
    text(cellAddress(row, COLS.rule), finding.rule),
    text(cellAddress(row, COLS.ref), ref),
    text(cellAddress(row, COLS.when), formatLocalDateTime(clock)),
    text(cellAddress(row, COLS.who), who),
    text(cellAddress(row, COLS.why), why),
  );
  ops.push({ op: "write", sheet, cells });
  if (!existing) ops.push({ op: "sheetVisibility", sheet, visibility: "Hidden" });
  return { title: t.planTitle(setAsideRuleTitle(finding.rule), ref), ops };
}

/**
 * Plan « Signaler de nouveau »: the line is emptied (the finding comes back at the next check). The
 * line is found again in `snapshot` (the workbook as it is now); PlanError when it has changed since.
 */
export function planRestoreSetAside(snapshot: WorkbookSnapshot, entry: SetAsideEntry): WritePlan {
  const sheet = findOwnedSheets(snapshot, "setAside").find((s) => s.name === entry.sheet);
  const same = sheet !== undefined && cellText(sheet, entry.row, COLS.rule) === entry.rule && fold(cellText(sheet, entry.row, COLS.ref)) === fold(entry.ref);
  if (!same) throw new PlanError(setAsideTexts.restoreGone);
  const cells: CellWrite[] = Object.values(COLS).map((col) => ({ address: cellAddress(entry.row, col), kind: "clear" }));
  return { title: setAsideTexts.planRestoreTitle(setAsideRuleTitle(entry.rule), entry.ref), ops: [{ op: "write", sheet: entry.sheet, cells }] };
}
