/**
 * The Office.js adapter: the open workbook → the engine's snapshot, and the engine's write plans →
 * the open workbook, in a fixed, small number of round trips (`context.sync()`), whatever the size
 * of the register. Every function takes the `Excel` object to use (office.js's global inside Excel,
 * or the in-memory Excel of the tests and the playground), so the same code runs over both.
 *
 * Round trips
 * - readSnapshot: 3 syncs for a register of up to 300 fiches: (1) sheet names and visibility,
 *   (2) every sheet's used range (values only), (3) the list rule of the cells the engine names
 *   (`dropdownProbeCells`). Beyond MAX_SHEETS_PER_READ sheets the used ranges are read
 *   MAX_SHEETS_PER_READ sheets a sync, and the rules MAX_PROBES_PER_READ cells a sync: syncs =
 *   1 + ⌈sheets / 320⌉ + ⌈probe cells / 6000⌉. If Excel on the web refuses a response over its 5 MB
 *   limit (`ResponsePayloadSizeLimitExceeded`), that read is split in two and retried, halving
 *   until it passes: each split adds one sync.
 * - applyPlan: 2 syncs whatever the plan: (1) a read-only check (sheet names, visibility,
 *   protections, the current content of the cells the plan overwrites), (2) the whole plan in one
 *   batch, layout ops included (office/layout.ts). If the batch
 *   fails half-way (Excel does not roll back what ran before the failure), 2 more syncs remove what
 *   it made: (3) list the sheets, (4) delete the sheets it added, the rows it inserted, write
 *   back the cells it overwrote and the visibility it changed (looks it gave a sheet that was there
 *   before stay, as with undo: see src/register/plan.ts). The error then says in French that nothing was changed.
 *   With `eventsOff` (the pane's own changes), events are turned off with (1) and on again in one
 *   more sync after (2): 3 syncs.
 * - readChangedSheets (live checking, office/live.ts): 1 sync. onWorkbookChanged: 1 to subscribe, 1 to stop.
 * - selectCell, getActiveSheetName: 1 sync. onSelectionChanged: 1 sync to subscribe (2 without
 *   ExcelApi 1.9), 1 per event (the sheet's name from its id), 1 to stop (plus 1 per sheet added
 *   later without 1.9).
 *
 * Requirement sets (the manifest declares ExcelApi 1.9 as the minimum; checked against Microsoft's
 * reference, learn.microsoft.com/javascript/api/excel, and @types/office-js, December 2026)
 * | API used                                                     | ExcelApi |
 * |--------------------------------------------------------------|----------|
 * | Excel.run, worksheets.items/getItem, getRange, values,       | 1.1      |
 * |   charts.add, chart name/title/setPosition/delete,           |          |
 * |   numberFormat, formulas, insert/delete rows, clear, select,  |          |
 * |   activate, Worksheet.visibility (read and set),             |          |
 * |   format.font.bold/italic/color/size, format.fill.color,     |          |
 * |   format.horizontal/verticalAlignment, format.wrapText,      |          |
 * |   format.borders.getItem().style/weight                      |          |
 * | getUsedRange(valuesOnly), WorksheetProtection,               | 1.2      |
 * |   format.columnWidth, format.rowHeight                       |          |
 * | getUsedRangeOrNullObject, getItemOrNullObject (sheets,       | 1.4      |
 * |   charts)                                                    |          |
 * | Range.conditionalFormats.add (CellValue, ContainsText)       | 1.6      |
 * | Worksheet.copy, Range.hyperlink, clear("Hyperlinks"),        | 1.7      |
 * |   Worksheet.onSelectionChanged, WorkbookProtection,          |          |
 * |   worksheets.onAdded/onDeleted,                              |          |
 * |   Worksheet.freezePanes (freezeAt/Rows/Columns, unfreeze)    |          |
 * | Range.dataValidation (rule.list.source),                     | 1.8      |
 * |   context.runtime.enableEvents                               |          |
 * | Range.copyFrom, worksheets.onSelectionChanged,               | 1.9      |
 * |   Worksheet.pageLayout (orientation, paperSize, zoom,        |          |
 * |   setPrintArea, setPrintTitleRows, headersFooters),          |          |
 * |   Worksheet.autoFilter.apply, worksheets.onChanged           |          |
 * `context.trace()` belongs to office.js's common request layer (no requirement set).
 * Without 1.9: a row inserted by a plan takes only what Excel's own insert gives it (the format of
 * the row above, its dropdown), not the template row's merged areas; the plan's `printSetup` and
 * `autoFilter` ops are skipped (`Office.context.requirements.isSetSupported("ExcelApi", "1.9")` is
 * false: Excel's own print settings and filters stay, everything else in the plan is done); selection
 * events are taken from each worksheet (1.7), including sheets added later (worksheets.onAdded, 1.7).
 * These fallbacks predate live checking: since it made 1.9 the minimum, they only serve a host that
 * answers the requirement check wrongly. Below 1.9, `checkRequirements()` says so in French and the
 * task pane shows that message.
 */
