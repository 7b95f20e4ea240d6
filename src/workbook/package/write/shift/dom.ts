/**
 * Small helpers over xmldom for the row shifts: walking a part's elements, matching them on local name
 * and namespace (never on a prefix), and moving the formulas a part holds.
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import { shiftFormula } from "../../formulas";
import { isMain, NS } from "../../xml";
import type { RowShift } from "./rowShift";

export const XDR = ["http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing", "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing"];
export const VML_EXCEL = "urn:schemas-microsoft-com:office:excel";

/**
 * Every element under `root` (itself included), in document order, without recursion; the children
 * of an element for which `skipInside` holds are left out.
 */
export function allElements(root: Element | null, skipInside?: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  if (!root) return out;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType !== 1) continue;
    out.push(node as Element);
    if (skipInside?.(node as Element)) continue;
    const children: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

export function isMainEl(el: Element, local: string): boolean {
  return el.localName === local && isMain(el.namespaceURI ?? "");
}

/** The first child element named `local` in the same namespace family as `parent`'s children are. */
export function child(parent: Element | null, local: string): Element | null {
  if (!parent) return null;
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === local) return n as Element;
  return null;
}

export function removeElement(el: Element): void {
  el.parentNode?.removeChild(el);
}

export function textOf(el: Element): string {
  return el.textContent ?? "";
}

/** Replaces the text of `el` (its only content for the elements we edit). */
export function setText(el: Element, text: string): void {
  el.textContent = text;
}

/**
 * Whether an element holds a formula as its text: a cell's `f`, a rule's or a validation's
 * `formula`/`formula1`/`formula2`, an x14 extension's `xm:f`, a table column's formulas.
 */
export function isFormulaElement(local: string, uri: string): boolean {
  if (uri === NS.xm) return local === "f";
  if (!isMain(uri)) return false;
  return (
    local === "f" || local === "formula" || local === "formula1" || local === "formula2" || local === "calculatedColumnFormula" || local === "totalsRowFormula"
  );
}

/**
 * Moves the formulas of a part that sits on sheet `formulaSheet` (unqualified references point
 * there; use a name no sheet can have for a part that has no sheet) and the internal hyperlinks'
 * locations. Returns whether anything changed.
 */
export function shiftFormulasIn(doc: Document, formulaSheet: string, shift: RowShift): boolean {
  return shiftFormulasOf(allElements(doc.documentElement), formulaSheet, shift);
}

/** shiftFormulasIn over a list of elements already gathered. */
export function shiftFormulasOf(elements: readonly Element[], formulaSheet: string, shift: RowShift): boolean {
  let changed = false;
  for (const el of elements) {
    const uri = el.namespaceURI ?? "";
    if (isFormulaElement(el.localName ?? "", uri)) {
      const text = textOf(el);
      if (text === "") continue;
      const moved = shiftFormula(text, formulaSheet, shift);
      if (moved !== text) {
        setText(el, moved);
        changed = true;
      }
    } else if (el.localName === "hyperlink" && isMain(uri)) {
      const location = el.getAttribute("location");
      if (!location) continue;
      const moved = shiftFormula(location, formulaSheet, shift);
      if (moved !== location) {
        el.setAttribute("location", moved);
        changed = true;
      }
    }
  }
  return changed;
}

/** Keeps a container's `count` attribute (when it has one) equal to its number of `local` children. */
export function recount(container: Element, local: string): number {
  let n = 0;
  for (let c = container.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as Element).localName === local) n++;
  if (container.hasAttribute("count")) container.setAttribute("count", String(n));
  return n;
}
