/**
 * The Excel objects the add-in uses, over the document of doc.ts. Each behaviour that imitates real
 * Excel says so beside its code; see core.ts for the request/sync/load rules every object follows.
 */
import type { CellValue } from "../register/snapshot";
import {
  growToMerges,
  isEntireColumns,
  isEntireRows,
  MAX_COLS,
  MAX_ROWS,
  parseLocalAddress,
  qualifiedAddress,
  splitSheet,
} from "./address";
import { ClientResult, EventHandlers, type Engine, type LoadOption, loadNames, ProxyBase, RequestContextCore } from "./core";
import type { ClearTarget, CopyKind, Doc, Rect, SheetRef, ValidationRuleDoc, Visibility } from "./doc";
import { RichApiError } from "./errors";
import { parseTypedInput } from "./typedInput";

type RangeTarget = { sheet: SheetRef; rect: Rect };

type SelectionArgs = { address: string; worksheetId: string; type: "WorksheetSelectionChanged"; source: "Local" };

function engineOf(ctx: RequestContextCore): Engine {
  return ctx.engine;
}

function docOf(ctx: RequestContextCore): Doc {
  return ctx.engine.doc;
}

function invalidArgument(location: string, message = "The argument is invalid or missing or has an incorrect format."): RichApiError {
  return new RichApiError("InvalidArgument", message, location);
}

/** Excel refuses names longer than 31 characters, blank, with `[]:*?/\`, or starting/ending with `'`. */
function checkSheetName(doc: Doc, name: string, except: SheetRef | null, location: string): void {
  if (typeof name !== "string" || name.trim() === "" || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw invalidArgument(location, "The sheet name is invalid.");
  }
  const clash = doc.sheets().find((s) => (except === null || s.key !== except.key) && doc.name(s).toLowerCase() === name.toLowerCase());
  if (clash) throw new RichApiError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", location);
}

/**
 * The name Excel gives a copy: `Name (2)`, `Name (3)`… A name ending in ` (n)` counts on from n; a
 * long name is cut so that the result fits in 31 characters (`3_-_Modèle_de_fiche_de_r (2)`).
 */
export function copyName(doc: Doc, source: string): string {
  const m = /^(.*) \((\d+)\)$/.exec(source);
  const base = m ? m[1] : source;
  let n = m ? Number(m[2]) + 1 : 2;
  const taken = new Set(doc.sheets().map((s) => doc.name(s).toLowerCase()));
  for (;;) {
    const suffix = ` (${n})`;
    const stem = base.length + suffix.length > 31 ? base.slice(0, 31 - suffix.length - 3) : base;
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
    n++;
  }
}

function checkWritable(doc: Doc, sheet: SheetRef, location: string): void {
  // Real Excel: writing to a protected sheet fails with AccessDenied and nothing is written.
  if (doc.isProtected(sheet)) throw new RichApiError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", location);
}

/** The cells of a rectangle actually worth visiting (a whole row only up to the used columns). */
function boundedRect(doc: Doc, t: RangeTarget): Rect {
  if (!isEntireRows(t.rect) && !isEntireColumns(t.rect)) return t.rect;
  const used = doc.usedRect(t.sheet, false);
  if (!used) return { top: t.rect.top, bottom: t.rect.top - 1, left: t.rect.left, right: t.rect.left - 1 };
  return {
    top: Math.max(t.rect.top, 1),
    bottom: isEntireColumns(t.rect) ? Math.min(t.rect.bottom, used.bottom) : t.rect.bottom,
    left: t.rect.left,
    right: isEntireRows(t.rect) ? Math.min(t.rect.right, used.right) : t.rect.right,
  };
}

