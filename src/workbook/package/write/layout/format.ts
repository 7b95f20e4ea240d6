/**
 * The `format` op: each cell of the rectangle gets a cell format (`xf` of `cellXfs`) like its own with
 * the fields of the plan's CellFormat changed — a font, fill or border cloned and changed, never one
 * shared with other cells edited. A cell of the rectangle with no `c` element yet gets one holding
 * only its style (the cells of a merged area each get the style, as Excel does).
 */
import type { Element } from "@xmldom/xmldom";
import type { CellFormat, FormatOp } from "../../../../register";
import type { PlanContext } from "../context";
import { cellAddress, parseCell, parseSqref, type Rect } from "../../../../register";
import { child, childElements, createLike, elements, insertInOrder as insertByOrder, isTrue } from "../dom";
import { SheetData } from "../sheetData";
import { argbOf, rectOf } from "./shared";
import { StyleParts } from "./styleParts";

/** The children of a font, in the order Excel writes them. */
const FONT_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];
/** The children of a border, in the order CT_Border requires. */
const BORDER_ORDER = ["start", "left", "end", "right", "top", "bottom", "diagonal", "vertical", "horizontal"];
/** The children of an xf, in the order CT_Xf requires. */
const XF_ORDER = ["alignment", "protection", "extLst"];

/** A copy of `base`, or a new empty `local` element of the list when there is no base. */
function cloneOr(base: Element | null, list: Element, local: string): Element {
  return base ? (base.cloneNode(true) as Element) : createLike(list, local);
}

/** Replaces `parent`'s children named `local` (and `aliases`) with `el`, at its place in `order`. */
function replaceChild(parent: Element, el: Element, order: readonly string[], aliases: readonly string[] = []): void {
  for (const c of childElements(parent)) if (c.localName === el.localName || aliases.includes(c.localName ?? "")) parent.removeChild(c);
  insertByOrder(parent, el, order);
}

class Formatter {
  private readonly styles: StyleParts;
  /** Style id before → style id after, for this op. */
  private readonly done = new Map<number, number>();
  private readonly fontColor?: string;
  private readonly fillColor?: string;

  constructor(
    ctx: PlanContext,
    private readonly format: CellFormat,
  ) {
    this.styles = new StyleParts(ctx);
    if (format.fontColor !== undefined) this.fontColor = argbOf(format.fontColor);
    if (format.fillColor !== undefined) this.fillColor = argbOf(format.fillColor);
  }

  styleFor(style: number): number {
    let after = this.done.get(style);
    if (after === undefined) {
      after = this.newStyle(style);
      this.done.set(style, after);
    }
    return after;
  }

  private newStyle(style: number): number {
    const f = this.format;
    const cellXfs = this.styles.list("cellXfs");
    const xf = cloneOr(this.styles.entry("cellXfs", style) ?? this.styles.entry("cellXfs", 0), cellXfs, "xf");
    for (const a of ["numFmtId", "fontId", "fillId", "borderId"]) if (!xf.hasAttribute(a)) xf.setAttribute(a, "0");
    if (f.bold !== undefined || f.italic !== undefined || this.fontColor !== undefined || f.fontSize !== undefined) {
      xf.setAttribute("fontId", String(this.font(Number(xf.getAttribute("fontId")))));
      xf.setAttribute("applyFont", "1");
    }
    if (this.fillColor !== undefined) {
      xf.setAttribute("fillId", String(this.fill(this.fillColor)));
      xf.setAttribute("applyFill", "1");
    }
    if (f.borders === "thin") {
      xf.setAttribute("borderId", String(this.border(Number(xf.getAttribute("borderId")))));
      xf.setAttribute("applyBorder", "1");
    }
    if (f.horizontalAlignment !== undefined || f.wrapText !== undefined || f.verticalAlignment !== undefined) {
      let alignment = child(xf, "alignment");
      if (!alignment) {
        alignment = createLike(xf, "alignment");
        insertByOrder(xf, alignment, XF_ORDER);
      }
      if (f.horizontalAlignment !== undefined) alignment.setAttribute("horizontal", f.horizontalAlignment);
      if (f.verticalAlignment !== undefined) alignment.setAttribute("vertical", f.verticalAlignment);
      // Excel writes no wrapText when text does not wrap
      if (f.wrapText === true) alignment.setAttribute("wrapText", "1");
      else if (f.wrapText === false) alignment.removeAttribute("wrapText");
      xf.setAttribute("applyAlignment", "1");
    }
    if (f.numberFormat !== undefined) {
      xf.setAttribute("numFmtId", String(this.styles.numFmtId(f.numberFormat)));
      xf.setAttribute("applyNumberFormat", "1");
    }
    return this.styles.add("cellXfs", xf);
  }

  private font(fontId: number): number {
    const f = this.format;
    const font = cloneOr(this.styles.entry("fonts", fontId), this.styles.list("fonts"), "font");
    const flag = (local: "b" | "i", on: boolean | undefined): void => {
      if (on === undefined) return;
      // a font is not bold when it has no <b>: `<b val="0"/>` is not read as such by every tool
      if (on) replaceChild(font, createLike(font, local), FONT_ORDER);
      else for (const c of childElements(font)) if (c.localName === local) font.removeChild(c);
    };
    flag("b", f.bold);
    flag("i", f.italic);
    if (f.fontSize !== undefined) {
      const sz = createLike(font, "sz");
      sz.setAttribute("val", String(f.fontSize));
      replaceChild(font, sz, FONT_ORDER);
    }
    if (this.fontColor !== undefined) {
      const color = createLike(font, "color");
      color.setAttribute("rgb", this.fontColor);
      replaceChild(font, color, FONT_ORDER);
    }
    return this.styles.add("fonts", font);
  }

