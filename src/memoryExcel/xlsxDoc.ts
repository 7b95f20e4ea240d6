/**
 * The in-memory Excel's document: the xlsx adapter's workbook (ExcelJS + Excel's x14 validations),
 * changed in place. Structural changes reuse the adapter's own code (src/workbook/xlsx/sheets.ts and
 * rows.ts: sheet copy, row insertion and deletion with merges, validations and formulas moved), so a
 * file handed back by `toXlsxWorkbook()` saves exactly like one changed by the command line.
 */
import type { Cell, ValueType, Worksheet } from "exceljs";
import { cellAddress, coalesceRects, containsCell, intersects, parseCell, subtractRect, topLeft, type Rect } from "../register";
import { dvModelOf, is1904, sheetsInOrder, wbx, wsx, type ListValidationModelX, type XlsxWorkbook } from "../workbook/xlsx/book";
import { refreshReferenceFormulas, writtenKey } from "../workbook/xlsx/recalc";
import { deleteRows, insertRows } from "../workbook/xlsx/rows";
import { addSheet, copySheet, deleteSheet, selectCell } from "../workbook/xlsx/sheets";
import { toSnapshotValue } from "../workbook/xlsx/values";
import type { CellValue } from "../register/snapshot";
import type { CellRead, CellWriteValue, ClearTarget, CopyMode, Doc, HyperlinkDoc, SheetRef, ValidationRuleDoc, Visibility } from "./doc";

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
    return this.ref(copySheet(this.book, src.name, name, src.name));
  }

  deleteSheet(sheet: SheetRef): void {
    deleteSheet(this.book, this.ws(sheet).name);
    this.refs.delete(sheet.key);
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
    this.ws(sheet).getColumn(col).width = points / 5.6;
  }

  style(sheet: SheetRef, row: number, col: number): { bold: boolean; fillColor: string | null; wrapText: boolean } {
    const c = this.find(sheet, row, col);
    const fill = c?.fill as { fgColor?: { argb?: string } } | undefined;
    return {
      bold: c?.font?.bold === true,
      fillColor: fill?.fgColor?.argb ? `#${fill.fgColor.argb.slice(-6)}` : null,
      wrapText: c?.alignment?.wrapText === true,
    };
  }

  setStyle(sheet: SheetRef, row: number, col: number, patch: { bold?: boolean; fillColor?: string | null; wrapText?: boolean }): void {
    const c = this.ws(sheet).getCell(row, col);
    if (patch.bold !== undefined) c.font = { ...(c.font ?? {}), bold: patch.bold };
    if (patch.wrapText !== undefined) c.alignment = { ...(c.alignment ?? {}), wrapText: patch.wrapText };
    if (patch.fillColor !== undefined) {
      c.fill =
        patch.fillColor === null
          ? { type: "pattern", pattern: "none" }
          : { type: "pattern", pattern: "solid", fgColor: { argb: `FF${patch.fillColor.replace(/^#/, "").toUpperCase()}` } };
    }
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
