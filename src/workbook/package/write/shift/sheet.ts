/**
 * The shifted sheet's own part: rows and cells renumbered, and every address the sheet holds moved —
 * dimension, merges, dropdowns (standard and x14), conditional formats, hyperlinks, page breaks, the
 * filter, selections and frozen panes, shared and array formula ranges, and every formula. Elements
 * and attributes we do not know are left as they are.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { cellAddress, coalesceRects, containsRect, intersects, parseAddress, parseCell, rectAddress, type Rect } from "../../../../register";
import { isMain, NS } from "../../xml";
import { allElements, child, isMainEl, recount, removeElement, setText, shiftFormulasOf, textOf, XDR } from "./dom";
import { unshareWhereNeeded } from "./shared";
import { movedCellOrLanding, movedRef, movedRow, movedRowOrLanding, movedSqref, sqrefPieces, sqrefText, type RowShift, type SqrefPiece } from "./rowShift";

/** Columns of a cell reference without its row (`AB12` → 28). */
function columnOf(ref: string): number | null {
  const pos = parseCell(ref);
  return pos ? pos.col : null;
}

/**
 * Rows and cells may omit `r` (some writers do: a row then follows the previous one, a cell the
 * previous cell): give every one its number before anything moves.
 */
function numberRowsAndCells(sheetData: Element): void {
  let rowNumber = 0;
  for (let n = sheetData.firstChild; n; n = n.nextSibling) {
    if (n.nodeType !== 1 || !isMainEl(n as Element, "row")) continue;
    const row = n as Element;
    const r = Number(row.getAttribute("r"));
    rowNumber = row.hasAttribute("r") && Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    row.setAttribute("r", String(rowNumber));
    let col = 0;
    for (let m = row.firstChild; m; m = m.nextSibling) {
      if (m.nodeType !== 1 || !isMainEl(m as Element, "c")) continue;
      const cell = m as Element;
      const given = columnOf(cell.getAttribute("r") ?? "");
      col = given ?? col + 1;
      const address = cellAddress(rowNumber, col);
      if (cell.getAttribute("r") !== address && given === null) cell.setAttribute("r", address);
    }
  }
}

function rowsOf(sheetData: Element): Element[] {
  const out: Element[] = [];
  for (let n = sheetData.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && isMainEl(n as Element, "row")) out.push(n as Element);
  return out;
}

function cellsOf(row: Element): Element[] {
  const out: Element[] = [];
  for (let n = row.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && isMainEl(n as Element, "c")) out.push(n as Element);
  return out;
}

/** Renumbers rows and cells; removes deleted rows. */
function moveRows(sheetData: Element, shift: RowShift): void {
  for (const row of rowsOf(sheetData)) {
    const r = Number(row.getAttribute("r"));
    const moved = movedRow(r, shift);
    if (moved === r) continue;
    if (moved === null) {
      removeElement(row);
      continue;
    }
    row.setAttribute("r", String(moved));
    for (const cell of cellsOf(row)) {
      const col = columnOf(cell.getAttribute("r") ?? "");
      if (col !== null) cell.setAttribute("r", cellAddress(moved, col));
    }
  }
}

/** The cells' formulas (`f`), found without walking every value of the sheet. */
function cellFormulas(sheetData: Element | null): Element[] {
  const out: Element[] = [];
  if (!sheetData) return out;
  for (const row of rowsOf(sheetData)) {
    for (const cell of cellsOf(row)) {
      const f = child(cell, "f");
      if (f) out.push(f);
    }
  }
  return out;
}

/** Every element of the sheet but the rows' content: the lists, views, extensions… */
function outsideRows(root: Element): Element[] {
  return allElements(root, (el) => isMainEl(el, "sheetData"));
}

/** Elements that vanish when every range they cover was deleted. */
const DROPPED_WHEN_EMPTY = new Set([
  "dataValidation",
  "conditionalFormatting",
  "protectedRange",
  "ignoredError",
  "mergeCell",
  "hyperlink",
  "autoFilter",
  "sortCondition",
]);

