/**
 * Where addresses go when rows are inserted or deleted, the way Excel moves them. Ranges stay
 * ranges: a whole-column range (`B:B`, `A1:XFD1048576`) is not affected by rows moving, and nothing is
 * ever expanded cell by cell.
 */
import { MAX_ROWS, parseAddress, parseCell, rectAddress, shiftRect, shiftRow, cellAddress, type Rect } from "../../../../register";
import type { RowShift } from "../../formulas";

export type { RowShift };

/** The first row after the deleted ones, or the first inserted row: where a deleted thing lands. */
function landing(shift: RowShift): number {
  return Math.min(shift.start, MAX_ROWS);
}

/** A row number after the shift; null when the row was deleted or pushed past the sheet's end. */
export function movedRow(row: number, shift: RowShift): number | null {
  const moved = shiftRow(row, shift.start, shift.count);
  return moved === null || moved > MAX_ROWS ? null : moved;
}

/** A row number after the shift, a deleted row landing on the first row below the deletion. */
export function movedRowOrLanding(row: number, shift: RowShift): number {
  return movedRow(row, shift) ?? Math.min(landing(shift), MAX_ROWS);
}

/** A rectangle after the shift: moved, grown or shrunk; null when all its rows were deleted. */
export function movedRect(r: Rect, shift: RowShift): Rect | null {
  if (r.top === 1 && r.bottom === MAX_ROWS) return r; // whole columns stay whole columns
  const moved = shiftRect(r, shift.start, shift.count);
  if (!moved || moved.top > MAX_ROWS) return null;
  return { ...moved, bottom: Math.min(moved.bottom, MAX_ROWS) };
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}

/** One reference (`B4`, `B4:H4`, `5:7`, `B:B`) after the shift, as text; unchanged text when it did not move; null when deleted. Text that is not a reference is kept. */
export function movedRef(ref: string, shift: RowShift): string | null {
  const r = parseAddress(ref);
  if (!r) return ref;
  const moved = movedRect(r, shift);
  if (!moved) return null;
  return sameRect(r, moved) ? ref : rectAddress(moved);
}

/** A cell address after the shift; a deleted cell lands on the first row below the deletion. */
export function movedCellOrLanding(address: string, shift: RowShift): string {
  const pos = parseCell(address);
  if (!pos) return address;
  const row = movedRowOrLanding(pos.row, shift);
  return row === pos.row ? address : cellAddress(row, pos.col);
}

/** A piece of a space-separated list of ranges: its text, and its rectangle when we understand it. */
export interface SqrefPiece {
  text: string;
  rect: Rect | null;
}

export function sqrefPieces(sqref: string): SqrefPiece[] {
  return sqref
    .trim()
    .split(/\s+/)
    .filter((t) => t !== "")
    .map((text) => ({ text, rect: parseAddress(text) }));
}

export function sqrefText(pieces: readonly SqrefPiece[]): string {
  return pieces.map((p) => p.text).join(" ");
}

/** A `sqref` after the shift; pieces wholly deleted are dropped (the result may be ""). */
export function movedSqrefPieces(sqref: string, shift: RowShift): SqrefPiece[] {
  const out: SqrefPiece[] = [];
  for (const piece of sqrefPieces(sqref)) {
    if (!piece.rect) {
      out.push(piece);
      continue;
    }
    const moved = movedRect(piece.rect, shift);
    if (!moved) continue;
    out.push(sameRect(moved, piece.rect) ? piece : { text: rectAddress(moved), rect: moved });
  }
  return out;
}

export function movedSqref(sqref: string, shift: RowShift): string {
  return sqrefText(movedSqrefPieces(sqref, shift));
}
