/**
 * Reading the add-in's hidden sheet « AIPD réalisées » (./model.ts): one line per fiche, its RÉF in
 * column A and the day its AIPD was carried out in column B (a date cell, or a date typed as text
 * should someone show the sheet and type in it). Kept tiny: the verdict reads it on the pane's first
 * load. Writing it is ./plans.ts.
 *
 * Pure: no Office.js, no ExcelJS.
 */
import type { WorkbookSnapshot } from "../snapshot";
import type { AipdDoneBook, AipdDoneRecord } from "./model";
import { cellText, findOwnedSheets } from "../ownedSheets";
import { cellAddress } from "../address";
import { ownedSheetDayOf } from "../dates";
import { fold } from "../text/fold";

/** The header row of the table; lines start on the row below. */
export const AIPD_DONE_HEADER_ROW = 4;

/** The columns of a line, 1-based (A = 1). */
export const AIPD_DONE_COLS = { ref: 1, doneOn: 2, notedOn: 3 } as const;

/** Every line with a RÉF of every owned « AIPD réalisées » sheet (normally one), in tab then row order. */
export function readAipdDone(snapshot: WorkbookSnapshot): AipdDoneBook {
  const records: AipdDoneRecord[] = [];
  for (const sheet of findOwnedSheets(snapshot, "aipdDone")) {
    for (let row = AIPD_DONE_HEADER_ROW + 1; row <= sheet.values.length; row++) {
      const ref = cellText(sheet, row, AIPD_DONE_COLS.ref);
      if (ref === "") continue;
      const doneOnCell = cellAddress(row, AIPD_DONE_COLS.doneOn);
      records.push({ sheet: sheet.name, row, ref, doneOn: ownedSheetDayOf(sheet.values[row - 1]?.[AIPD_DONE_COLS.doneOn - 1]), doneOnCell });
    }
  }
  return { records };
}

/** The line of a RÉF (compared after the engine's folding): the last one when there are several. */
export function aipdDoneRecord(book: AipdDoneBook | undefined, ref: string): AipdDoneRecord | undefined {
  const key = fold(ref);
  if (key === "" || !book) return undefined;
  let found: AipdDoneRecord | undefined;
  for (const r of book.records) if (fold(r.ref) === key) found = r;
  return found;
}

/** The day (Excel serial) the AIPD of the fiche with this RÉF was carried out, or null (none noted, or its date unreadable). */
export function aipdDoneOn(book: AipdDoneBook | undefined, ref: string): number | null {
  return aipdDoneRecord(book, ref)?.doneOn ?? null;
}
