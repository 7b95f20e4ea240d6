/**
 * The add-in's sheet « Constats écartés » (../setAside.ts): a line the engine cannot use (no rule, an
 * unknown rule, an error, no RÉF) sets nothing aside and is reported at its cell, never a crash.
 */
import { type RuleContext } from "./context";
import { report } from "./report";

export function checkSetAsideSheet(ctx: RuleContext): void {
  for (const p of ctx.register.setAside?.problems ?? []) {
    report(ctx, "structure.set-aside-row", p.sheet, p.cell, { sheet: p.sheet, problem: p.problem, rule: p.rule });
  }
}
