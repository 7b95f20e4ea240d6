/**
 * What a fiche is about, read once for every rule: does it hold health data (in its own row or typed
 * elsewhere), whose data it is (staff only, patients, members). Health data typed in « Vie
 * personnelle » (« ALD », « handicap ») is health data all the same: every health rule (tab-2 « Oui »,
 * art. 9, AIPD, HDS, security) must see it, or a real mistake passes as « Prêt ».
 */
import type { DataRow, Fiche, TextField } from "../model";
import { findHealthTerms } from "../text/health";
import { foldWords, hasWord } from "../text/fold";
import { choiceFilled, dataRowFilled, healthRow, personsOnlyStaff, sensitiveFilled } from "./context";

export interface HealthTyped {
  /** The data row where the words were typed (its description cell is where the finding points). */
  row: DataRow;
  /** The health terms found, as messages name them (« ALD », « handicap »). */
  terms: string[];
}

export interface HealthMention {
  /** A sub-purpose or a person category's précision. */
  field: TextField;
  terms: string[];
}

export interface FicheProfile {
  /** The row « Données concernant la santé » is filled. */
  healthInItsRow: boolean;
  /** Data rows other than the health row whose description names health data. */
  healthElsewhere: HealthTyped[];
  /** The fiche holds health data, wherever it was typed. */
  holdsHealthData: boolean;
  /** Health words in a sub-purpose or a person category (« vaccination » may be an activity, not data). */
  healthMentions: HealthMention[];
  /** Every described category of persons is staff or applicants (an HR fiche). */
  staffOnly: boolean;
  /** Some category of persons is people cared for (patients, usagers, aidants…). */
  patients: boolean;
  /** Every described category of persons is the association's members (adhérents, bureau…). */
  membersOnly: boolean;
}

/** People cared for by the territory's professionals, as folded words. */
const PATIENT_WORDS = [
  "patient",
  "patients",
  "patientele",
  "usager",
  "usagers",
  "aidant",
  "aidants",
  "malade",
  "malades",
  "personne agee",
  "personnes agees",
  "beneficiaire",
  "beneficiaires",
  "habitant",
  "habitants",
  "population",
];

/** The association's own members. */
const MEMBER_WORDS = [
  "adherent",
  "adherents",
  "adherente",
  "adherentes",
  "membre",
  "membres",
  "bureau",
  "conseil d administration",
  "administrateur",
  "administrateurs",
  "structures adherentes",
];

/** Rows where health words do not make health data: the health row itself, and the NIR (its own regime). */
const NOT_SEARCHED = new Set(["health", "nir"]);

const profiles = new WeakMap<Fiche, FicheProfile>();

export function ficheProfile(fiche: Fiche): FicheProfile {
  let p = profiles.get(fiche);
  if (!p) {
    p = computeProfile(fiche);
    profiles.set(fiche, p);
  }
  return p;
}

function computeProfile(fiche: Fiche): FicheProfile {
  const health = healthRow(fiche);
  const healthInItsRow = health !== undefined && dataRowFilled(health);

  const healthElsewhere: HealthTyped[] = [];
  for (const row of [...fiche.dataCategories, ...fiche.sensitiveData]) {
    if (NOT_SEARCHED.has(row.key) || row.description.value.trim() === "") continue;
    // An activity word alone (« vaccination ») in a data row still says what the data is about.
    const terms = findHealthTerms(row.description.value);
    if (terms.length > 0) healthElsewhere.push({ row, terms });
  }

  const healthMentions: HealthMention[] = [];
  for (const field of [...fiche.subPurposes, ...fiche.persons.map((p) => p.detail)]) {
    if (field.value.trim() === "") continue;
    const terms = findHealthTerms(field.value);
    if (terms.length > 0) healthMentions.push({ field, terms });
  }

  const described = fiche.persons.filter(choiceFilled).map((p) => foldWords(`${p.value.value} | ${p.detail.value}`));
  const patients = described.some((t) => hasWord(t, PATIENT_WORDS));
  const membersOnly = described.length > 0 && described.every((t) => hasWord(t, MEMBER_WORDS) && !hasWord(t, PATIENT_WORDS));

  return {
    healthInItsRow,
    healthElsewhere,
    holdsHealthData: healthInItsRow || healthElsewhere.length > 0,
    healthMentions,
    staffOnly: personsOnlyStaff(fiche),
    patients,
    membersOnly,
  };
}

/** Sensitive data (art. 9 or 10) in the fiche: its sensitive rows, or health data typed anywhere. */
export function holdsSensitiveData(fiche: Fiche): boolean {
  return sensitiveFilled(fiche) || ficheProfile(fiche).holdsHealthData;
}
