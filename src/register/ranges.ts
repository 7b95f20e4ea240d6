/**
 * Arithmetic on rectangles of cells (./address.ts's `Rect`, 1-based): what the file adapter and the
 * in-memory Excel do to validations, merges and selections — `sqref` lists, containment, moving rows on
 * insertion or deletion, joining touching rectangles, cutting one out of another.
 */
import { parseRange, rectAddress, type Rect } from "./address";

/** `B44:B45 B48` → rectangles (pieces that are not cell rectangles are dropped). */
export function parseSqref(sqref: string): Rect[] {
  const out: Rect[] = [];
  for (const piece of sqref.trim().split(/\s+/)) {
    if (!piece) continue;
    const r = parseRange(piece);
    if (r) out.push(r);
  }
  return out;
}

/** Rectangles → `B44:B45 B48`. */
export function sqrefOf(rects: readonly Rect[]): string {
  return rects.map(rectAddress).join(" ");
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
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
