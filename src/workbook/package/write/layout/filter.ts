/**
 * The `autoFilter` op: the sheet's `<autoFilter>` replaced by one over the range, without criteria.
 * Excel's hidden name `_xlnm._FilterDatabase` of the sheet, when the file has one, follows the range.
 */
import { columnLetters, quoteSheetName, rectAddress, type AutoFilterOp, type Rect } from "../../../../register";
import type { PlanContext } from "../context";
import { child, createLike, elements, isTrue, removeChildren, setText } from "../dom";
import { insertInOrder, rectOf, sheetIndex, workbookOf, worksheetOf } from "./shared";

/** `$A$1:$F$40`: a rectangle as a defined name holds it. */
export function absoluteRect(rect: Rect): string {
  return `$${columnLetters(rect.left)}$${rect.top}:$${columnLetters(rect.right)}$${rect.bottom}`;
}

export function setAutoFilter(ctx: PlanContext, op: AutoFilterOp): void {
  const rect = rectOf(op.range);
  const entry = ctx.sheet(op.sheet);
  const worksheet = worksheetOf(ctx, entry);
  removeChildren(worksheet, "autoFilter");
  const filter = createLike(worksheet, "autoFilter");
  filter.setAttribute("ref", rectAddress(rect));
  insertInOrder(worksheet, filter);
  // no criteria any more: the sheet is no longer in filter mode
  const sheetPr = child(worksheet, "sheetPr");
  if (sheetPr && isTrue(sheetPr.getAttribute("filterMode"))) sheetPr.removeAttribute("filterMode");

  const index = sheetIndex(ctx, entry);
  const database = ctx.book.definedNames.find((d) => d.name.toLowerCase() === "_xlnm._filterdatabase" && d.localSheetId === index);
  if (!database) return;
  for (const dn of elements(child(workbookOf(ctx), "definedNames"), "definedName")) {
    if ((dn.getAttribute("name") ?? "").toLowerCase() !== "_xlnm._filterdatabase" || Number(dn.getAttribute("localSheetId")) !== index) continue;
    setText(dn, `${quoteSheetName(op.sheet)}!${absoluteRect(rect)}`);
  }
  ctx.refresh();
}
