/**
 * Carrying out a WritePlan (src/register/plan.ts) on the original package, op by op: only the parts
 * the plan concerns are edited (in place, keeping what we do not understand); every other part is
 * copied raw when the package is saved.
 */
import { layoutOpProblem, type WriteOp, type WritePlan } from "../../../register";
import { planError } from "../errors";
import type { XlsxPackage } from "../opc";
import { writeCells } from "./cells";
import { PlanContext } from "./context";
import { refreshReferenceFormulas } from "./recalc";
import { deleteRows, insertRows } from "./rows";
import { addSheet, copySheet, deleteSheet, selectCell } from "./sheets";
import { addConditionalFormat } from "./layout/conditional";
import { setAutoFilter } from "./layout/filter";
import { formatRange } from "./layout/format";
import { freezePanes } from "./layout/panes";
import { printSetup } from "./layout/print";
import { setColumnWidths, setRowHeights } from "./layout/sizes";
import { setSheetVisibility } from "./layout/visibility";

function applyOp(ctx: PlanContext, op: WriteOp): void {
  switch (op.op) {
    case "copySheet":
      copySheet(ctx, op.source, op.name, op.after);
      break;
    case "addSheet":
      addSheet(ctx, op.name, op.columnWidths);
      break;
    case "deleteSheet":
      deleteSheet(ctx, op.name);
      break;
    case "write":
      writeCells(ctx, ctx.sheet(op.sheet), op.cells);
      break;
    case "insertRows":
      ctx.sheet(op.sheet);
      insertRows(ctx.pkg, ctx.book, op.sheet, op.beforeRow, op.count, op.templateRow);
      ctx.refresh(); // defined names moved with the rows
      break;
    case "deleteRows":
      ctx.sheet(op.sheet);
      deleteRows(ctx.pkg, ctx.book, op.sheet, op.firstRow, op.count);
      ctx.refresh();
      break;
    case "select":
      selectCell(ctx, op.sheet, op.address);
      break;
    case "sheetVisibility":
      setSheetVisibility(ctx, op);
      break;
    case "columnWidths":
      setColumnWidths(ctx, op);
      break;
    case "rowHeights":
      setRowHeights(ctx, op);
      break;
    case "freezePanes":
      freezePanes(ctx, op);
      break;
    case "format":
      formatRange(ctx, op);
      break;
    case "conditionalFormat":
      addConditionalFormat(ctx, op);
      break;
    case "autoFilter":
      setAutoFilter(ctx, op);
      break;
    case "printSetup":
      printSetup(ctx, op);
      break;
    case "chart":
      // Charts are not written into files (plan.ts, ChartOp): the sheet keeps the table the chart is drawn from.
      ctx.sheet(op.sheet);
      break;
  }
}

/**
 * Carries out every op of `plan` on `pkg`, in order; `pkg.save()` then gives the changed file.
 * Throws XlsxPlanError (French) when an op cannot be done (the package is then half changed: open it
 * again from the original bytes).
 */
export function applyPlanToPackage(pkg: XlsxPackage, plan: WritePlan): void {
  // a layout op no Excel would take is refused before anything is written
  for (const op of plan.ops) {
    const problem = layoutOpProblem(op);
    if (problem) throw planError(problem.kind === "address" ? "bad-address" : "bad-format", problem.subject);
  }
  const ctx = new PlanContext(pkg);
  for (const op of plan.ops) applyOp(ctx, op);
  refreshReferenceFormulas(ctx);
}
