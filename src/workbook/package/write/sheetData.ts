/**
 * Rows and cells of a worksheet DOM, found or created in order: rows sorted by number, cells of a row
 * sorted by column, as Excel requires. A row or cell written without its `r` (allowed: it then
 * follows the previous one) gets it written out before anything is inserted, so that an insertion
 * cannot renumber its neighbours.
 */
import type { Element } from "@xmldom/xmldom";
import type { Document } from "@xmldom/xmldom";
import { cellAddress, parseAddress, parseCell, parseSqref, type Rect } from "../../../register";
import { child, childElements, createLike, elements, ensureChild, isTrue, root, WORKSHEET_ORDER } from "./dom";

interface RowAt {
  r: number;
  el: Element;
}

export class SheetData {
  readonly worksheet: Element;
  readonly sheetData: Element;
  private readonly rows: RowAt[] = [];

  constructor(doc: Document) {
    this.worksheet = root(doc);
    this.sheetData = ensureChild(this.worksheet, "sheetData", WORKSHEET_ORDER);
    let previous = 0;
    for (const el of elements(this.sheetData, "row")) {
      const written = Number(el.getAttribute("r"));
      const r = Number.isInteger(written) && written > 0 ? written : previous + 1;
      if (!el.getAttribute("r")) el.setAttribute("r", String(r));
      this.rows.push({ r, el });
      previous = r;
    }
  }

  /** The row element `r`, or null. */
  row(r: number): Element | null {
    const i = this.indexOf(r);
    return i < this.rows.length && this.rows[i].r === r ? this.rows[i].el : null;
  }

  /** First index whose row number is ≥ r (rows are sorted). */
  private indexOf(r: number): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rows[mid].r < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The row element `r`, created at its place when missing (without `spans`: they are optional). */
  ensureRow(r: number): Element {
    const i = this.indexOf(r);
    if (i < this.rows.length && this.rows[i].r === r) return this.rows[i].el;
    const el = createLike(this.sheetData, "row");
    el.setAttribute("r", String(r));
    const next = this.rows[i]?.el ?? null;
    this.sheetData.insertBefore(el, next);
    this.rows.splice(i, 0, { r, el });
    return el;
  }

  /** The cell at (row, col), or null. */
  cell(r: number, col: number): Element | null {
    const row = this.row(r);
    if (!row) return null;
    return cellsOf(row, r).find((c) => c.col === col)?.el ?? null;
  }

  /** The cell at (row, col), created at its place when missing; the row's `spans` widened to hold it. */
  ensureCell(r: number, col: number): Element {
    const row = this.ensureRow(r);
    const cells = cellsOf(row, r);
    const found = cells.find((c) => c.col === col);
    if (found) return found.el;
    const el = createLike(row, "c");
    el.setAttribute("r", cellAddress(r, col));
    // a new cell looks like one Excel makes when the user types there: the row's format, else the column's
    const style = isTrue(row.getAttribute("customFormat")) ? row.getAttribute("s") : this.columnStyle(col);
    if (style && style !== "0") el.setAttribute("s", style);
    const next = cells.find((c) => c.col > col)?.el ?? null;
    if (next) row.insertBefore(el, next);
    else {
      // after the last cell, before any extension element the row may hold
      const after = childElements(row).find((c) => c.localName !== "c") ?? null;
      row.insertBefore(el, after);
    }
    widenSpans(row, col);
    widenDimension(this.worksheet, r, col);
    return el;
  }

  /** The style id `<cols>` gives column `col`, if any. */
  private columnStyle(col: number): string | null {
    for (const c of elements(child(this.worksheet, "cols"), "col")) {
      if (Number(c.getAttribute("min")) <= col && col <= Number(c.getAttribute("max"))) return c.getAttribute("style");
    }
    return null;
  }

  /** The merged areas of the sheet. */
  merges(): Rect[] {
    const out: Rect[] = [];
    for (const m of elements(child(this.worksheet, "mergeCells"), "mergeCell")) {
      const rect = parseAddress(m.getAttribute("ref") ?? "");
      if (rect) out.push(rect);
    }
    return out;
  }
}

/** The `c` children of a row with their columns; a cell without `r` follows the previous one. */
function cellsOf(row: Element, r: number): Array<{ col: number; el: Element }> {
  const out: Array<{ col: number; el: Element }> = [];
  let previous = 0;
  for (const el of elements(row, "c")) {
    const at = parseCell(el.getAttribute("r") ?? "");
    const col = at ? at.col : previous + 1;
    if (!at) el.setAttribute("r", cellAddress(r, col));
    out.push({ col, el });
    previous = col;
  }
  return out;
}

/** `spans` is a hint of the row's first and last columns: kept true when a cell is added outside it. */
function widenSpans(row: Element, col: number): void {
  const spans = row.getAttribute("spans");
  if (!spans) return;
  const bounds = spans
    .split(/\s+/)
    .flatMap((s) => s.split(":"))
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  if (bounds.length === 0) {
    row.removeAttribute("spans");
    return;
  }
  const lo = Math.min(col, ...bounds);
  const hi = Math.max(col, ...bounds);
  if (lo !== Math.min(...bounds) || hi !== Math.max(...bounds)) row.setAttribute("spans", `${lo}:${hi}`);
}

/** `dimension` is the used range: widened when a cell is added outside it. */
function widenDimension(worksheet: Element, r: number, col: number): void {
  const dim = child(worksheet, "dimension");
  const ref = dim?.getAttribute("ref");
  if (!dim || !ref) return;
  const [rect] = parseSqref(ref);
  if (!rect) return;
  const grown = { top: Math.min(rect.top, r), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, r), right: Math.max(rect.right, col) };
  if (grown.top === rect.top && grown.left === rect.left && grown.bottom === rect.bottom && grown.right === rect.right) return;
  dim.setAttribute("ref", `${cellAddress(grown.top, grown.left)}:${cellAddress(grown.bottom, grown.right)}`);
}