function moveAddressesOf(el: Element, shift: RowShift): void {
  const local = el.localName ?? "";
  const uri = el.namespaceURI ?? "";
  if (uri === NS.xm && local === "sqref") {
    const moved = movedSqref(textOf(el), shift);
    if (moved === "") {
      if (el.parentNode) removeElement(el.parentNode as Element);
    } else if (moved !== textOf(el)) setText(el, moved);
    return;
  }
  if (XDR.includes(uri) && local === "row") {
    // an embedded object's or control's anchor (0-based rows)
    const parent = el.parentNode as Element | null;
    if (parent && (parent.localName === "from" || parent.localName === "to")) {
      const row = Number(textOf(el));
      if (Number.isInteger(row)) setText(el, String(movedRowOrLanding(row + 1, shift) - 1));
    }
    return;
  }
  if (!isMain(uri)) return;
  const sqref = el.getAttribute("sqref");
  if (sqref !== null && sqref !== "") {
    const moved = movedSqref(sqref, shift);
    if (moved === "") {
      if (local === "selection") el.setAttribute("sqref", movedCellOrLanding(el.getAttribute("activeCell") ?? "A1", shift));
      else if (DROPPED_WHEN_EMPTY.has(local)) removeElement(el);
    } else if (moved !== sqref) el.setAttribute("sqref", moved);
  }
  const ref = el.getAttribute("ref");
  if (ref !== null && ref !== "" && local !== "f") {
    const moved = movedRef(ref, shift);
    if (moved === null) {
      if (DROPPED_WHEN_EMPTY.has(local)) removeElement(el);
      else if (local === "dimension") el.setAttribute("ref", "A1");
    } else if (local === "mergeCell" && isSingleCell(moved)) {
      removeElement(el); // a merge shrunk to one cell by a deletion is no merge any more
    } else if (moved !== ref) el.setAttribute("ref", moved);
  }
  if (local === "f" && ref) {
    const moved = movedRef(ref, shift);
    if (moved !== null && moved !== ref) el.setAttribute("ref", moved);
  }
  for (const name of ["topLeftCell", "activeCell"]) {
    const cell = el.getAttribute(name);
    if (cell) {
      const moved = movedCellOrLanding(cell, shift);
      if (moved !== cell) el.setAttribute(name, moved);
    }
  }
  if (local === "pane") moveFrozenSplit(el, shift);
  if (local === "brk" && (el.parentNode as Element | null)?.localName === "rowBreaks") {
    // a break after row `id` (1-based): it moves with that row; a deleted row takes its break along
    const id = Number(el.getAttribute("id"));
    if (Number.isInteger(id) && id > 0) {
      const moved = movedRow(id, shift);
      if (moved === null) removeElement(el);
      else if (moved !== id) el.setAttribute("id", String(moved));
    }
  }
}

function isSingleCell(ref: string): boolean {
  const r = parseAddress(ref);
  return r !== null && r.top === r.bottom && r.left === r.right;
}

/** Rows inserted inside the frozen rows are frozen too (Excel moves the split down with them). */
function moveFrozenSplit(pane: Element, shift: RowShift): void {
  const state = pane.getAttribute("state");
  if (state !== "frozen" && state !== "frozenSplit") return;
  const ySplit = Number(pane.getAttribute("ySplit"));
  if (!Number.isInteger(ySplit) || ySplit <= 0) return;
  const lastFrozen = movedRow(ySplit, shift) ?? shift.start - 1;
  if (lastFrozen !== ySplit && lastFrozen > 0) pane.setAttribute("ySplit", String(lastFrozen));
}