  /** A solid fill of `argb`, written as Excel writes a cell fill: the colour as the pattern's foreground. */
  private fill(argb: string): number {
    const fills = this.styles.list("fills");
    const fill = createLike(fills, "fill");
    const pattern = createLike(fill, "patternFill");
    pattern.setAttribute("patternType", "solid");
    const fg = createLike(pattern, "fgColor");
    fg.setAttribute("rgb", argb);
    pattern.appendChild(fg);
    fill.appendChild(pattern);
    return this.styles.add("fills", fill);
  }

  /** The border `borderId` with thin automatic lines on its four sides, diagonals kept. */
  private border(borderId: number): number {
    const border = cloneOr(this.styles.entry("borders", borderId), this.styles.list("borders"), "border");
    for (const [side, alias] of [
      ["left", "start"],
      ["right", "end"],
      ["top", ""],
      ["bottom", ""],
    ]) {
      const el = createLike(border, side);
      el.setAttribute("style", "thin");
      replaceChild(border, el, BORDER_ORDER, alias ? [alias] : []);
    }
    return this.styles.add("borders", border);
  }
}

function styleOf(cell: Element): number {
  const s = Number(cell.getAttribute("s") ?? 0);
  return Number.isInteger(s) && s >= 0 ? s : 0;
}

/** The style `<cols>` gives each column, as ranges. */
function columnStyles(worksheet: Element): Array<{ min: number; max: number; style: string }> {
  return elements(child(worksheet, "cols"), "col").flatMap((col) => {
    const style = col.getAttribute("style");
    return style ? [{ min: Number(col.getAttribute("min")), max: Number(col.getAttribute("max")), style }] : [];
  });
}

/** `spans` (a hint of the row's first and last columns) widened to left..right when it is there. */
function widenSpans(row: Element, left: number, right: number): void {
  const spans = row.getAttribute("spans");
  if (!spans) return;
  const bounds = spans
    .split(/[\s:]+/)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  if (bounds.length === 0) return;
  row.setAttribute("spans", `${Math.min(left, ...bounds)}:${Math.max(right, ...bounds)}`);
}

/** The sheet's `dimension` (its used range) widened to hold `rect`, when it is there. */
function widenDimension(worksheet: Element, rect: Rect): void {
  const dim = child(worksheet, "dimension");
  const [used] = parseSqref(dim?.getAttribute("ref") ?? "");
  if (!dim || !used) return;
  const top = Math.min(used.top, rect.top);
  const left = Math.min(used.left, rect.left);
  const bottom = Math.max(used.bottom, rect.bottom);
  const right = Math.max(used.right, rect.right);
  if (top === used.top && left === used.left && bottom === used.bottom && right === used.right) return;
  dim.setAttribute("ref", `${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
}

/**
 * The `c` elements of row `r` for columns left..right, in order, the missing ones created with only
 * a style: the row's format, else the column's, as Excel gives a cell the user types in. Left to
 * right in one pass, a new cell put before the next existing one (appended when there is none, which
 * keeps a wide rectangle on an empty row linear).
 */
function rowCells(data: SheetData, cols: ReturnType<typeof columnStyles>, r: number, left: number, right: number): Element[] {
  const row = data.ensureRow(r);
  const rowStyle = isTrue(row.getAttribute("customFormat")) ? row.getAttribute("s") : null;
  const cells: Array<{ col: number; el: Element }> = [];
  let previous = 0;
  for (const el of elements(row, "c")) {
    const col = parseCell(el.getAttribute("r") ?? "")?.col ?? previous + 1;
    if (!el.getAttribute("r")) el.setAttribute("r", cellAddress(r, col));
    cells.push({ col, el });
    previous = col;
  }
  // after the last cell come the row's extension elements, if any
  const tail = childElements(row).find((el) => el.localName !== "c") ?? null;
  const out: Element[] = [];
  let i = 0;
  for (let col = left; col <= right; col++) {
    while (i < cells.length && cells[i].col < col) i++;
    if (i < cells.length && cells[i].col === col) {
      out.push(cells[i].el);
      continue;
    }
    const cell = createLike(row, "c");
    cell.setAttribute("r", cellAddress(r, col));
    const style = rowStyle ?? cols.find((c) => c.min <= col && col <= c.max)?.style ?? null;
    if (style && style !== "0") cell.setAttribute("s", style);
    row.insertBefore(cell, cells[i]?.el ?? tail);
    out.push(cell);
  }
  widenSpans(row, left, right);
  return out;
}

export function formatRange(ctx: PlanContext, op: FormatOp): void {
  const rect = rectOf(op.range);
  const data = new SheetData(ctx.pkg.dom(ctx.sheet(op.sheet).part));
  const cols = columnStyles(data.worksheet);
  const formatter = new Formatter(ctx, op.format);
  widenDimension(data.worksheet, rect);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (const cell of rowCells(data, cols, r, rect.left, rect.right)) {
      const style = formatter.styleFor(styleOf(cell));
      if (style === 0) cell.removeAttribute("s");
      else cell.setAttribute("s", String(style));
    }
  }
}