function grid<V>(rect: Rect, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

const RULE_TYPES: Record<string, string> = {
  list: "List",
  whole: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
  any: "None",
};

/**
 * `dataValidation.rule.list.source` as Excel gives it: an inline list without its quotes
 * (`Oui,Non`), or a formula with its leading `=` (`='5_-_Listes'!$F$2:$F$10`).
 */
function listSource(formula1: string | undefined): string {
  const f = (formula1 ?? "").trim();
  if (f.startsWith('"') && f.endsWith('"') && f.length >= 2) return f.slice(1, -1).replace(/""/g, '"');
  return f.startsWith("=") ? f : `=${f}`;
}

function ruleOf(rule: ValidationRuleDoc): Record<string, unknown> {
  if (rule.type === "list") return { list: { inCellDropDown: true, source: listSource(rule.formula1) } };
  const key = RULE_TYPES[rule.type];
  if (!key || key === "None") return {};
  const name = key.charAt(0).toLowerCase() + key.slice(1);
  return { [name]: { formula1: rule.formula1 === undefined ? undefined : `=${rule.formula1}`, formula2: rule.formula2 === undefined ? undefined : `=${rule.formula2}` } };
}

// ---------------------------------------------------------------------------------------------
// Range

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
    this.queue("values", (t) => this.writeCells(t, input, "values"));
  }

  get formulas(): CellValue[][] {
    return this.get("formulas");
  }
  set formulas(input: unknown) {
    this.queue("formulas", (t) => this.writeCells(t, input, "formulas"));
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
        doc.setNumberFormat(t.sheet, row, col, String(v));
      });
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
            doc.setHyperlink(t.sheet, row, col, { address: link.address, documentReference: link.documentReference, screenTip: link.screenTip }, link.textToDisplay);
          }
        }
      }
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
      if (r.top < 1 || r.left < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS || r.bottom < r.top || r.right < r.left) throw invalidArgument(`Range.${location}`);
      return t;
    });
  }

  getCell(row: number, column: number): MemoryRange {
    return this.derived("getCell", (t) => ({ sheet: t.sheet, rect: { top: t.rect.top + row, bottom: t.rect.top + row, left: t.rect.left + column, right: t.rect.left + column } }));
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
    return this.derived("getResizedRange", (t) => ({ sheet: t.sheet, rect: { ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns } }));
  }
  getLastCell(): MemoryRange {
    return this.derived("getLastCell", (t) => ({ sheet: t.sheet, rect: { top: t.rect.bottom, bottom: t.rect.bottom, left: t.rect.right, right: t.rect.right } }));
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
      if (used && used.bottom + count > MAX_ROWS) throw new RichApiError("InsertDeleteConflict", "The insert or delete operation resulted in a conflict.", "Range.insert");
      doc.insertRows(t.sheet, t.rect.top, count);
      slot.t = { sheet: t.sheet, rect: { ...t.rect } };
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
    });
  }

  /** `clear(applyTo)`: All (default), Contents (values and formulas), Formats, Hyperlinks, RemoveHyperlinks. */
  clear(applyTo: ClearTarget = "All"): void {
    this.queue("clear", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "Range.clear");
      const r = boundedRect(doc, t);
      if (r.bottom >= r.top && r.right >= r.left) doc.clear(t.sheet, r, applyTo);
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
        const rect = parseLocalAddress(local);
        const ref = sheet === undefined ? t.sheet : doc.sheets().find((s) => doc.name(s).toLowerCase() === sheet.toLowerCase());
        if (!rect || !ref) throw invalidArgument("Range.copyFrom");
        src = { sheet: ref, rect };
      } else {
        src = sourceRange.target("Range.copyFrom");
      }
      const bounded = boundedRect(doc, src);
      if (bounded.bottom < bounded.top || bounded.right < bounded.left) return;
      doc.copyRange(t.sheet, { sheet: src.sheet, rect: bounded }, t.rect.top + (bounded.top - src.rect.top), t.rect.left + (bounded.left - src.rect.left), copyType);
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
      if (doc.visibility(t.sheet) !== "Visible") throw new RichApiError("InvalidOperation", "This operation is not permitted for the current object.", "Range.select");
      const rect = growToMerges(t.rect, doc.merges(t.sheet));
      if (!engine.active || engine.active.key !== t.sheet.key) engine.queueEvent({ kind: "activated", sheet: t.sheet });
      engine.active = t.sheet;
      engine.selection = { sheet: t.sheet, rect };
      engine.queueEvent({ kind: "selection", sheet: t.sheet, rect });
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation (ExcelApi 1.8)

export class MemoryDataValidation extends ProxyBase<RangeTarget> {
  protected readonly typeName = "DataValidation";
  protected readonly scalarProperties = ["type", "rule", "valid", "ignoreBlanks"] as const;

