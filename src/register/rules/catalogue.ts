/**
 * Every rule the checks can report, in one typed catalogue: its family, severity, the article 30
 * criterion it counts for, the path items it feeds, its French message template (typed slots), its title
 * and CNIL link. `report()` reads severity and message here; `validate`, `completeness` and `path` read
 * criteria and path items here; the README's rule table is generated from it (`npm run doc:regles`).
 * Each rule's explanation (why, how to fix) is apart, in ./catalogue/explanations/ (./explanations.ts),
 * because the verdict does not need it and the pane loads it only when a finding is opened.
 *
 * Severity policy (also in the README): error = the register is wrong or unusable for SESAN (article 30
 * minimum missing, value outside the workbook's list, references that do not match, a void transfer
 * guarantee, endless retention); warning = a DPO would ask you to change it; info (« conseil ») = worth
 * knowing. Adding a rule: add its entry to its family's file in ./catalogue/ and its why and how to fix
 * to ./catalogue/explanations/ (the compiler asks for it), then call `report(ctx, id, sheet, cell, slots)`
 * from the rule (src/register/rules/report.ts).
 */
import type { Art30Criterion, WorkbookPathItemId } from "./criteria";
import type { RuleEntry, RuleFamily } from "./catalogue/spec";
import { structureRules } from "./catalogue/structure";
import { art30Rules } from "./catalogue/art30";
import { consistencyRules } from "./catalogue/consistency";
import { dropdownRules } from "./catalogue/dropdowns";
import { retentionRules } from "./catalogue/retention";
import { transferRules } from "./catalogue/transfers";
import { healthRules } from "./catalogue/health";
import { toolRules } from "./catalogue/tools";
import { legalRules } from "./catalogue/legal";
import { securityRules } from "./catalogue/security";
import { freshnessRules } from "./catalogue/freshness";
import { aipdRules } from "./catalogue/aipd";
import { breachRules } from "./catalogue/breaches";
import { requestRules } from "./catalogue/requests";
import { auditRules } from "./catalogue/audit";

export type { RuleFamily } from "./catalogue/spec";

/** In the order the README lists them (the order the checks run). */
export const CATALOGUE = {
  ...structureRules,
  ...art30Rules,
  ...consistencyRules,
  ...dropdownRules,
  ...retentionRules,
  ...transferRules,
  ...healthRules,
  ...toolRules,
  ...legalRules,
  ...securityRules,
  ...aipdRules,
  ...freshnessRules,
  ...breachRules,
  ...requestRules,
  ...auditRules,
};

export type RuleId = keyof typeof CATALOGUE;

/** What a rule's message needs besides the cell (which `report()` supplies). */
export type SlotsOf<Id extends RuleId> = Omit<Parameters<(typeof CATALOGUE)[Id]["message"]>[0], "cell">;

/** A catalogue entry seen without its message's slot type (for tables and lookups). */
export type RuleInfo = Omit<RuleEntry, "message"> & { id: RuleId; family: RuleFamily };

export const RULE_IDS: readonly RuleId[] = Object.keys(CATALOGUE) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, id);
}

export function ruleInfo(id: RuleId): RuleInfo {
  const { message: _message, ...rest } = CATALOGUE[id] as RuleEntry<never> & { family: RuleFamily };
  return { ...rest, id };
}

/** The message of a finding: the rule's template with its slots and the cell. */
export function ruleMessage<Id extends RuleId>(id: Id, cell: string, slots: SlotsOf<Id>): string {
  // Each entry's message takes its own slot type; TypeScript cannot relate the indexed access to
  // `SlotsOf<Id>` for a generic Id, hence the widening to a function of the common shape.
  const message = CATALOGUE[id].message as (s: SlotsOf<Id> & { cell: string }) => string;
  return message({ ...slots, cell });
}

/** The rules that count for an article 30 criterion. */
export function rulesForCriterion(criterion: Art30Criterion): RuleId[] {
  return RULE_IDS.filter((id) => ruleInfo(id).criterion === criterion);
}

/** The path items a rule's findings keep from being done ("fiches-complete" for every criterion rule). */
export function pathItemsOf(id: RuleId): readonly WorkbookPathItemId[] {
  const info = ruleInfo(id);
  const items = [...(info.path ?? [])];
  if (info.criterion && !items.includes("fiches-complete")) items.push("fiches-complete");
  return items;
}
