/**
 * The in-memory Excel: an `Excel` namespace subset (run, RequestContext, workbook, worksheets,
 * ranges, formats and borders, conditional formats, frozen panes, page layout, filters, data
 * validation, names, settings, selection events, charts recorded but not drawn) over an ExcelJS
 * workbook (src/workbook/exceljs.ts),
 * for the tests of the Office adapter and task pane and for the browser playground. ExcelJS is the
 * right engine here, unlike for users' files: an imitation of Excel must be free to change its model
 * in any way Excel can. Runs in Node and in the browser (no fs, no path).
 *
 *   const memory = createMemoryExcel(await loadExcelBook(bytes), { syncDelayMs: 100 });
 *   await readSnapshot(memory.Excel);               // the Office adapter, as over the real Excel
 *   memory.syncCount();                             // round trips made
 *   await saveExcelBook(memory.toXlsxWorkbook());   // the workbook as it now is
 *
 * See core.ts for the request/sync/load rules and objects/ for each object's behaviour (one class a file).
 */
import type { XlsxWorkbook } from "../workbook/exceljs/book";
import { cellAddress, qualifiedAddress, rectAddress } from "../register";
import { Engine, type EngineOptions, type RequestContextCore } from "./core";
import { MemoryRequestContext, selectionFor } from "./objects";
import { RichApiError } from "./errors";
import { XlsxDoc } from "./xlsxDoc";
import { saveXlsx as saveExcelBook } from "../workbook/exceljs/save";

export { XlsxDoc };

export { RichApiError } from "./errors";
export type { RichApiErrorCode } from "./errors";
export { parseTypedInput, wouldBeReinterpreted } from "./typedInput";
export type { EngineOptions } from "./core";
export { MemoryRequestContext } from "./objects";
export type { MemoryRange, MemoryWorksheet, MemoryWorkbook } from "./objects";

function isPromiseLike(v: unknown): v is PromiseLike<unknown> {
  return typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function";
}

export interface MemoryExcelOptions {
  /** Milliseconds each `context.sync()` waits, to feel Excel on the web (0 by default). */
  syncDelayMs?: number;
  /** Fail a sync whose response is bigger than this many bytes (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** The day "1/2" typed without a year falls in (defaults to now). */
  today?: () => Date;
}

/**
 * Batches are typed with office.js's own types, so that code written for Excel (the Office adapter,
 * the tests) runs over the in-memory Excel unchanged. Only the subset documented in objects/
 * exists at run time: anything else fails there, which shows what the imitation still lacks.
 */
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The `Excel` namespace subset: install it as `globalThis.Excel` or hand it to the Office adapter. */
export interface MemoryExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
  /** `new Excel.RequestContext()` bound to this in-memory workbook. */
  RequestContext: new () => MemoryRequestContext;
  ErrorCodes: Record<string, string>;
  InsertShiftDirection: { down: "Down"; right: "Right" };
  DeleteShiftDirection: { up: "Up"; left: "Left" };
  SheetVisibility: { visible: "Visible"; hidden: "Hidden"; veryHidden: "VeryHidden" };
  WorksheetPositionType: { none: "None"; before: "Before"; after: "After"; beginning: "Beginning"; end: "End" };
  ClearApplyTo: { all: "All"; formats: "Formats"; contents: "Contents"; hyperlinks: "Hyperlinks"; removeHyperlinks: "RemoveHyperlinks" };
  RangeCopyType: { all: "All"; formulas: "Formulas"; values: "Values"; formats: "Formats" };
  DataValidationType: Record<string, string>;
  ConditionalFormatType: { cellValue: "CellValue"; containsText: "ContainsText" };
  ConditionalTextOperator: { contains: "Contains" };
  HorizontalAlignment: Record<string, string>;
  BorderIndex: Record<string, string>;
  BorderLineStyle: Record<string, string>;
  BorderWeight: Record<string, string>;
  PageOrientation: { portrait: "Portrait"; landscape: "Landscape" };
  ChartType: { columnClustered: "ColumnClustered"; barClustered: "BarClustered"; line: "Line"; pie: "Pie" };
  ChartSeriesBy: { auto: "Auto"; columns: "Columns"; rows: "Rows" };
  /**
   * The workbook's file as it now is (what `Office.context.document.getFileAsync` gives in Excel): the
   * task pane's port asks its host for it (src/taskpane/excel.ts).
   */
  getFileBytes(): Promise<Uint8Array>;
}

/** A chart as the playground lists it: the in-memory Excel records charts without drawing them. */
export interface RecordedChart {
  name: string;
  title: string;
  /** Office.js's ChartType name (`"ColumnClustered"`). */
  type: string;
  /** The figures drawn, with their sheet (`'Auto-diagnostic cyber'!A12:C20`). */
  source: string;
  /** The cell its top-left corner sits on, null until placed. */
  anchor: string | null;
}

export interface MemoryExcel {
  /** The namespace object (install as global `Excel`, or inject into the Office adapter). */
  Excel: MemoryExcelNamespace;
  /** Round trips (`context.sync()` calls, explicit or the implicit final one) since creation or reset. */
  syncCount(): number;
  resetSyncCount(): void;
  /** The workbook as it now is (the same object the in-memory Excel changes), to save or download. */
  toXlsxWorkbook(): XlsxWorkbook;
  /**
   * What a click on a cell does in Excel: activates the sheet, selects the cell (a merged area as a
   * whole) and raises the selection-changed events. Resolves once the handlers have run.
   */
  raiseSelectionChanged(sheet: string, address: string): Promise<void>;
  /** The active sheet's name and the selected address (`B4:H4`), for the playground's view. */
  selection(): { sheet: string; address: string } | null;
  /** Changes the per-sync delay (the playground's "Excel on the web" switch). */
  setSyncDelay(ms: number): void;
  /** The charts of a sheet (none when it has none or does not exist), oldest first. */
  charts(sheet: string): RecordedChart[];
}

const ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedOperation: "UnsupportedOperation",
};

export function createMemoryExcel(book: XlsxWorkbook, options: MemoryExcelOptions = {}): MemoryExcel {
  const doc = new XlsxDoc(book);
  const engineOptions: EngineOptions = { ...options };
  const engine = new Engine(doc, engineOptions);

  class RequestContext extends MemoryRequestContext {
    constructor() {
      super(engine);
    }
  }

  /**
   * Real `Excel.run`: makes a request context, runs the batch, then sends what is still queued in a
   * last, implicit sync (Office.js sends it only when requests are pending, so only then is it
   * counted). A batch that throws rejects `run` and its queued requests are dropped.
   * `Excel.run(object, batch)` / `Excel.run(context, batch)` reuse that object's context (needed to
   * remove an event handler).
   */
  type MemoryBatch<T> = (context: MemoryRequestContext) => Promise<T>;
  async function run<T>(a: MemoryBatch<T> | { context: RequestContextCore } | RequestContextCore, b?: MemoryBatch<T>): Promise<T> {
    let batch: MemoryBatch<T>;
    let ctx: MemoryRequestContext;
    if (typeof a === "function") {
      batch = a;
      ctx = new RequestContext();
    } else {
      if (!b) throw new RichApiError("InvalidArgument", "Excel.run needs a batch function.");
      batch = b;
      const c = a instanceof MemoryRequestContext ? a : (a as { context: RequestContextCore }).context;
      if (!(c instanceof MemoryRequestContext)) throw new RichApiError("InvalidRequestContext", "Cannot use the object across different request contexts.");
      ctx = c;
    }
    // Called from JavaScript, a batch may return anything: Excel refuses what is not a promise.
    const pending: unknown = batch(ctx);
    if (!isPromiseLike(pending)) {
      throw new RichApiError("InvalidArgument", "Excel.run batch function must return a promise (RunMustReturnPromise).");
    }
    const result = (await pending) as T;
    if (ctx.pendingCount > 0) await ctx.sync();
    return result;
  }

  const Excel: MemoryExcelNamespace = {
    // The in-memory objects stand for office.js's (see Batch above).
    run: run as unknown as MemoryExcelNamespace["run"],
    RequestContext,
    ErrorCodes: ERROR_CODES,
    InsertShiftDirection: { down: "Down", right: "Right" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    WorksheetPositionType: { none: "None", before: "Before", after: "After", beginning: "Beginning", end: "End" },
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks" },
    RangeCopyType: { all: "All", formulas: "Formulas", values: "Values", formats: "Formats" },
    DataValidationType: {
      none: "None",
      wholeNumber: "WholeNumber",
      decimal: "Decimal",
      list: "List",
      date: "Date",
      time: "Time",
      textLength: "TextLength",
      custom: "Custom",
      inconsistent: "Inconsistent",
      mixedCriteria: "MixedCriteria",
    },
    ConditionalFormatType: { cellValue: "CellValue", containsText: "ContainsText" },
    ConditionalTextOperator: { contains: "Contains" },
    HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
      insideVertical: "InsideVertical",
      insideHorizontal: "InsideHorizontal",
    },
    BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", dot: "Dot", double: "Double" },
    BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    ChartType: { columnClustered: "ColumnClustered", barClustered: "BarClustered", line: "Line", pie: "Pie" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    getFileBytes: () => saveExcelBook(book),
  };

  return {
    Excel,
    syncCount: () => engine.syncs,
    resetSyncCount: () => {
      engine.syncs = 0;
    },
    toXlsxWorkbook: () => {
      const active = engine.activeSheet();
      if (active && engine.selection && engine.selection.sheet.key === active.key) {
        doc.setActiveTab(active, engine.selection.rect.top, engine.selection.rect.left);
      }
      return book;
    },
    raiseSelectionChanged: async (sheet: string, address: string) => {
      const ref = doc.sheets().find((s) => doc.name(s) === sheet) ?? doc.sheets().find((s) => doc.name(s).toLowerCase() === sheet.toLowerCase());
      if (!ref) throw new RichApiError("ItemNotFound", `Feuille introuvable : ${sheet}`);
      const rect = selectionFor(doc, ref, address);
      if (!engine.active || engine.active.key !== ref.key) await engine.dispatch({ kind: "activated", sheet: ref });
      engine.active = ref;
      engine.selection = { sheet: ref, rect };
      await engine.dispatch({ kind: "selection", sheet: ref, rect });
    },
    selection: () => {
      const active = engine.activeSheet();
      if (!active) return null;
      const rect = engine.selection && engine.selection.sheet.key === active.key ? engine.selection.rect : { top: 1, bottom: 1, left: 1, right: 1 };
      return { sheet: doc.name(active), address: rectAddress(rect) };
    },
    setSyncDelay: (ms: number) => {
      engineOptions.syncDelayMs = ms;
    },
    charts: (sheet: string) => {
      const ref = doc.sheets().find((s) => doc.name(s).toLowerCase() === sheet.toLowerCase());
      if (!ref) return [];
      return doc.charts(ref).map((c) => ({
        name: c.name,
        title: c.title,
        type: c.type,
        source: doc.has(c.source.sheet) ? qualifiedAddress(doc.name(c.source.sheet), c.source.rect) : rectAddress(c.source.rect),
        anchor: c.position ? cellAddress(c.position.start.top, c.position.start.left) : null,
      }));
    },
  };
}
