/**
 * Writing one of the add-in's own sheets back, as a snapshot held it: what undo does when the plan it
 * undoes deleted that sheet (a second report replaces the first; undoing it brings the first back).
 */
import type { CellWrite, WriteOp } from "../plan";
import type { SheetSnapshot } from "../snapshot";
import { cellAddress } from "../address";
import { isOwnedSheet, ownedMarkOps, OWNED_MARKS, type OwnedSheetKind } from "../ownedSheets";
import { restoreReportOps } from "./report";

/** Every value of `sheet`, as written: numbers as numbers, everything else as text. */
function valuesOps(sheet: SheetSnapshot): WriteOp[] {
  const cells: CellWrite[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "") return;
      const address = cellAddress(r + 1, c + 1);
      cells.push(typeof value === "number" ? { address, kind: "number", value } : { address, kind: "text", value: String(value) });
    }),
  );
  return [
    { op: "addSheet", name: sheet.name },
    { op: "write", sheet: sheet.name, cells },
  ];
}

/**
 * The ops that write `sheet`, one of the add-in's own, back at the end of the workbook (its links
 * pointing into `sheetNames`), or null when it is not the add-in's: a user's sheet is never rebuilt
 * from its values, which would lose what a snapshot does not hold (formulas, styles, comments).
 */
export function restoreOwnedSheetOps(sheet: SheetSnapshot, sheetNames: readonly string[]): WriteOp[] | null {
  if (isOwnedSheet(sheet, "report")) return restoreReportOps(sheet, sheetNames);
  const kind = (Object.keys(OWNED_MARKS) as OwnedSheetKind[]).find((k) => isOwnedSheet(sheet, k));
  if (!kind) return null;
  const ops = [...valuesOps(sheet), ...ownedMarkOps(kind, sheet.name)];
  // A hidden sheet of the add-in's comes back hidden.
  if (sheet.visibility === "Hidden") ops.push({ op: "sheetVisibility", sheet: sheet.name, visibility: "Hidden" });
  return ops;
}
