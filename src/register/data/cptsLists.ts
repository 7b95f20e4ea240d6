/**
 * The CPTS lists (reference §2.2): what our template's "5 - Liste déroulante" tab offers, beside the
 * CNIL's own lists (countries are the CNIL list plus `COUNTRIES_MISSING_FROM_CNIL_LIST` of ./adequacy,
 * with today's zone from `countryZoneToday`). The rules read them too (guarantee kinds, staff categories).
 */
import type { ListKey } from "../model";
import { CNIL_MEASURES, CNIL_PERSONS, CNIL_RECIPIENTS } from "./cnilLists";

/** The placeholder the CNIL puts as the first item of each list. */
export const LIST_PLACEHOLDER = "Sélectionnez un élément dans cette liste déroulante ►";

export const YES_NO: readonly string[] = ["Oui", "Non"];

/** Art. 6.1 GDPR. */
export const LEGAL_BASES: readonly string[] = [
  "Consentement (art. 6.1.a)",
  "Exécution d'un contrat ou de mesures précontractuelles (art. 6.1.b)",
  "Obligation légale (art. 6.1.c)",
  "Sauvegarde des intérêts vitaux (art. 6.1.d)",
  "Mission d'intérêt public (art. 6.1.e)",
  "Intérêt légitime (art. 6.1.f)",
];

/** Art. 9.2 GDPR: the exception that allows processing sensitive data. */
export const ART9_EXCEPTIONS: readonly string[] = [
  "Consentement explicite (art. 9.2.a)",
  "Obligations en droit du travail, de la sécurité sociale et de la protection sociale (art. 9.2.b)",
  "Sauvegarde des intérêts vitaux, personne hors d'état de consentir (art. 9.2.c)",
  "Organisme à but non lucratif, pour ses membres (art. 9.2.d)",
  "Données rendues publiques par la personne (art. 9.2.e)",
  "Constatation, exercice ou défense d'un droit en justice (art. 9.2.f)",
  "Motif d'intérêt public important (art. 9.2.g)",
  "Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)",
  "Intérêt public dans le domaine de la santé publique (art. 9.2.i)",
  "Archives, recherche scientifique ou historique, statistiques (art. 9.2.j)",
  "Non applicable (pas de données sensibles)",
];

/** The CNIL's categories of persons (its list tab, column F). */
export const PERSON_CATEGORIES_CNIL: readonly string[] = CNIL_PERSONS;

/** Categories a CPTS adds. */
export const PERSON_CATEGORIES_CPTS: readonly string[] = [
  "Patients / usagers",
  "Patients sans médecin traitant",
  "Aidants / proches / personne de confiance",
  "Professionnels de santé adhérents",
  "Professionnels de santé non adhérents",
  "Membres du bureau / CA",
  "Structures adhérentes (représentants)",
  "Partenaires institutionnels (ARS, CPAM, collectivités…)",
  "Bénévoles",
  "Stagiaires / internes",
  "Participants aux actions de prévention",
  "Participants aux formations / événements",
  "Abonnés à la newsletter",
  "Internautes (visiteurs du site)",
  "Mineurs",
];

/** Our template's categories of persons: the CNIL's, then the CPTS's, "Autres (préciser)" last. */
export const PERSON_CATEGORIES: readonly string[] = [
  ...PERSON_CATEGORIES_CNIL.filter((c) => c !== "Autres (préciser)"),
  ...PERSON_CATEGORIES_CPTS,
  "Autres (préciser)",
];

/** The CNIL's types of recipient (column H, taken whole: with "Autre (Préciser)"). */
export const RECIPIENT_TYPES: readonly string[] = CNIL_RECIPIENTS;

/** Typical précisions of a CPTS recipient (what to write in the "Précisions" column). */
export const RECIPIENT_PRECISIONS: readonly string[] = [
  "Coordinateur / équipe de coordination de la CPTS",
  "Bureau / conseil d'administration",
  "Professionnels de santé membres de l'équipe de soins",
  "Effecteurs SNP / médecins traitants receveurs",
  "ARS",
  "CPAM / Assurance Maladie",
  "Établissements de santé / DAC / HAD",
  "Hébergeur de données de santé (HDS)",
  "Éditeur de logiciel de coordination",
  "Expert-comptable / cabinet de paie",
  "Organismes sociaux (URSSAF, retraite, prévoyance, mutuelle)",
  "Prestataire emailing / site web",
  "Autorités (sur réquisition)",
];

