/**
 * The in-memory Excel's document: the xlsx adapter's workbook (ExcelJS + Excel's x14 validations),
 * changed in place. Structural changes reuse the adapter's own code (src/workbook/exceljs/sheets.ts and
 * rows.ts: sheet copy, row insertion and deletion with merges, validations and formulas moved), so a
 * file handed back by `toXlsxWorkbook()` saves exactly like one changed by the command line.
 */
import type { Alignment, BorderStyle, Borders, Cell, Font, Style, ValueType, Worksheet } from "exceljs";
import { cellAddress, coalesceRects, containsCell, intersects, parseAddress, parseCell, rectAddress, subtractRect, topLeft, type Rect } from "../register";
import { dvModelOf, is1904, sheetsInOrder, wbx, wsx, type ListValidationModelX, type XlsxWorkbook } from "../workbook/exceljs/book";
import { refreshReferenceFormulas, writtenKey } from "../workbook/exceljs/recalc";
import { deleteRows, insertRows } from "../workbook/exceljs/rows";
import { addSheet, copySheet, deleteSheet, selectCell } from "../workbook/exceljs/sheets";
import { toSnapshotValue } from "../workbook/exceljs/values";
import type { CellValue } from "../register/snapshot";
import type {
  BorderDoc,
  BorderSide,
  CellRead,
  CellStyleDoc,
  CellStylePatch,
  CellWriteValue,
  ChartDoc,
  ClearTarget,
  ConditionalFormatDoc,
  CopyMode,
  Doc,
  HorizontalAlignment,
  VerticalAlignment,
  HyperlinkDoc,
  PageLayoutDoc,
  SheetRef,
  ValidationRuleDoc,
  Visibility,
} from "./doc";

/** ExcelJS's `ValueType.Merge`: a cell of a merged area other than its top-left one (the enum itself is not exported at run time under isolatedModules). */
const MERGE_TYPE = 1 as ValueType.Merge;

interface ProtectedSheet {
  sheetProtection?: { sheet?: boolean } | null;
}

interface LinkValue {
  text?: unknown;
  hyperlink?: string;
  tooltip?: string;
}

interface DefinedNamesX {
  model: { name: string; ranges: string[] }[];
  add(locStr: string, name: string): void;
  remove(locStr: string, name: string): void;
}

/** A validation formula as ExcelJS holds it (text, a number, or a Date in a date rule), as text. */
function formulaText(f: unknown): string | undefined {
  if (typeof f === "string") return f;
  return typeof f === "number" || f instanceof Date ? f.toString() : undefined;
}

function isLink(v: unknown): v is LinkValue {
  return v !== null && typeof v === "object" && typeof (v as LinkValue).hyperlink === "string";
}

function hasStyle(style: unknown): boolean {
  return style !== null && typeof style === "object" && Object.keys(style).length > 0;
}

function copyOfValue(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Object.prototype.toString.call(v) === "[object Date]") return new Date((v as Date).getTime());
  return JSON.parse(JSON.stringify(v)) as unknown;
}

/** `FFRRGGBB` (ExcelJS) → `#RRGGBB`; null when absent or a theme/indexed colour. */
function colorOf(argb: string | undefined): string | null {
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

/** `#RRGGBB` → `FFRRGGBB`. */
function argbOf(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

const VERTICAL_FROM_FILE: Record<string, VerticalAlignment> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};
const VERTICAL_TO_FILE: Record<VerticalAlignment, Alignment["vertical"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
  Justify: "justify",
  Distributed: "distributed",
};
const ALIGNMENT_FROM_FILE: Record<string, HorizontalAlignment> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const ALIGNMENT_TO_FILE: Record<HorizontalAlignment, Alignment["horizontal"] | undefined> = {
  General: undefined,
  Left: "left",
  Center: "center",
  Right: "right",
  Fill: "fill",
  Justify: "justify",
  CenterAcrossSelection: "centerContinuous",
  Distributed: "distributed",
};

/** A file's border style names, as Office.js's style and weight. */
const BORDER_FROM_FILE: Record<string, Omit<BorderDoc, "color">> = {
  hair: { style: "Continuous", weight: "Hairline" },
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  dashed: { style: "Dash", weight: "Thin" },
  mediumDashed: { style: "Dash", weight: "Medium" },
  dotted: { style: "Dot", weight: "Thin" },
  double: { style: "Double", weight: "Thick" },
};

function borderStyleOf(b: BorderDoc): BorderStyle {
  switch (b.style) {
    case "Continuous":
      return b.weight === "Hairline" ? "hair" : b.weight === "Medium" ? "medium" : b.weight === "Thick" ? "thick" : "thin";
    case "Dash":
      return b.weight === "Medium" || b.weight === "Thick" ? "mediumDashed" : "dashed";
    case "Dot":
      return "dotted";
    case "Double":
      return "double";
  }
}

/** A file's `paperSize` codes (ECMA-376 §18.3.1.63) and Office.js's PaperType names. */
const PAPER_FROM_FILE: Record<number, string> = { 1: "Letter", 5: "Legal", 8: "A3", 9: "A4", 11: "A5" };
const PAPER_TO_FILE: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11 };

