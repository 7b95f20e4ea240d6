/** `context.workbook`: its collections, the selection and the workbook-wide selection event. */
import { EventHandlers, ProxyBase, RequestContextCore } from "../core";
import { MemoryNamedItemCollection } from "./namedItemCollection";
import { MemoryRange } from "./range";
import { MemorySettingCollection } from "./settingCollection";
import { engineOf } from "./shared";
import { MemoryWorkbookProtection } from "./workbookProtection";
import { MemoryWorksheetCollection } from "./worksheetCollection";

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
