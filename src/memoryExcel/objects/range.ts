/** `Excel.Range`: values, formulas, formats, addresses, inserts and deletes over the document. */
import type { CellValue } from "../../register/snapshot";
import { MAX_COLS, MAX_ROWS, growToMerges, isEntireColumns, isEntireRows, parseAddress, qualifiedAddress, splitSheet } from "../../register";
import { ProxyBase, RequestContextCore } from "../core";
import type { ClearTarget, CopyKind, Rect } from "../doc";
import { RichApiError } from "../errors";
import { parseTypedInput } from "../typedInput";
import { MemoryConditionalFormatCollection } from "./conditionalFormat";
import { MemoryDataValidation } from "./dataValidation";
import { MemoryRangeFormat } from "./rangeFormat";
import { boundedRect, checkWritable, docOf, engineOf, grid, invalidArgument, type RangeTarget } from "./shared";
import { MemoryWorksheet } from "./worksheet";

export class MemoryRange extends ProxyBase<RangeTarget> {
  protected readonly typeName = "Range";
  protected readonly scalarProperties = [
    "address",
    "addressLocal",
    "cellCount",
    "columnCount",
    "columnIndex",
    "rowCount",
    "rowIndex",
    "values",
    "formulas",
    "numberFormat",
    "text",
    "valueTypes",
    "hyperlink",
    "isEntireRow",
    "isEntireColumn",
    "columnHidden",
  ] as const;

  constructor(context: RequestContextCore, resolver: () => RangeTarget | null, nullable = false) {
    super(context, resolver, nullable);
  }