function recountContainers(root: Element): void {
  for (const el of outsideRows(root)) {
    const local = el.localName ?? "";
    const uri = el.namespaceURI ?? "";
    let remaining = -1;
    if (local === "mergeCells" && isMain(uri)) remaining = recount(el, "mergeCell");
    else if (local === "dataValidations" && (isMain(uri) || uri === NS.x14)) remaining = recount(el, "dataValidation");
    else if (local === "hyperlinks" && isMain(uri)) remaining = recount(el, "hyperlink");
    else if ((local === "rowBreaks" || local === "colBreaks") && isMain(uri)) {
      remaining = recount(el, "brk");
      if (el.hasAttribute("manualBreakCount")) {
        const manual = allElements(el).filter((b) => b.localName === "brk" && ["1", "true"].includes(b.getAttribute("man") ?? "")).length;
        el.setAttribute("manualBreakCount", String(manual));
      }
      continue; // an empty list of breaks is valid
    } else if (local === "conditionalFormattings" && uri === NS.x14) remaining = recount(el, "conditionalFormatting");
    // these lists must hold at least one entry: an emptied one goes, and the extension that held it
    if (remaining === 0) {
      const parent = el.parentNode as Element | null;
      removeElement(el);
      if (parent && parent.localName === "ext" && !hasElementChild(parent)) {
        const extLst = parent.parentNode as Element | null;
        removeElement(parent);
        if (extLst && extLst.localName === "extLst" && !hasElementChild(extLst)) removeElement(extLst);
      }
    }
  }
}

function hasElementChild(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) return true;
  return false;
}

/** What the new rows copy from their template row (its row number taken after the shift). */
interface Template {
  row: number;
  element: Element | null;
}

function addTemplateRows(sheetData: Element, template: Template, shift: RowShift): void {
  if (!template.element) return;
  const last = shift.start + shift.count - 1;
  const before = rowsOf(sheetData).find((r) => Number(r.getAttribute("r")) > last) ?? null;
  for (let row = shift.start; row <= last; row++) {
    const copy = template.element.cloneNode(false) as Element;
    copy.setAttribute("r", String(row));
    for (const cell of cellsOf(template.element)) {
      const col = columnOf(cell.getAttribute("r") ?? "");
      if (col === null) continue;
      const style = cell.getAttribute("s");
      if (style === null || style === "0") continue; // a cell without a style needs no element
      const c = cell.cloneNode(false) as Element;
      const names = Array.from({ length: c.attributes.length }, (_, i) => c.attributes[i].name);
      for (const name of names) if (name !== "r" && name !== "s") c.removeAttribute(name);
      c.setAttribute("r", cellAddress(row, col));
      copy.appendChild(c);
    }
    sheetData.insertBefore(copy, before);
  }
}

function newRowsRect(shift: RowShift, left: number, right: number): Rect {
  return { top: shift.start, bottom: shift.start + shift.count - 1, left, right };
}

/** The template row's own merges, repeated on every new row. */
function repeatTemplateMerges(root: Element, template: Template, shift: RowShift): void {
  const mergeCells = child(root, "mergeCells");
  if (!mergeCells) return;
  const merges = allElements(mergeCells).filter((el) => isMainEl(el, "mergeCell"));
  const rects = merges.map((el) => parseAddress(el.getAttribute("ref") ?? "")).filter((r): r is Rect => r !== null);
  const own = merges.filter((el) => {
    const r = parseAddress(el.getAttribute("ref") ?? "");
    return r !== null && r.top === template.row && r.bottom === template.row;
  });
  for (let row = shift.start; row < shift.start + shift.count; row++) {
    for (const el of own) {
      const r = parseAddress(el.getAttribute("ref") ?? "") as Rect;
      const copy = { top: row, bottom: row, left: r.left, right: r.right };
      if (rects.some((o) => intersects(o, copy))) continue;
      const m = el.cloneNode(false) as Element;
      m.setAttribute("ref", rectAddress(copy));
      mergeCells.appendChild(m);
      rects.push(copy);
    }
  }
  recount(mergeCells, "mergeCell");
}

