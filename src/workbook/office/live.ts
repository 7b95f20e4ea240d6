/**
 * Live checking's side of the Office adapter: hearing the workbook change (ExcelApi 1.9), and reading
 * again only the sheets that changed, in ONE round trip, on top of the last full snapshot.
 *
 * - onWorkbookChanged: 1 sync to subscribe (worksheets.onChanged, onAdded, onDeleted), 1 to stop.
 *   A cell edit is reported with its sheet's id; rows or cells inserted or deleted, a sheet added or
 *   deleted, or a change Excel does not name, as a change of structure, for which only a full read
 *   is safe (rows moved under the engine's feet).
 * - readChangedSheets: 1 sync, whatever the number of sheets changed: each changed sheet's name,
 *   visibility and used range (values only). The whole used range rather than only the cells Excel
 *   named, because a sheet's own formulas follow its cells (the fiche's H1 = B5 in our template and
 *   the CNIL's) and its used range may grow or shrink: the sheet read is then exactly what a full
 *   read gives. Anything unsure (a sheet unknown to the last full read, renamed, gone, or whose
 *   dropdown cells moved) answers null: the caller reads everything (3 syncs).
 *
 * What a change read this way cannot see, and the next full read (« Vérifier », any change of
 * structure, any plan of the pane) does: a formula of another sheet that reads the changed cells,
 * a sheet renamed or moved without any edit, a data validation changed by hand.
 */
import { dropdownProbeCells, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../register";
import type { ExcelLike } from "../office";

/** A change of the workbook, as live checking needs it. */
export type WorkbookChange =
  /** Cells edited on one sheet (values typed, pasted, cleared). */
  | { kind: "cells"; worksheetId: string; address: string }
  /** Rows, columns or cells inserted or deleted, a sheet added or deleted, or a change Excel does not name. */
  | { kind: "structure" };

/** The sheets' ids of each snapshot read in full, in tab order (kept beside the snapshot, which stays plain data). */
const sheetIds = new WeakMap<WorkbookSnapshot, readonly string[]>();

/** Remembers the sheets' ids of a snapshot just read (office.ts's readSnapshot). */
export function rememberSheetIds(snapshot: WorkbookSnapshot, ids: readonly string[]): void {
  if (ids.length === snapshot.sheets.length) sheetIds.set(snapshot, ids);
}

/** The sheets' ids of a snapshot read by this adapter, or undefined. */
export function sheetIdsOf(snapshot: WorkbookSnapshot): readonly string[] | undefined {
  return sheetIds.get(snapshot);
}

/** A change Excel names as an edit of cells: everything else may move rows, and needs a full read. */
export function changeOf(args: { changeType: string; worksheetId: string; address: string }): WorkbookChange {
  return args.changeType === "RangeEdited" ? { kind: "cells", worksheetId: args.worksheetId, address: args.address } : { kind: "structure" };
}

/** Calls `handler` at each change of the workbook; resolves to a function that stops listening. */
export async function onWorkbookChanged(excel: ExcelLike, handler: (change: WorkbookChange) => void): Promise<() => Promise<void>> {
  const results = await excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const changed = sheets.onChanged.add(async (args) => handler(changeOf(args)));
    const added = sheets.onAdded.add(async () => handler({ kind: "structure" }));
    const deleted = sheets.onDeleted.add(async () => handler({ kind: "structure" }));
    await ctx.sync();
    return [changed, added, deleted] as OfficeExtension.EventHandlerResult<unknown>[];
  });
  return async () => {
    try {
      await excel.run(results[0].context, async (ctx) => {
        for (const r of results) r.remove();
        await ctx.sync();
      });
    } catch {
      // already gone with its context (the workbook closed)
    }
  };
}

/** The probe cells of one sheet read alone: the same for that sheet as in the whole workbook, or changed by the edit. */
function probesOf(sheet: SheetSnapshot): string {
  return dropdownProbeCells([sheet])
    .map((p) => p.cell)
    .join(",");
}

/**
 * `previous` with the sheets whose ids are given read again, in one sync; null when only a full read
 * is safe (see the top of the file). `anchor` turns a used range into the snapshot's values (office.ts's anchorAtA1).
 */
export async function readChangedSheets(
  excel: ExcelLike,
  previous: WorkbookSnapshot,
  worksheetIds: readonly string[],
  anchor: (address: string, values: CellValue[][]) => CellValue[][],
): Promise<WorkbookSnapshot | null> {
  const ids = sheetIdsOf(previous);
  if (!ids) return null;
  const wanted = Array.from(new Set(worksheetIds));
  const indexes = wanted.map((id) => ids.indexOf(id));
  if (wanted.length === 0 || indexes.some((i) => i < 0)) return null;
  let read: { name: string; visibility: string; address: string | null; values: CellValue[][] }[];
  try {
    read = await excel.run(async (ctx) => {
      const loads = wanted.map((id) => {
        const ws = ctx.workbook.worksheets.getItem(id).load("name,visibility");
        return { ws, used: ws.getUsedRangeOrNullObject(true).load("address,values") };
      });
      await ctx.sync();
      return loads.map(({ ws, used }) => ({
        name: ws.name,
        visibility: ws.visibility,
        address: used.isNullObject ? null : used.address,
        values: used.isNullObject ? [] : (used.values as CellValue[][]),
      }));
    });
  } catch {
    // The sheet went away, or the response was too big: a full read knows what to do.
    return null;
  }
  const sheets = previous.sheets.slice();
  for (let k = 0; k < wanted.length; k++) {
    const i = indexes[k];
    const was = previous.sheets[i];
    const got = read[k];
    if (got.name !== was.name) return null;
    const sheet: SheetSnapshot = {
      name: got.name,
      visibility: got.visibility as SheetSnapshot["visibility"],
      values: got.address === null ? [] : anchor(got.address, got.values),
    };
    // A label typed in column A may move the cells whose dropdown rule the full read takes.
    if (probesOf(sheet) !== probesOf(was)) return null;
    sheets[i] = sheet;
  }
  const next: WorkbookSnapshot = { sheets, validations: previous.validations };
  sheetIds.set(next, ids);
  return next;
}
