/**
 * The `freezePanes` op, on the sheet's first view: its `<pane>` replaced by a frozen one (or removed
 * when 0 × 0), and its selections reduced to one, in the pane the user now works in, keeping the cell
 * that was active — a selection naming a pane the view no longer has is one Excel complains about.
 */
import type { Element } from "@xmldom/xmldom";
import { cellAddress, type FreezePanesOp } from "../../../../register";
import type { PlanContext } from "../context";
import { child, createLike, elements, ensureChild, insertInOrder as insertByOrder, WORKSHEET_ORDER } from "../dom";
import { worksheetOf } from "./shared";

/** The children of a sheetView, in the order CT_SheetView requires. */
const SHEET_VIEW_ORDER = ["pane", "selection", "pivotSelection", "extLst"];

function firstView(worksheet: Element): Element {
  const sheetViews = ensureChild(worksheet, "sheetViews", WORKSHEET_ORDER);
  let view = elements(sheetViews, "sheetView")[0];
  if (!view) {
    view = createLike(sheetViews, "sheetView");
    view.setAttribute("workbookViewId", "0");
    sheetViews.appendChild(view);
  }
  return view;
}

function activePaneOf(rows: number, columns: number): string {
  if (rows > 0 && columns > 0) return "bottomRight";
  return rows > 0 ? "bottomLeft" : "topRight";
}

export function freezePanes(ctx: PlanContext, op: FreezePanesOp): void {
  const view = firstView(worksheetOf(ctx, ctx.sheet(op.sheet)));
  const old = child(view, "pane");
  const oldActive = old ? (old.getAttribute("activePane") ?? "topLeft") : "topLeft";
  const selections = elements(view, "selection");
  const kept = selections.find((s) => (s.getAttribute("pane") ?? "topLeft") === oldActive) ?? null;
  if (old) view.removeChild(old);
  for (const s of selections) if (s !== kept) view.removeChild(s);

  const frozen = op.rows > 0 || op.columns > 0;
  const active = frozen ? activePaneOf(op.rows, op.columns) : "topLeft";
  if (frozen) {
    const pane = createLike(view, "pane");
    if (op.columns > 0) pane.setAttribute("xSplit", String(op.columns));
    if (op.rows > 0) pane.setAttribute("ySplit", String(op.rows));
    pane.setAttribute("topLeftCell", cellAddress(op.rows + 1, op.columns + 1));
    pane.setAttribute("activePane", active);
    pane.setAttribute("state", "frozen");
    insertByOrder(view, pane, SHEET_VIEW_ORDER);
  }
  if (kept) {
    if (active === "topLeft") kept.removeAttribute("pane");
    else kept.setAttribute("pane", active);
  }
}
