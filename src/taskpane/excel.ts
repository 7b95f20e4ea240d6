/**
 * The ONE module the task pane's components use to talk to the workbook. It wraps the Office adapter
 * (src/workbook/office.ts) behind a small port, handed to the components through the pane's store, so
 * that the same components run over real Excel (office.js's global `Excel`), over the in-memory Excel of
 * the tests and the playground, or over a fake in a unit test. No component calls office.js itself.
 */
import { topLeft, type WorkbookSnapshot, type WritePlan } from "../register";
import * as office from "../workbook/office";

export type { WorkbookChange } from "../workbook/office";

/** Where the user's selection is. `cell` is the top-left cell of what was selected (a merged area counts as its top-left cell). */
export interface SelectionInfo {
  sheet: string;
  cell: string;
  /** The address Excel reported (`B44:D44` for a click on a merged area). */
  address: string;
}

export interface WorkbookPort {
  /** Everything the engine needs, read in a fixed small number of round trips. */
  readSnapshot: () => Promise<WorkbookSnapshot>;
  /**
   * Carry out an engine plan in one batch (the adapter removes what it made if the batch fails).
   * `eventsOff`: the pane's own change, written with events off so that live checking does not hear it.
   */
  applyPlan: (plan: WritePlan, options?: { eventsOff?: boolean }) => Promise<void>;
  /** Activate the sheet and select the cell. */
  selectCell: (sheet: string, cell: string) => Promise<void>;
  /** The name of the sheet the user is on. */
  getActiveSheetName: () => Promise<string>;
  /** Where the selection is now (on opening the Aide panel, before any selection change). */
  getSelection: () => Promise<SelectionInfo>;
  /** Call `handler` at each selection change; resolves to a function that stops listening. */
  onSelectionChanged(handler: (selection: SelectionInfo) => void): Promise<() => Promise<void>>;
  /** Live checking: call `handler` at each change of the workbook; resolves to a function that stops listening. */
  onWorkbookChanged?(handler: (change: office.WorkbookChange) => void): Promise<() => Promise<void>>;
  /** Live checking: `previous` with the given sheets read again in one sync, or null when only a full read is safe. */
  readChangedSheets?(previous: WorkbookSnapshot, worksheetIds: readonly string[]): Promise<WorkbookSnapshot | null>;
  /** Call `handler` when the pane is hidden (false) or shown again (true); resolves to a function that stops listening. */
  onVisibilityChanged?(handler: (visible: boolean) => void): Promise<() => Promise<void>>;
  /**
   * The workbook's own file (.xlsx bytes), for a copy made beside it (« Préparer l'envoi à SESAN »):
   * Excel's file through office.js, or the in-memory Excel's and the playground's own.
   */
  getFileBytes: () => Promise<Uint8Array>;
}

/** The ExcelApi requirement set the adapter needs (the manifest declares the same). */
export const MIN_EXCEL_API: string = office.MIN_EXCEL_API;

/**
 * What the port needs of office.js: `Excel.run` (the real global, or the in-memory Excel). A host may
 * also want to hear of each plan carried out in full: the playground records them, to write its
 * download from the opened file's own bytes rather than from the in-memory model.
 */
export type ExcelHost = office.ExcelLike & {
  onPlanApplied?: (plan: WritePlan) => void;
  /** The host's file, when it is not office.js's document (the in-memory Excel, the playground). */
  getFileBytes?: () => Promise<Uint8Array>;
};

/** The port over office.js's `Excel` (the global by default: the one Excel itself loads). */
export function createWorkbookPort(excel?: ExcelHost): WorkbookPort {
  const host = (): ExcelHost => excel ?? (globalThis as unknown as { Excel: ExcelHost }).Excel;
  return {
    readSnapshot: () => office.readSnapshot(host()),
    applyPlan: async (plan, options) => {
      const target = host();
      await office.applyPlan(target, plan, options);
      target.onPlanApplied?.(plan);
    },
    selectCell: (sheet, cell) => office.selectCell(host(), sheet, cell),
    getActiveSheetName: () => office.getActiveSheetName(host()),
    getSelection: async () => {
      const { sheet, address } = await office.getSelection(host());
      return { sheet, address, cell: topLeft(address) };
    },
    onSelectionChanged: (handler) => office.onSelectionChanged(host(), (sheet: string, address: string) => handler({ sheet, address, cell: topLeft(address) })),
    onWorkbookChanged: (handler) => office.onWorkbookChanged(host(), handler),
    readChangedSheets: (previous, worksheetIds) => office.readChangedSheets(host(), previous, worksheetIds),
    onVisibilityChanged: onPaneVisibilityChanged,
    getFileBytes: () => {
      const target = excel ?? (globalThis as { Excel?: ExcelHost }).Excel;
      if (target?.getFileBytes) return target.getFileBytes();
      // office.js's document otherwise, read by code fetched on the first copy (the first load has a budget).
      return import(/* webpackChunkName: "file-bytes" */ "../workbook/office/fileBytes").then((m) => m.officeDocumentBytes());
    },
  };
}

interface OfficeAddin {
  onVisibilityModeChanged?(handler: (args: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

/**
 * `Office.addin.onVisibilityModeChanged` (SharedRuntime 1.1): the shared runtime keeps running while
 * the pane is closed, and says when it is hidden or shown. Without it (outside a shared runtime), the
 * pane counts as always shown.
 */
async function onPaneVisibilityChanged(handler: (visible: boolean) => void): Promise<() => Promise<void>> {
  const addin = (globalThis as { Office?: { addin?: OfficeAddin } }).Office?.addin;
  if (!addin || typeof addin.onVisibilityModeChanged !== "function") return async () => {};
  return addin.onVisibilityModeChanged((args) => handler(args.visibilityMode !== "Hidden"));
}
