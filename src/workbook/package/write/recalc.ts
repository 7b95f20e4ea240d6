/**
 * We do not calculate. After a plan wrote cells, formulas that are a bare reference to one of them
 * (the fiche's `H1 = B5`) get their cached result updated, on every sheet, so that a reader of the
 * changed file (ours, or a viewer that does not calculate) sees what Excel will show; and the
 * workbook asks Excel to calculate everything when it opens the file. Sheets are streamed to find
 * such formulas; only those that have one are edited.
 */
import type { Element } from "@xmldom/xmldom";
import { parseCell } from "../../../register";
import { attr, isMain, streamXml } from "../xml";
import { child, ensureChild, root, setText, WORKBOOK_ORDER, createLike } from "./dom";
import { writtenKey, type PlanContext, type WrittenValue } from "./context";
import { SheetData } from "./sheetData";

const BARE_REF = /^(?:'((?:[^']|'')+)'!|([^'!()"=+\-*/&<>,;:\s]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)$/;

interface Hit {
  row: number;
  col: number;
  value: WrittenValue;
}

/**
 * Whether the part may hold a formula: a start tag named `f` (any prefix). A sheet without one is not
 * parsed at all — most sheets of a register hold no formula, and parsing is the slow part.
 */
function mayHoldFormula(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x3c); i >= 0 && i < bytes.length - 2; i = bytes.indexOf(0x3c, i + 1)) {
    let j = i + 1;
    // skip a prefix (`x:`), if any
    let k = j;
    while (k < bytes.length && k - j < 32 && bytes[k] !== 0x3a && bytes[k] !== 0x3e && bytes[k] !== 0x20 && bytes[k] !== 0x2f) k++;
    if (bytes[k] === 0x3a) j = k + 1;
    const next = bytes[j + 1];
    if (bytes[j] === 0x66 && (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d)) return true;
  }
  return false;
}

/** The formula cells of one sheet whose formula is a bare reference to a written cell. */
function findHits(ctx: PlanContext, sheetName: string, part: string, bytes: Uint8Array): Hit[] {
  const hits: Hit[] = [];
  let row = 0;
  let col = 0;
  let inFormula = false;
  let formula = "";
  let formulaType = "";
  streamXml(
    bytes,
    {
      open: (el) => {
        if (!isMain(el.uri)) return;
        if (el.local === "row") {
          const r = Number(attr(el, "r"));
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          col = 0;
        } else if (el.local === "c") {
          const at = parseCell(attr(el, "r") ?? "");
          col = at ? at.col : col + 1;
          if (at) row = at.row;
          formula = "";
          formulaType = "";
        } else if (el.local === "f") {
          inFormula = true;
          formulaType = attr(el, "t") ?? "";
        }
      },
      text: (text) => {
        if (inFormula) formula += text;
      },
      close: (el) => {
        if (!isMain(el.uri)) return;
        if (el.local === "f") inFormula = false;
        else if (el.local === "c" && formula !== "" && formulaType !== "dataTable") {
          const m = BARE_REF.exec(formula.trim());
          if (!m) return;
          const target = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? sheetName);
          const address = `${m[3].toUpperCase()}${m[4]}`;
          if (!parseCell(address)) return;
          const value = ctx.written.get(writtenKey(target, address));
          if (value !== undefined) hits.push({ row, col, value });
        }
      },
    },
    part,
    ctx.pkg.limits,
  );
  return hits;
}

function setCachedValue(cell: Element, value: WrittenValue): void {
  let v = child(cell, "v");
  if (!v) {
    v = createLike(cell, "v");
    const f = child(cell, "f");
    cell.insertBefore(v, f ? f.nextSibling : cell.firstChild);
  }
  setText(v, String(value));
  if (typeof value === "string") cell.setAttribute("t", "str");
  else cell.removeAttribute("t");
}

function containsBytes(hay: Uint8Array, needle: Uint8Array): boolean {
  if (needle.length === 0) return true;
  for (let i = hay.indexOf(needle[0]); i >= 0 && i + needle.length <= hay.length; i = hay.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/**
 * Whether sheet `part` may refer to a written cell: it was written to, or it names a written sheet
 * somewhere (a formula on another sheet must name it). A name XML would escape is not searched for.
 */
function mayReferTo(bytes: Uint8Array, own: boolean, writtenSheets: readonly string[]): boolean {
  if (own) return true;
  // a part in UTF-16 (allowed, rare) cannot be searched for UTF-8 bytes: read it
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const encoder = new TextEncoder();
  return writtenSheets.some((name) => /[&<>'"]/.test(name) || containsBytes(bytes, encoder.encode(name)));
}

/** Updates the cached results of bare-reference formulas pointing at written cells; asks Excel to recalculate. */
export function refreshReferenceFormulas(ctx: PlanContext): void {
  if (ctx.written.size === 0) return;
  const keys = [...ctx.written.keys()];
  const writtenSheets = ctx.book.sheets.map((s) => s.name).filter((name) => keys.some((k) => k.startsWith(writtenKey(name, ""))));
  for (const sheet of ctx.book.sheets) {
    const bytes = ctx.pkg.bytes(sheet.part);
    if (!mayHoldFormula(bytes) || !mayReferTo(bytes, writtenSheets.includes(sheet.name), writtenSheets)) continue;
    const hits = findHits(ctx, sheet.name, sheet.part, bytes);
    if (hits.length === 0) continue;
    const data = new SheetData(ctx.pkg.dom(sheet.part));
    for (const hit of hits) {
      const cell = data.cell(hit.row, hit.col);
      if (cell) setCachedValue(cell, hit.value);
    }
  }
  const calcPr = ensureChild(root(ctx.pkg.dom(ctx.book.part)), "calcPr", WORKBOOK_ORDER);
  calcPr.setAttribute("fullCalcOnLoad", "1");
}
