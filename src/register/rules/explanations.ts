/**
 * Every rule's explanation (why it matters, how to fix it in general), gathered from the families'
 * ./catalogue/explanations/*.ts. Read synchronously by node code (the README's rule table, tests); the
 * pane reaches it through loadRuleExplanation() (./loadExplanation.ts), which loads this module apart
 * from the pane's first load. Not exported by src/register/index.ts, for the same reason.
 */
import type { RuleId } from "./catalogue";
import type { RuleExplanation } from "./catalogue/spec";
import { structureExplanations } from "./catalogue/explanations/structure";
import { art30Explanations } from "./catalogue/explanations/art30";
import { consistencyExplanations } from "./catalogue/explanations/consistency";
import { dropdownExplanations } from "./catalogue/explanations/dropdowns";
import { retentionExplanations } from "./catalogue/explanations/retention";
import { transferExplanations } from "./catalogue/explanations/transfers";
import { healthExplanations } from "./catalogue/explanations/health";
import { toolExplanations } from "./catalogue/explanations/tools";
import { legalExplanations } from "./catalogue/explanations/legal";
import { securityExplanations } from "./catalogue/explanations/security";
import { freshnessExplanations } from "./catalogue/explanations/freshness";
import { aipdExplanations } from "./catalogue/explanations/aipd";
import { breachExplanations } from "./catalogue/explanations/breaches";
import { requestExplanations } from "./catalogue/explanations/requests";
import { auditExplanations } from "./catalogue/explanations/audit";

export type { RuleExplanation } from "./catalogue/spec";

/** Each family's file is checked against its rules; this one against the whole catalogue. */
export const RULE_EXPLANATIONS = {
  ...structureExplanations,
  ...art30Explanations,
  ...consistencyExplanations,
  ...dropdownExplanations,
  ...retentionExplanations,
  ...transferExplanations,
  ...healthExplanations,
  ...toolExplanations,
  ...legalExplanations,
  ...securityExplanations,
  ...aipdExplanations,
  ...freshnessExplanations,
  ...breachExplanations,
  ...requestExplanations,
  ...auditExplanations,
} satisfies Record<RuleId, RuleExplanation>;

export function ruleExplanation(id: RuleId): RuleExplanation {
  return RULE_EXPLANATIONS[id];
}
