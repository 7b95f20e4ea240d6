/**
 * The parts that hang off the shifted sheet: notes (comments and their VML boxes), threaded
 * comments, drawings (pictures, shapes, charts' frames) and tables. Each is read by streaming first
 * and edited only when something in it sits at or below the first moved row, so a part the shift does
 * not concern keeps its bytes.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { cellAddress, parseCell } from "../../../../register";
import { XlsxReadError } from "../../errors";
import type { XlsxPackage } from "../../opc";
import { isMain, streamXml, attr, type XmlElement } from "../../xml";
import { allElements, child, removeElement, setText, shiftFormulasIn, textOf, VML_EXCEL, XDR } from "./dom";
import { movedRef, movedRow, movedRowOrLanding, type RowShift } from "./rowShift";

/** Streams `part` and tells whether `test` holds for one of its elements (with that element's text when `withText`). */
function anyElement(pkg: XlsxPackage, part: string, test: (el: XmlElement, text: string) => boolean): boolean {
  let found = false;
  const stack: Array<{ el: XmlElement; text: string }> = [];
  streamXml(
    pkg.bytes(part),
    {
      open: (el) => void stack.push({ el, text: "" }),
      text: (t) => {
        const top = stack[stack.length - 1];
        if (top && top.text.length < 64) top.text += t; // the texts we test are short numbers and lists
      },
      close: () => {
        const top = stack.pop();
        if (top && !found && test(top.el, top.text)) found = true;
      },
    },
    part,
    pkg.limits,
  );
  return found;
}

/** A cell address's row at or below the first moved row. */
function cellMoves(address: string | undefined, shift: RowShift): boolean {
  const pos = parseCell(address ?? "");
  return pos !== null && pos.row >= shift.start;
}

function shiftComments(pkg: XlsxPackage, part: string, shift: RowShift): void {
  const test = (el: XmlElement): boolean => (el.local === "comment" || el.local === "threadedComment") && cellMoves(attr(el, "ref"), shift);
  if (!anyElement(pkg, part, test)) return;
  const doc = pkg.dom(part);
  for (const el of allElements(doc.documentElement)) {
    if (el.localName !== "comment" && el.localName !== "threadedComment") continue;
    const pos = parseCell(el.getAttribute("ref") ?? "");
    if (!pos) continue;
    const row = movedRow(pos.row, shift);
    // Excel deletes a note with its row
    if (row === null) removeElement(el);
    else if (row !== pos.row) el.setAttribute("ref", cellAddress(row, pos.col));
  }
}

/** `col, dx, row, dy, col, dx, row, dy` (0-based rows at 2 and 6). */
function parseAnchor(text: string): number[] | null {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length !== 8 || parts.some((p) => !/^-?\d+$/.test(p))) return null;
  return parts.map(Number);
}

/**
 * A note's box in the legacy VML drawing: `x:Row` is its cell's row, `x:Anchor` its box, both 0-based.
 * The box moves with its top row and keeps its height in rows (a note 12 rows high stays 12 rows high,
 * even when rows are inserted across it). A shape whose cell was deleted goes with its note.
 */
function shiftVml(pkg: XlsxPackage, part: string, shift: RowShift): void {
  const moves = (el: XmlElement, text: string): boolean => {
    if (el.uri !== VML_EXCEL) return false;
    if (el.local === "Row") return Number(text.trim()) + 1 >= shift.start;
    if (el.local === "Anchor") {
      const a = parseAnchor(text);
      return a !== null && a[2] + 1 >= shift.start;
    }
    return false;
  };
  let doc: Document;
  try {
    if (!anyElement(pkg, part, moves)) return;
    doc = pkg.dom(part);
  } catch (e) {
    // Some writers' VML is not well-formed XML (Excel 2003's `<br>` left open): such a part is left as
    // it is, the notes then keep their old places rather than the file being refused.
    if (e instanceof XlsxReadError && e.reason === "corrupt") return;
    throw e;
  }
  for (const data of allElements(doc.documentElement)) {
    if (data.localName !== "ClientData" || data.namespaceURI !== VML_EXCEL) continue;
    const rowEl = child(data, "Row");
    if (rowEl) {
      const row = Number(textOf(rowEl).trim());
      if (Number.isInteger(row)) {
        const moved = movedRow(row + 1, shift);
        if (moved === null) {
          const shape = data.parentNode as Element | null;
          if (shape) removeElement(shape);
          continue;
        }
        if (moved !== row + 1) setText(rowEl, String(moved - 1));
      }
    }
    const anchorEl = child(data, "Anchor");
    const anchor = anchorEl ? parseAnchor(textOf(anchorEl)) : null;
    if (anchorEl && anchor) {
      const top = movedRowOrLanding(anchor[2] + 1, shift) - 1;
      if (top !== anchor[2]) {
        const next = [...anchor];
        next[2] = top;
        next[6] = top + (anchor[6] - anchor[2]);
        setText(anchorEl, next.join(", "));
      }
    }
  }
}

