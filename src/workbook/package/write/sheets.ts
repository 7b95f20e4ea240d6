/**
 * Sheet ops on the package: copy a sheet with every part it owns, add an empty sheet, delete a sheet
 * the add-in made, and select a cell. The workbook part keeps pointing at the same sheets: sheet-scoped
 * defined names (`localSheetId`) and the workbook view (`activeTab`, `firstSheet`) count sheets by
 * position, so they move with every insertion or removal.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { parseCell, quoteSheetName, topLeft } from "../../../register";
import { planError } from "../errors";
import type { SheetEntry } from "../workbook";
import { attr, isMain, isRelNs, NS, StopReading, streamXml } from "../xml";
import { updateTitlesOfParts } from "./appProps";
import { child, createLike, elements, ensureChild, insertInOrder, isTrue, relIdOf, root, WORKBOOK_ORDER, WORKSHEET_ORDER } from "./dom";
import { renameSheetInFormula } from "./formulaText";
import type { PlanContext } from "./context";
import { copyPartTree, removePartTree, unusedPartName } from "./related";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** Excel's rules for a sheet name, and no other sheet (of any kind) with the same name. */
function ensureFreeName(ctx: PlanContext, name: string): void {
  const lower = name.toLocaleLowerCase("fr");
  if (ctx.book.allSheets.some((s) => s.name.toLocaleLowerCase("fr") === lower)) throw planError("sheet-exists", name);
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) throw planError("bad-sheet-name", name);
}

function setRelId(el: Element, like: Element, id: string): void {
  for (let i = 0; i < like.attributes.length; i++) {
    const a = like.attributes.item(i);
    if (a && a.localName === "id" && isRelNs(a.namespaceURI ?? "")) {
      el.setAttributeNS(a.namespaceURI, a.name, id);
      return;
    }
  }
  el.setAttributeNS(NS.rel[0], "r:id", id);
}

function workbookDom(ctx: PlanContext): Element {
  return root(ctx.pkg.dom(ctx.book.part));
}

function sheetElement(workbook: Element, entry: SheetEntry): Element {
  const found = elements(child(workbook, "sheets"), "sheet").find((el) => relIdOf(el) === entry.rId);
  if (!found) throw planError("missing-sheet", entry.name);
  return found;
}

/** Sheet positions (`localSheetId`, `activeTab`, `firstSheet`) at or after `from` move by `delta`. */
function shiftPositions(workbook: Element, from: number, delta: number): void {
  for (const dn of elements(child(workbook, "definedNames"), "definedName")) {
    const id = Number(dn.getAttribute("localSheetId") ?? NaN);
    if (Number.isInteger(id) && id >= from) dn.setAttribute("localSheetId", String(id + delta));
  }
  for (const view of elements(child(workbook, "bookViews"), "workbookView")) {
    for (const a of ["activeTab", "firstSheet"]) {
      const v = Number(view.getAttribute(a) ?? 0);
      if (view.hasAttribute(a) && v >= from) view.setAttribute(a, String(Math.max(0, v + delta)));
    }
  }
}

function worksheetNamesAfter(ctx: PlanContext): string[] {
  return ctx.book.sheets.map((s) => s.name);
}

