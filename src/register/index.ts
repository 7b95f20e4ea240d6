/**
 * The engine's one public entry: the faces (task pane, functions, command line, playground, bench) and
 * the adapters import from here only (the lint enforces it); modules inside src/register import each
 * other directly.
 */
export * from "./snapshot";
export * from "./plan";
export * from "./model";
export * from "./findings";

// ------------------------------------------------------------------------------- reading and planning
export { readRegister, readFiche, ficheFromValues, readListTab, dateFieldOf, createRegisterReadCache, type RegisterReadCache } from "./read";
export { NotARegisterError, PlanError } from "./errors";
export { normalizeLabel, labelKey, normalizeSheetName, cellText } from "./normalize";
export { locate, scanFiche, ficheGeometry, listHeaderRow, listTabColumns } from "./locate";
export type { FicheScan, FicheGeometry, BlockGeometry, Location, LocatedFiche, LineColumns } from "./locate";
export { dropdownProbeCells, parseListSource, listTabHeaders } from "./lists";
export type { ListSource } from "./lists";
export { toSerial, fromSerial, serialOfDay, parseDateText, formatFrenchDate, parseDateTimeText, formatFrenchDateTime } from "./dates";
export type { DateTimeReading } from "./dates";
export {
  systemClock,
  fixedClock,
  localTime,
  todaySerial,
  todayDate,
  formatLocalDate,
  formatLocalDateTime,
  instantOfLocalSerial,
  nowLocalSerial,
  type Clock,
  type LocalTime,
} from "./clock";
export { planNewFiche, previewNewFiche, findExistingFiche, planAddRow, nextRef } from "./plans";
export { planWriteCell, invertPlan } from "./editPlans";
export type { NewFicheInput, NewFichePreview, ExistingFiche } from "./plans";
export { sheetNameFor, sanitizeSheetName, shortenSheetName, sheetNameChange, uniqueSheetName, truncateSheetName, SHEET_NAME_MAX } from "./sheetName";
export {
  MAX_ROWS,
  MAX_COLS,
  columnLetters,
  columnNumber,
  cellAddress,
  parseCell,
  parseRange,
  parseAddress,
  splitSheet,
  topLeft,
  rowOf,
  colOf,
  quoteSheetName,
  unquoteSheetName,
  isEntireRows,
  isEntireColumns,
  rectAddress,
  qualifiedAddress,
  type CellPos,
  type Rect,
} from "./address";
export { parseSqref, sqrefOf, containsCell, containsRect, intersects, shiftRow, shiftRect, coalesceRects, growToMerges, subtractRect } from "./ranges";
export * as layout from "./layout";
export {
  PLACEHOLDER,
  isPlaceholder,
  valueText,
  CNIL_TAB_NAMES,
  CPTS_TAB_NAMES,
  FICHE_SECTIONS,
  FICHE_FIELDS,
  FICHE_ACTORS,
  FICHE_COLUMNS,
  FICHE_DROPDOWNS,
  DATA_CATEGORIES,
  LIST_HEADERS,
  LIST_TAB,
  BLOCK_ROW_LABELS,
  GROWABLE_BLOCKS,
  TAB_ORDER,
  ACTOR_ORDER,
  CNIL_BLOCK_SIZES,
  OPTIONAL_PURPOSE_FIELDS,
  ZONE_HEADER,
} from "./layout";
export type { GrowableBlock, SingleField, ActorField, SectionKey, DropdownField, DropdownFieldSpec } from "./layout";
export { CNIL_PERSONS, CNIL_RECIPIENTS, CNIL_MEASURES, CNIL_GUARANTEES, CNIL_COUNTRIES, BUILTIN_YES_NO, BUILTIN_LISTS } from "./data/cnilLists";
export type { CnilCountry } from "./data/cnilLists";
export { readTexts } from "./messages/read";

// ------------------------------------------------------------------------------------------ checks
export { validateRegister, validateWorkbook, validateSheet, type ValidateOptions } from "./validate";
export { completeness, type Completeness } from "./completeness";
export { screenAipd, assessAipd, type AipdAssessment, type AipdCriterion, type AipdListType } from "./aipd";
export { CATALOGUE, RULE_IDS, isRuleId, ruleInfo, ruleMessage, type RuleId, type RuleInfo, type RuleFamily, type SlotsOf } from "./rules/catalogue";
export { ART30_CRITERIA, type Art30Criterion, type WorkbookPathItemId } from "./rules/criteria";
// The rules' explanations (why, how to fix) load on demand, out of the pane's first load: only the loader
// is public here; node code reads them synchronously from ./rules/explanations.
export { loadRuleExplanation, type RuleExplanation } from "./rules/loadExplanation";
// The report as `valider --json` writes it (zod-free); its zod schemas are the one other public module,
// ./report/schema, kept apart so that zod stays out of the task pane's first load.
export { registerReportJson, unreadableJson, organisationName, type ReportJsonOptions } from "./report/json";
export {
  computePath,
  type PathState,
  type PathStepState,
  type PathItemState,
  type PathStepStatus,
  type PathTick,
  type PathTicks,
  type PathTarget,
} from "./path";
export { fieldHelp, findingsAt, type FieldHelp, type FieldHelpOptions } from "./help";
export { countryAdequacy, suggestGuarantee, type CountryAdequacy, type GuaranteeSuggestion } from "./guarantees";
export { nearMissItem, type NearMiss, type NearMissKind } from "./text/nearMiss";
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
export { PATH_STEPS, USER_ITEM_IDS, type PathStepId } from "./data/path";
export { CNIL_LINKS, type PathLink } from "./data/cnilLinks";
export { FIELD_TEXTS, type FieldId } from "./data/fieldHelp";