/** The left, centre and right sections of a header or footer (`&L…&C…&R…`; `&&` is a plain `&`). */
function headerSections(text: string): { left: string; center: string; right: string } {
  const out = { left: "", center: "", right: "" };
  let section: keyof typeof out = "center";
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "&" && i + 1 < text.length) {
      const code = text[i + 1];
      if (code === "L" || code === "C" || code === "R") {
        section = code === "L" ? "left" : code === "C" ? "center" : "right";
        seen = true;
        i++;
        continue;
      }
      out[section] += text.slice(i, i + 2);
      i++;
      continue;
    }
    out[section] += text[i];
  }
  // A text without section codes is centred, as Excel reads it.
  return seen ? out : { left: "", center: text, right: "" };
}

function withCenter(text: string, center: string): string {
  const s = headerSections(text);
  return `${s.left ? `&L${s.left}` : ""}${center ? `&C${center}` : ""}${s.right ? `&R${s.right}` : ""}`;
}

/** ExcelJS's model of a conditional format rule, as far as the imitation reads and writes it. */
interface CfRuleX {
  type: string;
  operator?: string;
  formulae?: string[];
  text?: string;
  style?: Partial<Style>;
  priority?: number;
}

const CF_OPERATOR_FROM_FILE: Record<string, string> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
};
const CF_OPERATOR_TO_FILE: Record<string, string> = Object.fromEntries(Object.entries(CF_OPERATOR_FROM_FILE).map(([k, v]) => [v, k]));

