/**
 * What a write plan will change, as rows a person can read before saying yes: for each written cell its
 * value now (read from the current snapshot) and its value after; for each sheet or row operation one
 * sentence. Pure: the preview dialog only renders these rows. Loaded with the dialog (chunk "preview"),
 * out of the pane's first load.
 */
import { fromSerial, parseCell, type CellWrite, type CellValue, type WorkbookSnapshot, type WritePlan } from "../../register";
import { previewStrings } from "../strings/preview";

export interface CellChange {
  kind: "cell";
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

export interface StructureChange {
  kind: "structure";
  text: string;
}

export type PlanChange = CellChange | StructureChange;

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** A serial as dd/mm/yyyy (the engine's serials are UTC days). */
function serialText(n: number): string {
  const d = fromSerial(n);
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

function valueText(v: CellValue | undefined): string {
  if (v === undefined || v === "") return previewStrings.empty;
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  return String(v);
}

function writeText(w: CellWrite): string {
  switch (w.kind) {
    case "text":
      return w.value === "" ? previewStrings.empty : w.value;
    case "number":
      return String(w.value);
    case "date":
      return serialText(w.value);
    case "clear":
      return previewStrings.empty;
    case "link":
      return previewStrings.link(w.value);
  }
}

/**
 * The changes a plan makes, in its order. Cells of a sheet the plan creates are "(vide)" before; cells
 * below rows the plan inserts are looked up where they stand before the insertion.
 */
export function describePlan(plan: WritePlan, snapshot: WorkbookSnapshot | null): PlanChange[] {
  const p = previewStrings;
  const created = new Set<string>();
  const inserted = new Map<string, { beforeRow: number; count: number }[]>();
  const changes: PlanChange[] = [];

  const valueBefore = (sheet: string, cell: string): string => {
    if (created.has(sheet)) return p.empty;
    const at = parseCell(cell);
    const values = snapshot?.sheets.find((s) => s.name === sheet)?.values;
    if (!at || !values) return p.empty;
    let row = at.row;
    // Undo the shifts of the plan's own insertions, latest first, to find the row as it is now.
    for (const ins of [...(inserted.get(sheet) ?? [])].reverse()) {
      if (row >= ins.beforeRow + ins.count) row -= ins.count;
      else if (row >= ins.beforeRow) return p.empty;
    }
    return valueText(values[row - 1]?.[at.col - 1]);
  };

  for (const op of plan.ops) {
    switch (op.op) {
      case "copySheet":
        created.add(op.name);
        changes.push({ kind: "structure", text: p.copySheet(op.name, op.source) });
        break;
      case "addSheet":
        created.add(op.name);
        changes.push({ kind: "structure", text: p.newSheet(op.name) });
        break;
      case "deleteSheet":
        changes.push({ kind: "structure", text: p.deleteSheet(op.name) });
        break;
      case "insertRows":
        inserted.set(op.sheet, [...(inserted.get(op.sheet) ?? []), { beforeRow: op.beforeRow, count: op.count }]);
        changes.push({ kind: "structure", text: p.insertRows(op.sheet, op.count, op.beforeRow) });
        break;
      case "deleteRows":
        changes.push({ kind: "structure", text: p.deleteRows(op.sheet, op.count, op.firstRow) });
        break;
      case "write":
        for (const w of op.cells) {
          changes.push({ kind: "cell", sheet: op.sheet, cell: w.address, before: valueBefore(op.sheet, w.address), after: writeText(w) });
        }
        break;
      case "select":
        break;
    }
  }
  return changes;
}
