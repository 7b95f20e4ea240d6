/**
 * The tracking sheet of the 4-step path ("Suivi de conformité"): one row per item the user ticked, kept
 * in the workbook so that the ticks travel with the file. Pure, text only.
 */
import { normalizeLabel } from "../normalize";
import type { CellWrite, WriteOp, WritePlan } from "../plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { ownedTexts } from "../messages/owned";
import type { PathTicks } from "../path";
import { formatLocalDate, type Clock } from "../clock";
import { PATH_STEPS } from "../data/path";
import { cellAddress } from "../address";
import { cellText, findOwnedSheets, freeSheetName, ownedMarkOps, rowAfterTable } from "../ownedSheets";

const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

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
      row = rowAfterTable(existing, TRACK_HEADER_ROW, TRACK_WIDTHS.length);
    }
  } else {
    sheetName = freeSheetName(
      snapshot.sheets.map((s) => s.name),
      t.sheetName,
    );
    ops.push({ op: "addSheet", name: sheetName, columnWidths: [...TRACK_WIDTHS] }, ...ownedMarkOps("tracking", sheetName));
    cells.push(text("A1", t.title), text("A2", t.intro));
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
