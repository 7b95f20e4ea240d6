/**
 * The workbook's shape: the list of processings (tab 2) is there, a blank model remains for the next
 * fiches, and each fiche still has the sections the checks read.
 */
import { blockTitles } from "../messages/fr";
import { type RuleContext } from "./context";
import { report } from "./report";

const REQUIRED_BLOCKS = ["dataCategories", "persons", "recipients", "measures"] as const;

export function checkStructure(ctx: RuleContext): void {
  const { register } = ctx;
  if (!register.listTab) {
    const sheet = register.fiches[0]?.sheet ?? register.tabs.model ?? register.tabs.tutorial;
    if (sheet) report(ctx, "structure.list-tab-missing", sheet, "A1", {});
  }
  const hasBlankModel = register.fiches.some((f) => f.kind === "model");
  const modelFilled = register.fiches.some((f) => f.isModelTab && f.kind === "fiche");
  if (!hasBlankModel && !modelFilled && register.listTab) {
    report(ctx, "structure.model-missing", register.listTab.sheet, "A1", {});
  }
  for (const fiche of ctx.fiches) {
    for (const block of REQUIRED_BLOCKS) {
      if (!fiche.blocks[block]) report(ctx, "structure.block-missing", fiche.sheet, "A1", { block: blockTitles[block] });
    }
  }
}