  protected override stillValid(t: RangeTarget): boolean {
    return docOf(this.context).has(t.sheet);
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    const doc = docOf(this.context);
    const r = t.rect;
    // Real Excel reads at most 5 million cells a request (a whole sheet's values is refused).
    const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
    if (cells > 5_000_000 && ["values", "formulas", "numberFormat", "text", "valueTypes"].includes(name)) {
      throw new RichApiError("RangeExceedsLimit", "The cell count in the range has exceeded the maximum supported number.", "Range.load");
    }
    switch (name) {
      case "address":
      case "addressLocal":
        return qualifiedAddress(doc.name(t.sheet), r);
      case "cellCount":
        return (r.bottom - r.top + 1) * (r.right - r.left + 1);
      case "rowCount":
        return r.bottom - r.top + 1;
      case "columnCount":
        return r.right - r.left + 1;
      case "rowIndex":
        return r.top - 1;
      case "columnIndex":
        return r.left - 1;
      case "isEntireRow":
        return isEntireRows(r);
      case "isEntireColumn":
        return isEntireColumns(r);
      case "values":
        return doc.grid(t.sheet, r, "value");
      case "formulas":
        return doc.grid(t.sheet, r, "formula");
      case "numberFormat":
        return doc.grid(t.sheet, r, "numberFormat");
      case "text":
        return grid(r, (row, col) => String(doc.cell(t.sheet, row, col).value));
      case "valueTypes":
        return grid(r, (row, col) => {
          const v = doc.cell(t.sheet, row, col).value;
          if (v === "") return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return /^#[A-Z/0!?]+[!?]?$/.test(v) ? "Error" : "String";
        });
      case "columnHidden": {
        // Excel: true when every column of the range is hidden, false when none is, null when mixed.
        const states = new Set<boolean>();
        for (let c = r.left; c <= Math.min(r.right, r.left + 1000); c++) states.add(doc.columnHidden(t.sheet, c));
        return states.size === 1 ? states.has(true) : null;
      }
      case "hyperlink": {
        const link = doc.hyperlinkAt(t.sheet, r.top, r.left);
        if (!link) return null;
        return { ...link, textToDisplay: String(doc.cell(t.sheet, r.top, r.left).value) };
      }
      default:
        return undefined;
    }
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get isEntireRow(): boolean {
    return this.get("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this.get("isEntireColumn");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  get values(): CellValue[][] {
    return this.get("values");
  }
  /**
   * Real Excel: each string is parsed as if typed (see typedInput.ts) unless the cell's number format
   * is Text ("@", in force at the time this request runs, e.g. set just before in the same batch) or
   * the string starts with an apostrophe. `null` leaves a cell unchanged; one value (not an array)
   * goes to every cell; an array of the wrong size fails with InvalidArgument.
   */
  set values(input: unknown) {
    this.queue("values", (t) => {
      this.writeCells(t, input, "values");
      engineOf(this.context).queueChange(t.sheet, t.rect);
    });
  }

  get formulas(): CellValue[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown) {
    this.queue("formulas", (t) => {
      this.writeCells(t, input, "formulas");
      engineOf(this.context).queueChange(t.sheet, t.rect);
    });
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.queue("numberFormat", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "Range.numberFormat");
      const r = boundedRect(doc, t);
      this.eachInput(r, t.rect, input, "Range.numberFormat", (row, col, v) => {
        if (v === null || v === undefined) return;
        doc.setNumberFormat(t.sheet, row, col, typeof v === "string" ? v : JSON.stringify(v));
      });
    });
  }

  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.queue("columnHidden", (t) => {
      if (typeof hidden !== "boolean") throw invalidArgument("Range.columnHidden");
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "Range.columnHidden");
      for (let c = t.rect.left; c <= Math.min(t.rect.right, t.rect.left + 1000); c++) doc.setColumnHidden(t.sheet, c, hidden);
    });
  }
  get hyperlink(): { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string } | null {
    return this.get("hyperlink");
  }
  /**
   * ExcelApi 1.7. Real Excel puts the link on every cell of the range and, when `textToDisplay` is
   * given, writes it as the cell's text (not parsed). `null`/`{}` removes the link.
   */
  set hyperlink(link: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string } | null) {
    this.queue("hyperlink", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "Range.hyperlink");
      const r = boundedRect(doc, t);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          if (!link || (!link.address && !link.documentReference)) {
            doc.setHyperlink(t.sheet, row, col, null);
          } else {
            doc.setHyperlink(
              t.sheet,
              row,
              col,
              { address: link.address, documentReference: link.documentReference, screenTip: link.screenTip },
              link.textToDisplay,
            );
          }
        }
      }
      // The text to display is written into the cells: their contents changed.
      if (link?.textToDisplay !== undefined) engineOf(this.context).queueChange(t.sheet, t.rect);
    });
  }

  private eachInput(r: Rect, full: Rect, input: unknown, location: string, f: (row: number, col: number, v: unknown) => void): void {
    if (!Array.isArray(input)) {
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col, input);
      return;
    }
    const rows = full.bottom - full.top + 1;
    const cols = full.right - full.left + 1;
    if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw invalidArgument(location, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    (input as unknown[][]).forEach((line, i) => line.forEach((v, j) => f(full.top + i, full.left + j, v)));
  }

  private writeCells(t: RangeTarget, input: unknown, mode: "values" | "formulas"): void {
    const doc = docOf(this.context);
    const location = `Range.${mode}`;
    checkWritable(doc, t.sheet, location);
    const merges = doc.merges(t.sheet);
    const today = engineOf(this.context).today();
    this.eachInput(boundedRect(doc, t), t.rect, input, location, (row, col, v) => {
      if (v === null || v === undefined) return;
      // A hidden cell of a merged area holds nothing: Excel drops what is written there.
      if (merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left))) return;
      if (typeof v === "number") {
        if (!Number.isFinite(v)) throw invalidArgument(location);
        doc.setCell(t.sheet, row, col, { kind: "number", value: v });
        return;
      }
      if (typeof v === "boolean") {
        doc.setCell(t.sheet, row, col, { kind: "boolean", value: v });
        return;
      }
      if (typeof v !== "string") throw invalidArgument(location);
      const current = doc.cell(t.sheet, row, col).numberFormat;
      if (current === "@") {
        doc.setCell(t.sheet, row, col, v === "" ? { kind: "empty" } : { kind: "text", value: v });
        return;
      }
      const parsed = parseTypedInput(v, today);
      switch (parsed.kind) {
        case "empty":
        case "text":
        case "boolean":
        case "formula":
          doc.setCell(t.sheet, row, col, parsed);
          break;
        case "number":
          doc.setCell(t.sheet, row, col, { kind: "number", value: parsed.value });
          // Excel gives a date (or percentage) typed in a General cell the matching format.
          if (parsed.numberFormat && (current === "General" || current === "")) doc.setNumberFormat(t.sheet, row, col, parsed.numberFormat);
          break;
      }
    });
  }

  private derived(location: string, f: (t: RangeTarget) => RangeTarget): MemoryRange {
    return new MemoryRange(this.context, () => {
      const t = f(this.target(`Range.${location}`));
      const r = t.rect;
      if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS || r.bottom < r.top || r.right < r.left)
        throw invalidArgument(`Range.${location}`);
      return t;
    });
  }

  getCell(row: number, column: number): MemoryRange {
    return this.derived("getCell", (t) => ({
      sheet: t.sheet,
      rect: { top: t.rect.top + row, bottom: t.rect.top + row, left: t.rect.left + column, right: t.rect.left + column },
    }));
  }
  getRow(row: number): MemoryRange {
    return this.derived("getRow", (t) => ({ sheet: t.sheet, rect: { ...t.rect, top: t.rect.top + row, bottom: t.rect.top + row } }));
  }
  getColumn(column: number): MemoryRange {
    return this.derived("getColumn", (t) => ({ sheet: t.sheet, rect: { ...t.rect, left: t.rect.left + column, right: t.rect.left + column } }));
  }
  getEntireRow(): MemoryRange {
    return this.derived("getEntireRow", (t) => ({ sheet: t.sheet, rect: { top: t.rect.top, bottom: t.rect.bottom, left: 1, right: MAX_COLS } }));
  }
  getEntireColumn(): MemoryRange {
    return this.derived("getEntireColumn", (t) => ({ sheet: t.sheet, rect: { top: 1, bottom: MAX_ROWS, left: t.rect.left, right: t.rect.right } }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): MemoryRange {
    return this.derived("getOffsetRange", (t) => ({
      sheet: t.sheet,
      rect: { top: t.rect.top + rowOffset, bottom: t.rect.bottom + rowOffset, left: t.rect.left + columnOffset, right: t.rect.right + columnOffset },
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): MemoryRange {
    return this.derived("getResizedRange", (t) => ({
      sheet: t.sheet,
      rect: { ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns },
    }));
  }
  getLastCell(): MemoryRange {
    return this.derived("getLastCell", (t) => ({
      sheet: t.sheet,
      rect: { top: t.rect.bottom, bottom: t.rect.bottom, left: t.rect.right, right: t.rect.right },
    }));
  }

  get worksheet(): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => this.target("Range.worksheet").sheet);
  }

  get dataValidation(): MemoryDataValidation {
    return new MemoryDataValidation(this.context, () => this.target("Range.dataValidation"));
  }

  get format(): MemoryRangeFormat {
    return new MemoryRangeFormat(this.context, () => this.target("Range.format"));
  }

  /** ExcelApi 1.6: see conditionalFormat.ts. */
  get conditionalFormats(): MemoryConditionalFormatCollection {
    return new MemoryConditionalFormatCollection(this.context, () => this.target("Range.conditionalFormats"));
  }

  /**
   * Inserts cells and returns them. Only whole rows shifted down (`getRange("5:6").insert("Down")`)
   * are imitated. Real Excel gives the new rows the format of the row above (its styles and data
   * validation, not its merged areas), and grows merged areas and validations that span the insertion
   * point. Other shapes fail here with NotImplemented rather than doing something Excel would not.
   */
  insert(shift: "Down" | "Right"): MemoryRange {
    const slot: { t?: RangeTarget } = {};
    this.queue("insert", (t) => {
      const doc = docOf(this.context);
      if (shift !== "Down") throw invalidArgument("Range.insert");
      if (!isEntireRows(t.rect)) throw new RichApiError("NotImplemented", "Only whole rows inserted down are imitated by the in-memory Excel.", "Range.insert");
      checkWritable(doc, t.sheet, "Range.insert");
      const count = t.rect.bottom - t.rect.top + 1;
      const used = doc.usedRect(t.sheet, false);
      if (used && used.bottom + count > MAX_ROWS)
        throw new RichApiError("InsertDeleteConflict", "The insert or delete operation resulted in a conflict.", "Range.insert");
      doc.insertRows(t.sheet, t.rect.top, count);
      slot.t = { sheet: t.sheet, rect: { ...t.rect } };
      engineOf(this.context).queueChange(t.sheet, t.rect, "RowInserted");
    });
    return new MemoryRange(this.context, () => slot.t ?? null);
  }

  /** Deletes whole rows (shift "Up"); merged areas and validations shrink or move as in Excel. */
  delete(shift: "Up" | "Left"): void {
    this.queue("delete", (t) => {
      const doc = docOf(this.context);
      if (shift !== "Up") throw invalidArgument("Range.delete");
      if (!isEntireRows(t.rect)) throw new RichApiError("NotImplemented", "Only whole rows deleted up are imitated by the in-memory Excel.", "Range.delete");
      checkWritable(doc, t.sheet, "Range.delete");
      doc.deleteRows(t.sheet, t.rect.top, t.rect.bottom - t.rect.top + 1);
      engineOf(this.context).queueChange(t.sheet, t.rect, "RowDeleted");
    });
  }

  /** `clear(applyTo)`: All (default), Contents (values and formulas), Formats, Hyperlinks, RemoveHyperlinks. */
  clear(applyTo: ClearTarget = "All"): void {
    this.queue("clear", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "Range.clear");
      const r = boundedRect(doc, t);
      if (r.bottom >= r.top && r.right >= r.left) doc.clear(t.sheet, r, applyTo);
      // Clearing formats or links leaves the contents: Excel reports those with other events.
      if (applyTo === "All" || applyTo === "Contents") engineOf(this.context).queueChange(t.sheet, t.rect);
    });
  }

  /**
   * ExcelApi 1.9. Copies the source onto the cells that start at this range's top-left. "All" takes
   * values, formats, merged areas, data validation and links; "Formats" takes formats and merged
   * areas; "Values"/"Formulas" only the contents.
   */
  copyFrom(sourceRange: MemoryRange | string, copyType: CopyKind = "All", skipBlanks = false, transpose = false): void {
    this.queue("copyFrom", (t) => {
      const doc = docOf(this.context);
      if (skipBlanks || transpose) throw new RichApiError("NotImplemented", "skipBlanks and transpose are not imitated.", "Range.copyFrom");
      checkWritable(doc, t.sheet, "Range.copyFrom");
      let src: RangeTarget;
      if (typeof sourceRange === "string") {
        const { sheet, local } = splitSheet(sourceRange);
        const rect = parseAddress(local);
        const ref = sheet === undefined ? t.sheet : doc.sheets().find((s) => doc.name(s).toLowerCase() === sheet.toLowerCase());
        if (!rect || !ref) throw invalidArgument("Range.copyFrom");
        src = { sheet: ref, rect };
      } else {
        src = sourceRange.target("Range.copyFrom");
      }
      const bounded = boundedRect(doc, src);
      if (bounded.bottom < bounded.top || bounded.right < bounded.left) return;
      const top = t.rect.top + (bounded.top - src.rect.top);
      const left = t.rect.left + (bounded.left - src.rect.left);
      doc.copyRange(t.sheet, { sheet: src.sheet, rect: bounded }, top, left, copyType);
      if (copyType !== "Formats") {
        const rect = { top, left, bottom: top + bounded.bottom - bounded.top, right: left + bounded.right - bounded.left };
        engineOf(this.context).queueChange(t.sheet, rect);
      }
    });
  }

  merge(across = false): void {
    this.queue("merge", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "Range.merge");
      if (across) {
        for (let row = t.rect.top; row <= t.rect.bottom; row++) doc.merge(t.sheet, { ...t.rect, top: row, bottom: row });
      } else {
        doc.merge(t.sheet, t.rect);
      }
    });
  }

  unmerge(): void {
    this.queue("unmerge", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "Range.unmerge");
      doc.unmerge(t.sheet, t.rect);
    });
  }

  /**
   * Selects the range, activating its sheet. Real Excel grows a selection to the merged areas it
   * touches, and raises the selection-changed events (for the add-in's own selections too).
   */
  select(): void {
    this.queue("select", (t) => {
      const doc = docOf(this.context);
      const engine = engineOf(this.context);
      if (doc.visibility(t.sheet) !== "Visible")
        throw new RichApiError("InvalidOperation", "This operation is not permitted for the current object.", "Range.select");
      const rect = growToMerges(t.rect, doc.merges(t.sheet));
      if (!engine.active || engine.active.key !== t.sheet.key) engine.queueEvent({ kind: "activated", sheet: t.sheet });
      engine.active = t.sheet;
      engine.selection = { sheet: t.sheet, rect };
      engine.queueEvent({ kind: "selection", sheet: t.sheet, rect });
    });
  }
}
