/**
 * Number formats for written cells. A cell keeps its look (font, fill, borders, alignment) and gets
 * only another number format: its `xf` of `cellXfs` is cloned with the new `numFmtId`, appended once,
 * and reused by every cell that needs the same one. Nothing else of the styles part changes, so the
 * style ids of every other cell stay as they were.
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { XlsxPackage } from "../opc";
import type { BookInfo } from "../workbook";
import { XMLSerializer } from "@xmldom/xmldom";
import { NS, parseDom } from "../xml";
import { child, createLike, elements, ensureChild, root, STYLESHEET_ORDER } from "./dom";

/** Excel's built-in number format `@` (text). */
export const TEXT_FORMAT_ID = 49;
/** How a date written by the add-in is shown. */
export const DATE_FORMAT = "dd/mm/yyyy";
/** Ids below this one are Excel's built-in formats; a file's own formats start here. */
const FIRST_CUSTOM_ID = 164;

const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The smallest styles part Excel accepts: one font, the two fills it requires, one border, one xf. */
function minimalStyles(mainNs: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${mainNs}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}

export class StyleBook {
  /** The DOM being edited (the part then counts as changed). */
  private doc: Document | null = null;
  /** A DOM only read so far: looking at the styles must not make the part count as changed. */
  private readDoc: Document | null = null;
  private part: string | null;

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly book: BookInfo,
  ) {
    this.part = book.styles ?? null;
  }

  /** The styles as they are now, for reading. */
  private styles(): Document {
    if (this.doc) return this.doc;
    if (!this.part) return this.edit();
    // Another writer (a layout op) may have edited the styles through the package since: read its DOM.
    if (this.pkg.touched().includes(this.part.toLowerCase())) return this.edit();
    this.readDoc ??= parseDom(this.pkg.bytes(this.part), this.part, this.pkg.limits);
    return this.readDoc;
  }

  /** The styles DOM for editing, created (with its relationship) when the workbook has none. */
  private edit(): Document {
    if (this.doc) return this.doc;
    if (!this.part) {
      const mainNs = this.pkg.isStrict() ? NS.main[1] : NS.main[0];
      const dir = this.book.part.slice(0, this.book.part.lastIndexOf("/") + 1);
      let part = `${dir}styles.xml`;
      for (let n = 2; this.pkg.has(part); n++) part = `${dir}styles${n}.xml`;
      this.pkg.put(part, minimalStyles(mainNs), STYLES_TYPE);
      this.pkg.addRelationship(this.book.part, this.pkg.relationshipType("styles"), part);
      this.part = part;
    }
    this.doc = this.pkg.dom(this.part);
    this.readDoc = null;
    return this.doc;
  }

  private xfs(): Element[] {
    return elements(child(root(this.styles()), "cellXfs"), "xf");
  }

  private numFmtCode(id: number): string | undefined {
    if (id === TEXT_FORMAT_ID) return "@";
    for (const f of elements(child(root(this.styles()), "numFmts"), "numFmt")) {
      if (Number(f.getAttribute("numFmtId")) === id) return f.getAttribute("formatCode") ?? undefined;
    }
    return undefined;
  }

  private numFmtIdOf(style: number): number {
    const xf = this.xfs()[style];
    return xf ? Number(xf.getAttribute("numFmtId") ?? 0) : 0;
  }

  /** Whether style `s` already shows its cell as text. */
  isText(style: number): boolean {
    return this.numFmtCode(this.numFmtIdOf(style)) === "@";
  }

  /** The style like `style` but with the text format `@`. */
  textStyle(style: number): number {
    return this.isText(style) ? style : this.withNumFmt(style, TEXT_FORMAT_ID);
  }

  /** The style like `style` but showing dates as dd/mm/yyyy. */
  dateStyle(style: number): number {
    if (this.numFmtCode(this.numFmtIdOf(style)) === DATE_FORMAT) return style;
    return this.withNumFmt(style, this.customFormat(DATE_FORMAT));
  }

  /** The id of the custom number format `code`, added when the file has none. */
  private customFormat(code: string): number {
    let max = FIRST_CUSTOM_ID - 1;
    for (const f of elements(child(root(this.styles()), "numFmts"), "numFmt")) {
      const id = Number(f.getAttribute("numFmtId"));
      if (f.getAttribute("formatCode") === code) return id;
      if (Number.isFinite(id)) max = Math.max(max, id);
    }
    const numFmts = ensureChild(root(this.edit()), "numFmts", STYLESHEET_ORDER);
    const f = createLike(numFmts, "numFmt");
    f.setAttribute("numFmtId", String(max + 1));
    f.setAttribute("formatCode", code);
    numFmts.appendChild(f);
    numFmts.setAttribute("count", String(elements(numFmts, "numFmt").length));
    return max + 1;
  }

  /**
   * The index in `cellXfs` of an xf equal to style `style`'s but with `numFmtId`: an existing
   * identical one if there is (one added by an earlier write, or the file's own), else a new one.
   */
  private withNumFmt(style: number, numFmtId: number): number {
    const serializer = new XMLSerializer();
    const wanted = serializer.serializeToString(this.clonedXf(elements(child(root(this.styles()), "cellXfs"), "xf"), style, numFmtId));
    const same = this.xfs().findIndex((xf) => serializer.serializeToString(xf) === wanted);
    if (same >= 0) return same;
    const cellXfs = ensureChild(root(this.edit()), "cellXfs", STYLESHEET_ORDER);
    const xfs = elements(cellXfs, "xf");
    cellXfs.appendChild(this.clonedXf(xfs, style, numFmtId, cellXfs));
    cellXfs.setAttribute("count", String(xfs.length + 1));
    return xfs.length;
  }

  /** A copy of `xfs[style]` (of the first xf when there is no such style) with `numFmtId`. */
  private clonedXf(xfs: Element[], style: number, numFmtId: number, like?: Element): Element {
    const base = xfs[style] ?? xfs[0];
    let clone: Element;
    if (base) clone = base.cloneNode(true) as Element;
    else {
      clone = createLike(like ?? root(this.styles()), "xf");
      for (const k of ["numFmtId", "fontId", "fillId", "borderId", "xfId"]) clone.setAttribute(k, "0");
    }
    clone.setAttribute("numFmtId", String(numFmtId));
    clone.setAttribute("applyNumberFormat", "1");
    return clone;
  }
}
