/**
 * The `printSetup` op: the sheet's `<pageSetup>` (orientation, paper, fit to width), the fit flag in
 * `<sheetPr><pageSetUpPr>`, the centre header and footer in `<headerFooter>`, and the print area and
 * print titles as Excel's defined names local to the sheet. A field absent leaves its setting as it
 * was; `<pageSetup r:id>` (the printer settings part) and everything else there stays.
 */
import type { Element } from "@xmldom/xmldom";
import { columnLetters, isEntireColumns, quoteSheetName, type PrintSetupOp, type Rect } from "../../../../register";
import type { PlanContext } from "../context";
import { child, createLike, elements, ensureChild, removeChildren, setText, WORKBOOK_ORDER, WORKSHEET_ORDER } from "../dom";
import { absoluteRect } from "./filter";
import { rectOf, sheetIndex, workbookOf, worksheetOf } from "./shared";

const SHEET_PR_ORDER = ["tabColor", "outlinePr", "pageSetUpPr"];
const HEADER_FOOTER_ORDER = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"];
const PRINT_AREA = "_xlnm.Print_Area";
const PRINT_TITLES = "_xlnm.Print_Titles";

/** `&` starts a code in Excel's header and footer text: a plain `&` is written `&&`. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** The element `local` of `headerFooter` set to `text`, or removed when `text` is null. */
function setHeaderFooter(worksheet: Element, local: string, text: string | null): void {
  if (text === null) {
    const hf = child(worksheet, "headerFooter");
    if (hf) removeChildren(hf, local);
    return;
  }
  const hf = ensureChild(worksheet, "headerFooter", WORKSHEET_ORDER);
  const el = ensureChild(hf, local, HEADER_FOOTER_ORDER);
  setText(el, text);
}

/** The parts of a formula joined by commas at its top level (not inside quotes). */
function topLevelParts(formula: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of formula) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current !== "") parts.push(current);
  return parts;
}

/** Whether a reference of a print titles name is rows (`'S'!$1:$3`), not columns (`'S'!$A:$B`). */
function isRowsReference(part: string): boolean {
  const local = part.slice(part.lastIndexOf("!") + 1).replace(/\$/g, "");
  return /^\d+:\d+$/.test(local);
}

/** Sets the sheet-local defined name `name` to `formula` (given the old one), created when missing. */
function setLocalName(ctx: PlanContext, index: number, name: string, formula: (old: string | null) => string): void {
  const workbook = workbookOf(ctx);
  const definedNames = ensureChild(workbook, "definedNames", WORKBOOK_ORDER);
  let el = elements(definedNames, "definedName").find(
    (dn) => (dn.getAttribute("name") ?? "").toLowerCase() === name.toLowerCase() && Number(dn.getAttribute("localSheetId") ?? NaN) === index,
  );
  const old = el ? (el.textContent ?? "") : null;
  if (!el) {
    el = createLike(definedNames, "definedName");
    el.setAttribute("name", name);
    el.setAttribute("localSheetId", String(index));
    definedNames.appendChild(el);
  }
  setText(el, formula(old));
}

/** Whole columns as Excel writes them (`$A:$I`, not `$A$1:$I$1048576`), any other rectangle absolute. */
function printAreaReference(rect: Rect): string {
  return isEntireColumns(rect) ? `$${columnLetters(rect.left)}:$${columnLetters(rect.right)}` : absoluteRect(rect);
}

export function printSetup(ctx: PlanContext, op: PrintSetupOp): void {
  const entry = ctx.sheet(op.sheet);
  const worksheet = worksheetOf(ctx, entry);
  if (op.orientation !== undefined || op.paperSize !== undefined || op.fitToWidth !== undefined || op.fitToPage !== undefined) {
    const pageSetup = ensureChild(worksheet, "pageSetup", WORKSHEET_ORDER);
    if (op.orientation !== undefined) pageSetup.setAttribute("orientation", op.orientation);
    if (op.paperSize === "A4") pageSetup.setAttribute("paperSize", "9");
    if (op.fitToPage === true || op.fitToWidth === true) {
      pageSetup.setAttribute("fitToWidth", "1");
      pageSetup.setAttribute("fitToHeight", op.fitToPage === true ? "1" : "0");
      const sheetPr = ensureChild(worksheet, "sheetPr", WORKSHEET_ORDER);
      ensureChild(sheetPr, "pageSetUpPr", SHEET_PR_ORDER).setAttribute("fitToPage", "1");
    } else if (op.fitToWidth === false || op.fitToPage === false) {
      pageSetup.setAttribute("scale", "100");
      const pageSetUpPr = child(child(worksheet, "sheetPr"), "pageSetUpPr");
      pageSetUpPr?.removeAttribute("fitToPage");
    }
  }
  if (op.headerText !== undefined) setHeaderFooter(worksheet, "oddHeader", `&C${headerFooterText(op.headerText)}`);
  if (op.pageNumbers !== undefined) setHeaderFooter(worksheet, "oddFooter", op.pageNumbers ? "&CPage &P / &N" : null);

  if (op.printArea === undefined && op.titleRows === undefined) return;
  const index = sheetIndex(ctx, entry);
  const sheetRef = quoteSheetName(entry.name);
  if (op.printArea !== undefined) {
    const area = `${sheetRef}!${printAreaReference(rectOf(op.printArea))}`;
    setLocalName(ctx, index, PRINT_AREA, () => area);
  }
  if (op.titleRows !== undefined) {
    const rows = `${sheetRef}!$${op.titleRows.first}:$${op.titleRows.last}`;
    // columns repeated at the left, if the sheet has them, stay
    setLocalName(ctx, index, PRINT_TITLES, (old) => [...topLevelParts(old ?? "").filter((p) => !isRowsReference(p)), rows].join(","));
  }
  ctx.refresh();
}
