/**
 * The `format` op: each cell of the rectangle gets a cell format (`xf` of `cellXfs`) like its own with
 * the fields of the plan's CellFormat changed — a font, fill or border cloned and changed, never one
 * shared with other cells edited. A cell of the rectangle with no `c` element yet gets one holding
 * only its style (the cells of a merged area each get the style, as Excel does).
 */
import type { Element } from "@xmldom/xmldom";
import type { CellFormat, FormatOp } from "../../../../register";
import type { PlanContext } from "../context";
import { child, childElements, createLike, insertInOrder as insertByOrder } from "../dom";
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
    if (f.bold !== undefined || f.italic !== undefined || this.fontColor !== undefined) {
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
    if (f.horizontalAlignment !== undefined || f.wrapText !== undefined) {
      let alignment = child(xf, "alignment");
      if (!alignment) {
        alignment = createLike(xf, "alignment");
        insertByOrder(xf, alignment, XF_ORDER);
      }
      if (f.horizontalAlignment !== undefined) alignment.setAttribute("horizontal", f.horizontalAlignment);
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

export function formatRange(ctx: PlanContext, op: FormatOp): void {
  const rect = rectOf(op.range);
  const data = new SheetData(ctx.pkg.dom(ctx.sheet(op.sheet).part));
  const formatter = new Formatter(ctx, op.format);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = data.ensureCell(r, c);
      const style = formatter.styleFor(styleOf(cell));
      if (style === 0) cell.removeAttribute("s");
      else cell.setAttribute("s", String(style));
    }
  }
}