function anchorRowEls(anchor: Element, side: "from" | "to"): Element | null {
  for (const el of allElements(anchor)) {
    if (el.localName === side && XDR.includes(el.namespaceURI ?? "")) {
      const row = child(el, "row");
      if (row && XDR.includes(row.namespaceURI ?? "")) return row;
    }
  }
  return null;
}

/**
 * DrawingML anchors (0-based rows). A two-cell anchor moves and sizes with its cells (its ends move
 * independently), unless it says `editAs="oneCell"` (moves, keeps its size) or `absolute` (stays);
 * a one-cell anchor moves with its cell.
 */
function shiftDrawing(pkg: XlsxPackage, part: string, shift: RowShift): void {
  const moves = (el: XmlElement, text: string): boolean => XDR.includes(el.uri) && el.local === "row" && Number(text.trim()) + 1 >= shift.start;
  if (!anyElement(pkg, part, moves)) return;
  const doc = pkg.dom(part);
  for (const anchor of allElements(doc.documentElement)) {
    if (!XDR.includes(anchor.namespaceURI ?? "")) continue;
    const local = anchor.localName;
    if (local !== "twoCellAnchor" && local !== "oneCellAnchor") continue;
    const editAs = local === "oneCellAnchor" ? "oneCell" : (anchor.getAttribute("editAs") ?? "twoCell");
    if (editAs === "absolute") continue;
    const from = anchorRowEls(anchor, "from");
    const to = anchorRowEls(anchor, "to");
    const fromRow = from ? Number(textOf(from).trim()) : NaN;
    if (!from || !Number.isInteger(fromRow)) continue;
    const top = movedRowOrLanding(fromRow + 1, shift) - 1;
    setText(from, String(top));
    const toRow = to ? Number(textOf(to).trim()) : NaN;
    if (!to || !Number.isInteger(toRow)) continue;
    const bottom = editAs === "oneCell" ? top + (toRow - fromRow) : Math.max(top, movedRowOrLanding(toRow + 1, shift) - 1);
    setText(to, String(bottom));
  }
}

/** A table's range, its filter and sort ranges, and its columns' formulas. */
function shiftTable(pkg: XlsxPackage, part: string, sheetName: string, shift: RowShift): void {
  const moves = (el: XmlElement): boolean => {
    if (!isMain(el.uri) || el.local !== "table") return false;
    const bottom = (attr(el, "ref") ?? "").split(":").pop() ?? "";
    return cellMoves(bottom, shift);
  };
  if (!anyElement(pkg, part, moves)) return;
  const doc = pkg.dom(part);
  for (const el of allElements(doc.documentElement)) {
    if (!isMain(el.namespaceURI ?? "")) continue;
    const ref = el.getAttribute("ref");
    if (!ref || !["table", "autoFilter", "sortState", "sortCondition"].includes(el.localName ?? "")) continue;
    const moved = movedRef(ref, shift);
    // a table whose every row was deleted keeps its old range: Excel would drop the table, which is
    // not a row deletion's business (the add-in only deletes rows it inserted)
    if (moved !== null && moved !== ref) el.setAttribute("ref", moved);
  }
  shiftFormulasIn(doc, sheetName, shift);
}

/** Shifts every part related to the sheet part `sheetPart`. */
export function shiftRelatedParts(pkg: XlsxPackage, sheetPart: string, sheetName: string, shift: RowShift): void {
  for (const rel of pkg.relationships(sheetPart)) {
    if (rel.external || !pkg.has(rel.target)) continue;
    switch (rel.kind) {
      case "comments":
      case "threadedComment":
        shiftComments(pkg, rel.target, shift);
        break;
      case "vmlDrawing":
        shiftVml(pkg, rel.target, shift);
        break;
      case "drawing":
        shiftDrawing(pkg, rel.target, shift);
        break;
      case "table":
        shiftTable(pkg, rel.target, sheetName, shift);
        break;
    }
  }
}
