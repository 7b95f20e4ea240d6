/** `Excel.Worksheet`: name, position, visibility, ranges, copy, delete, frozen panes, print layout, filter, charts and its selection event. */
import { MAX_COLS, MAX_ROWS, parseAddress, splitSheet } from "../../register";
import { EventHandlers, ProxyBase, RequestContextCore } from "../core";
import type { SheetRef, Visibility } from "../doc";
import { RichApiError } from "../errors";
import { MemoryAutoFilter } from "./autoFilter";
import { MemoryChartCollection } from "./chart";
import { MemoryWorksheetFreezePanes } from "./freezePanes";
import { MemoryPageLayout } from "./pageLayout";
import { MemoryRange } from "./range";
import { docOf, engineOf, invalidArgument, type ChangedArgs, type SelectionArgs } from "./shared";
import { checkSheetName, copyName } from "./sheetNames";
import { MemoryWorksheetProtection } from "./worksheetProtection";

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
      // Hiding the active sheet makes the next visible one active (the one before when it was last).
      const engine = engineOf(this.context);
      if (v !== "Visible" && engine.active?.key === t.key) {
        const order = doc.sheets();
        const pos = order.findIndex((s) => s.key === t.key);
        const next =
          order.slice(pos + 1).find((s) => doc.visibility(s) === "Visible") ??
          order
            .slice(0, pos)
            .reverse()
            .find((s) => doc.visibility(s) === "Visible") ??
          null;
        engine.active = next;
        engine.selection = next ? { sheet: next, rect: { top: 1, bottom: 1, left: 1, right: 1 } } : null;
        if (next) engine.queueEvent({ kind: "activated", sheet: next });
      }
    });
  }

  /** ExcelApi 1.7: frozen rows and columns. */
  get freezePanes(): MemoryWorksheetFreezePanes {
    return new MemoryWorksheetFreezePanes(this.context, () => this.target("Worksheet.freezePanes"));
  }

  /** ExcelApi 1.9: print settings. */
  get pageLayout(): MemoryPageLayout {
    return new MemoryPageLayout(this.context, () => this.target("Worksheet.pageLayout"));
  }

  /** ExcelApi 1.9: the sheet's filter. */
  get autoFilter(): MemoryAutoFilter {
    return new MemoryAutoFilter(this.context, () => this.target("Worksheet.autoFilter"));
  }

  /** ExcelApi 1.1: the sheet's charts (recorded, not drawn: see chart.ts). */
  get charts(): MemoryChartCollection {
    return new MemoryChartCollection(this.context, () => this.target("Worksheet.charts"));
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
      if (doc.visibility(t) !== "Visible")
        throw new RichApiError("InvalidOperation", "This operation is not permitted for the current object.", "Worksheet.activate");
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
      if (doc.visibility(t) === "VeryHidden")
        throw new RichApiError("InvalidOperation", "This operation is not permitted for the current object.", "Worksheet.delete");
      const visibleOthers = doc.sheets().filter((s) => s.key !== t.key && doc.visibility(s) === "Visible");
      if (doc.visibility(t) === "Visible" && visibleOthers.length === 0) {
        throw new RichApiError("InvalidOperation", "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
      const wasActive = engine.active?.key === t.key;
      const pos = doc.position(t);
      const worksheetId = doc.id(t);
      doc.deleteSheet(t);
      engine.queueEvent({ kind: "deleted", worksheetId });
      if (wasActive) {
        const rest = doc.sheets();
        const next =
          rest.slice(pos).find((s) => doc.visibility(s) === "Visible") ??
          rest
            .slice(0, pos)
            .reverse()
            .find((s) => doc.visibility(s) === "Visible") ??
          null;
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
      const at = anchor ? others.findIndex((s) => s.key === anchor.key) : -1;
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
      engineOf(this.context).queueEvent({ kind: "added", sheet: ref, worksheetId: doc.id(ref) });
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
      const rect = parseAddress(local);
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

  /** ExcelApi 1.9: raised after each change of cell contents on this sheet. */
  get onChanged(): EventHandlers<ChangedArgs> {
    return new EventHandlers<ChangedArgs>(this.context, (handler) => ({
      kind: "sheet-changed",
      sheet: this.target("Worksheet.onChanged"),
      handler,
    }));
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
