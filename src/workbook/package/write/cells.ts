/**
 * The `write` op: values put into cells of a worksheet DOM. Text is written as an inline string, so
 * that the shared strings part (shared by every sheet) stays as it was; text Excel would read as
 * something else (a number, a date, a formula) gets the text format `@`; a date is a serial shown as
 * dd/mm/yyyy; a link is text plus an internal hyperlink (a location, no relationship needed). A
 * written cell loses its formula; its style is kept.
 */
import type { Element } from "@xmldom/xmldom";
import { cellAddress, MAX_COLS, MAX_ROWS, parseCell, quoteSheetName, topLeft, type CellWrite } from "../../../register";
import { planError } from "../errors";
import type { SheetEntry } from "../workbook";
import { isRelNs } from "../xml";
import { child, createLike, elements, ensureChild, removeChildren, setText, WORKSHEET_ORDER, XML_NS } from "./dom";
import { translateFormula } from "./formulaText";
import { writtenKey, type PlanContext, type WrittenValue } from "./context";
import { SheetData } from "./sheetData";

/** Days between the 1900 and the 1904 date systems. */
const OFFSET_1904 = 1462;

/**
 * Text that Excel would turn into something else when the user next edits the cell (a number, a
 * date, a formula, a boolean): it gets the text format `@` so that it stays text.
 */
export function looksParsable(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+@-]/.test(t)) return true;
  if (/^(vrai|faux|true|false)$/i.test(t)) return true;
  return /^[\d\s.,/:%€$()eE-]+$/.test(t) && /\d/.test(t);
}

/**
 * Text as a cell holds it in OOXML: characters XML cannot carry (control characters) are written
 * `_xHHHH_`, and a literal `_xHHHH_` in the text has its underscore escaped, as Excel does.
 */
export function escapeCellText(text: string): string {
  let out = "";
  for (const ch of text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")) {
    const code = ch.charCodeAt(0);
    const forbidden = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
    out += forbidden ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ch;
  }
  return out;
}

function styleOf(cell: Element): number {
  const s = Number(cell.getAttribute("s") ?? 0);
  return Number.isInteger(s) && s >= 0 ? s : 0;
}

function setStyle(cell: Element, style: number): void {
  if (style === 0) cell.removeAttribute("s");
  else cell.setAttribute("s", String(style));
}

/** The value, type and formula of a cell gone; its style and anything else kept. */
function emptyCell(cell: Element, data: SheetData): void {
  const f = child(cell, "f");
  if (f) releaseSharedFormula(cell, f, data);
  for (const local of ["f", "v", "is"]) removeChildren(cell, local);
  // `vm`/`cm` tie the value to rich-value or cell metadata that no longer applies
  for (const a of ["t", "vm", "cm"]) cell.removeAttribute(a);
}

/**
 * When `cell` holds the text of a shared formula that other cells use, the next of those cells
 * takes the text over (moved as Excel moves it), so that they keep their formulas.
 */
function releaseSharedFormula(cell: Element, f: Element, data: SheetData): void {
  const si = f.getAttribute("si");
  const ref = f.getAttribute("ref");
  const text = f.textContent ?? "";
  if (f.getAttribute("t") !== "shared" || si === null || !ref || text === "") return;
  const at = parseCell(cell.getAttribute("r") ?? "");
  if (!at) return;
  const [start, end] = ref.split(":").map((a) => parseCell(a));
  if (!start) return;
  const last = end ?? start;
  for (let r = start.row; r <= last.row; r++) {
    for (let c = start.col; c <= last.col; c++) {
      if (r === at.row && c === at.col) continue;
      const other = data.cell(r, c);
      const g = other ? child(other, "f") : null;
      if (!g || g.getAttribute("t") !== "shared" || g.getAttribute("si") !== si) continue;
      setText(g, translateFormula(text, r - at.row, c - at.col));
      const rest = r === last.row && c === last.col ? cellAddress(r, c) : `${cellAddress(r, c)}:${cellAddress(last.row, last.col)}`;
      g.setAttribute("ref", rest);
      return;
    }
  }
}

function setValue(cell: Element, text: string): void {
  const v = createLike(cell, "v");
  setText(v, text);
  cell.insertBefore(v, child(cell, "extLst"));
}

