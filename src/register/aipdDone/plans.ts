/**
 * Writing « AIPD réalisée le … » in the add-in's hidden sheet « AIPD réalisées » (./sheet.ts reads it):
 * one line per RÉF, the sheet made hidden on first use (the pane shows what it holds; nobody needs to
 * see it in Excel), noting a fiche again updates its line. The fiche itself is never changed. Apart
 * from the reading, so that the pane loads it only when it writes.
 *
 * Pure: no Office.js, no ExcelJS. The RÉF is written as text, the days as date cells, never a formula.
 */
import type { CellWrite, WriteOp, WritePlan } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import { findOwnedSheets, freeSheetName, ownedMarkOps, rowAfterTable } from "../ownedSheets";
import { aipdDoneTexts } from "../messages/aipdDone";
import { todaySerial, type Clock } from "../clock";
import { cellAddress } from "../address";
import { formatFrenchDate, isOwnedSheetDay } from "../dates";
import { PlanError } from "../errors";
import { AIPD_DONE_COLS, AIPD_DONE_HEADER_ROW, aipdDoneRecord, readAipdDone } from "./sheet";

/** Column widths (characters), in the order of AIPD_DONE_COLS. */
const WIDTHS = [22, 18, 14] as const;
const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });
const date = (address: string, value: number): CellWrite => ({ address, kind: "date", value });

/**
 * Plan « AIPD réalisée le `day` » for the fiche whose RÉF is `ref`: its line updated when it has one
 * (RÉF compared after the engine's folding), else a new line; the sheet made hidden on first use.
 * `day` is an Excel serial (its whole day counts). Throws PlanError (French) without a RÉF, or for a
 * day unreadable or after today.
 */
export function planAipdDone(snapshot: WorkbookSnapshot, ref: string, day: number, clock: Clock): WritePlan {
  const t = aipdDoneTexts;
  const theRef = ref.trim();
  if (theRef === "") throw new PlanError(t.noRef);
  if (!isOwnedSheetDay(Math.floor(day))) throw new PlanError(t.badDate);
  const doneOn = Math.floor(day);
  const today = todaySerial(clock);
  if (doneOn > today) throw new PlanError(t.futureDate);

  const ops: WriteOp[] = [];
  const cells: CellWrite[] = [];
  const existing = findOwnedSheets(snapshot, "aipdDone")[0];
  let sheet: string;
  let row: number;
  if (existing) {
    sheet = existing.name;
    const line = aipdDoneRecord(readAipdDone({ ...snapshot, sheets: [existing] }), theRef);
    row = line?.row ?? rowAfterTable(existing, AIPD_DONE_HEADER_ROW, WIDTHS.length);
  } else {
    sheet = freeSheetName(
      snapshot.sheets.map((s) => s.name),
      t.sheetName,
    );
    ops.push({ op: "addSheet", name: sheet, columnWidths: [...WIDTHS] }, ...ownedMarkOps("aipdDone", sheet));
    cells.push(text("A1", t.title), text("A2", t.intro));
    t.headers.forEach((h, i) => cells.push(text(cellAddress(AIPD_DONE_HEADER_ROW, i + 1), h)));
    row = AIPD_DONE_HEADER_ROW + 1;
  }
  const C = AIPD_DONE_COLS;
  cells.push(text(cellAddress(row, C.ref), theRef), date(cellAddress(row, C.doneOn), doneOn), date(cellAddress(row, C.notedOn), today));
  ops.push(
    { op: "write", sheet, cells },
    { op: "format", sheet, range: `${cellAddress(row, C.doneOn)}:${cellAddress(row, C.notedOn)}`, format: { numberFormat: "dd/mm/yyyy" } },
  );
  if (!existing) ops.push({ op: "sheetVisibility", sheet, visibility: "Hidden" });
  return { title: t.planTitle(theRef, formatFrenchDate(doneOn)), ops };
}