  protected readProperty(t: RangeTarget, name: string): unknown {
    const doc = docOf(this.context);
    const r = boundedRect(doc, t);
    const rules: (ValidationRuleDoc | null)[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) rules.push(doc.validationAt(t.sheet, row, col));
    const keys = new Set(rules.map((x) => (x ? JSON.stringify([x.type, x.formula1 ?? "", x.formula2 ?? ""]) : "")));
    const someWithout = keys.has("");
    const mixed = keys.size > 1;
    const first = rules.find((x) => x !== null) ?? null;
    switch (name) {
      // Real Excel: "MixedCriteria" when some cells have a rule and others none, "Inconsistent" when
      // cells have different rules; the rule of such a range carries no criteria.
      case "type":
        if (mixed) return someWithout ? "MixedCriteria" : "Inconsistent";
        return first ? (RULE_TYPES[first.type] ?? "None") : "None";
      case "rule":
        return mixed || !first ? {} : ruleOf(first);
      case "ignoreBlanks":
        return first ? first.allowBlank !== false : true;
      case "valid": {
        // true when every cell is valid, false when every cell is invalid, null when mixed.
        const verdicts: boolean[] = [];
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            verdicts.push(this.isValid(t.sheet, row, col));
          }
        }
        if (verdicts.every(Boolean)) return true;
        if (verdicts.every((v) => !v)) return false;
        return null;
      }
      default:
        return undefined;
    }
  }

  private isValid(sheet: SheetRef, row: number, col: number): boolean {
    const doc = docOf(this.context);
    const rule = doc.validationAt(sheet, row, col);
    const value = doc.cell(sheet, row, col).value;
    if (!rule || rule.type !== "list") return true;
    if (value === "") return rule.allowBlank !== false;
    const items = listItems(doc, sheet, rule.formula1);
    if (items === null) return true;
    const v = String(value).toLowerCase();
    return items.some((i) => i.toLowerCase() === v);
  }

  get type(): string {
    return this.get("type");
  }
  get rule(): Record<string, unknown> {
    return this.get("rule");
  }
  /** Only list rules are set by the imitation (`{ list: { source, inCellDropDown } }`). */
  set rule(rule: { list?: { source: string | MemoryRange; inCellDropDown?: boolean } }) {
    this.queue("rule", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "DataValidation.rule");
      if (!rule.list) throw new RichApiError("NotImplemented", "Only list rules are imitated.", "DataValidation.rule");
      const src = rule.list.source;
      let formula1: string;
      if (typeof src === "string") {
        formula1 = src.startsWith("=") ? src.slice(1) : `"${src.replace(/"/g, '""')}"`;
      } else {
        const st = src.target("DataValidation.rule");
        formula1 = qualifiedAddress(doc.name(st.sheet), st.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      }
      doc.setValidation(t.sheet, t.rect, { type: "list", formula1, allowBlank: true });
    });
  }
  get valid(): boolean | null {
    return this.get("valid");
  }
  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }

  clear(): void {
    this.queue("clear", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "DataValidation.clear");
      doc.setValidation(t.sheet, t.rect, null);
    });
  }
}