// ------------------------------------------------- the add-in's own sheets (report, path tracking)
export { CYBER_SHEET_NAMES } from "./messages/cyberSheets";
export { MARK_CELL, OWNED_MARKS, OWNED_BASE_NAMES, isOwnedSheet, findOwnedSheets, freeSheetName, ownedMarkOps } from "./ownedSheets";
export type { OwnedSheetKind } from "./ownedSheets";
export { restoreReportOps, reportLayoutOps } from "./owned/report";
export { planReportSheet } from "./owned/reportPlan";
export type { ReportMeta, ReportShape } from "./owned/report";
export { readPathTicks, planTick, tickItemInfo } from "./owned/tracking";
export type { TickItemInfo } from "./owned/tracking";
export { restoreOwnedSheetOps } from "./owned/restore";

// ------------------------------------------------ findings set aside for good (« Constats écartés »)
export { readSetAside, setAsideKey, ficheRefOf, canSetAside, leaveOutSetAside, SET_ASIDE_HEADER_ROW } from "./setAside";
export type { SetAsideBook, SetAsideEntry, SetAsideProblem } from "./setAside";
export { planSetAside, planRestoreSetAside, lastSetAsideAuthor, setAsideRuleTitle } from "./setAsidePlans";
export type { SetAsideNote } from "./setAsidePlans";
export { setAsideTexts, SET_ASIDE_SHEET_NAME } from "./messages/setAside";

// Step 4: the cyber self-audit and the breach register (what the report says of them).
export { AUDIT_LEVELS, auditLevelOf, isAuditLevelId } from "./audit/levels";
export type { AuditLevel, AuditLevelId } from "./audit/levels";
export type { AuditBook, AuditRun, AuditProblem } from "./audit/model";
export { auditSummary } from "./audit/summary";
export type { AuditSummary } from "./audit/summary";
export type { BreachBook, BreachEntry, BreachProblem, BreachProblemKind, BreachRisk, CnilDecision, PersonsDecision } from "./breaches/model";
export type { Notice, NoticeAudience, NoticeCollection, NoticeGap, NoticeItemId, NoticeSection, NoticeSheetInfo } from "./notices/model";
// The notices' builder and texts: only the lazy « Droits » chunk and the command line use them.
export { buildNotices, noticeText, audiencesOf, rightsFor, NOTICE_SOURCES, NOTICE_SOURCES_CHECKED_ON, CNIL_CONTACT } from "./notices/index";
export type { BuildNoticesOptions, NoticeRight, RightGrant, RightsReading, LegalBasisKind, Art9Kind } from "./notices/index";
export { readNoticeSheets } from "./notices/readSheets";
export { planNoticeSheet, noticeSheetName, findNoticeSheet, NOTICE_SHEET_NAME_MAX } from "./notices/sheetPlan";
export { noticeSheetTexts } from "./messages/noticeSheet";
export type { RequestBook, RequestEntry, RequestOutcome, RequestProblem, RequestProblemKind, RightKind } from "./requests/model";
export type { AipdDoneBook, AipdDoneRecord } from "./aipdDone/model";
export { readAipdDone, aipdDoneRecord, aipdDoneOn, AIPD_DONE_COLS, AIPD_DONE_HEADER_ROW } from "./aipdDone/sheet";
export { planAipdDone } from "./aipdDone/plans";
export { aipdDoneTexts } from "./messages/aipdDone";
// The engine's one folding, for the faces that compare a RÉF as the rules do (`aipd --fiche`).
export { fold } from "./text/fold";
// The hand-off to the CNIL's PIA tool (the pane's lazy « Droits » chunk and the CLI only).
export { buildPiaExport, piaExportJson, piaFileName, needsAipd, escapeHtml } from "./pia/build";
export type { PiaExportOptions } from "./pia/build";
export type { PiaExport, PiaRecord, PiaAnswer, PiaMeasure } from "./pia/model";
export { PIA_RELEASE } from "./pia/release";
export { AIPD_LIST_TYPES, AIPD_CRITERIA } from "./rules/catalogue/aipd";
export { PIA_QUESTIONS, PIA_TEXT_QUESTION_IDS, PIA_MEASURE_PLACEHOLDER } from "./pia/structure";
export { RIGHTS_SHEET_NAMES } from "./messages/rightsSheets";
export { readBreaches, readRisk, BREACH_COLS, BREACH_HEADER_ROW } from "./breaches/sheet";
export { formatInstant, hoursLeft } from "./rules/breaches";
export { planAddBreach, planRecordCnil, planRecordPersons } from "./breaches/plans";
export type { NewBreach, CnilRecord, PersonsRecord } from "./breaches/plans";
export { breachTexts } from "./messages/breaches";
export { CARD_REFLEXES, CARD_NEVER, CARD_CHECKED_ON, FIXED_CONTACTS, EMPTY_CARD_CONTACTS } from "./card/data";
export type { CardReflex, CardContacts, FixedContact } from "./card/data";
export { readCard } from "./card/sheet";
export type { CardRead } from "./card/sheet";
export { planCard, CARD_ROWS } from "./card/plans";
export { cardTexts } from "./messages/card";
// The pane's save of a self-audit run, with its Excel chart (read only by the lazy « Sécurité » chunk).
export { planAuditRunWithChart, AUDIT_CHART_SIZE } from "./audit/chartPlan";
export { NOTIFY_HOURS, notifyDeadline, isOpen, isOverdue, incidentSummary } from "./breaches/deadline";
export type { IncidentSummary } from "./breaches/deadline";
// Step 3: the rights-requests register (its reading and deadlines are in the first load; plans and letters are lazy).
export { readRequests, readRights, readOutcome, REQUEST_COLS, REQUEST_HEADER_ROW } from "./requests/sheet";
export {
  requestDeadline,
  isOpenRequest,
  isOverdueRequest,
  daysLeft,
  addMonths,
  easterSunday,
  isFrenchPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
} from "./requests/deadline";
export type { RequestDeadline } from "./requests/deadline";
export { requestSummary } from "./requests/summary";
export type { RequestSummary } from "./requests/summary";
export { DUE_SOON_DAYS } from "./rules/requests";
// Its plans, texts and model letters (read only by the lazy « Droits » chunk and the command line).
export { planAddRequest, planRecordIdentity, planRecordExtension, planRecordAnswer, rightsLabel } from "./requests/plans";
export type { NewRequest, ExtensionRecord, AnswerRecord } from "./requests/plans";
export { requestTexts } from "./messages/requests";
export { requestLetter, ficheOfRequest, lineReasons, LETTER_KINDS } from "./requests/letters";
export { letterTexts } from "./messages/requestLetters";
export type { RequestLetter, LetterKind, LetterOptions } from "./requests/letters";