const JOIN_AT_MOST = 200;

/** A dropdown's ranges grown over the new rows where they cover the template row; null when unchanged. */
function extendedSqref(sqref: string, template: Template, shift: RowShift): string | null {
  const pieces = sqrefPieces(sqref);
  const rects = pieces.map((p) => p.rect).filter((r): r is Rect => r !== null);
  const added = rects
    .filter((r) => r.top <= template.row && r.bottom >= template.row)
    .map((r) => newRowsRect(shift, r.left, r.right))
    .filter((n) => !rects.some((r) => containsRect(r, n)));
  if (added.length === 0) return null;
  const kept: SqrefPiece[] = pieces.filter((p) => p.rect === null);
  // joining is quadratic: a list longer than any person writes (a hostile file) just gets the new rows appended
  const joined =
    rects.length <= JOIN_AT_MOST
      ? coalesceRects([...rects, ...added]).map((rect) => ({ text: rectAddress(rect), rect }))
      : [...pieces.filter((p) => p.rect !== null), ...added.map((rect) => ({ text: rectAddress(rect), rect }))];
  return sqrefText([...joined, ...kept]);
}

/** Both kinds of dropdowns (and any validation) of the template row reach the new rows. */
function extendTemplateValidations(root: Element, template: Template, shift: RowShift): void {
  for (const el of outsideRows(root)) {
    if (el.localName !== "dataValidation") continue;
    const uri = el.namespaceURI ?? "";
    if (isMain(uri)) {
      const next = extendedSqref(el.getAttribute("sqref") ?? "", template, shift);
      if (next !== null) el.setAttribute("sqref", next);
    } else if (uri === NS.x14) {
      const sqref = allElements(el).find((s) => s.localName === "sqref" && s.namespaceURI === NS.xm);
      if (!sqref) continue;
      const next = extendedSqref(textOf(sqref), template, shift);
      if (next !== null) setText(sqref, next);
    }
  }
}

/** The dimension grows over new rows written past its end. */
function coverNewRows(root: Element, shift: RowShift): void {
  const dimension = child(root, "dimension");
  const r = dimension ? parseAddress(dimension.getAttribute("ref") ?? "") : null;
  if (!dimension || !r) return;
  const last = shift.start + shift.count - 1;
  if (last > r.bottom) dimension.setAttribute("ref", rectAddress({ ...r, bottom: last }));
}

/**
 * Applies `shift` to the sheet part `doc` of sheet `sheetName`. When rows are inserted,
 * `templateRow` (numbered before the insertion) gives them its row format, its cells' styles, its
 * merges and its dropdowns.
 */
export function shiftSheetPart(doc: Document, sheetName: string, shift: RowShift, templateRow?: number): void {
  const root = doc.documentElement;
  if (!root) return;
  const sheetData = child(root, "sheetData");
  if (sheetData) numberRowsAndCells(sheetData);
  const templateElement =
    shift.count > 0 && templateRow !== undefined && sheetData ? (rowsOf(sheetData).find((r) => Number(r.getAttribute("r")) === templateRow) ?? null) : null;
  if (sheetData) {
    unshareWhereNeeded(sheetData, sheetName, shift, (row) => movedRow(row, shift));
    moveRows(sheetData, shift);
  }
  const formulas = cellFormulas(sheetData);
  const elements = [...outsideRows(root), ...formulas];
  for (const el of elements) moveAddressesOf(el, shift);
  shiftFormulasOf(elements, sheetName, shift);
  if (shift.count > 0 && templateRow !== undefined) {
    const row = movedRow(templateRow, shift);
    if (row !== null) {
      const template = { row, element: templateElement };
      if (sheetData) addTemplateRows(sheetData, template, shift);
      repeatTemplateMerges(root, template, shift);
      extendTemplateValidations(root, template, shift);
      if (templateElement) coverNewRows(root, shift);
    }
  }
  recountContainers(root);
}