function conditionalFormattingsOf(ws: Worksheet): { ref: string; rules: CfRuleX[] }[] {
  const holder = ws as unknown as { conditionalFormattings?: { ref: string; rules: CfRuleX[] }[] };
  if (!holder.conditionalFormattings) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

export class XlsxDoc implements Doc {
  readonly book: XlsxWorkbook;
  private readonly refs = new Map<number, SheetRef>();
  /** Cells written since the last recalculation: sheet key → addresses. */
  private readonly written = new Map<number, Set<string>>();

  constructor(book: XlsxWorkbook) {
    this.book = book;
  }

  private ref(ws: Worksheet): SheetRef {
    let r = this.refs.get(ws.id);
    if (!r) {
      r = { key: ws.id };
      this.refs.set(ws.id, r);
    }
    return r;
  }

  private ws(sheet: SheetRef): Worksheet {
    const ws = this.book.excel.getWorksheet(sheet.key);
    if (!ws) throw new Error(`sheet ${sheet.key} is gone`);
    return ws;
  }

  sheets(): SheetRef[] {
    return sheetsInOrder(this.book).map((ws) => this.ref(ws));
  }

  has(sheet: SheetRef): boolean {
    return this.book.excel.getWorksheet(sheet.key) !== undefined;
  }

  /** Shaped like Excel's worksheet ids. */
  id(sheet: SheetRef): string {
    return `{00000000-0001-0000-0000-${sheet.key.toString(16).toUpperCase().padStart(12, "0")}}`;
  }

  name(sheet: SheetRef): string {
    return this.ws(sheet).name;
  }

  rename(sheet: SheetRef, name: string): void {
    this.ws(sheet).name = name;
  }

  visibility(sheet: SheetRef): Visibility {
    const state = wsx(this.ws(sheet)).state;
    return state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
  }

  setVisibility(sheet: SheetRef, v: Visibility): void {
    wsx(this.ws(sheet)).state = v === "Hidden" ? "hidden" : v === "VeryHidden" ? "veryHidden" : "visible";
  }

  position(sheet: SheetRef): number {
    return sheetsInOrder(this.book).findIndex((ws) => ws.id === sheet.key);
  }

  move(sheet: SheetRef, position: number): void {
    const order = sheetsInOrder(this.book);
    const ws = this.ws(sheet);
    const rest = order.filter((s) => s !== ws);
    rest.splice(Math.max(0, Math.min(position, rest.length)), 0, ws);
    rest.forEach((s, i) => {
      wsx(s).orderNo = i + 1;
    });
  }

  addSheet(name: string): SheetRef {
    return this.ref(addSheet(this.book, name));
  }

  copySheet(source: SheetRef, name: string): SheetRef {
    const src = this.ws(source);
    const copy = this.ref(copySheet(this.book, src.name, name, src.name));
    // Excel copies a sheet's charts with it; one that drew the sheet's own cells draws the copy's.
    for (const c of this.charts(source)) {
      const { key: _key, ...rest } = c;
      this.addChart(copy, { ...rest, source: { sheet: c.source.sheet.key === source.key ? copy : c.source.sheet, rect: { ...c.source.rect } } });
    }
    return copy;
  }

  deleteSheet(sheet: SheetRef): void {
    deleteSheet(this.book, this.ws(sheet).name);
    this.refs.delete(sheet.key);
    this.chartsBySheet.delete(sheet.key);
  }

  isProtected(sheet: SheetRef): boolean {
    return (this.ws(sheet) as unknown as ProtectedSheet).sheetProtection?.sheet === true;
  }

  private find(sheet: SheetRef, row: number, col: number): Cell | undefined {
    return this.ws(sheet).findCell(row, col);
  }

  cell(sheet: SheetRef, row: number, col: number): CellRead {
    const c = this.find(sheet, row, col);
    if (!c) return { value: "", formula: "", numberFormat: "General" };
    const numberFormat = c.numFmt || "General";
    // In a merged area only the top-left cell holds the value (ExcelJS repeats it in every cell).
    if (c.isMerged && c.master !== c) return { value: "", formula: "", numberFormat };
    const value = toSnapshotValue(c.value, is1904(this.book));
    const v = c.value as unknown;
    const isFormula = v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v);
    const formula = isFormula ? `=${c.formula ?? ""}` : value;
    return { value, formula, numberFormat };
  }

  grid(sheet: SheetRef, rect: Rect, what: keyof CellRead): (CellValue | string)[][] {
    const ws = this.ws(sheet);
    const date1904 = is1904(this.book);
    const empty = what === "numberFormat" ? "General" : "";
    const out: (CellValue | string)[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row = ws.findRow(r);
      const line: (CellValue | string)[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = row?.findCell(c);
        if (!cell) {
          line.push(empty);
        } else if (what === "numberFormat") {
          line.push(cell.numFmt || "General");
        } else if (cell.type === MERGE_TYPE) {
          line.push("");
        } else if (what === "value") {
          line.push(toSnapshotValue(cell.value, date1904));
        } else {
          line.push(this.cell(sheet, r, c).formula);
        }
      }
      out.push(line);
    }
    return out;
  }

  private touch(sheet: SheetRef, row: number, col: number): void {
    let set = this.written.get(sheet.key);
    if (!set) {
      set = new Set();
      this.written.set(sheet.key, set);
    }
    set.add(cellAddress(row, col));
  }

  recalculate(): void {
    if (this.written.size === 0) return;
    const keys = new Set<string>();
    for (const [key, addresses] of this.written) {
      const ws = this.book.excel.getWorksheet(key);
      if (ws) for (const a of addresses) keys.add(writtenKey(ws.name, a));
    }
    this.written.clear();
    refreshReferenceFormulas(this.book, keys);
  }

  setCell(sheet: SheetRef, row: number, col: number, value: CellWriteValue): void {
    this.touch(sheet, row, col);
    const c = this.ws(sheet).getCell(row, col);
    const old = c.value as unknown;
    let next: unknown;
    switch (value.kind) {
      case "empty":
        next = null;
        break;
      case "text":
      case "number":
      case "boolean":
        next = value.value;
        break;
      case "formula":
        next = { formula: value.formula.replace(/^=/, "") };
        break;
    }
    // Excel keeps a cell's link when its content changes (ExcelJS holds the link in the value).
    if (isLink(old) && value.kind !== "empty" && value.kind !== "formula") next = { ...old, text: String(value.value) };
    c.value = next as Cell["value"];
  }

  setNumberFormat(sheet: SheetRef, row: number, col: number, format: string): void {
    const c = this.ws(sheet).getCell(row, col);
    // ExcelJS shares style objects between cells: replace, never mutate.
    c.style = { ...c.style, numFmt: format };
  }

  usedRect(sheet: SheetRef, valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    this.ws(sheet).eachRow({ includeEmpty: !valuesOnly }, (row, r) => {
      row.eachCell({ includeEmpty: !valuesOnly }, (c, col) => {
        if (valuesOnly) {
          if (c.isMerged && c.master !== c) return;
          if (toSnapshotValue(c.value) === "") return;
        } else if (c.value === null && !hasStyle(c.style) && !(c.isMerged && c.master !== c)) {
          return;
        }
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, col);
        right = Math.max(right, col);
      });
    });
    return bottom === 0 ? null : { top, left, bottom, right };
  }

  merges(sheet: SheetRef): Rect[] {
    return Object.values(wsx(this.ws(sheet))._merges as Record<string, Rect>).map((r) => ({
      top: r.top,
      left: r.left,
      bottom: r.bottom,
      right: r.right,
    }));
  }

  merge(sheet: SheetRef, rect: Rect): void {
    if (rect.top === rect.bottom && rect.left === rect.right) return;
    this.unmerge(sheet, rect);
    this.ws(sheet).mergeCells(rect.top, rect.left, rect.bottom, rect.right);
  }

  unmerge(sheet: SheetRef, rect: Rect): void {
    for (const m of this.merges(sheet)) {
      if (intersects(m, rect)) this.ws(sheet).unMergeCells(m.top, m.left, m.bottom, m.right);
    }
  }

  validationAt(sheet: SheetRef, row: number, col: number): ValidationRuleDoc | null {
    const ws = this.ws(sheet);
    const block = this.book.x14.get(ws.id);
    if (block) {
      for (const v of block.validations) {
        if (v.ranges.some((r) => containsCell(r, row, col))) {
          return { type: v.type, formula1: v.formula1, formula2: v.formula2, allowBlank: /allowBlank="(1|true)"/.test(v.attributes) };
        }
      }
    }
    const dv = dvModelOf(ws)[cellAddress(row, col)];
    if (!dv) return null;
    const f = dv.formulae ?? [];
    return {
      type: dv.type,
      formula1: formulaText(f[0]),
      formula2: formulaText(f[1]),
      allowBlank: dv.allowBlank === true,
    };
  }

  setValidation(sheet: SheetRef, rect: Rect, rule: ValidationRuleDoc | null): void {
    const ws = this.ws(sheet);
    const block = this.book.x14.get(ws.id);
    if (block) {
      for (const v of block.validations) v.ranges = v.ranges.flatMap((r) => subtractRect(r, rect));
      block.validations = block.validations.filter((v) => v.ranges.length > 0);
      if (block.validations.length === 0) this.book.x14.delete(ws.id);
    }
    // A rule Excel keeps in its x14 block (a list on another sheet) stays there, grown by `rect`.
    const wanted = rule;
    const x14 = wanted
      ? this.book.x14.get(ws.id)?.validations.find((v) => v.type === wanted.type && v.formula1 === wanted.formula1 && v.formula2 === wanted.formula2)
      : undefined;
    if (x14) {
      x14.ranges = coalesceRects([...x14.ranges, rect]);
      rule = null;
    }
    const model = dvModelOf(ws);
    const shared: ListValidationModelX | undefined = rule
      ? { type: rule.type, allowBlank: rule.allowBlank !== false, formulae: [rule.formula1, rule.formula2].filter((f) => f !== undefined) }
      : undefined;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const a = cellAddress(r, c);
        if (shared) model[a] = shared;
        else delete model[a];
      }
    }
  }

  hyperlinkAt(sheet: SheetRef, row: number, col: number): HyperlinkDoc | null {
    const v = this.find(sheet, row, col)?.value as unknown;
    if (!isLink(v)) return null;
    const target = v.hyperlink ?? "";
    return target.startsWith("#") ? { documentReference: target.slice(1), screenTip: v.tooltip } : { address: target, screenTip: v.tooltip };
  }

  setHyperlink(sheet: SheetRef, row: number, col: number, link: HyperlinkDoc | null, text?: string): void {
    this.touch(sheet, row, col);
    const c = this.ws(sheet).getCell(row, col);
    const current = String(toSnapshotValue(c.value, is1904(this.book)));
    if (!link) {
      if (isLink(c.value)) c.value = current === "" ? null : current;
      return;
    }
    const target = link.documentReference ? `#${link.documentReference}` : (link.address ?? "");
    const value: LinkValue = { text: text ?? (current === "" ? (link.documentReference ?? link.address ?? "") : current), hyperlink: target };
    if (link.screenTip) value.tooltip = link.screenTip;
    c.value = value as Cell["value"];
  }

  /**
   * Excel's insert: rows at and below `start` move down; the new rows get the format of the row
   * above (styles, height, data validation), not its merged areas nor its contents.
   */
  insertRows(sheet: SheetRef, start: number, count: number): void {
    const ws = this.ws(sheet);
    insertRows(this.book, ws, start, count, start - 1);
    for (const m of this.merges(sheet)) {
      if (m.top >= start && m.bottom <= start + count - 1) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
    }
  }

  deleteRows(sheet: SheetRef, start: number, count: number): void {
    deleteRows(this.book, this.ws(sheet), start, count);
  }

  copyRange(sheet: SheetRef, source: { sheet: SheetRef; rect: Rect }, row: number, col: number, kind: CopyMode): void {
    const src = this.ws(source.sheet);
    const dst = this.ws(sheet);
    const dr = row - source.rect.top;
    const dc = col - source.rect.left;
    const target: Rect = { top: row, left: col, bottom: source.rect.bottom + dr, right: source.rect.right + dc };
    const takesValues = kind === "All" || kind === "Values" || kind === "Formulas";
    const takesStyles = kind === "All" || kind === "Formats" || kind === "InsertFormat";
    const takesMerges = kind === "All" || kind === "Formats";
    const takesValidation = kind === "All" || kind === "InsertFormat";
    const srcMerges = takesMerges
      ? this.merges(source.sheet).filter(
          (m) => m.top >= source.rect.top && m.bottom <= source.rect.bottom && m.left >= source.rect.left && m.right <= source.rect.right,
        )
      : [];
    const rules: { r: number; c: number; rule: ValidationRuleDoc | null }[] = [];
    const cells: { r: number; c: number; value: unknown; style: Cell["style"] | undefined; merged: boolean }[] = [];
    for (let r = source.rect.top; r <= source.rect.bottom; r++) {
      for (let c = source.rect.left; c <= source.rect.right; c++) {
        const sc = src.findCell(r, c);
        const merged = sc !== undefined && sc.isMerged && sc.master !== sc;
        let value: unknown = null;
        if (sc && !merged) {
          value = kind === "Values" ? toSnapshotValue(sc.value, is1904(this.book)) : copyOfValue(sc.value);
          if (value === "") value = null;
        }
        cells.push({ r: r + dr, c: c + dc, value, style: sc?.style, merged });
        if (takesValidation) rules.push({ r: r + dr, c: c + dc, rule: this.validationAt(source.sheet, r, c) });
      }
    }
    if (takesMerges) this.unmerge(sheet, target);
    for (const cell of cells) {
      const dc2 = dst.getCell(cell.r, cell.c);
      if (takesStyles) dc2.style = cell.style ? { ...cell.style } : {};
      if (takesValues && !cell.merged) {
        dc2.value = cell.value as Cell["value"];
        this.touch(sheet, cell.r, cell.c);
      }
    }
    for (const m of srcMerges) dst.mergeCells(m.top + dr, m.left + dc, m.bottom + dr, m.right + dc);
    for (const x of rules) this.setValidation(sheet, { top: x.r, bottom: x.r, left: x.c, right: x.c }, x.rule);
  }

  /**
   * Contents: values and formulas (the in-memory Excel loses a link with its text; Excel keeps it
   * until "Hyperlinks" is cleared). Formats: styles, and merged areas are undone. All: both.
   */
  clear(sheet: SheetRef, rect: Rect, target: ClearTarget): void {
    const ws = this.ws(sheet);
    if (target === "All" || target === "Formats" || target === "RemoveHyperlinks") {
      if (target !== "RemoveHyperlinks") this.unmerge(sheet, rect);
    }
    ws.eachRow((row, r) => {
      if (r < rect.top || r > rect.bottom) return;
      row.eachCell({ includeEmpty: true }, (c, col) => {
        if (col < rect.left || col > rect.right) return;
        if (target === "All" || target === "Contents") {
          if (!(c.isMerged && c.master !== c)) c.value = null;
        }
        if (target === "All" || target === "Formats") c.style = {};
        if ((target === "Hyperlinks" || target === "RemoveHyperlinks") && isLink(c.value)) {
          const text = String(toSnapshotValue(c.value, is1904(this.book)));
          c.value = text === "" ? null : text;
          if (target === "RemoveHyperlinks") c.style = {};
        }
      });
    });
  }

  rowHeight(sheet: SheetRef, row: number): number {
    return this.ws(sheet).findRow(row)?.height ?? 15;
  }

  setRowHeight(sheet: SheetRef, row: number, points: number): void {
    this.ws(sheet).getRow(row).height = points;
  }

  /** Excel gives column widths in points; the file keeps characters (about 5.6 points each at Calibri 11). */
  columnWidth(sheet: SheetRef, col: number): number {
    const w = this.ws(sheet).getColumn(col).width ?? 8.43;
    return Math.round(w * 5.6 * 100) / 100;
  }

  setColumnWidth(sheet: SheetRef, col: number, points: number): void {
    // Excel keeps a width to a few decimals: no binary leftovers (30 characters, not 30.000000000000004).
    this.ws(sheet).getColumn(col).width = Math.round((points / 5.6) * 10_000) / 10_000;
  }

  columnHidden(sheet: SheetRef, col: number): boolean {
    return this.ws(sheet).getColumn(col).hidden;
  }

  setColumnHidden(sheet: SheetRef, col: number, hidden: boolean): void {
    this.ws(sheet).getColumn(col).hidden = hidden;
  }

  style(sheet: SheetRef, row: number, col: number): CellStyleDoc {
    const c = this.find(sheet, row, col);
    const fill = c?.fill as { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
    const border = (c?.border ?? {}) as Partial<Record<BorderSide, { style?: string; color?: { argb?: string } }>>;
    const side = (b: { style?: string; color?: { argb?: string } } | undefined): BorderDoc | null => {
      const office = b?.style ? BORDER_FROM_FILE[b.style] : undefined;
      return office ? { ...office, color: colorOf(b?.color?.argb) } : null;
    };
    return {
      bold: c?.font?.bold === true,
      italic: c?.font?.italic === true,
      fontSize: c?.font?.size ?? 11,
      fontColor: colorOf(c?.font?.color?.argb),
      fillColor: fill?.type === "pattern" && fill.pattern === "solid" ? colorOf(fill.fgColor?.argb) : null,
      horizontalAlignment: ALIGNMENT_FROM_FILE[c?.alignment?.horizontal ?? ""] ?? "General",
      verticalAlignment: VERTICAL_FROM_FILE[c?.alignment?.vertical ?? ""] ?? "Bottom",
      wrapText: c?.alignment?.wrapText === true,
      borders: { top: side(border.top), bottom: side(border.bottom), left: side(border.left), right: side(border.right) },
    };
  }

  setStyle(sheet: SheetRef, row: number, col: number, patch: CellStylePatch): void {
    const c = this.ws(sheet).getCell(row, col);
    // ExcelJS shares style objects between cells: build a new one, never mutate.
    const style: Partial<Style> = { ...c.style };
    if (patch.bold !== undefined || patch.italic !== undefined || patch.fontColor !== undefined || patch.fontSize !== undefined) {
      const font: Partial<Font> = { ...(style.font ?? {}) };
      if (patch.fontSize !== undefined) font.size = patch.fontSize;
      if (patch.bold !== undefined) font.bold = patch.bold;
      if (patch.italic !== undefined) font.italic = patch.italic;
      if (patch.fontColor !== undefined) {
        if (patch.fontColor === null) delete font.color;
        else font.color = { argb: argbOf(patch.fontColor) };
      }
      style.font = font;
    }
    if (patch.wrapText !== undefined || patch.horizontalAlignment !== undefined || patch.verticalAlignment !== undefined) {
      const alignment: Partial<Alignment> = { ...(style.alignment ?? {}) };
      if (patch.verticalAlignment !== undefined) alignment.vertical = VERTICAL_TO_FILE[patch.verticalAlignment];
      if (patch.wrapText !== undefined) alignment.wrapText = patch.wrapText;
      if (patch.horizontalAlignment !== undefined) {
        const h = ALIGNMENT_TO_FILE[patch.horizontalAlignment];
        if (h === undefined) delete alignment.horizontal;
        else alignment.horizontal = h;
      }
      style.alignment = alignment;
    }
    if (patch.fillColor !== undefined) {
      style.fill =
        patch.fillColor === null ? { type: "pattern", pattern: "none" } : { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(patch.fillColor) } };
    }
    if (patch.borders) {
      const border: Partial<Borders> = { ...(style.border ?? {}) };
      for (const [k, b] of Object.entries(patch.borders) as [BorderSide, BorderDoc | null | undefined][]) {
        if (b === undefined) continue;
        if (b === null) delete border[k];
        else border[k] = { style: borderStyleOf(b), ...(b.color ? { color: { argb: argbOf(b.color) } } : {}) };
      }
      style.border = border;
    }
    c.style = style;
  }

  frozen(sheet: SheetRef): { rows: number; columns: number } {
    const view = wsx(this.ws(sheet)).views?.[0];
    if (!view || view.state !== "frozen") return { rows: 0, columns: 0 };
    return { rows: Number(view.ySplit ?? 0), columns: Number(view.xSplit ?? 0) };
  }

  setFrozen(sheet: SheetRef, rows: number, columns: number): void {
    const ws = wsx(this.ws(sheet));
    const views = ws.views ?? [];
    const first: Record<string, unknown> = { ...(views[0] ?? {}) };
    for (const k of ["xSplit", "ySplit", "topLeftCell", "activePane"]) delete first[k];
    if (rows > 0 || columns > 0) Object.assign(first, { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows + 1, columns + 1) });
    else first.state = "normal";
    ws.views = [first, ...views.slice(1)];
  }

  pageLayout(sheet: SheetRef): PageLayoutDoc {
    const ws = this.ws(sheet);
    const setup = ws.pageSetup;
    const titles = /^(\d+):(\d+)$/.exec(setup.printTitlesRow ?? "");
    return {
      orientation: setup.orientation === "landscape" ? "Landscape" : "Portrait",
      paperSize: setup.paperSize === undefined ? null : (PAPER_FROM_FILE[setup.paperSize] ?? `#${setup.paperSize}`),
      zoom: setup.fitToPage ? { horizontalFitToPages: setup.fitToWidth ?? 1, verticalFitToPages: setup.fitToHeight ?? 1 } : { scale: setup.scale ?? 100 },
      printArea: setup.printArea ? parseAddress(setup.printArea.split("&&")[0]) : null,
      printTitleRows: titles ? { first: Number(titles[1]), last: Number(titles[2]) } : null,
      centerHeader: headerSections(ws.headerFooter.oddHeader ?? "").center,
      centerFooter: headerSections(ws.headerFooter.oddFooter ?? "").center,
    };
  }

  setPageLayout(sheet: SheetRef, patch: Partial<PageLayoutDoc>): void {
    const ws = this.ws(sheet);
    const setup = ws.pageSetup;
    if (patch.orientation) setup.orientation = patch.orientation === "Landscape" ? "landscape" : "portrait";
    if (patch.paperSize) setup.paperSize = PAPER_TO_FILE[patch.paperSize];
    if (patch.zoom) {
      if (patch.zoom.scale !== undefined) {
        setup.fitToPage = false;
        setup.scale = patch.zoom.scale;
      } else {
        setup.fitToPage = true;
        setup.fitToWidth = patch.zoom.horizontalFitToPages ?? 0;
        setup.fitToHeight = patch.zoom.verticalFitToPages ?? 0;
      }
    }
    if (patch.printArea !== undefined) setup.printArea = patch.printArea ? rectAddress(patch.printArea) : undefined;
    if (patch.printTitleRows !== undefined)
      setup.printTitlesRow = patch.printTitleRows ? `${patch.printTitleRows.first}:${patch.printTitleRows.last}` : undefined;
    if (patch.centerHeader !== undefined) ws.headerFooter.oddHeader = withCenter(ws.headerFooter.oddHeader ?? "", patch.centerHeader);
    if (patch.centerFooter !== undefined) ws.headerFooter.oddFooter = withCenter(ws.headerFooter.oddFooter ?? "", patch.centerFooter);
  }

  conditionalFormats(sheet: SheetRef): ConditionalFormatDoc[] {
    const out: ConditionalFormatDoc[] = [];
    for (const cf of conditionalFormattingsOf(this.ws(sheet))) {
      const rect = parseAddress(cf.ref.split(" ")[0]);
      if (!rect) continue;
      for (const rule of cf.rules) out.push(this.cfDoc(rule, rect));
    }
    const pending = this.pendingCfs.get(sheet.key) ?? [];
    return [...out, ...pending.map((p) => this.cfDoc(p.rule, p.rect))];
  }

  private cfKeys = new WeakMap<CfRuleX, number>();
  private nextCfKey = 1;
  /** Conditional formats made by `add` whose rule is not set yet: not in the file until it is. */
  private readonly pendingCfs = new Map<number, { rule: CfRuleX; rect: Rect }[]>();

  private cfDoc(rule: CfRuleX, rect: Rect): ConditionalFormatDoc {
    let key = this.cfKeys.get(rule);
    if (key === undefined) {
      key = this.nextCfKey++;
      this.cfKeys.set(rule, key);
    }
    const fill = rule.style?.fill as { bgColor?: { argb?: string }; fgColor?: { argb?: string } } | undefined;
    const font = rule.style?.font;
    const type = rule.type === "cellIs" ? "CellValue" : rule.type === "containsText" && rule.operator === "containsText" ? "ContainsText" : "Custom";
    let docRule: ConditionalFormatDoc["rule"] = null;
    if (type === "CellValue" && rule.formulae && rule.formulae.length > 0) {
      docRule = {
        operator: CF_OPERATOR_FROM_FILE[rule.operator ?? ""] ?? "Invalid",
        formula1: `=${rule.formulae[0]}`,
        ...(rule.formulae[1] !== undefined ? { formula2: `=${rule.formulae[1]}` } : {}),
      };
    } else if (type === "ContainsText") {
      // A file keeps the text in the rule's `text` attribute, which ExcelJS drops: read it from the formula then.
      const m = /^NOT\(ISERROR\(SEARCH\("((?:[^"]|"")*)",/.exec(rule.formulae?.[0] ?? "");
      const text = rule.text ?? (m ? m[1].replace(/""/g, '"') : undefined);
      if (text !== undefined) docRule = { operator: "Contains", text };
    }
    return { key, type, rect, rule: docRule, fillColor: colorOf(fill?.bgColor?.argb ?? fill?.fgColor?.argb), fontColor: colorOf(font?.color?.argb) };
  }

  addConditionalFormat(sheet: SheetRef, rect: Rect, type: "CellValue" | "ContainsText"): ConditionalFormatDoc {
    const rule: CfRuleX = type === "CellValue" ? { type: "cellIs" } : { type: "containsText", operator: "containsText" };
    const list = this.pendingCfs.get(sheet.key) ?? [];
    list.push({ rule, rect });
    this.pendingCfs.set(sheet.key, list);
    return this.cfDoc(rule, rect);
  }

  updateConditionalFormat(sheet: SheetRef, key: number, patch: Partial<Pick<ConditionalFormatDoc, "rule" | "fillColor" | "fontColor">>): void {
    const ws = this.ws(sheet);
    const pending = this.pendingCfs.get(sheet.key) ?? [];
    const inFile = conditionalFormattingsOf(ws).flatMap((cf) => cf.rules.map((rule) => ({ rule, rect: parseAddress(cf.ref.split(" ")[0]) })));
    const found = [...pending, ...inFile].find((x) => this.cfKeys.get(x.rule) === key);
    if (!found || !found.rect) throw new Error(`conditional format ${key} is gone`);
    const { rule, rect } = found;
    if (patch.fillColor !== undefined || patch.fontColor !== undefined) {
      const style: Partial<Style> = { ...(rule.style ?? {}) };
      if (patch.fillColor !== undefined)
        style.fill = patch.fillColor === null ? undefined : { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(patch.fillColor) } };
      if (patch.fontColor !== undefined) style.font = patch.fontColor === null ? undefined : { color: { argb: argbOf(patch.fontColor) } };
      rule.style = style;
    }
    if (patch.rule) {
      if (rule.type === "cellIs") {
        rule.operator = CF_OPERATOR_TO_FILE[patch.rule.operator];
        rule.formulae = [patch.rule.formula1, patch.rule.formula2].filter((f): f is string => f !== undefined).map((f) => f.replace(/^=/, ""));
      } else {
        const text = patch.rule.text ?? "";
        rule.text = text;
        rule.formulae = [`NOT(ISERROR(SEARCH("${text.replace(/"/g, '""')}",${cellAddress(rect.top, rect.left)})))`];
      }
      const i = pending.indexOf(found as { rule: CfRuleX; rect: Rect });
      if (i >= 0) {
        pending.splice(i, 1);
        conditionalFormattingsOf(ws).push({ ref: rectAddress(rect), rules: [rule] });
      }
    }
  }

  autoFilter(sheet: SheetRef): Rect | null {
    const f = this.ws(sheet).autoFilter as unknown;
    if (typeof f === "string") return parseAddress(f);
    if (f && typeof f === "object") {
      const o = f as { from?: unknown; to?: unknown };
      if (typeof o.from === "string" && typeof o.to === "string") return parseAddress(`${o.from}:${o.to}`);
    }
    return null;
  }

  setAutoFilter(sheet: SheetRef, rect: Rect | null): void {
    this.ws(sheet).autoFilter = rect ? rectAddress(rect) : (undefined as unknown as string);
  }

  /** Charts are not in the ExcelJS workbook (it cannot hold them): kept beside it, by sheet key. */
  private readonly chartsBySheet = new Map<number, ChartDoc[]>();
  private nextChartKey = 1;

  charts(sheet: SheetRef): ChartDoc[] {
    this.ws(sheet);
    return (this.chartsBySheet.get(sheet.key) ?? []).map((c) => ({ ...c }));
  }

  addChart(sheet: SheetRef, chart: Omit<ChartDoc, "key">): ChartDoc {
    this.ws(sheet);
    const made: ChartDoc = { ...chart, key: this.nextChartKey++ };
    this.chartsBySheet.set(sheet.key, [...(this.chartsBySheet.get(sheet.key) ?? []), made]);
    return { ...made };
  }

  updateChart(sheet: SheetRef, key: number, patch: Partial<Pick<ChartDoc, "name" | "title" | "position" | "width" | "height">>): void {
    const list = this.chartsBySheet.get(sheet.key) ?? [];
    const i = list.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`chart ${key} is gone`);
    list[i] = { ...list[i], ...patch };
  }

  deleteChart(sheet: SheetRef, key: number): void {
    const list = this.chartsBySheet.get(sheet.key) ?? [];
    this.chartsBySheet.set(
      sheet.key,
      list.filter((c) => c.key !== key),
    );
  }

  private definedNames(): DefinedNamesX {
    return this.book.excel.definedNames;
  }

  names(): { name: string; formula: string; visible: boolean }[] {
    return this.definedNames().model.map((n) => ({ name: n.name, formula: `=${n.ranges.join(",") || "#REF!"}`, visible: true }));
  }

  addName(name: string, formula: string): void {
    this.definedNames().add(formula.replace(/^=/, ""), name);
  }

  deleteName(name: string): void {
    const item = this.definedNames().model.find((n) => n.name === name);
    for (const r of item?.ranges ?? []) this.definedNames().remove(r, name);
  }

  initialActive(): { sheet: SheetRef; row: number; col: number } | null {
    const order = sheetsInOrder(this.book);
    if (order.length === 0) return null;
    const views = wbx(this.book.excel).views ?? [];
    let ws = order[Number(views[0]?.activeTab ?? 0)] ?? order[0];
    if (wsx(ws).state !== "visible") ws = order.find((s) => wsx(s).state === "visible") ?? ws;
    const activeCell = wsx(ws).views?.[0]?.activeCell;
    const active = typeof activeCell === "string" ? activeCell : "A1";
    const cell = parseCell(topLeft(active));
    return { sheet: this.ref(ws), row: cell?.row ?? 1, col: cell?.col ?? 1 };
  }

  setActiveTab(sheet: SheetRef, row: number, col: number): void {
    selectCell(this.book, this.ws(sheet).name, cellAddress(row, col));
  }
}