import { dropdownProbeCells, parseCell, parseRange, quoteSheetName, splitSheet, topLeft } from "../register";
import type { CellWrite, WriteOp, WritePlan } from "../register";
import type { CellValue, ListValidation, SheetSnapshot, WorkbookSnapshot } from "../register";
import { excelCodeOf, kindOfCode, OfficeAdapterError, toAdapterError, traceMessagesOf } from "./office/errors";
import { aboutSheet, NOTHING_CHANGED, OFFICE_MESSAGES, partlyChanged } from "./office/messages";
import { readChangedSheets as readChangedSheetsOn, rememberSheetIds } from "./office/live";

export { OfficeAdapterError } from "./office/errors";
export { onWorkbookChanged, type WorkbookChange } from "./office/live";
export type { OfficeErrorKind } from "./office/messages";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What the adapter needs of office.js: `Excel.run`. office.js's global `Excel` is one; so is the in-memory Excel's. */
export interface ExcelLike {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

/** The minimum the manifest declares: live checking hears edits through worksheets.onChanged (1.9). */
export const MIN_EXCEL_API = "1.9";
/** Sheets whose used range is read in one sync: 300 fiches plus the register's own tabs and a few more. */
export const MAX_SHEETS_PER_READ = 320;
/** Dropdown cells whose rule is read in one sync (about 15 per fiche). */
export const MAX_PROBES_PER_READ = 6000;
/** Width of one character of Excel's default font (Calibri 11), in points (as office/layout.ts). */
const POINTS_PER_CHARACTER = 5.6;

/**
 * The layout ops (office/layout.ts), loaded with the first plan that has one: the task pane's first
 * load stays small, and the import is done before `Excel.run`, so it adds no round trip.
 */
const LAYOUT_OPS: ReadonlySet<WriteOp["op"]> = new Set<WriteOp["op"]>([
  "format",
  "columnWidths",
  "rowHeights",
  "freezePanes",
  "printSetup",
  "sheetVisibility",
  "conditionalFormat",
  "autoFilter",
  "chart",
]);
const layoutModule = () => import(/* webpackChunkName: "plan-layout" */ "./office/layout");

/** How a date is shown once written. */
export const DATE_FORMAT = "dd/mm/yyyy";

// -------------------------------------------------------------------------------------------------
// Requirement sets

export type RequirementChecker = (version: string) => boolean;
let requirementChecker: RequirementChecker | null = null;

/** Replaces the requirement-set test (tests; `null` restores office.js's). */
export function setRequirementChecker(checker: RequirementChecker | null): void {
  requirementChecker = checker;
}

interface OfficeGlobal {
  context?: { requirements?: { isSetSupported?: (name: string, version?: string) => boolean } };
}

/** Whether ExcelApi `version` is available (outside Excel, e.g. over the in-memory Excel: yes). */
export function supportsExcelApi(version: string): boolean {
  if (requirementChecker) return requirementChecker(version);
  const office = (globalThis as { Office?: OfficeGlobal }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return true;
  return requirements.isSetSupported("ExcelApi", version);
}

/** Whether this Excel can run the add-in; `message` (French) says why not. */
export function checkRequirements(): { supported: boolean; message?: string } {
  return supportsExcelApi(MIN_EXCEL_API) ? { supported: true } : { supported: false, message: OFFICE_MESSAGES.unsupported };
}

function requireExcel(excel: ExcelLike | undefined): ExcelLike {
  if (!excel || typeof excel.run !== "function") throw new OfficeAdapterError("no-excel");
  return excel;
}

// -------------------------------------------------------------------------------------------------
// Reading

function isTooBig(e: unknown): boolean {
  const code = excelCodeOf(e);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Queues `load` for `items`, syncs, and on a response over Excel's size limit splits the items in
 * two and tries each half (one more sync each time), down to one item.
 */
async function loadInParts<I, R>(ctx: Excel.RequestContext, items: I[], load: (item: I) => R): Promise<R[]> {
  if (items.length === 0) return [];
  const loaded = items.map(load);
  try {
    await ctx.sync();
    return loaded;
  } catch (e) {
    if (!isTooBig(e) || items.length === 1) throw e;
    const half = Math.ceil(items.length / 2);
    const first = await loadInParts(ctx, items.slice(0, half), load);
    const second = await loadInParts(ctx, items.slice(half), load);
    return [...first, ...second];
  }
}

function chunks<I>(items: I[], size: number): I[][] {
  const out: I[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A used range's values anchored at A1, as the snapshot wants them: rows above and columns left of
 * the used range become empty, and trailing empty cells and rows are dropped (as the xlsx adapter
 * gives them).
 */
export function anchorAtA1(address: string, values: CellValue[][]): CellValue[][] {
  const range = parseRange(address);
  const top = range ? range.top : 1;
  const left = range ? range.left : 1;
  const out: CellValue[][] = [];
  for (let i = 0; i < top - 1; i++) out.push([]);
  for (const row of values) {
    let end = row.length;
    while (end > 0 && row[end - 1] === "") end--;
    if (end === 0) {
      out.push([]);
      continue;
    }
    const line: CellValue[] = new Array<CellValue>(left - 1).fill("");
    for (let j = 0; j < end; j++) line.push(row[j]);
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/**
 * Everything the engine needs of the open workbook: sheets in tab order with their visibility and
 * values, and the list rule of the top-left cell of each dropdown field the engine names (a merged
 * or multi-cell range would report mixed rules). 3 syncs up to 300 fiches (see the top of the file).
 */
export async function readSnapshot(excel: ExcelLike): Promise<WorkbookSnapshot> {
  const ex = requireExcel(excel);
  try {
    return await ex.run(async (ctx) => {
      const collection = ctx.workbook.worksheets;
      collection.load("items/name,items/visibility,items/id");
      await ctx.sync();

      const items = collection.items;
      const sheets: SheetSnapshot[] = items.map((ws) => ({ name: ws.name, visibility: ws.visibility, values: [] }));
      const byName = new Map<string, Excel.Worksheet>(items.map((ws) => [ws.name, ws]));

      const indexes = items.map((_, i) => i);
      for (const part of chunks(indexes, MAX_SHEETS_PER_READ)) {
        const ranges = await loadInParts(ctx, part, (i) => items[i].getUsedRangeOrNullObject(true).load("address,values"));
        part.forEach((i, k) => {
          const r = ranges[k];
          sheets[i].values = r.isNullObject ? [] : anchorAtA1(r.address, r.values as CellValue[][]);
        });
      }

      const validations: ListValidation[] = [];
      const probes = supportsExcelApi("1.8") ? dropdownProbeCells(sheets).filter((p) => byName.has(p.sheet)) : [];
      for (const part of chunks(probes, MAX_PROBES_PER_READ)) {
        const rules = await loadInParts(ctx, part, (p) => byName.get(p.sheet)!.getRange(p.cell).dataValidation.load("type,rule"));
        part.forEach((p, k) => {
          const dv = rules[k];
          const source = dv.type === "List" ? dv.rule?.list?.source : undefined;
          if (typeof source === "string" && source !== "") validations.push({ sheet: p.sheet, range: p.cell, source });
        });
      }
      const snapshot: WorkbookSnapshot = { sheets, validations };
      rememberSheetIds(
        snapshot,
        items.map((ws) => ws.id),
      );
      return snapshot;
    });
  } catch (e) {
    throw toAdapterError(e);
  }
}

/**
 * `previous` (a snapshot this adapter read) with the sheets of `worksheetIds` read again, in one sync;
 * null when only a full read is safe (see office/live.ts).
 */
export function readChangedSheets(excel: ExcelLike, previous: WorkbookSnapshot, worksheetIds: readonly string[]): Promise<WorkbookSnapshot | null> {
  return readChangedSheetsOn(requireExcel(excel), previous, worksheetIds, anchorAtA1);
}

// -------------------------------------------------------------------------------------------------
// Writing

const lower = (s: string): string => s.toLocaleLowerCase("fr");

function sheetOf(op: WriteOp): string | null {
  switch (op.op) {
    case "copySheet":
      return op.source;
    case "addSheet":
    case "deleteSheet":
      return op.name;
    default:
      return op.sheet;
  }
}

/** The row a cell had before the plan's earlier row insertions/deletions on its sheet; null if it was inserted by them. */
function rowBeforePlan(ops: WriteOp[], upTo: number, sheet: string, row: number): number | null {
  let r = row;
  for (let j = upTo - 1; j >= 0; j--) {
    const op = ops[j];
    if (op.op === "insertRows" && lower(op.sheet) === lower(sheet)) {
      if (r >= op.beforeRow + op.count) r -= op.count;
      else if (r >= op.beforeRow) return null;
    } else if (op.op === "deleteRows" && lower(op.sheet) === lower(sheet)) {
      if (r >= op.firstRow) r += op.count;
    }
  }
  return r;
}

/** What the plan overwrote, read before it ran: written back if the plan fails half-way. */
interface Backup {
  op: number;
  sheet: string;
  /** Where the plan writes (and where to write back). */
  address: string;
  range: Excel.Range;
}

export interface ApplyOptions {
  /**
   * The add-in's own change: events off while it is written (turned off with the check, on again in
   * one more sync after the batch, 3 syncs in all), so that live checking does not check again what
   * the pane reads anyway after each change. The playground's typed edits leave them on: they stand
   * for the user's.
   */
  eventsOff?: boolean;
}

/** A sheet as the check before the plan found it. */
interface SheetBefore {
  name: string;
  protected: boolean;
  visibility: string;
}

/** Column span kept for rows a plan deletes (the CNIL layout uses A–K; a few more for safety). */
const DELETED_ROWS_SPAN = "Z";

function sheetNameError(name: string): boolean {
  return name.trim() === "" || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name);
}

/**
 * Checks the plan against the workbook as it is, before anything is written. `layoutProblem` is the
 * engine's check of layout ops, given by the lazily loaded layout module when the plan has any (so that
 * it stays out of the pane's first load); a plan without layout ops has nothing for it to check.
 */
function checkPlan(plan: WritePlan, names: Map<string, SheetBefore>, workbookProtected: boolean, layoutProblem: (op: WriteOp) => unknown): void {
  const present = new Map(Array.from(names.entries()).map(([k, v]) => [k, v.name]));
  const visible = new Map(Array.from(names.entries()).map(([k, v]) => [k, v.visibility === "Visible"]));
  const refuse = (kind: Parameters<typeof aboutSheet>[0], sheet: string): never => {
    throw new OfficeAdapterError(kind, `${aboutSheet(kind, sheet)} ${NOTHING_CHANGED}`);
  };
  const mustExist = (sheet: string): void => {
    if (!present.has(lower(sheet))) refuse("sheet-missing", sheet);
  };
  const writable = (sheet: string): void => {
    mustExist(sheet);
    if (names.get(lower(sheet))?.protected) refuse("sheet-protected", sheet);
  };
  for (const op of plan.ops) {
    if (layoutProblem(op)) throw new OfficeAdapterError("invalid-argument", `${OFFICE_MESSAGES["invalid-argument"]} ${NOTHING_CHANGED}`);
    switch (op.op) {
      case "copySheet":
      case "addSheet":
        if (workbookProtected) throw new OfficeAdapterError("workbook-protected", `${OFFICE_MESSAGES["workbook-protected"]} ${NOTHING_CHANGED}`);
        if (op.op === "copySheet") {
          mustExist(op.source);
          mustExist(op.after);
        }
        if (sheetNameError(op.name)) refuse("bad-sheet-name", op.name);
        if (present.has(lower(op.name))) refuse("sheet-exists", op.name);
        present.set(lower(op.name), op.name);
        visible.set(lower(op.name), true);
        break;
      case "deleteSheet":
        if (workbookProtected) throw new OfficeAdapterError("workbook-protected", `${OFFICE_MESSAGES["workbook-protected"]} ${NOTHING_CHANGED}`);
        mustExist(op.name);
        present.delete(lower(op.name));
        visible.delete(lower(op.name));
        break;
      case "sheetVisibility":
        if (workbookProtected) throw new OfficeAdapterError("workbook-protected", `${OFFICE_MESSAGES["workbook-protected"]} ${NOTHING_CHANGED}`);
        mustExist(op.sheet);
        visible.set(lower(op.sheet), op.visibility === "Visible");
        // Excel refuses to hide the last visible sheet.
        if (!Array.from(visible.values()).some(Boolean))
          throw new OfficeAdapterError("invalid-operation", `${OFFICE_MESSAGES["invalid-operation"]} ${NOTHING_CHANGED}`);
        break;
      case "format":
      case "columnWidths":
      case "rowHeights":
      case "freezePanes":
      case "printSetup":
      case "conditionalFormat":
      case "autoFilter":
      case "chart":
        writable(op.sheet);
        break;
      case "write":
      case "insertRows":
      case "deleteRows":
        writable(op.sheet);
        break;
      case "select":
        mustExist(op.sheet);
        break;
    }
  }
}

/** Queues one cell write. Text is text: the cell gets the Text format before its value (Excel would parse "0612345678", "1/2", "=…"). */
function queueWrite(ws: Excel.Worksheet, w: CellWrite): void {
  const r = ws.getRange(topLeft(w.address));
  switch (w.kind) {
    case "text":
      r.numberFormat = [["@"]];
      r.values = [[w.value]];
      break;
    case "number":
      r.values = [[w.value]];
      break;
    case "date":
      r.numberFormat = [[DATE_FORMAT]];
      r.values = [[w.value]];
      break;
    case "clear":
      r.clear("Contents");
      r.clear("Hyperlinks");
      break;
    case "link":
      r.numberFormat = [["@"]];
      r.hyperlink = { documentReference: `${quoteSheetName(w.target.sheet)}!${topLeft(w.target.address)}`, textToDisplay: w.value };
      break;
  }
}

/** A value read by `formulas` written back as it was (a formula as a formula, text as text). */
function restoreCell(r: Excel.Range, formula: unknown, numberFormat: unknown): void {
  r.numberFormat = [[typeof numberFormat === "string" ? numberFormat : "General"]];
  if (formula === "" || formula === null || formula === undefined) {
    r.clear("Contents");
  } else if (typeof formula === "string" && formula.startsWith("=")) {
    r.formulas = [[formula]];
  } else if (typeof formula === "string") {
    // The apostrophe keeps a text as text whatever the format; Excel does not keep it in the value.
    r.values = [[numberFormat === "@" ? formula : `'${formula}`]];
  } else {
    r.values = [[formula]];
  }
}

/**
 * Carries out an engine plan in one batch (2 syncs). Before anything is written, the plan is checked
 * against the workbook (sheets present, names free, no protection): a refused plan changes nothing.
 * If Excel fails half-way, what the plan made is removed and what it overwrote written back.
 * Throws OfficeAdapterError (French message).
 */
export async function applyPlan(excel: ExcelLike, plan: WritePlan, options: ApplyOptions = {}): Promise<void> {
  const ex = requireExcel(excel);
  if (plan.ops.length === 0) return;
  if (!options.eventsOff) return runPlan(ex, plan, false);
  try {
    await runPlan(ex, plan, true);
  } finally {
    await setEvents(ex, true);
  }
}

/** applyPlan's two syncs (four on failure); `eventsOff` turns events off with the check. */
async function runPlan(ex: ExcelLike, plan: WritePlan, eventsOff: boolean): Promise<void> {
  const copyFromOk = supportsExcelApi("1.9");
  const layoutOk = copyFromOk;
  const layout = plan.ops.some((op) => LAYOUT_OPS.has(op.op))
    ? await layoutModule().catch((e: unknown) => {
        throw toAdapterError(e);
      })
    : null;
  await ex
    .run(async (ctx) => {
      // ---- 1. read-only check: names, protections, and what the plan will overwrite
      if (eventsOff) ctx.runtime.enableEvents = false;
      const collection = ctx.workbook.worksheets;
      collection.load("items/name,items/visibility,items/protection/protected");
      const structural = plan.ops.some((op) => op.op === "copySheet" || op.op === "addSheet" || op.op === "deleteSheet" || op.op === "sheetVisibility");
      const wbProtection = structural ? ctx.workbook.protection.load("protected") : null;
      const createdByPlan = new Set<string>();
      const backups: Backup[] = [];
      const charts = layout?.chartMaker(plan.ops, collection);
      plan.ops.forEach((op, i) => {
        if (op.op === "copySheet" || op.op === "addSheet") createdByPlan.add(lower(op.name));
        if (op.op === "write" && !createdByPlan.has(lower(op.sheet))) {
          for (const w of op.cells) {
            const cell = parseCell(topLeft(w.address));
            if (!cell) continue;
            const row = rowBeforePlan(plan.ops, i, op.sheet, cell.row);
            if (row === null) continue;
            const range = collection.getItem(op.sheet).getRange(`${topLeft(w.address).replace(/\d+$/, "")}${row}`);
            backups.push({ op: i, sheet: op.sheet, address: topLeft(w.address), range: range.load("formulas,numberFormat") });
          }
        }
        if (op.op === "deleteRows" && !createdByPlan.has(lower(op.sheet))) {
          const first = rowBeforePlan(plan.ops, i, op.sheet, op.firstRow);
          if (first !== null) {
            const range = collection.getItem(op.sheet).getRange(`A${first}:${DELETED_ROWS_SPAN}${first + op.count - 1}`);
            backups.push({
              op: i,
              sheet: op.sheet,
              address: `A${op.firstRow}:${DELETED_ROWS_SPAN}${op.firstRow + op.count - 1}`,
              range: range.load("formulas,numberFormat"),
            });
          }
        }
      });
      try {
        await ctx.sync();
      } catch (e) {
        const err = toAdapterError(e);
        throw new OfficeAdapterError(err.kind, `${err.message} ${NOTHING_CHANGED}`, err.excelCode, e);
      }
      const before = new Map<string, SheetBefore>(
        collection.items.map((ws) => [lower(ws.name), { name: ws.name, protected: ws.protection.protected, visibility: ws.visibility }]),
      );
      checkPlan(plan, before, wbProtection ? wbProtection.protected : false, layout ? layout.layoutOpProblem : () => null);

      // ---- 2. the plan, in one batch, with a trace after each op to know how far it went on failure
      const sheets = new Map<string, Excel.Worksheet>();
      const sheet = (name: string): Excel.Worksheet => {
        let ws = sheets.get(lower(name));
        if (!ws) {
          ws = collection.getItem(name);
          sheets.set(lower(name), ws);
        }
        return ws;
      };
      plan.ops.forEach((op, i) => {
        switch (op.op) {
          case "copySheet": {
            const copy = sheet(op.source).copy("After", sheet(op.after));
            copy.name = op.name;
            sheets.set(lower(op.name), copy);
            break;
          }
          case "addSheet": {
            const added = collection.add(op.name);
            // Office.js takes points; the plan gives characters of the default font (Calibri 11 ≈ 5.6 pt).
            op.columnWidths?.forEach((width, col) => {
              added.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * POINTS_PER_CHARACTER;
            });
            sheets.set(lower(op.name), added);
            break;
          }
          case "deleteSheet":
            sheet(op.name).delete();
            sheets.delete(lower(op.name));
            break;
          case "write": {
            const ws = sheet(op.sheet);
            for (const w of op.cells) queueWrite(ws, w);
            break;
          }
          case "insertRows": {
            const ws = sheet(op.sheet);
            const last = op.beforeRow + op.count - 1;
            ws.getRange(`${op.beforeRow}:${last}`).insert("Down");
            ctx.trace(`op:${i}:inserted`);
            if (copyFromOk) {
              // Excel's insert copies the format of the row above only; the template row may be
              // elsewhere and its merged areas are not copied: take them from the template itself.
              const template = op.templateRow >= op.beforeRow ? op.templateRow + op.count : op.templateRow;
              for (let k = 0; k < op.count; k++) ws.getRange(`${op.beforeRow + k}:${op.beforeRow + k}`).copyFrom(ws.getRange(`${template}:${template}`), "All");
              ws.getRange(`${op.beforeRow}:${last}`).clear("Contents");
            }
            break;
          }
          case "deleteRows":
            sheet(op.sheet)
              .getRange(`${op.firstRow}:${op.firstRow + op.count - 1}`)
              .delete("Up");
            break;
          case "select": {
            const ws = sheet(op.sheet);
            ws.activate();
            ws.getRange(topLeft(op.address)).select();
            break;
          }
          case "chart":
            charts?.queue(sheet(op.sheet), op);
            break;
          default:
            // Print setup and filters need ExcelApi 1.9: without it they are skipped, Excel's own settings stay.
            if (layout && layout.isLayoutOp(op) && (layoutOk || !layout.needsExcelApi19(op))) layout.queueLayoutOp(sheet(op.sheet), op);
            break;
        }
        ctx.trace(`op:${i}:done`);
      });
      try {
        await ctx.sync();
      } catch (e) {
        const restored = await rollback(ctx, plan, before, backups, traceMessagesOf(e));
        const code = excelCodeOf(e);
        const kind = kindOfCode(code);
        const suffix = restored.complete ? NOTHING_CHANGED : partlyChanged(restored.sheets);
        throw new OfficeAdapterError(kind, `${OFFICE_MESSAGES[kind]} ${suffix}`, code, e);
      }
    })
    .catch((e: unknown) => {
      throw toAdapterError(e);
    });
}

/** Turns the add-in's events on or off (1 sync); a failure leaves them as they were, and is not the user's business. */
async function setEvents(excel: ExcelLike, on: boolean): Promise<void> {
  try {
    await excel.run(async (ctx) => {
      ctx.runtime.enableEvents = on;
      await ctx.sync();
    });
  } catch {
    // The workbook closed meanwhile: nothing left to hear.
  }
}

/**
 * Undoes what a failed batch did (Excel keeps whatever ran before the failure): deletes the sheets
 * that were not there before, the rows it inserted, and writes back the cells it overwrote, in
 * reverse order. 2 syncs.
 */
async function rollback(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  before: Map<string, SheetBefore>,
  backups: Backup[],
  traces: string[],
): Promise<{ complete: boolean; sheets: string[] }> {
  const touched = Array.from(new Set(plan.ops.map(sheetOf).filter((s): s is string => s !== null)));
  try {
    const collection = ctx.workbook.worksheets;
    collection.load("items/name");
    await ctx.sync();
    const now = new Set(collection.items.map((ws) => lower(ws.name)));
    for (const ws of collection.items) if (!before.has(lower(ws.name))) ws.delete();

    const done = new Set<number>();
    const inserted = new Set<number>();
    for (const t of traces) {
      const m = /^op:(\d+):(done|inserted)$/.exec(t);
      if (m) (m[2] === "done" ? done : inserted).add(Number(m[1]));
    }
    // The failing op ran partly: undo it too (writing back unchanged cells is harmless).
    const reached = Math.min(plan.ops.length - 1, done.size === 0 ? 0 : Math.max(...done) + 1);
    let complete = true;
    for (let i = reached; i >= 0; i--) {
      const op = plan.ops[i];
      const name = sheetOf(op);
      if (name === null || !before.has(lower(name)) || !now.has(lower(name))) {
        if (op.op === "deleteSheet" && done.has(i)) complete = false;
        continue;
      }
      const ws = collection.getItem(before.get(lower(name))!.name);
      switch (op.op) {
        case "write":
          for (const b of backups) {
            if (b.op !== i) continue;
            restoreCell(ws.getRange(b.address), b.range.formulas[0][0], b.range.numberFormat[0][0]);
          }
          break;
        case "insertRows":
          if (inserted.has(i)) ws.getRange(`${op.beforeRow}:${op.beforeRow + op.count - 1}`).delete("Up");
          break;
        case "deleteRows":
          if (done.has(i)) {
            ws.getRange(`${op.firstRow}:${op.firstRow + op.count - 1}`).insert("Down");
            const b = backups.find((x) => x.op === i);
            if (b) {
              const formulas = b.range.formulas;
              const formats = b.range.numberFormat;
              formulas.forEach((line, r) =>
                line.forEach((f, c) => {
                  if (f !== "") restoreCell(ws.getCell(op.firstRow - 1 + r, c), f, formats[r][c]);
                }),
              );
            } else {
              complete = false;
            }
          }
          break;
        case "deleteSheet":
          if (done.has(i)) complete = false;
          break;
        case "sheetVisibility": {
          // Looks are not rolled back (see plan.ts); a sheet's visibility is, as undo does.
          const was = before.get(lower(name))!.visibility;
          if (was === "Visible" || was === "Hidden") ws.visibility = was;
          break;
        }
        default:
          break;
      }
    }
    await ctx.sync();
    return { complete, sheets: complete ? [] : touched };
  } catch {
    return { complete: false, sheets: touched };
  }
}

// -------------------------------------------------------------------------------------------------
// Selection

/** Activates `sheet` and selects `address` (1 sync). */
export async function selectCell(excel: ExcelLike, sheet: string, address: string): Promise<void> {
  const ex = requireExcel(excel);
  try {
    await ex.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address.replace(/^.*!/, "")).select();
      await ctx.sync();
    });
  } catch (e) {
    throw toAdapterError(e);
  }
}

/** The name of the active sheet (1 sync). */
export async function getActiveSheetName(excel: ExcelLike): Promise<string> {
  const ex = requireExcel(excel);
  try {
    return await ex.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await ctx.sync();
      return ws.name;
    });
  } catch (e) {
    throw toAdapterError(e);
  }
}

/** The active sheet and the selected address (`B44:D44`), 1 sync. */
export async function getSelection(excel: ExcelLike): Promise<{ sheet: string; address: string }> {
  const ex = requireExcel(excel);
  try {
    return await ex.run(async (ctx) => {
      const range = ctx.workbook.getSelectedRange();
      range.load("address");
      await ctx.sync();
      const { sheet, local } = splitSheet(range.address);
      return { sheet: sheet ?? "", address: local };
    });
  } catch (e) {
    throw toAdapterError(e);
  }
}

type SelectionHandler = (sheet: string, address: string) => void;

/**
 * Calls `handler(sheet, address)` at each selection change (a click on a merged area gives the whole
 * area, e.g. `B44:D44`). Resolves to a function that stops listening. Uses the worksheet collection's
 * event (ExcelApi 1.9), or each worksheet's (1.7) plus worksheets added later.
 */
export async function onSelectionChanged(excel: ExcelLike, handler: SelectionHandler): Promise<() => Promise<void>> {
  const ex = requireExcel(excel);
  const deliver = async (worksheetId: string, address: string): Promise<void> => {
    try {
      const name = await ex.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(worksheetId);
        ws.load("name");
        await ctx.sync();
        return ws.name;
      });
      handler(name, address.replace(/^.*!/, ""));
    } catch {
      // the sheet went away between the click and this read: nothing to report
    }
  };
  const onEvent = async (args: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => deliver(args.worksheetId, args.address);
  const results: OfficeExtension.EventHandlerResult<unknown>[] = [];
  try {
    if (supportsExcelApi("1.9")) {
      results.push(
        await ex.run(async (ctx) => {
          const r = ctx.workbook.worksheets.onSelectionChanged.add(onEvent);
          await ctx.sync();
          return r;
        }),
      );
    } else {
      const added = async (args: Excel.WorksheetAddedEventArgs): Promise<void> => {
        try {
          results.push(
            await ex.run(async (ctx) => {
              const r = ctx.workbook.worksheets.getItem(args.worksheetId).onSelectionChanged.add(onEvent);
              await ctx.sync();
              return r;
            }),
          );
        } catch {
          // the new sheet is gone already
        }
      };
      results.push(
        ...(await ex.run(async (ctx) => {
          const collection = ctx.workbook.worksheets;
          collection.load("items/id");
          await ctx.sync();
          const rs = collection.items.map((ws) => ws.onSelectionChanged.add(onEvent) as OfficeExtension.EventHandlerResult<unknown>);
          rs.push(collection.onAdded.add(added));
          await ctx.sync();
          return rs;
        })),
      );
    }
  } catch (e) {
    throw toAdapterError(e);
  }
  // One sync per request context, not one per handler: the 1.7 fallback subscribes every sheet in
  // one context (plus one context per sheet added later).
  return async () => {
    const byContext = new Map<OfficeExtension.ClientRequestContext, OfficeExtension.EventHandlerResult<unknown>[]>();
    for (const r of results.splice(0)) byContext.set(r.context, [...(byContext.get(r.context) ?? []), r]);
    for (const [context, handlers] of byContext) {
      try {
        await ex.run(context, async (ctx) => {
          for (const r of handlers) r.remove();
          await ctx.sync();
        });
      } catch {
        // already gone with its context
      }
    }
  };
}
