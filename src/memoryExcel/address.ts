/**
 * Addresses as Excel's JavaScript API takes and gives them: `B4`, `B4:H4`, `5:5`, `B:B`, with an
 * optional sheet prefix; `Range.address` is always sheet-qualified (`'Fiche 1'!B4:H4`, `Tutoriel!A1`).
 */
import { cellAddress, columnLetters, columnNumber, quoteSheetName, type Rect } from "../workbook/xlsx/addresses";
import { unquoteSheetName } from "../register/address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Splits `'Fiche 1'!B4` into its sheet (unquoted) and the rest. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address.trim() };
  return { sheet: unquoteSheetName(address.slice(0, bang)), local: address.slice(bang + 1).trim() };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;

/** A local address (no sheet) → rectangle, or null when it is not one Excel would take. */
export function parseLocalAddress(local: string): Rect | null {
  const parts = local.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return null;
  const a = parts[0];
  const b = parts[1] ?? parts[0];
  let rect: Rect | null = null;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    rect = {
      top: Math.min(Number(ca[2]), Number(cb[2])),
      bottom: Math.max(Number(ca[2]), Number(cb[2])),
      left: Math.min(columnNumber(ca[1]), columnNumber(cb[1])),
      right: Math.max(columnNumber(ca[1]), columnNumber(cb[1])),
    };
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    const r1 = Number(ROW.exec(a)![1]);
    const r2 = Number(ROW.exec(b)![1]);
    rect = { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: 1, right: MAX_COLS };
  } else if (parts.length === 2 && COL.test(a) && COL.test(b)) {
    const c1 = columnNumber(COL.exec(a)![1]);
    const c2 = columnNumber(COL.exec(b)![1]);
    rect = { top: 1, bottom: MAX_ROWS, left: Math.min(c1, c2), right: Math.max(c1, c2) };
  }
  if (!rect) return null;
  if (rect.top < 1 || rect.bottom > MAX_ROWS || rect.left < 1 || rect.right > MAX_COLS) return null;
  return rect;
}

export function isEntireRows(r: Rect): boolean {
  return r.left === 1 && r.right === MAX_COLS;
}

export function isEntireColumns(r: Rect): boolean {
  return r.top === 1 && r.bottom === MAX_ROWS;
}

/** `B4:H4`, `B4`, `5:5`, `B:B` — the local part Excel gives. */
export function localAddress(r: Rect): string {
  if (isEntireRows(r)) return `${r.top}:${r.bottom}`;
  if (isEntireColumns(r)) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

/** `'Fiche 1'!B4:H4`: what `Range.address` gives. */
export function qualifiedAddress(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${localAddress(r)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** The smallest rectangle holding `r` and every merged area it touches (how Excel grows a selection). */
export function growToMerges(r: Rect, merges: readonly Rect[]): Rect {
  let out = { ...r };
  let changed = true;
  while (changed) {
    changed = false;
    for (const m of merges) {
      if (intersects(out, m) && !containsRect(out, m)) {
        out = {
          top: Math.min(out.top, m.top),
          left: Math.min(out.left, m.left),
          bottom: Math.max(out.bottom, m.bottom),
          right: Math.max(out.right, m.right),
        };
        changed = true;
      }
    }
  }
  return out;
}

/** `r` minus `cut`: up to four rectangles. */
export function subtractRect(r: Rect, cut: Rect): Rect[] {
  if (!intersects(r, cut)) return [r];
  const out: Rect[] = [];
  if (r.top < cut.top) out.push({ top: r.top, bottom: cut.top - 1, left: r.left, right: r.right });
  if (r.bottom > cut.bottom) out.push({ top: cut.bottom + 1, bottom: r.bottom, left: r.left, right: r.right });
  const top = Math.max(r.top, cut.top);
  const bottom = Math.min(r.bottom, cut.bottom);
  if (r.left < cut.left) out.push({ top, bottom, left: r.left, right: cut.left - 1 });
  if (r.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: r.right });
  return out;
}