function setInlineText(cell: Element, text: string): void {
  cell.setAttribute("t", "inlineStr");
  const is = createLike(cell, "is");
  const t = createLike(cell, "t");
  const escaped = escapeCellText(text);
  if (/^\s|\s$|\n|\r|\t/.test(escaped)) t.setAttributeNS(XML_NS, "xml:space", "preserve");
  setText(t, escaped);
  is.appendChild(t);
  cell.insertBefore(is, child(cell, "extLst"));
}

/** Removes the hyperlinks anchored on exactly this cell (and their relationships, when unused). */
function removeHyperlinks(ctx: PlanContext, sheet: SheetEntry, worksheet: Element, address: string): void {
  const hyperlinks = child(worksheet, "hyperlinks");
  if (!hyperlinks) return;
  const gone: string[] = [];
  for (const h of elements(hyperlinks, "hyperlink")) {
    if ((h.getAttribute("ref") ?? "").replace(/\$/g, "").toUpperCase() !== address) continue;
    for (let i = 0; i < h.attributes.length; i++) {
      const a = h.attributes.item(i);
      if (a && a.localName === "id" && isRelNs(a.namespaceURI ?? "")) gone.push(a.value);
    }
    hyperlinks.removeChild(h);
  }
  if (elements(hyperlinks, "hyperlink").length === 0) worksheet.removeChild(hyperlinks);
  for (const id of gone) {
    const stillUsed = elements(child(worksheet, "hyperlinks"), "hyperlink").some((h) => {
      for (let i = 0; i < h.attributes.length; i++) {
        const a = h.attributes.item(i);
        if (a && a.localName === "id" && isRelNs(a.namespaceURI ?? "") && a.value === id) return true;
      }
      return false;
    });
    if (!stillUsed) ctx.pkg.removeRelationship(sheet.part, id);
  }
}

function addInternalHyperlink(worksheet: Element, address: string, location: string, display: string): void {
  const hyperlinks = ensureChild(worksheet, "hyperlinks", WORKSHEET_ORDER);
  const h = createLike(hyperlinks, "hyperlink");
  h.setAttribute("ref", address);
  h.setAttribute("location", location);
  h.setAttribute("display", display);
  hyperlinks.appendChild(h);
}

/** Writes `cells` into `sheet` (its part becomes concerned). Throws XlsxPlanError on a bad address. */
export function writeCells(ctx: PlanContext, sheet: SheetEntry, cells: readonly CellWrite[]): void {
  if (cells.length === 0) return;
  const data = new SheetData(ctx.pkg.dom(sheet.part));
  const merges = data.merges();
  for (const w of cells) {
    const first = topLeft(w.address);
    const pos = parseCell(first);
    if (!pos || pos.row < 1 || pos.row > MAX_ROWS || pos.col < 1 || pos.col > MAX_COLS) throw planError("bad-address", w.address);
    const merge = merges.find((m) => pos.row >= m.top && pos.row <= m.bottom && pos.col >= m.left && pos.col <= m.right);
    const row = merge ? merge.top : pos.row;
    const col = merge ? merge.left : pos.col;
    const address = cellAddress(row, col);
    removeHyperlinks(ctx, sheet, data.worksheet, address);
    let value: WrittenValue;
    if (w.kind === "clear") {
      const cell = data.cell(row, col);
      if (cell) emptyCell(cell, data);
      value = 0; // what a reference to an empty cell gives
    } else {
      const cell = data.ensureCell(row, col);
      emptyCell(cell, data);
      switch (w.kind) {
        case "text":
          setInlineText(cell, w.value);
          if (looksParsable(w.value)) setStyle(cell, ctx.styles.textStyle(styleOf(cell)));
          value = w.value;
          break;
        case "number":
          setValue(cell, Number.isFinite(w.value) ? String(w.value) : "0");
          value = w.value;
          break;
        case "date": {
          const serial = ctx.book.date1904 ? w.value - OFFSET_1904 : w.value;
          setValue(cell, String(serial));
          setStyle(cell, ctx.styles.dateStyle(styleOf(cell)));
          value = serial;
          break;
        }
        case "link":
          setInlineText(cell, w.value);
          addInternalHyperlink(data.worksheet, address, `${quoteSheetName(w.target.sheet)}!${w.target.address.replace(/\$/g, "")}`, w.value);
          value = w.value;
          break;
      }
    }
    ctx.written.set(writtenKey(sheet.name, address), value);
  }
}
