/**
 * Writing the sheet « Constats écartés » (see ./setAside.ts): « Ne plus signaler pour cette fiche » adds
 * a line, « Signaler de nouveau » empties it. Apart from the reading, so that the pane's first load does
 * not carry it (only the set-aside form and list, loaded on demand, use it).
 *
 * Pure: no Office.js, no ExcelJS. Everything written is text, never a formula.
 */
import type { Finding } from "./findings";
import type { Register } from "./model";
import type { CellWrite, WriteOp, WritePlan } from "./plan";
import type { WorkbookSnapshot } from "./snapshot";
import { CATALOGUE, ruleInfo, type RuleId } from "./rules/catalogue";
import { cellText, findOwnedSheets, nextOwnedTableLine, ownedMarkOps } from "./ownedSheets";
import { setAsideTexts } from "./messages/setAside";
import { formatLocalDateTime, type Clock } from "./clock";
import { cellAddress } from "./address";
import { fold } from "./text/fold";
import { PlanError } from "./errors";
import { ficheRefOf, SET_ASIDE_COLS, SET_ASIDE_HEADER_ROW, type SetAsideBook, type SetAsideEntry } from "./setAside";

/** Column widths (characters), in the order of SET_ASIDE_COLS. */
const WIDTHS = [34, 16, 20, 24, 80] as const;

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
  const { sheet, row, isNew } = nextOwnedTableLine(snapshot, "setAside", SET_ASIDE_HEADER_ROW, WIDTHS.length);
  if (isNew) {
    // The add-in's mark, in a hidden column like its other sheets' (should the sheet be shown again).
    ops.push({ op: "addSheet", name: sheet, columnWidths: [...WIDTHS] }, ...ownedMarkOps("setAside", sheet));
    cells.push(text("A1", t.title), text("A2", t.intro));
    t.headers.forEach((h, i) => cells.push(text(cellAddress(SET_ASIDE_HEADER_ROW, i + 1), h)));
  }
  cells.push(
    text(cellAddress(row, SET_ASIDE_COLS.rule), finding.rule),
    text(cellAddress(row, SET_ASIDE_COLS.ref), ref),
    text(cellAddress(row, SET_ASIDE_COLS.when), formatLocalDateTime(clock)),
    text(cellAddress(row, SET_ASIDE_COLS.who), who),
    text(cellAddress(row, SET_ASIDE_COLS.why), why),
  );
  ops.push({ op: "write", sheet, cells });
  if (isNew) ops.push({ op: "sheetVisibility", sheet, visibility: "Hidden" });
  return { title: t.planTitle(setAsideRuleTitle(finding.rule), ref), ops };
}

/**
 * Plan « Signaler de nouveau »: the line is emptied (the finding comes back at the next check). The
 * line is found again in `snapshot` (the workbook as it is now); PlanError when it has changed since.
 */
export function planRestoreSetAside(snapshot: WorkbookSnapshot, entry: SetAsideEntry): WritePlan {
  const sheet = findOwnedSheets(snapshot, "setAside").find((s) => s.name === entry.sheet);
  const same =
    sheet !== undefined &&
    cellText(sheet, entry.row, SET_ASIDE_COLS.rule) === entry.rule &&
    fold(cellText(sheet, entry.row, SET_ASIDE_COLS.ref)) === fold(entry.ref);
  if (!same) throw new PlanError(setAsideTexts.restoreGone);
  const cells: CellWrite[] = Object.values(SET_ASIDE_COLS).map((col) => ({ address: cellAddress(entry.row, col), kind: "clear" }));
  return { title: setAsideTexts.planRestoreTitle(setAsideRuleTitle(entry.rule), entry.ref), ops: [{ op: "write", sheet: entry.sheet, cells }] };
}
