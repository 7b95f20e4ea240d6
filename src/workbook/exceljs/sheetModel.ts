/**
 * Rebuilding a worksheet from a model: the one way the adapter changes a sheet's layout (row
 * insertion/deletion, sheet copy), since ExcelJS's own `spliceRows` leaves merges and validations
 * behind and it has no sheet copy.
 */
import type { Worksheet } from "exceljs";
import { CellModelX, SheetModelX, wsx } from "./book";

/** ExcelJS 4.4.0 `ValueType` values (its enum is not exported at run time in every build). */
export const VALUE_TYPE = { Null: 0, Merge: 1 } as const;

/**
 * A cell of a merged area other than its master, as a styled empty cell: the merge list rebuilds
 * the link to its master (a stale `master` would break ExcelJS).
 */
export function unmergedCell(c: CellModelX): CellModelX {
  if (c.type !== VALUE_TYPE.Merge) return c;
  const out: CellModelX = { address: c.address, type: VALUE_TYPE.Null, style: c.style };
  if (c.comment !== undefined) out.comment = c.comment;
  return out;
}

/** Replaces everything a worksheet holds with `model` (rows, merges, validations, media…). */
export function setSheetModel(ws: Worksheet, model: SheetModelX): void {
  const x = wsx(ws);
  const rowBreaks = model.rowBreaks ?? x.rowBreaks;
  model.rows = model.rows.map((r) => ({ ...r, cells: r.cells.map(unmergedCell) }));
  model.mergeCells = model.merges;
  // The setter re-merges `mergeCells` but never clears the old index, then refuses "already merged".
  x._merges = {};
  x.model = model;
  if (rowBreaks) x.rowBreaks = rowBreaks;
}