/** Transfer guarantees brought up to date: no Privacy Shield (invalidated in 2020). */
export const GUARANTEES: readonly string[] = [
  "Décision d'adéquation (art. 45)",
  "EU-US Data Privacy Framework (organisme certifié)",
  "Clauses contractuelles types 2021 (art. 46.2.c)",
  "BCR (art. 47)",
  "Code de conduite (art. 46.2.e)",
  "Certification (art. 46.2.f)",
  "Dérogation art. 49",
  "Aucun transfert",
];

/** The CNIL's security measures (column J). */
export const SECURITY_MEASURES_CNIL: readonly string[] = CNIL_MEASURES;

/** Measures a CPTS adds (CNIL security guide, CNOM annex). */
export const SECURITY_MEASURES_CPTS: readonly string[] = [
  "Authentification forte / carte CPS-e-CPS",
  "Hébergement certifié HDS",
  "Messagerie sécurisée de santé (MSSanté)",
  "Habilitations / gestion des profils",
  "Journalisation des accès",
  "Sensibilisation et charte informatique",
  "Sécurité physique des locaux / archives papier",
  "Pseudonymisation / anonymisation",
  "Procédure de gestion des violations",
];

/** Our template's measures: the CNIL's, then the CPTS's, "Autres mesures (à préciser)" last. */
export const SECURITY_MEASURES: readonly string[] = [
  ...SECURITY_MEASURES_CNIL.filter((m) => m !== "Autres mesures (à préciser)"),
  ...SECURITY_MEASURES_CPTS,
  "Autres mesures (à préciser)",
];

/** Retention presets offered as a list (free text stays allowed in the cell). */
export const RETENTION_PRESET_LABELS: readonly string[] = [
  "Durée de l'adhésion",
  "Durée de la relation + 3 ans",
  "Durée du contrat + 5 ans",
  "5 ans à compter du versement de la paie",
  "5 ans après le départ du salarié",
  "2 ans après le dernier contact (candidat)",
  "3 ans après le dernier contact (prospect)",
  "Jusqu'au désabonnement / retrait du consentement",
  "13 mois (traceurs)",
  "25 mois (données de mesure d'audience)",
  "6 mois à 1 an (journaux)",
  "1 mois (vidéo)",
  "10 ans (pièces comptables)",
  "Jusqu'à attribution d'un médecin traitant + 3 mois",
  "Durée de l'action + 1 an",
  "Autre (préciser)",
];

/** One column of our template's list tab: its header (row 1) and items (from row 2, no placeholder). */
export interface TemplateList {
  key: ListKey | "recipientPrecisions";
  header: string;
  items: readonly string[];
}

/**
 * The CPTS lists, in the order the template writes them. Countries are not here: write the CNIL list
 * plus `COUNTRIES_MISSING_FROM_CNIL_LIST`, with a "Zone" column from `countryZoneToday`.
 */
export const CPTS_LISTS: readonly TemplateList[] = [
  { key: "yesNo", header: "Oui / Non", items: YES_NO },
  { key: "legalBases", header: "Base légale", items: LEGAL_BASES },
  { key: "art9Exceptions", header: "Exception article 9", items: ART9_EXCEPTIONS },
  { key: "persons", header: "Catégories de personnes", items: PERSON_CATEGORIES },
  { key: "recipients", header: "Destinataires", items: RECIPIENT_TYPES },
  { key: "recipientPrecisions", header: "Précisions sur les destinataires", items: RECIPIENT_PRECISIONS },
  { key: "measures", header: "Mesures de sécurité", items: SECURITY_MEASURES },
  { key: "guarantees", header: "Garanties", items: GUARANTEES },
  { key: "retentions", header: "Durées de conservation", items: RETENTION_PRESET_LABELS },
];
