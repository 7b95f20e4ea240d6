/** Where a plan leaves the user: the pane follows it (store.tsx, NewFichePanel). Apart from planPreview.ts, which only the lazily loaded preview needs. */
import type { WritePlan } from "../../register";

/** The cell a plan hands the user over to, if it ends with a selection. */
export function planSelection(plan: WritePlan): { sheet: string; address: string } | null {
  for (let i = plan.ops.length - 1; i >= 0; i--) {
    const op = plan.ops[i];
    if (op.op === "select") return { sheet: op.sheet, address: op.address };
  }
  return null;
}
