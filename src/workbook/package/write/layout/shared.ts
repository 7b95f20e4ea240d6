/**
 * What the layout ops share: the worksheet and workbook DOMs being edited, new children put at their
 * schema place (Excel refuses a part whose children are out of order), colours and rectangles checked.
 */
import type { Element } from "@xmldom/xmldom";
import { parseAddress, type Rect } from "../../../../register";
import { planError } from "../../errors";
import type { SheetEntry } from "../../workbook";
import type { PlanContext } from "../context";
import { insertInOrder as insertByOrder, root, WORKSHEET_ORDER } from "../dom";

/** The root `worksheet` element of `sheet`'s part, for editing in place. */
export function worksheetOf(ctx: PlanContext, sheet: SheetEntry): Element {
  return root(ctx.pkg.dom(sheet.part));
}

/** The root `workbook` element of the workbook part, for editing in place. */
export function workbookOf(ctx: PlanContext): Element {
  return root(ctx.pkg.dom(ctx.book.part));
}

/** Puts `element` among the worksheet's children at the place CT_Worksheet gives it. */
export function insertInOrder(sheetRoot: Element, element: Element): void {
  insertByOrder(sheetRoot, element, WORKSHEET_ORDER);
}

/** `#RRGGBB` → the ARGB `FFRRGGBB` a file stores. */
export function argbOf(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw planError("bad-format", color);
  return `FF${hex}`;
}

/** The rectangle of an A1 range without sheet name; XlsxPlanError bad-address when it is none. */
export function rectOf(range: string): Rect {
  const rect = parseAddress(range);
  if (!rect) throw planError("bad-address", range);
  return rect;
}

/** The position of `sheet` among every `<sheet>` of the workbook: what `localSheetId` and `activeTab` count. */
export function sheetIndex(ctx: PlanContext, sheet: SheetEntry): number {
  return ctx.book.allSheets.findIndex((s) => s.rId === sheet.rId);
}
