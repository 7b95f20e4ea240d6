/**
 * AIPD (DPIA) screening, one rule for every face (reference §4.3):
 * - "required" when the processing is of a type on the CNIL's list of processings that always need an
 *   AIPD (délibération n° 2018-327 du 11 octobre 2018, JORF 6 novembre 2018; the types a CPTS may run);
 * - otherwise the EDPB's rule of thumb (WP248 rev.01, 4 October 2017, endorsed by the EDPB on
 *   25 May 2018): two criteria or more → "likely", one → "to-examine", none → "not-required";
 * - the CNIL's list of processings that need none (délibération n° 2019-118 du 12 septembre 2019):
 *   HR of an organisation of fewer than 250 people without profiling, and an association's management
 *   of its members without sensitive data → "not-required";
 * - a fiche with nothing typed yet → "undetermined".
 * Only two of the nine EDPB criteria can be seen in a register (sensitive or highly personal data, and
 * vulnerable persons); the others (large scale, matching…) are left to the « à examiner » advice.
 * Lists checked on 07/12/2026 against the reference's §4.3 (sources there).
 */
import type { AipdStatus } from "./findings";
import type { Fiche } from "./model";
import { choiceFilled, dataRowFilled, foldWords, hasContent, hasWord, nirRow, personsOnlyStaff } from "./rules/context";
import { holdsSensitiveData } from "./rules/profile";

/** The EDPB criteria a register shows. */
export type AipdCriterion = "sensitive-data" | "highly-personal-data" | "vulnerable-persons";

/** Types of the CNIL's list (délibération 2018-327) a CPTS may run, recognised from the fiche's name and purposes. */
export type AipdListType = "health-alerts" | "health-warehouse" | "social-support" | "employee-monitoring";

export interface AipdAssessment {
  status: AipdStatus;
  /** The CNIL list type, when "required". */
  listType?: AipdListType;
  /** The EDPB criteria met (for "likely" and "to-examine"). */
  criteria: AipdCriterion[];
}

/** Folded keywords of each list type; the health ones count only when the fiche holds sensitive data. */
const LIST_TYPES: readonly { type: AipdListType; words: readonly string[]; needsSensitive: boolean }[] = [
  // 5. « gestion des alertes et des signalements en matière sociale et sanitaire »
  {
    type: "health-alerts",
    words: ["signalement", "signalements", "alerte sanitaire", "alertes sanitaires", "crise sanitaire", "veille sanitaire"],
    needsSensitive: true,
  },
  // 7. « données de santé nécessaires à la constitution d'un entrepôt de données ou d'un registre »
  { type: "health-warehouse", words: ["entrepot de donnees", "entrepot de donnees de sante"], needsSensitive: true },
  // 13. « accompagnement social ou médico-social des personnes »
  { type: "social-support", words: ["accompagnement social", "accompagnement medico social", "suivi social", "suivi medico social"], needsSensitive: true },
  // 4. « surveiller de manière constante l'activité des employés »
  {
    type: "employee-monitoring",
    words: ["surveillance des salaries", "surveillance de l activite des salaries", "surveillance constante", "geolocalisation des salaries"],
    needsSensitive: false,
  },
];

/** Persons the EDPB counts as vulnerable (WP248: patients, the elderly, children…), as folded words. */
const VULNERABLE_WORDS = [
  "patient",
  "patients",
  "patientele",
  "malade",
  "malades",
  "usager",
  "usagers",
  "personne agee",
  "personnes agees",
  "mineur",
  "mineurs",
  "enfant",
  "enfants",
  "personne vulnerable",
  "personnes vulnerables",
  "personne handicapee",
  "personnes handicapees",
];

function purposesText(fiche: Fiche): string {
  return foldWords([fiche.name.value, fiche.mainPurpose.value, ...fiche.subPurposes.map((p) => p.value)].join(" | "));
}

function vulnerablePersons(fiche: Fiche): boolean {
  return fiche.persons.some(
    (p) => choiceFilled(p) && (hasWord(foldWords(p.value.value), VULNERABLE_WORDS) || hasWord(foldWords(p.detail.value), VULNERABLE_WORDS)),
  );
}

export function assessAipd(fiche: Fiche): AipdAssessment {
  if (!hasContent(fiche)) return { status: "undetermined", criteria: [] };
  const sensitive = holdsSensitiveData(fiche);
  const text = purposesText(fiche);
  const listed = LIST_TYPES.find((t) => (sensitive || !t.needsSensitive) && hasWord(text, t.words));
  if (listed) return { status: "required", listType: listed.type, criteria: [] };

  // HR of a small organisation, without profiling (a CPTS employs far fewer than 250 people).
  if (personsOnlyStaff(fiche)) return { status: "not-required", criteria: [] };

  const criteria: AipdCriterion[] = [];
  const nir = nirRow(fiche);
  if (sensitive) criteria.push("sensitive-data");
  else if (nir !== undefined && dataRowFilled(nir)) criteria.push("highly-personal-data");
  if (vulnerablePersons(fiche)) criteria.push("vulnerable-persons");
  const status: AipdStatus = criteria.length >= 2 ? "likely" : criteria.length === 1 ? "to-examine" : "not-required";
  return { status, criteria };
}

export function screenAipd(fiche: Fiche): AipdStatus {
  return assessAipd(fiche).status;
}