/** Copies `sourceName` as `name`, right after `afterName`, with every part it owns. */
export function copySheet(ctx: PlanContext, sourceName: string, name: string, afterName: string): void {
  const source = ctx.sheet(sourceName);
  const after = ctx.sheet(afterName);
  ensureFreeName(ctx, name);
  const { pkg, book } = ctx;
  const part = copyPartTree(
    pkg,
    source.part,
    unusedPartName(pkg, source.part),
    book.definedNames.map((d) => d.name),
  );
  // the copy is not selected: only the tab the user is on is
  for (const view of elements(child(root(pkg.dom(part)), "sheetViews"), "sheetView")) {
    if (isTrue(view.getAttribute("tabSelected"))) view.removeAttribute("tabSelected");
  }
  const sourceRel = pkg.relationships(book.part).find((r) => r.id === source.rId);
  const rId = pkg.addRelationship(book.part, sourceRel?.type ?? pkg.relationshipType("worksheet"), part);

  const workbook = workbookDom(ctx);
  const sourceIndex = book.allSheets.findIndex((s) => s.rId === source.rId);
  const at = book.allSheets.findIndex((s) => s.rId === after.rId) + 1;
  const sourceEl = sheetElement(workbook, source);
  const afterEl = sheetElement(workbook, after);
  const el = sourceEl.cloneNode(false) as Element;
  el.setAttribute("name", name);
  el.setAttribute("sheetId", String(Math.max(0, ...book.allSheets.map((s) => s.sheetId)) + 1));
  setRelId(el, sourceEl, rId);
  afterEl.parentNode?.insertBefore(el, afterEl.nextSibling);

  // names of the source sheet come along (its print area, print titles, filter), pointing at the copy
  const scoped = elements(child(workbook, "definedNames"), "definedName").filter((dn) => Number(dn.getAttribute("localSheetId") ?? NaN) === sourceIndex);
  shiftPositions(workbook, at, 1);
  for (const dn of scoped) {
    const copy = dn.cloneNode(true) as Element;
    copy.setAttribute("localSheetId", String(at));
    const formula = copy.textContent ?? "";
    while (copy.firstChild) copy.removeChild(copy.firstChild);
    copy.appendChild((copy.ownerDocument as Document).createTextNode(renameSheetInFormula(formula, source.name, name, quoteSheetName)));
    dn.parentNode?.insertBefore(copy, dn.nextSibling);
  }
  ctx.refresh();
  updateTitlesOfParts(pkg, { add: name, worksheets: worksheetNamesAfter(ctx) });
}