// ---------------------------------------------------------------- Step 4: the self-audit
export { AUDIT_THEMES, AUDIT_QUESTIONS, auditQuestion, auditTheme } from "./audit/themes/index";
export {
  BACKUP_QUESTION_ID,
  NO_TESTED_BACKUP_CHOICES,
  HDS_QUESTION_ID,
  NO_HDS_CHOICES,
  INCIDENT_QUESTION_ID,
  INCIDENT_HAPPENED_CHOICES,
} from "./audit/themes/index";
export { DONT_KNOW, DONT_KNOW_ID, fullPoints } from "./audit/questions";
export type { AuditChoice, AuditMeasure, AuditQuestion, AuditQuestionKey, AuditSource, AuditTheme, AuditThemeId, Scale } from "./audit/questions";
export { AUDIT_ANSWER_KEY } from "./audit/answerKey";
export { scoreAudit, priorityMeasures, answeredChoice, tallyAudit, MAX_PRIORITY_MEASURES } from "./audit/score";
export type { AuditAnswers, AuditResult, AuditThemeScore, AuditPriorityMeasure, AuditTally, AuditThemeTally } from "./audit/score";
export { readAudit, lastDatedRun, auditComparisonRange, AUDIT_COLS, AUDIT_TAGS } from "./audit/sheet";
export type { AuditRunPlan } from "./audit/plans";
export { reevaluateBy, addMonthsClamped, REEVALUATE_AFTER_MONTHS } from "./audit/reevaluate";

// -------------------------------------------- Preparing the send to SESAN (issue 14, point 4)
// Loaded by the command line (`envoi`) and the pane's lazy « send » chunk only; the reduced sheets'
// reading is inside readRegister.
export { planListDatesRefresh, type ListDateChange, type ListDateField, type ListDatesRefresh } from "./sending/listDates";
export { planSesanSummary, SUMMARY_FIRST_ROW } from "./sending/summarySheet";
export { planStripForSending, type ReducedSheet, type ReducedKind, type StripForSending } from "./sending/strip";
export { sendCopyName, asciiName } from "./sending/fileName";
export { isReducedSheet, REDUCED_MARK, REDUCED_MARK_CELL } from "./sending/reduced";
export { listDatesTexts, summaryTexts, stripTexts, sendAdviceTexts } from "./messages/sending";

// SESAN's synthesis of many registers (`cpts-registre consolider`): only the command line uses it.
export { synthesise, planSynthesisWorkbook, synthesisHtml, synthesisChartSvg, synthesisTables, SYNTHESIS_HEADER_ROW } from "./consolidation/index";
export type {
  SynthesisOptions,
  SynthesisTable,
  TableCell,
  Highlight,
  Synthesis,
  SynthesisEntry,
  SynthesisRow,
  RegisterRow,
  UnreadableRow,
  FrequentFinding,
  FicheLine,
} from "./consolidation/index";
