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
 * Here: reading the sheet and leaving out what it sets aside (every check needs it). Writing it
 * (./setAsidePlans.ts) is apart, so that the pane loads it only when the user sets a finding aside.
 *
 * Pure: no Office.js, no ExcelJS.
 */
import type { Finding } from "./findings";
import type { Register } from "./model";
import type { WorkbookSnapshot } from "./snapshot";
import { CATALOGUE, isRuleId, type RuleId } from "./rules/catalogue";
import type { SetAsideRowProblem } from "./rules/catalogue/structure";
import { cellText, findOwnedSheets } from "./ownedSheets";
import { cellAddress } from "./address";
import { fold } from "./text/fold";

/** The header row of the table; lines start on the row below. */
export const SET_ASIDE_HEADER_ROW = 4;
export const SET_ASIDE_COLS = { rule: 1, ref: 2, when: 3, who: 4, why: 5 } as const;

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

/** The lines of every owned « Constats écartés » sheet (normally one), in tab then row order. */
export function readSetAside(snapshot: WorkbookSnapshot): SetAsideBook {
  const book: SetAsideBook = { entries: [], problems: [] };
  for (const sheet of findOwnedSheets(snapshot, "setAside")) {
    for (let row = SET_ASIDE_HEADER_ROW + 1; row <= sheet.values.length; row++) {
      const rule = cellText(sheet, row, SET_ASIDE_COLS.rule);
      const ref = cellText(sheet, row, SET_ASIDE_COLS.ref);
      const when = cellText(sheet, row, SET_ASIDE_COLS.when);
      const who = cellText(sheet, row, SET_ASIDE_COLS.who);
      const why = cellText(sheet, row, SET_ASIDE_COLS.why);
      if (!rule && !ref && !when && !who && !why) continue;
      const at = (col: number) => cellAddress(row, col);
      if (!rule) book.problems.push({ sheet: sheet.name, cell: at(SET_ASIDE_COLS.rule), problem: "no-rule", rule });
      else if (!isRuleId(rule)) book.problems.push({ sheet: sheet.name, cell: at(SET_ASIDE_COLS.rule), problem: "unknown-rule", rule });
      else if (CATALOGUE[rule].severity === "error") book.problems.push({ sheet: sheet.name, cell: at(SET_ASIDE_COLS.rule), problem: "error-rule", rule });
      else if (!ref) book.problems.push({ sheet: sheet.name, cell: at(SET_ASIDE_COLS.ref), problem: "no-ref", rule });
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