function emptySheetXml(mainNs: string, columnWidths: readonly number[]): string {
  const cols = columnWidths.map((w, i) => (Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : "")).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${mainNs}" xmlns:r="${mainNs === NS.main[1] ? NS.rel[1] : NS.rel[0]}">` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

/** A new empty sheet `name` at the end of the workbook, with the given column widths (column A first). */
export function addSheet(ctx: PlanContext, name: string, columnWidths: readonly number[] = []): void {
  ensureFreeName(ctx, name);
  const { pkg, book } = ctx;
  const workbook = workbookDom(ctx);
  const like = book.sheets[0];
  const part = unusedPartName(pkg, like ? like.part : `${book.part.slice(0, book.part.lastIndexOf("/") + 1)}worksheets/sheet.xml`);
  const mainNs = isMain(workbook.namespaceURI ?? "") ? (workbook.namespaceURI as string) : NS.main[0];
  pkg.put(part, emptySheetXml(mainNs, columnWidths), (like && pkg.contentType(like.part)) || WORKSHEET_TYPE);
  const likeRel = like && pkg.relationships(book.part).find((r) => r.id === like.rId);
  const rId = pkg.addRelationship(book.part, likeRel?.type ?? pkg.relationshipType("worksheet"), part);
  const sheets = ensureChild(workbook, "sheets", WORKBOOK_ORDER);
  const existing = elements(sheets, "sheet");
  const el = createLike(existing[0] ?? sheets, "sheet");
  el.setAttribute("name", name);
  el.setAttribute("sheetId", String(Math.max(0, ...book.allSheets.map((s) => s.sheetId)) + 1));
  if (existing[0]) setRelId(el, existing[0], rId);
  else el.setAttributeNS(NS.rel[0], "r:id", rId);
  sheets.appendChild(el);
  ctx.refresh();
  updateTitlesOfParts(pkg, { add: name, worksheets: worksheetNamesAfter(ctx) });
}

/** Deletes sheet `name` with the parts it owns (never images or anything shared). */
export function deleteSheet(ctx: PlanContext, name: string): void {
  const entry = ctx.sheet(name);
  const { pkg, book } = ctx;
  if (book.sheets.length <= 1) throw planError("last-sheet", name);
  const workbook = workbookDom(ctx);
  const index = book.allSheets.findIndex((s) => s.rId === entry.rId);
  const el = sheetElement(workbook, entry);
  el.parentNode?.removeChild(el);
  const definedNames = child(workbook, "definedNames");
  for (const dn of elements(definedNames, "definedName")) {
    if (Number(dn.getAttribute("localSheetId") ?? NaN) === index) definedNames?.removeChild(dn);
  }
  if (definedNames && elements(definedNames, "definedName").length === 0) workbook.removeChild(definedNames);
  const remaining = book.allSheets.length - 1;
  // the active tab stays on its sheet; when it was this one, the tab now at its place (or the last)
  for (const view of elements(child(workbook, "bookViews"), "workbookView")) {
    const active = Number(view.getAttribute("activeTab") ?? 0);
    if (active > index) view.setAttribute("activeTab", String(active - 1));
    else if (active === index && view.hasAttribute("activeTab")) view.setAttribute("activeTab", String(Math.min(index, remaining - 1)));
    const first = Number(view.getAttribute("firstSheet") ?? 0);
    if (first > index) view.setAttribute("firstSheet", String(first - 1));
    const newActive = Number(view.getAttribute("activeTab") ?? 0);
    if (Number(view.getAttribute("firstSheet") ?? 0) > newActive) view.setAttribute("firstSheet", String(newActive));
  }
  for (const dn of elements(child(workbook, "definedNames"), "definedName")) {
    const id = Number(dn.getAttribute("localSheetId") ?? NaN);
    if (Number.isInteger(id) && id > index) dn.setAttribute("localSheetId", String(id - 1));
  }
  pkg.removeRelationship(book.part, entry.rId);
  removePartTree(pkg, entry.part);
  updateTitlesOfParts(pkg, { remove: name, worksheets: book.sheets.map((s) => s.name) });
  ctx.refresh();
}

/** Whether a sheet part says it is selected (its tab highlighted), read up to its data only. */
function isTabSelected(ctx: PlanContext, part: string): boolean {
  let selected = false;
  streamXml(
    ctx.pkg.bytes(part),
    {
      open: (el) => {
        if (!isMain(el.uri)) return;
        if (el.local === "sheetView" && isTrue(attr(el, "tabSelected"))) selected = true;
        if (selected || el.local === "sheetData") throw new StopReading();
      },
    },
    part,
    ctx.pkg.limits,
  );
  return selected;
}

const SHEET_VIEW_ORDER = ["pane", "selection", "pivotSelection", "extLst"];

/** Makes `name` the active tab with `address` selected, so that the file opens there. */
export function selectCell(ctx: PlanContext, name: string, address: string): void {
  const entry = ctx.sheet(name);
  const cell = topLeft(address);
  if (!parseCell(cell)) throw planError("bad-address", address);
  // Excel cannot open on a hidden tab: the file then opens where it did
  if (entry.state !== "visible") return;
  const { pkg, book } = ctx;
  const index = book.allSheets.findIndex((s) => s.rId === entry.rId);
  const workbook = workbookDom(ctx);
  const bookViews = ensureChild(workbook, "bookViews", WORKBOOK_ORDER);
  if (elements(bookViews, "workbookView").length === 0) bookViews.appendChild(createLike(bookViews, "workbookView"));
  for (const view of elements(bookViews, "workbookView")) {
    view.setAttribute("activeTab", String(index));
    if (Number(view.getAttribute("firstSheet") ?? 0) > index) view.setAttribute("firstSheet", String(index));
  }
  for (const other of book.sheets) {
    if (other.rId === entry.rId || !isTabSelected(ctx, other.part)) continue;
    for (const view of elements(child(root(pkg.dom(other.part)), "sheetViews"), "sheetView")) view.removeAttribute("tabSelected");
  }
  const worksheet = root(pkg.dom(entry.part));
  const sheetViews = ensureChild(worksheet, "sheetViews", WORKSHEET_ORDER);
  let view = elements(sheetViews, "sheetView")[0];
  if (!view) {
    view = createLike(sheetViews, "sheetView");
    view.setAttribute("workbookViewId", "0");
    sheetViews.appendChild(view);
  }
  view.setAttribute("tabSelected", "1");
  const pane = child(view, "pane");
  const activePane = pane ? (pane.getAttribute("activePane") ?? "bottomRight") : null;
  let selection = elements(view, "selection").find((s) => (s.getAttribute("pane") ?? "topLeft") === (activePane ?? "topLeft"));
  if (!selection) {
    selection = createLike(view, "selection");
    if (activePane && activePane !== "topLeft") selection.setAttribute("pane", activePane);
    insertInOrder(view, selection, SHEET_VIEW_ORDER);
  }
  selection.setAttribute("activeCell", cell);
  selection.setAttribute("sqref", cell);
  if (selection.hasAttribute("activeCellId")) selection.setAttribute("activeCellId", "0");
}
