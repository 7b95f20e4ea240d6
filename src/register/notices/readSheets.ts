/**
 * Reading back the add-in's notice sheets (« Mentions … », ./sheetPlan.ts writes them): which fiche and
 * audience each one was made for, and when. In the pane's first load (the path's step 3 asks which
 * fiches have their notices), so it reads four cells per sheet and nothing else.
 *
 * The keys sit in the mark's hidden column, under the mark: they are the add-in's, out of sight and out
 * of print, and a user rewording the notice on the sheet does not change what it was made for.
 *
 * Pure: no Office.js, no ExcelJS.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { NoticeAudience, NoticeSheetInfo } from "./model";
import { findOwnedSheets } from "../ownedSheets";
import { ownedSheetDayOf } from "../dates";

/** The column of the keys: the mark's (Z), hidden. */
const KEY_COL = 26;
/** The rows of the keys under the mark (Z1): the RÉF, the audience, the day, the fiche's sheet. */
export const NOTICE_KEY_ROWS = { ref: 2, audience: 3, madeOn: 4, ficheSheet: 5 } as const;

const AUDIENCES: readonly NoticeAudience[] = ["patients", "professionals", "members", "staff"];

function raw(sheet: SheetSnapshot, row: number): CellValue {
  return sheet.values[row - 1]?.[KEY_COL - 1] ?? "";
}

/** The key cell of `key` on a notice sheet, as text. */
export function noticeKey(sheet: SheetSnapshot, key: keyof typeof NOTICE_KEY_ROWS): string {
  return String(raw(sheet, NOTICE_KEY_ROWS[key])).trim();
}

export function isNoticeAudience(s: string): s is NoticeAudience {
  return (AUDIENCES as readonly string[]).includes(s);
}

/** The add-in's notice sheets, in tab order; one whose audience cannot be read is not counted as a notice. */
export function readNoticeSheets(snapshot: WorkbookSnapshot): NoticeSheetInfo[] {
  const out: NoticeSheetInfo[] = [];
  for (const sheet of findOwnedSheets(snapshot, "notice")) {
    const audience = noticeKey(sheet, "audience");
    if (!isNoticeAudience(audience)) continue;
    out.push({ sheet: sheet.name, ficheRef: noticeKey(sheet, "ref"), audience, madeOn: ownedSheetDayOf(raw(sheet, NOTICE_KEY_ROWS.madeOn)) });
  }
  return out;
}
