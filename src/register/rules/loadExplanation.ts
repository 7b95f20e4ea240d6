/**
 * A rule's explanation for the pane, loaded when the user opens a finding: the prose of all the rules
 * (./explanations.ts) is a chunk of its own, out of the pane's first load, which has a budget
 * (test/functions/build.test.ts). Node code reads ./explanations.ts directly.
 */
import type { RuleId } from "./catalogue";
import type { RuleExplanation } from "./catalogue/spec";

export type { RuleExplanation } from "./catalogue/spec";

export async function loadRuleExplanation(id: RuleId): Promise<RuleExplanation> {
  const { ruleExplanation } = await import(/* webpackChunkName: "rule-explanations" */ "./explanations");
  return ruleExplanation(id);
}
