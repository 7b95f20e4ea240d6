/**
 * The `columnWidths` and `rowHeights` ops: a column's `<col width customWidth="1">` (and `hidden="1"`
 * when asked) and a row's
 * `<row ht customHeight="1">`. A `<col>` spanning several columns is split so that only the columns
 * named change; everything else on it (style, hidden, outline level) stays with every piece.
 */
import type { Element } from "@xmldom/xmldom";
import type { ColumnWidthsOp, RowHeightsOp } from "../../../../register";
import type { PlanContext } from "../context";
import { createLike, elements, ensureChild, WORKSHEET_ORDER } from "../dom";
import { SheetData } from "../sheetData";
import { worksheetOf } from "./shared";

function bounds(col: Element): { min: number; max: number } {
  const min = Number(col.getAttribute("min"));
  const max = Number(col.getAttribute("max"));
  return { min, max: Number.isFinite(max) && max >= min ? max : min };
}

/** A copy of `col` over columns min..max, put before `before`. */
function piece(cols: Element, col: Element, min: number, max: number, before: Element | null): Element {
  const copy = col.cloneNode(true) as Element;
  copy.setAttribute("min", String(min));
  copy.setAttribute("max", String(max));
  cols.insertBefore(copy, before);
  return copy;
}

/** The `<col>` of exactly column `c`: carved out of the one that spans it, or a new one in order. */
function singleCol(cols: Element, c: number): Element {
  const all = elements(cols, "col");
  const covering = all.find((col) => bounds(col).min <= c && c <= bounds(col).max);
  if (covering) {
    const { min, max } = bounds(covering);
    if (min === c && max === c) return covering;
    if (min < c) piece(cols, covering, min, c - 1, covering);
    if (max > c) piece(cols, covering, c + 1, max, covering.nextSibling as Element | null);
    covering.setAttribute("min", String(c));
    covering.setAttribute("max", String(c));
    return covering;
  }
  const el = createLike(cols, "col");
  el.setAttribute("min", String(c));
  el.setAttribute("max", String(c));
  cols.insertBefore(el, all.find((col) => bounds(col).min > c) ?? null);
  return el;
}

export function setColumnWidths(ctx: PlanContext, op: ColumnWidthsOp): void {
  if (op.widths.length === 0) return;
  const worksheet = worksheetOf(ctx, ctx.sheet(op.sheet));
  const cols = ensureChild(worksheet, "cols", WORKSHEET_ORDER);
  const first = op.firstColumn ?? 1;
  op.widths.forEach((width, i) => {
    const col = singleCol(cols, first + i);
    col.setAttribute("width", String(width));
    col.setAttribute("customWidth", "1");
    if (op.hidden === true) col.setAttribute("hidden", "1");
    else if (op.hidden === false) col.removeAttribute("hidden");
  });
}

export function setRowHeights(ctx: PlanContext, op: RowHeightsOp): void {
  if (op.heights.length === 0) return;
  const data = new SheetData(ctx.pkg.dom(ctx.sheet(op.sheet).part));
  op.heights.forEach((height, i) => {
    const row = data.ensureRow(op.firstRow + i);
    row.setAttribute("ht", String(height));
    row.setAttribute("customHeight", "1");
  });
}
