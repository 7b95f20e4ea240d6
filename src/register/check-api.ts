// The checking half of the engine (owner: engine-rules), re-exported by index.ts.
export { validateRegister, validateWorkbook, validateSheet, type ValidateOptions } from "./validate";
export { completeness, type Completeness } from "./completeness";
export { screenAipd, assessAipd, type AipdAssessment, type AipdCriterion, type AipdListType } from "./aipd";
export { CATALOGUE, RULE_IDS, isRuleId, ruleInfo, ruleMessage, type RuleId, type RuleInfo, type RuleFamily, type SlotsOf } from "./rules/catalogue";
export { ART30_CRITERIA, type Art30Criterion, type WorkbookPathItemId } from "./rules/criteria";
export { registerReportJson, unreadableJson, organisationName, type ReportJsonOptions } from "./report/json";
export { computePath, type PathState, type PathStepState, type PathItemState, type PathStepStatus, type PathTick, type PathTicks, type PathTarget } from "./path";
export { fieldHelp, findingsAt, type FieldHelp } from "./help";
export {
  isAdequateCountry,
  adequacyDecision,
  adequacyInForce,
  countryZoneToday,
  ADEQUACY_DECISIONS,
  ADEQUACY_SOURCE,
  ADEQUACY_CHECKED_ON,
  COUNTRIES_MISSING_FROM_CNIL_LIST,
  type AdequacyDecision,
  type AdequacyScope,
} from "./data/adequacy";
export {
  RETENTION_PRESETS,
  RETENTION_PRESETS as retentionPresets,
  recommendedRetention,
  retentionPreset,
  retentionTypes,
  type RetentionPreset,
} from "./data/retention";
export {
  LIST_PLACEHOLDER,
  YES_NO,
  LEGAL_BASES,
  ART9_EXCEPTIONS,
  PERSON_CATEGORIES,
  PERSON_CATEGORIES_CNIL,
  PERSON_CATEGORIES_CPTS,
  RECIPIENT_TYPES,
  RECIPIENT_PRECISIONS,
  GUARANTEES,
  SECURITY_MEASURES,
  SECURITY_MEASURES_CNIL,
  SECURITY_MEASURES_CPTS,
  RETENTION_PRESET_LABELS,
  CPTS_LISTS,
  type TemplateList,
} from "./data/cptsLists";
export { CPTS_EXAMPLES, closestExample, type CptsExample } from "./data/cptsExamples";
export { PATH_STEPS, CYBERATTACK_GUIDE, CNIL_LINKS, USER_ITEM_IDS, type PathLink, type PathStepId } from "./data/path";
export { FIELD_TEXTS, type FieldId } from "./data/fieldHelp";
