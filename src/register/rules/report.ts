/** How a rule reports a finding: severity and message come from the catalogue, the rule gives the place and the slots. */
import type { QuickFix } from "../findings";
import { CATALOGUE, ruleMessage, type RuleId, type SlotsOf } from "./catalogue";
import { topLeft } from "../address";
import type { RawFinding, RuleContext } from "./context";

export interface ReportExtra {
  fix?: QuickFix;
  /** The fiche a tab-2 finding concerns (for "Vérifier cette feuille"). */
  about?: string;
}

export function report<Id extends RuleId>(ctx: RuleContext, id: Id, sheet: string, cell: string, slots: SlotsOf<Id>, extra?: ReportExtra): void {
  const at = topLeft(cell);
  const f: RawFinding = { rule: id, severity: CATALOGUE[id].severity, sheet, cell: at, message: ruleMessage(id, at, slots) };
  if (extra?.fix) f.fix = extra.fix;
  if (extra?.about) f.about = extra.about;
  ctx.findings.push(f);
}
