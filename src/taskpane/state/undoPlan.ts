/**
 * The plan that undoes a plan which deletes sheets or rows (a second report replaces the first): out of
 * the pane's first load, since writing an owned sheet back (owned/restore.ts, owned/report.ts) is needed
 * only then; a plan that deletes nothing is undone by invertPlan alone.
 */
import { invertPlan, restoreOwnedSheetOps, type WorkbookSnapshot, type WriteOp, type WritePlan } from "../../register";

/**
 * The plan that undoes `plan`, or null when it cannot be undone. A plan that deletes one of the add-in's
 * own sheets (a second report replaces the first) is undone by writing that sheet back from `before`,
 * with its links and looks, once the sheets the plan made are gone: undoing the second report brings
 * the first one back. Deleting anything else (a user's sheet, rows) is never undone.
 */
export function undoPlanFor(plan: WritePlan, before: WorkbookSnapshot): WritePlan | null {
  const deletes = plan.ops.filter((op) => op.op === "deleteSheet" || op.op === "deleteRows");
  if (deletes.length === 0) return invertPlan(plan, before);
  const names = before.sheets.map((s) => s.name);
  const restores: WriteOp[] = [];
  for (const op of deletes) {
    const sheet = op.op === "deleteSheet" ? before.sheets.find((x) => x.name === op.name) : undefined;
    const ops = sheet ? restoreOwnedSheetOps(sheet, names) : null;
    if (!ops) return null;
    restores.push(...ops);
  }
  const inverse = invertPlan({ ...plan, ops: plan.ops.filter((op) => op.op !== "deleteSheet") }, before);
  return { ...inverse, ops: [...inverse.ops, ...restores] };
}