/** The items a list rule allows, or null when its source cannot be resolved here. */
export function listItems(doc: Doc, sheet: SheetRef, formula1: string | undefined): string[] | null {
  const f = (formula1 ?? "").trim().replace(/^=/, "");
  if (f.startsWith('"')) return f.slice(1, -1).split(",").map((s) => s.trim());
  const { sheet: name, local } = splitSheet(f);
  const rect = parseLocalAddress(local);
  if (!rect) return null;
  const ref = name === undefined ? sheet : doc.sheets().find((s) => doc.name(s) === name);
  if (!ref) return null;
  const out: string[] = [];
  for (let row = rect.top; row <= Math.min(rect.bottom, rect.top + 10_000); row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      const v = doc.cell(ref, row, col).value;
      if (v !== "") out.push(String(v));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Format (minimal: what a report sheet may use)

export class MemoryRangeFormat extends ProxyBase<RangeTarget> {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarProperties = ["rowHeight", "columnWidth", "wrapText"] as const;

  protected readProperty(t: RangeTarget, name: string): unknown {
    const doc = docOf(this.context);
    switch (name) {
      case "rowHeight":
        return doc.rowHeight(t.sheet, t.rect.top);
      case "columnWidth":
        return doc.columnWidth(t.sheet, t.rect.left);
      case "wrapText":
        return doc.style(t.sheet, t.rect.top, t.rect.left).wrapText;
      default:
        return undefined;
    }
  }

  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(points: number) {
    this.queue("rowHeight", (t) => {
      for (let r = t.rect.top; r <= Math.min(t.rect.bottom, t.rect.top + 10_000); r++) docOf(this.context).setRowHeight(t.sheet, r, points);
    });
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.queue("columnWidth", (t) => {
      for (let c = t.rect.left; c <= Math.min(t.rect.right, t.rect.left + 1000); c++) docOf(this.context).setColumnWidth(t.sheet, c, points);
    });
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.queue("wrapText", (t) => this.eachCell(t, (row, col) => docOf(this.context).setStyle(t.sheet, row, col, { wrapText: wrap })));
  }

  private eachCell(t: RangeTarget, f: (row: number, col: number) => void): void {
    const r = boundedRect(docOf(this.context), t);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
  }

  get font(): { bold: boolean } {
    const self = this;
    return {
      set bold(b: boolean) {
        self.queue("font.bold", (t) => self.eachCell(t, (row, col) => docOf(self.context).setStyle(t.sheet, row, col, { bold: b })));
      },
      get bold(): boolean {
        throw new RichApiError("NotImplemented", "Reading font.bold is not imitated.");
      },
    };
  }

  get fill(): { color: string } {
    const self = this;
    return {
      set color(c: string) {
        self.queue("fill.color", (t) => self.eachCell(t, (row, col) => docOf(self.context).setStyle(t.sheet, row, col, { fillColor: c })));
      },
      get color(): string {
        throw new RichApiError("NotImplemented", "Reading fill.color is not imitated.");
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheet

export class MemoryWorksheetProtection extends ProxyBase<SheetRef> {
  protected readonly typeName = "WorksheetProtection";
  protected readonly scalarProperties = ["protected"] as const;
  protected readProperty(t: SheetRef, name: string): unknown {
    return name === "protected" ? docOf(this.context).isProtected(t) : undefined;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class MemoryWorksheet extends ProxyBase<SheetRef> {
  protected readonly typeName = "Worksheet";
  protected readonly scalarProperties = ["id", "name", "position", "visibility"] as const;

  constructor(context: RequestContextCore, resolver: () => SheetRef | null, nullable = false) {
    super(context, resolver, nullable);
  }

  protected override stillValid(t: SheetRef): boolean {
    return docOf(this.context).has(t);
  }

  protected readProperty(t: SheetRef, name: string): unknown {
    const doc = docOf(this.context);
    switch (name) {
      case "id":
        return doc.id(t);
      case "name":
        return doc.name(t);
      case "position":
        return doc.position(t);
      case "visibility":
        return doc.visibility(t);
      default:
        return undefined;
    }
  }

  /** @internal Used by collections to deliver items already loaded. */
  static loadedFor(context: RequestContextCore, sheet: SheetRef, values: Map<string, unknown>): MemoryWorksheet {
    const ws = new MemoryWorksheet(context, () => sheet);
    ws.setLoaded(values);
    return ws;
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.queue("name", (t) => {
      const doc = docOf(this.context);
      if (doc.name(t) === name) return;
      checkSheetName(doc, name, t, "Worksheet.name");
      doc.rename(t, name);
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(position: number) {
    this.queue("position", (t) => {
      const doc = docOf(this.context);
      if (!Number.isInteger(position) || position < 0 || position >= doc.sheets().length) throw invalidArgument("Worksheet.position");
      doc.move(t, position);
    });
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(v: Visibility) {
    this.queue("visibility", (t) => {
      const doc = docOf(this.context);
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw invalidArgument("Worksheet.visibility");
      if (v !== "Visible" && doc.sheets().filter((s) => s.key !== t.key && doc.visibility(s) === "Visible").length === 0) {
        throw new RichApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.visibility");
      }
      doc.setVisibility(t, v);
    });
  }

  private protectionProxy: MemoryWorksheetProtection | null = null;

  /** ExcelApi 1.2. The same object each time, so that `items/protection/protected` loaded with the collection reads back. */
  get protection(): MemoryWorksheetProtection {
    if (!this.protectionProxy) this.protectionProxy = new MemoryWorksheetProtection(this.context, () => this.target("Worksheet.protection"));
    return this.protectionProxy;
  }

  /** Activating a hidden sheet fails (InvalidOperation), as in Excel. */
  activate(): void {
    this.queue("activate", (t) => {
      const doc = docOf(this.context);
      const engine = engineOf(this.context);
      if (doc.visibility(t) !== "Visible") throw new RichApiError("InvalidOperation", "This operation is not permitted for the current object.", "Worksheet.activate");
      if (engine.active && engine.active.key === t.key) return;
      engine.active = t;
      engine.selection = { sheet: t, rect: { top: 1, bottom: 1, left: 1, right: 1 } };
      engine.queueEvent({ kind: "activated", sheet: t });
    });
  }

  /**
   * Deletes the sheet. Real Excel refuses to delete the last visible sheet and a very hidden one
   * (InvalidOperation); when the active sheet goes, its neighbour becomes active.
   */
  delete(): void {
    this.queue("delete", (t) => {
      const doc = docOf(this.context);
      const engine = engineOf(this.context);
      if (doc.visibility(t) === "VeryHidden") throw new RichApiError("InvalidOperation", "This operation is not permitted for the current object.", "Worksheet.delete");
      const visibleOthers = doc.sheets().filter((s) => s.key !== t.key && doc.visibility(s) === "Visible");
      if (doc.visibility(t) === "Visible" && visibleOthers.length === 0) {
        throw new RichApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
      const wasActive = engine.active?.key === t.key;
      const pos = doc.position(t);
      doc.deleteSheet(t);
      if (wasActive) {
        const rest = doc.sheets();
        const next = rest.slice(pos).find((s) => doc.visibility(s) === "Visible") ?? rest.slice(0, pos).reverse().find((s) => doc.visibility(s) === "Visible") ?? null;
        engine.active = next;
        engine.selection = next ? { sheet: next, rect: { top: 1, bottom: 1, left: 1, right: 1 } } : null;
      }
    });
  }

  /**
   * ExcelApi 1.7. Copies the sheet (values, styles, merged areas, data validations, links) and names
   * the copy as Excel does (`Name (2)`). Real Excel places it at the beginning when no position is
   * given ("None"), "Beginning"/"End" at either end, "Before"/"After" next to `relativeTo` (required
   * then: InvalidArgument without it). The copy is not activated.
   */
  copy(positionType: "None" | "Before" | "After" | "Beginning" | "End" = "None", relativeTo?: MemoryWorksheet): MemoryWorksheet {
    const slot: { ref?: SheetRef } = {};
    this.queue("copy", (t) => {
      const doc = docOf(this.context);
      let anchor: SheetRef | null = null;
      if (positionType === "Before" || positionType === "After") {
        if (!relativeTo) throw invalidArgument("Worksheet.copy");
        anchor = relativeTo.target("Worksheet.copy");
      } else if (!["None", "Beginning", "End"].includes(positionType)) {
        throw invalidArgument("Worksheet.copy");
      }
      const ref = doc.copySheet(t, copyName(doc, doc.name(t)));
      // positions among the other sheets, the copy set aside
      const others = doc.sheets().filter((s) => s.key !== ref.key);
      const at = anchor ? others.findIndex((s) => s.key === anchor!.key) : -1;
      let pos: number;
      switch (positionType) {
        case "Before":
          pos = at;
          break;
        case "After":
          pos = at + 1;
          break;
        case "End":
          pos = others.length;
          break;
        default:
          pos = 0;
      }
      doc.move(ref, pos);
      slot.ref = ref;
      engineOf(this.context).queueEvent({ kind: "added", sheet: ref });
    });
    return new MemoryWorksheet(this.context, () => slot.ref ?? null);
  }

  /** `getRange()` is the whole sheet; `getRange("B4")`, `"B4:H4"`, `"5:5"`, `"B:B"`. */
  getRange(address?: string): MemoryRange {
    return new MemoryRange(this.context, () => {
      const sheet = this.target("Worksheet.getRange");
      if (address === undefined || address === "") return { sheet, rect: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } };
      const { sheet: named, local } = splitSheet(address);
      const doc = docOf(this.context);
      if (named !== undefined && named.toLowerCase() !== doc.name(sheet).toLowerCase()) throw invalidArgument("Worksheet.getRange");
      const rect = parseLocalAddress(local);
      if (!rect) throw invalidArgument("Worksheet.getRange");
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): MemoryRange {
    return new MemoryRange(this.context, () => {
      const sheet = this.target("Worksheet.getRangeByIndexes");
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) throw invalidArgument("Worksheet.getRangeByIndexes");
      return { sheet, rect: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount } };
    });
  }

  getCell(row: number, column: number): MemoryRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /**
   * Real Excel: the smallest range holding every cell with a value (`valuesOnly`) or also every
   * formatted cell; on an empty sheet `getUsedRange` gives A1 and `getUsedRangeOrNullObject` a null
   * object.
   */
  getUsedRange(valuesOnly = false): MemoryRange {
    return new MemoryRange(this.context, () => {
      const sheet = this.target("Worksheet.getUsedRange");
      const rect = docOf(this.context).usedRect(sheet, valuesOnly);
      return { sheet, rect: rect ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const sheet = this.tryResolve();
        if (sheet === null) return null;
        const rect = docOf(this.context).usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  /** ExcelApi 1.7: raised with the address of the new selection (a merged area as a whole). */
  get onSelectionChanged(): EventHandlers<SelectionArgs> {
    return new EventHandlers<SelectionArgs>(this.context, (handler) => ({
      kind: "sheet",
      sheet: this.target("Worksheet.onSelectionChanged"),
      handler,
    }));
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheet collection

export class MemoryWorksheetCollection extends ProxyBase<true> {
  protected readonly typeName = "WorksheetCollection";
  protected readonly scalarProperties = ["items"] as const;
  private loadedItems: MemoryWorksheet[] | null = null;

  constructor(context: RequestContextCore) {
    super(context, () => true);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  /**
   * `load("items/name,items/visibility")`, `load("name")` (same), `load()` (every scalar of every
   * item); `items/protection/protected` loads each item's protection too, as office.js allows.
   */
  override load(option?: LoadOption): this {
    const names = loadNames(option)
      .map((n) => (n.startsWith("items/") ? n.slice(6) : n))
      .filter((n) => n !== "items");
    const props = names.length > 0 ? names : ["id", "name", "position", "visibility"];
    this.context.enqueue("WorksheetCollection.load", () => {
      const doc = docOf(this.context);
      for (const p of props) {
        if (!["id", "name", "position", "visibility", "protection/protected"].includes(p)) {
          throw invalidArgument("WorksheetCollection.load", `The property '${p}' is not available on Worksheet.`);
        }
      }
      const rows = doc.sheets().map((s) => {
        const m = new Map<string, unknown>();
        for (const p of props) {
          if (p === "protection/protected") continue;
          m.set(p, p === "id" ? doc.id(s) : p === "name" ? doc.name(s) : p === "position" ? doc.position(s) : doc.visibility(s));
        }
        return { s, m, protectedSheet: props.includes("protection/protected") ? doc.isProtected(s) : null };
      });
      return {
        commit: () => {
          this.loadedItems = rows.map(({ s, m, protectedSheet }) => {
            const ws = MemoryWorksheet.loadedFor(this.context, s, m);
            if (protectedSheet !== null) ws.protection.setLoaded(new Map([["protected", protectedSheet]]));
            return ws;
          });
        },
        bytes: () => JSON.stringify(rows.map((r) => [...Array.from(r.m.values()), r.protectedSheet])).length,
      };
    });
    return this;
  }

  get items(): MemoryWorksheet[] {
    if (!this.loadedItems) return this.get("items");
    return this.loadedItems;
  }

  private find(key: string): SheetRef | null {
    const doc = docOf(this.context);
    const k = key.toLowerCase();
    return doc.sheets().find((s) => doc.name(s).toLowerCase() === k || doc.id(s).toLowerCase() === k) ?? null;
  }

  /** By name (case-insensitive, as Excel) or id; ItemNotFound at sync when missing. */
  getItem(key: string): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => this.find(key));
  }

  getItemOrNullObject(key: string): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => this.find(key), true);
  }

  getActiveWorksheet(): MemoryWorksheet {
    return new MemoryWorksheet(this.context, () => engineOf(this.context).activeSheet());
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("WorksheetCollection.getCount", () => {
      const n = docOf(this.context).sheets().length;
      return { commit: () => result.set(n), bytes: () => 8 };
    });
    return result;
  }

  /** A new empty sheet at the end, named `Feuil<n>` when no name is given (French Excel). */
  add(name?: string): MemoryWorksheet {
    const slot: { ref?: SheetRef } = {};
    this.context.enqueue("WorksheetCollection.add", () => {
      const doc = docOf(this.context);
      let n = name;
      if (n === undefined || n === null) {
        const taken = new Set(doc.sheets().map((s) => doc.name(s).toLowerCase()));
        let i = doc.sheets().length + 1;
        while (taken.has(`feuil${i}`)) i++;
        n = `Feuil${i}`;
      }
      checkSheetName(doc, n, null, "WorksheetCollection.add");
      slot.ref = doc.addSheet(n);
      engineOf(this.context).queueEvent({ kind: "added", sheet: slot.ref });
    });
    return new MemoryWorksheet(this.context, () => slot.ref ?? null);
  }

  /** ExcelApi 1.9: raised for a selection change on any sheet, with the sheet's id and the address. */
  get onSelectionChanged(): EventHandlers<SelectionArgs> {
    return new EventHandlers<SelectionArgs>(this.context, (handler) => ({ kind: "collection", handler }));
  }

  get onAdded(): EventHandlers<{ worksheetId: string; type: "WorksheetAdded"; source: "Local" }> {
    return new EventHandlers(this.context, (handler) => ({ kind: "added", handler }));
  }

  get onActivated(): EventHandlers<{ worksheetId: string; type: "WorksheetActivated"; source: "Local" }> {
    return new EventHandlers(this.context, (handler) => ({ kind: "activated", handler }));
  }
}

// ---------------------------------------------------------------------------------------------
// Names and settings

type NameTarget = { name: string };

export class MemoryNamedItem extends ProxyBase<NameTarget> {
  protected readonly typeName = "NamedItem";
  protected readonly scalarProperties = ["name", "formula", "type", "value", "visible"] as const;

  protected override stillValid(t: NameTarget): boolean {
    return docOf(this.context).names().some((n) => n.name === t.name);
  }

  protected readProperty(t: NameTarget, name: string): unknown {
    const item = docOf(this.context).names().find((n) => n.name === t.name);
    if (!item) return null;
    switch (name) {
      case "name":
        return item.name;
      case "formula":
        return item.formula;
      case "value":
        return item.formula.replace(/^=/, "");
      case "type":
        return /#REF!/.test(item.formula) ? "Error" : "Range";
      case "visible":
        return item.visible;
      default:
        return undefined;
    }
  }

  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  get value(): string {
    return this.get("value");
  }
  get type(): string {
    return this.get("type");
  }
  get visible(): boolean {
    return this.get("visible");
  }

  delete(): void {
    this.queue("delete", (t) => docOf(this.context).deleteName(t.name));
  }
}

export class MemoryNamedItemCollection extends ProxyBase<true> {
  protected readonly typeName = "NamedItemCollection";
  protected readonly scalarProperties = ["items"] as const;
  private loadedItems: MemoryNamedItem[] | null = null;

  constructor(context: RequestContextCore) {
    super(context, () => true);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  override load(_option?: LoadOption): this {
    this.context.enqueue("NamedItemCollection.load", () => {
      const names = docOf(this.context).names();
      return {
        commit: () => {
          this.loadedItems = names.map((n) => {
            const item = new MemoryNamedItem(this.context, () => ({ name: n.name }));
            item.setLoaded(
              new Map<string, unknown>([
                ["name", n.name],
                ["formula", n.formula],
                ["value", n.formula.replace(/^=/, "")],
                ["type", /#REF!/.test(n.formula) ? "Error" : "Range"],
                ["visible", n.visible],
              ]),
            );
            return item;
          });
        },
        bytes: () => JSON.stringify(names).length,
      };
    });
    return this;
  }

  get items(): MemoryNamedItem[] {
    if (!this.loadedItems) return this.get("items");
    return this.loadedItems;
  }

  private find(name: string): NameTarget | null {
    const n = docOf(this.context).names().find((x) => x.name.toLowerCase() === name.toLowerCase());
    return n ? { name: n.name } : null;
  }

  getItem(name: string): MemoryNamedItem {
    return new MemoryNamedItem(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): MemoryNamedItem {
    return new MemoryNamedItem(this.context, () => this.find(name), true);
  }

  /** A workbook-scope name for a range (or a formula string such as `='Fiche 1'!$B$4`). */
  add(name: string, reference: MemoryRange | string, _comment?: string): MemoryNamedItem {
    this.context.enqueue("NamedItemCollection.add", () => {
      const doc = docOf(this.context);
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalidArgument("NamedItemCollection.add");
      if (doc.names().some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new RichApiError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", "NamedItemCollection.add");
      let formula: string;
      if (typeof reference === "string") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
      } else {
        const t = reference.target("NamedItemCollection.add");
        formula = `=${qualifiedAddress(doc.name(t.sheet), t.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      }
      doc.addName(name, formula);
    });
    return new MemoryNamedItem(this.context, () => this.find(name));
  }
}

type SettingTarget = { key: string };

/**
 * `workbook.settings` (ExcelApi 1.4): key/value pairs the add-in keeps in the document. Real Excel
 * stores them in the file's web-extension part; here they live as long as the in-memory Excel and
 * are not written into the .xlsx it hands back.
 */
export class MemorySetting extends ProxyBase<SettingTarget> {
  protected readonly typeName = "Setting";
  protected readonly scalarProperties = ["key", "value"] as const;

  protected override stillValid(t: SettingTarget): boolean {
    return engineOf(this.context).settings.has(t.key);
  }

  protected readProperty(t: SettingTarget, name: string): unknown {
    if (name === "key") return t.key;
    if (name === "value") return structuredCloneSafe(engineOf(this.context).settings.get(t.key));
    return undefined;
  }

  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(v: unknown) {
    this.queue("value", (t) => engineOf(this.context).settings.set(t.key, structuredCloneSafe(v)));
  }

  delete(): void {
    this.queue("delete", (t) => engineOf(this.context).settings.delete(t.key));
  }
}

function structuredCloneSafe<V>(v: V): V {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V);
}

export class MemorySettingCollection extends ProxyBase<true> {
  protected readonly typeName = "SettingCollection";
  protected readonly scalarProperties = ["items"] as const;
  private loadedItems: MemorySetting[] | null = null;

  constructor(context: RequestContextCore) {
    super(context, () => true);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  override load(_option?: LoadOption): this {
    this.context.enqueue("SettingCollection.load", () => {
      const entries = Array.from(engineOf(this.context).settings.entries()).map(([k, v]) => [k, structuredCloneSafe(v)] as const);
      return {
        commit: () => {
          this.loadedItems = entries.map(([k, v]) => {
            const s = new MemorySetting(this.context, () => ({ key: k }));
            s.setLoaded(new Map<string, unknown>([["key", k], ["value", v]]));
            return s;
          });
        },
        bytes: () => JSON.stringify(entries).length,
      };
    });
    return this;
  }

  get items(): MemorySetting[] {
    if (!this.loadedItems) return this.get("items");
    return this.loadedItems;
  }

  add(key: string, value: unknown): MemorySetting {
    this.context.enqueue("SettingCollection.add", () => {
      if (typeof key !== "string" || key === "") throw invalidArgument("SettingCollection.add");
      engineOf(this.context).settings.set(key, structuredCloneSafe(value));
    });
    return new MemorySetting(this.context, () => ({ key }));
  }

  getItem(key: string): MemorySetting {
    return new MemorySetting(this.context, () => (engineOf(this.context).settings.has(key) ? { key } : null));
  }

  getItemOrNullObject(key: string): MemorySetting {
    return new MemorySetting(this.context, () => (engineOf(this.context).settings.has(key) ? { key } : null), true);
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook

export class MemoryWorkbookProtection extends ProxyBase<true> {
  protected readonly typeName = "WorkbookProtection";
  protected readonly scalarProperties = ["protected"] as const;
  constructor(context: RequestContextCore) {
    super(context, () => true);
  }
  protected readProperty(_t: true, name: string): unknown {
    return name === "protected" ? false : undefined;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class MemoryWorkbook extends ProxyBase<true> {
  protected readonly typeName = "Workbook";
  protected readonly scalarProperties = [] as const;
  readonly worksheets: MemoryWorksheetCollection;
  readonly names: MemoryNamedItemCollection;
  readonly settings: MemorySettingCollection;
  readonly protection: MemoryWorkbookProtection;

  constructor(context: RequestContextCore) {
    super(context, () => true);
    this.worksheets = new MemoryWorksheetCollection(context);
    this.names = new MemoryNamedItemCollection(context);
    this.settings = new MemorySettingCollection(context);
    this.protection = new MemoryWorkbookProtection(context);
  }

  protected readProperty(): unknown {
    return undefined;
  }

  /** The selected cells of the active sheet (a merged area as a whole). */
  getSelectedRange(): MemoryRange {
    return new MemoryRange(this.context, () => {
      const engine = engineOf(this.context);
      const active = engine.activeSheet();
      if (!active) return null;
      const sel = engine.selection && engine.selection.sheet.key === active.key ? engine.selection.rect : { top: 1, bottom: 1, left: 1, right: 1 };
      return { sheet: active, rect: sel };
    });
  }

  /** ExcelApi 1.7: the top-left cell of the selection. */
  getActiveCell(): MemoryRange {
    return new MemoryRange(this.context, () => {
      const engine = engineOf(this.context);
      const active = engine.activeSheet();
      if (!active) return null;
      const sel = engine.selection && engine.selection.sheet.key === active.key ? engine.selection.rect : { top: 1, bottom: 1, left: 1, right: 1 };
      return { sheet: active, rect: { top: sel.top, bottom: sel.top, left: sel.left, right: sel.left } };
    });
  }

  /** ExcelApi 1.2: its arguments carry no address (use the worksheet collection's event for that). */
  get onSelectionChanged(): EventHandlers<{ type: "WorkbookSelectionChanged"; source: "Local" }> {
    return new EventHandlers(this.context, (handler) => ({ kind: "workbook", handler }));
  }
}

export class MemoryRequestContext extends RequestContextCore {
  readonly workbook: MemoryWorkbook;
  constructor(engine: Engine) {
    super(engine);
    this.workbook = new MemoryWorkbook(this);
  }
}

/** The selection a click on (sheet, address) makes, grown to the merged areas it touches. */
export function selectionFor(doc: Doc, sheet: SheetRef, address: string): Rect {
  const rect = parseLocalAddress(splitSheet(address).local);
  if (!rect) throw new RichApiError("InvalidArgument", `Adresse invalide : ${address}`);
  return growToMerges(rect, doc.merges(sheet));
}
