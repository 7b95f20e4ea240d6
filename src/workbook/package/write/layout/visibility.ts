/**
 * The `sheetVisibility` op: the sheet's `state` in the workbook part (no attribute when visible).
 * Excel refuses to hide the last visible sheet, and cannot keep a hidden sheet as the active tab:
 * the next visible sheet (else the first one) becomes active and its tab selected.
 */
import type { SheetVisibilityOp } from "../../../../register";
import { planError } from "../../errors";
import { attr, isMain, StopReading, streamXml } from "../../xml";
import type { SheetEntry } from "../../workbook";
import type { PlanContext } from "../context";
import { child, createLike, elements, ensureChild, isTrue, relIdOf, root, WORKSHEET_ORDER } from "../dom";
import { sheetIndex, workbookOf } from "./shared";

/** Marks the tab of `sheet` selected or not, in its sheet views (a view is created to select it). */
function setTabSelected(ctx: PlanContext, sheet: SheetEntry, selected: boolean): void {
  const worksheet = root(ctx.pkg.dom(sheet.part));
  if (!selected) {
    for (const view of elements(child(worksheet, "sheetViews"), "sheetView")) view.removeAttribute("tabSelected");
    return;
  }
  const sheetViews = ensureChild(worksheet, "sheetViews", WORKSHEET_ORDER);
  let view = elements(sheetViews, "sheetView")[0];
  if (!view) {
    view = createLike(sheetViews, "sheetView");
    view.setAttribute("workbookViewId", "0");
    sheetViews.appendChild(view);
  }
  view.setAttribute("tabSelected", "1");
}

/** Whether a sheet view of `sheet` says its tab is selected, read up to its data only (the part stays untouched). */
function isTabSelected(ctx: PlanContext, sheet: SheetEntry): boolean {
  let selected = false;
  streamXml(
    ctx.pkg.bytes(sheet.part),
    {
      open: (el) => {
        if (!isMain(el.uri)) return;
        if (el.local === "sheetView" && isTrue(attr(el, "tabSelected"))) selected = true;
        if (selected || el.local === "sheetData") throw new StopReading();
      },
    },
    sheet.part,
    ctx.pkg.limits,
  );
  return selected;
}

export function setSheetVisibility(ctx: PlanContext, op: SheetVisibilityOp): void {
  const entry = ctx.sheet(op.sheet);
  const workbook = workbookOf(ctx);
  const el = elements(child(workbook, "sheets"), "sheet").find((s) => relIdOf(s) === entry.rId);
  if (!el) throw planError("missing-sheet", op.sheet);
  if (op.visibility === "Visible") {
    el.removeAttribute("state");
    ctx.refresh();
    return;
  }
  const sheets = ctx.book.allSheets;
  const index = sheetIndex(ctx, entry);
  const visible = (s: SheetEntry, i: number): boolean => i !== index && s.state === "visible";
  if (!sheets.some(visible)) throw planError("last-visible", op.sheet);
  el.setAttribute("state", "hidden");
  let next = sheets.findIndex((s, i) => i > index && visible(s, i));
  if (next < 0) next = sheets.findIndex(visible);
  let wasActive = false;
  for (const view of elements(child(workbook, "bookViews"), "workbookView")) {
    if (Number(view.getAttribute("activeTab") ?? 0) !== index) continue;
    wasActive = true;
    view.setAttribute("activeTab", String(next));
    if (Number(view.getAttribute("firstSheet") ?? 0) > next) view.setAttribute("firstSheet", String(next));
  }
  // a hidden tab cannot stay selected; the tab the user now lands on is
  if (entry.part && isTabSelected(ctx, entry)) {
    setTabSelected(ctx, entry, false);
    const landing = sheets[next];
    if (wasActive && landing.part) setTabSelected(ctx, landing, true);
  }
  ctx.refresh();
}
