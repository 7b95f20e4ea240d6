/**
 * The PIA tool's questionnaire (its default structure, release ./release.ts): an answer is keyed by
 * its question's id, `reference_to` = section, item and question digits (src/assets/files/pia_architecture.json;
 * the French titles from src/assets/i18n/fr.json, « sections.1.items.1.questions.1.title »…). Section 1
 * « Contexte » (item 1 « Vue d'ensemble », item 2 « Données, processus et supports »), section 2
 * « Principes fondamentaux » (item 1 « Proportionnalité et nécessité », item 2 « Mesures protectrices
 * des droits »), section 3 « Risques » (item 1 « Mesures existantes ou prévues », whose entries are the
 * file's `measures`, then the three risks, whose answers are lists and gauges the user weighs). The
 * evaluations are keyed « 1.1 », « 2.1.211 »…: a new PIA has none.
 */
export const PIA_QUESTIONS = {
  /** « Quel est le traitement qui fait l'objet de l'étude ? » */
  overview: 111,
  /** « Quelles sont les responsabilités liées au traitement ? » */
  responsibilities: 112,
  /** « Quels sont les référentiels applicables ? » */
  standards: 113,
  /** « Quelles sont les données traitées ? » (with retention, recipients and who may access them) */
  data: 121,
  /** « Comment le cycle de vie des données se déroule-t-il (description fonctionnelle) ? » */
  lifecycle: 122,
  /** « Quels sont les supports des données ? » */
  supports: 123,
  /** « Les finalités du traitement sont-elles déterminées, explicites et légitimes ? » */
  purposes: 211,
  /** « Quel(s) est(sont) les fondement(s) qui rend(ent) votre traitement licite ? » */
  legalBasis: 212,
  /** « Les données collectées sont-elles adéquates, pertinentes et limitées… (minimisation des données) ? » */
  minimisation: 213,
  /** « Les données sont-elles exactes et tenues à jour ? » */
  accuracy: 214,
  /** « Quelle est la durée de conservation des données ? » */
  retention: 215,
  /** « Comment les personnes concernées sont-elles informées à propos du traitement ? » */
  information: 221,
  /** « Si applicable, comment le consentement des personnes concernées est-il obtenu ? » */
  consent: 222,
  /** « Comment les personnes concernées peuvent-elles exercer leurs droit d'accès et droit à la portabilité ? » */
  accessPortability: 223,
  /** « … droit de rectification et droit à l'effacement (droit à l'oubli) ? » */
  rectificationErasure: 224,
  /** « … droit de limitation et droit d'opposition ? » */
  restrictionObjection: 225,
  /** « Les obligations des sous-traitants sont-elles clairement définies et contractualisées ? » */
  processors: 226,
  /** « En cas de transfert de données en dehors de l'Union européenne, les données sont-elles protégées de manière équivalente ? » */
  transfers: 227,
} as const;

export type PiaQuestionKey = keyof typeof PIA_QUESTIONS;

/**
 * Every question id of the default structure whose answer is text (sections 1 and 2) or a list and
 * gauge (the risks, 321–346): an answer keyed otherwise would be kept by the import but shown nowhere.
 */
export const PIA_TEXT_QUESTION_IDS: readonly number[] = [111, 112, 113, 121, 122, 123, 211, 212, 213, 214, 215, 221, 222, 223, 224, 225, 226, 227];

/** The placeholder the tool gives a measure added by hand (measures.service.ts `addNewMeasure`). */
export const PIA_MEASURE_PLACEHOLDER = "measures.default_placeholder";
