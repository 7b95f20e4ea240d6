/**
 * A1 addresses, rectangles and `sqref` lists: the small geometry every other module of the adapter
 * shares (validations, merges, row shifts). Rows and columns are 1-based.
 */

import { columnIndex, columnLetter } from "../../register";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** `A` → 1, `Z` → 26, `AA` → 27 (the engine counts from 0; ExcelJS, and this adapter, from 1). */
export function columnNumber(letters: string): number {
  return columnIndex(letters) + 1;
}

/** 1 → `A`, 27 → `AA`. */
export function columnLetters(col: number): string {
  return columnLetter(col - 1);
}

export function parseCell(address: string): { row: number; col: number } | null {
  const m = CELL_RE.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `B44:B45` or `B57` → rectangle; null when not an A1 cell or range. */
export function parseRange(range: string): Rect | null {
  const parts = range.trim().split(":");
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rectAddress(r: Rect): string {
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

/** `B44:B45 B48` → rectangles (unparseable pieces are dropped). */
export function parseSqref(sqref: string): Rect[] {
  const out: Rect[] = [];
  for (const piece of sqref.trim().split(/\s+/)) {
    if (!piece) continue;
    const r = parseRange(piece);
    if (r) out.push(r);
  }
  return out;
}

export function sqrefOf(rects: readonly Rect[]): string {
  return rects.map(rectAddress).join(" ");
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/**
 * Where rows move when `count` rows are inserted before `start` (count > 0) or the rows
 * `start … start-count-1` are deleted (count < 0). Returns null for a deleted row.
 */
export function shiftRow(row: number, start: number, count: number): number | null {
  if (count >= 0) return row >= start ? row + count : row;
  const removed = -count;
  if (row < start) return row;
  if (row < start + removed) return null;
  return row - removed;
}

/**
 * A rectangle after a row insertion/deletion, the way Excel moves it: below → moved, spanning the
 * insertion point → grown, partly deleted → shrunk; null when every row of it was deleted.
 */
export function shiftRect(r: Rect, start: number, count: number): Rect | null {
  if (count >= 0) {
    return {
      top: r.top >= start ? r.top + count : r.top,
      bottom: r.bottom >= start ? r.bottom + count : r.bottom,
      left: r.left,
      right: r.right,
    };
  }
  const removed = -count;
  const end = start + removed - 1;
  if (r.top >= start && r.bottom <= end) return null;
  const top = r.top < start ? r.top : r.top > end ? r.top - removed : start;
  const bottom = r.bottom < start ? r.bottom : r.bottom > end ? r.bottom - removed : start - 1;
  return { top, bottom, left: r.left, right: r.right };
}

/**
 * Joins rectangles that touch vertically or horizontally and share the same span, so that a list
 * of single cells reads back as the few ranges a person would write.
 */
export function coalesceRects(rects: readonly Rect[]): Rect[] {
  let list = rects.map((r) => ({ ...r }));
  let changed = true;
  while (changed) {
    changed = false;
    list.sort((a, b) => a.left - b.left || a.top - b.top);
    const out: Rect[] = [];
    for (const r of list) {
      const prev = out.find(
        (p) =>
          (p.left === r.left && p.right === r.right && r.top <= p.bottom + 1 && r.bottom >= p.top - 1) ||
          (p.top === r.top && p.bottom === r.bottom && r.left <= p.right + 1 && r.right >= p.left - 1),
      );
      if (prev) {
        prev.top = Math.min(prev.top, r.top);
        prev.bottom = Math.max(prev.bottom, r.bottom);
        prev.left = Math.min(prev.left, r.left);
        prev.right = Math.max(prev.right, r.right);
        changed = true;
      } else {
        out.push(r);
      }
    }
    list = out;
  }
  return list.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Quotes a sheet name for a formula when needed: `'5_-_Listes'`, `Feuil1`. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !parseCell(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
