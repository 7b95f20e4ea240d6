/**
 * The plans every face needs at first paint: one cell written (a quick fix, a value picked in « Aide »)
 * and the undo of any plan. Kept apart from plans.ts (new fiches, added rows), which only the lazily
 * loaded « Nouvelle fiche » panel reads, so that the pane's first load does not carry fiche creation.
 */
import type { CellWrite, WriteOp, WritePlan } from "./plan";
import type { CellValue, WorkbookSnapshot } from "./snapshot";
import { parseCell } from "./address";
import { PlanError } from "./errors";
import { readTexts } from "./messages/read";

// ---------------------------------------------------------------------------------------------------
// One cell

/** Writes `value` as text in one cell (an empty value empties it). */
export function planWriteCell(sheet: string, cell: string, value: string, title: string): WritePlan {
  const write: CellWrite = value === "" ? { address: cell, kind: "clear" } : { address: cell, kind: "text", value };
  return { title, ops: [{ op: "write", sheet, cells: [write] }] };
}

// ---------------------------------------------------------------------------------------------------
// Undo

function restoreWrite(address: string, before: CellValue | undefined): CellWrite {
  if (before === undefined || before === "") return { address, kind: "clear" };
  if (typeof before === "number") return { address, kind: "number", value: before };
  // CellWrite has no boolean: a boolean comes back as its French text.
  if (typeof before === "boolean") return { address, kind: "text", value: before ? "VRAI" : "FAUX" };
  return { address, kind: "text", value: before };
}

/**
 * The plan that undoes `plan` on the workbook `before` was taken from: overwritten cells get their
 * old value back (emptied when they were empty), made sheets are deleted, inserted rows removed, a
 * sheet shown or hidden gets its visibility back; in reverse order. Layout ops (formats, widths,
 * panes, print setup, rules, filters, charts) on a sheet that was there before are not undone: the snapshot
 * does not hold looks. Cells written after rows were inserted are traced back to where they were before.
 * Throws PlanError for a plan that deletes (nothing the add-in does can bring a deleted sheet back).
 */
export function invertPlan(plan: WritePlan, before: WorkbookSnapshot): WritePlan {
  const values = new Map(before.sheets.map((s) => [s.name, s.values] as const));
  const visibility = new Map(before.sheets.map((s) => [s.name, s.visibility] as const));
  const made = new Set<string>();
  const inserts = new Map<string, { at: number; count: number }[]>();
  const inverse: WriteOp[] = [];

  for (const op of plan.ops) {
    switch (op.op) {
      case "copySheet":
      case "addSheet":
        made.add(op.name);
        inverse.push({ op: "deleteSheet", name: op.name });
        break;
      case "insertRows": {
        if (made.has(op.sheet)) break;
        const list = inserts.get(op.sheet) ?? [];
        list.push({ at: op.beforeRow, count: op.count });
        inserts.set(op.sheet, list);
        inverse.push({ op: "deleteRows", sheet: op.sheet, firstRow: op.beforeRow, count: op.count });
        break;
      }
      case "write": {
        if (made.has(op.sheet)) break;
        const sheetValues = values.get(op.sheet) ?? [];
        const shifts = inserts.get(op.sheet) ?? [];
        const cells: CellWrite[] = [];
        for (const w of op.cells) {
          const pos = parseCell(w.address);
          if (!pos) continue;
          let row: number | null = pos.row;
          for (let i = shifts.length - 1; i >= 0 && row !== null; i--) {
            const s = shifts[i];
            if (row >= s.at + s.count) row -= s.count;
            else if (row >= s.at) row = null; // a cell of an inserted row: it goes with the row
          }
          if (row === null) continue;
          cells.push(restoreWrite(w.address, sheetValues[row - 1]?.[pos.col - 1]));
        }
        if (cells.length > 0) inverse.push({ op: "write", sheet: op.sheet, cells });
        break;
      }
      case "select":
        break;
      case "deleteRows":
      case "deleteSheet":
        throw new PlanError(readTexts.cannotUndo);
      case "sheetVisibility": {
        if (made.has(op.sheet)) break;
        const was = visibility.get(op.sheet);
        // A plan never makes a sheet very hidden, and cannot bring back a state the snapshot lacks.
        if (was !== "Visible" && was !== "Hidden") throw new PlanError(readTexts.cannotUndo);
        inverse.push({ op: "sheetVisibility", sheet: op.sheet, visibility: was });
        break;
      }
      case "format":
      case "columnWidths":
      case "rowHeights":
      case "freezePanes":
      case "printSetup":
      case "conditionalFormat":
      case "autoFilter":
      case "chart":
        // Looks are not in the snapshot: on a sheet that was there before they stay (see plan.ts);
        // on a sheet the plan made they go with it.
        break;
    }
  }
  return { title: readTexts.planUndo(plan.title), ops: inverse.reverse() };
}
