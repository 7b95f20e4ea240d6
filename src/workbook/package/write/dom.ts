/**
 * Small DOM helpers for editing a part in place: children found by local name (never by prefix), new
 * elements made in the namespace and with the prefix the part already uses, and inserted where the
 * schema wants them (Excel refuses a worksheet whose children are out of order).
 */
import type { Document, Element } from "@xmldom/xmldom";
import { elements } from "../opc";
import { isRelNs } from "../xml";

export { elements };

export const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** The children of a worksheet, in the order CT_Worksheet (ECMA-376 §18.3.1.99) requires. */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The children of a workbook, in the order CT_Workbook (§18.2.27) requires. */
export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The children of a stylesheet, in the order CT_Stylesheet (§18.8.39) requires. */
export const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export function root(doc: Document): Element {
  const el = doc.documentElement;
  if (!el) throw new Error("document without a root element");
  return el;
}

/** The first child element of `parent` named `local`, or null. */
export function child(parent: Element | null, local: string): Element | null {
  return elements(parent, local)[0] ?? null;
}

/** Every child element of `parent`, in order. */
export function childElements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** A new element in `like`'s namespace and with its prefix (`x:row` in a part written with `x:`). */
export function createLike(like: Element, local: string): Element {
  const doc = like.ownerDocument as Document;
  const qualified = like.prefix ? `${like.prefix}:${local}` : local;
  return doc.createElementNS(like.namespaceURI, qualified);
}

/**
 * The child `local` of `parent`, created when missing at the place `order` gives it: before the
 * first child that comes later in `order`. Children not in `order` (extensions, markup
 * compatibility) are passed over.
 */
export function ensureChild(parent: Element, local: string, order: readonly string[]): Element {
  const existing = child(parent, local);
  if (existing) return existing;
  const el = createLike(parent, local);
  insertInOrder(parent, el, order);
  return el;
}

/** Inserts `el` among `parent`'s children at the place `order` gives its local name. */
export function insertInOrder(parent: Element, el: Element, order: readonly string[]): void {
  const rank = order.indexOf(el.localName ?? "");
  for (const c of childElements(parent)) {
    const r = order.indexOf(c.localName ?? "");
    if (r > rank) {
      parent.insertBefore(el, c);
      return;
    }
  }
  parent.appendChild(el);
}

/** Removes every child element of `parent` named `local`. */
export function removeChildren(parent: Element, local: string): void {
  for (const el of elements(parent, local)) parent.removeChild(el);
}

/** The text content of an element (its text and CDATA descendants). */
export function textOf(el: Element): string {
  return el.textContent ?? "";
}

/** Replaces the children of `el` with one text node. */
export function setText(el: Element, text: string): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild((el.ownerDocument as Document).createTextNode(text));
}

/** `"1"`/`"true"`: an XML Schema boolean that is true. */
export function isTrue(value: string | null | undefined): boolean {
  return value === "1" || value === "true";
}

/** The relationship id an element carries (`r:id`, whatever its prefix, transitional or strict). */
export function relIdOf(el: Element): string | null {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && a.localName === "id" && isRelNs(a.namespaceURI ?? "")) return a.value;
  }
  return null;
}
