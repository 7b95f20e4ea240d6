/**
 * French texts of preparing the send to SESAN (../sending/): the tab-2 dates refresh, the « Synthèse pour
 * SESAN » sheet, the reduced sheets of the copy sent, and the advice on sending it safely. Apart from the
 * code so that a translation can be added; loaded with the sending plans only (never in the pane's first
 * load), except `reducedSheetTexts`, which the reduced sheets' readers need (../sending/reduced.ts).
 */
import { AIPD_STATUS_LABELS, incidentsStanding, requestsStanding } from "./standing";
import type { AuditLevelId } from "../audit/levels";
import { OWNED_SHEET_NAMES } from "./ownedSheetNames";

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

export const listDatesTexts = {
  planTitle: (n: number): string => `Reporter dans l'onglet 2 les dates des fiches (${plural(n, "date", "dates")})`,
  field: { created: "Date de création", updated: "Mise à jour" } as const,
  /** What the preview says of an empty cell of tab 2. */
  empty: "(vide)",
  /** One change, in the preview's words. */
  change: (ref: string, field: string, before: string, after: string): string => `Fiche ${ref}, ${field.toLowerCase()} : ${before} → ${after}`,
  nothing: "Les dates de l'onglet 2 sont déjà celles des fiches : rien à mettre à jour.",
};

export const summaryTexts = {
  sheetName: OWNED_SHEET_NAMES.sesanSummary,
  title: "Synthèse du registre RGPD pour SESAN",
  /** One line within the printed page's width (columns A to D). */
  intro: "Écrite par le complément « Registre RGPD » à chaque préparation de l'envoi, et remplacée : ne notez rien ici.",
  organisation: "CPTS",
  organisationMissing: "(nom non renseigné dans les fiches ni dans l'onglet 2)",
  date: "Préparée le",
  verdict: "Verdict",
  errors: "Erreurs (à corriger avant l'envoi)",
  warnings: "Avertissements (à revoir)",
  infos: "Conseils",
  setAside: "Constats écartés par la CPTS",
  fiches: "Fiches de traitement",
  oldestUpdate: "Plus ancienne mise à jour d'une fiche",
  noDate: "(aucune date)",
  aipd: "Analyses d'impact (AIPD)",
  aipdText: (required: number, likely: number, done: number): string =>
    required + likely === 0 && done === 0
      ? "Aucune fiche ne semble en demander"
      : `${plural(required, "fiche où elle est requise", "fiches où elle est requise")}, ${plural(likely, "probable", "probables")}, ${plural(done, "réalisée", "réalisées")}`,
  audit: "Auto-diagnostic cyber",
  noAudit: "Pas encore fait",
  auditText: (date: string, score: number, level: string, reevaluate: string): string =>
    `Le ${date} : ${score}/100, niveau ${level.toLowerCase()} ; à refaire avant le ${reevaluate}`,
  auditLevels: {
    insufficient: "Insuffisant",
    basic: "Élémentaire",
    intermediate: "Intermédiaire",
    advanced: "Avancé",
  } satisfies Record<AuditLevelId, string>,
  incidents: "Registre des violations",
  incidentsText: incidentsStanding,
  requests: "Demandes d'exercice des droits",
  requestsText: requestsStanding,
  fichesTitle: "Complétude des fiches",
  ficheHeaders: ["RÉF", "Traitement", "Complétude (article 30)", "AIPD"],
  noFiche: "Aucune fiche de traitement remplie.",
  aipdStatus: AIPD_STATUS_LABELS,
  aipdDone: (status: string, day: string): string => `${status}, réalisée le ${day}`,
  printHeader: (organisation: string): string => `Registre RGPD — ${organisation}`,
  planTitle: "Écrire la synthèse pour SESAN",
};

/** The reduced sheets of the copy sent (../sending/strip.ts), also read back (../sending/reduced.ts): keep short. */
export const reducedSheetTexts = {
  breachesTitle: "Registre des violations (copie envoyée à SESAN)",
  requestsTitle: "Registre des demandes d'exercice des droits (copie envoyée à SESAN)",
  intro: (date: string): string =>
    `Copie préparée le ${date} : ce registre y est réduit à ses nombres. Le détail (personnes, faits) reste dans le registre de la CPTS.`,
  headers: ["Ce que le registre compte", "Nombre"],
  breachRows: ["Incidents enregistrés", "Sans décision sur la notification à la CNIL", "Dont délai de 72 heures dépassé ce jour-là"],
  requestRows: ["Demandes enregistrées", "Sans réponse", "Dont délai dépassé ce jour-là"],
  breachDatesHeader: ["Découverte le (incidents sans décision)"],
  requestDatesHeader: ["Reçue le (demandes sans réponse)", "Prolongation annoncée le"],
  /** In place of a date the register had but the add-in could not read. */
  noDate: "(date illisible)",
  datesNote: "Seules les dates des dossiers en cours restent, pour que leurs délais se comptent encore.",
};

export const stripTexts = {
  planTitle: "Préparer la copie envoyée à SESAN (sans les données des personnes)",
  reduced: {
    breaches: (sheet: string, n: number): string => `« ${sheet} » réduite à ses nombres (${plural(n, "incident", "incidents")})`,
    requests: (sheet: string, n: number): string => `« ${sheet} » réduite à ses nombres (${plural(n, "demande", "demandes")})`,
    setAside: (sheet: string, n: number): string => `« ${sheet} » : quand et qui effacés (${plural(n, "ligne", "lignes")})`,
  },
};

/**
 * How to send the copy. Sources, vérifié le 07/12/2026: the CNIL's guidance on sending health data
 * (https://www.cnil.fr/fr/securite-des-donnees-de-sante : « chiffrer les données transmises », messageries
 * sécurisées de santé) and the ANS's MSSanté (https://esante.gouv.fr/produits-services/mssante).
 */
export const sendAdviceTexts = {
  title: "Comment envoyer la copie à SESAN",
  lines: [
    "Envoyez la copie par une messagerie sécurisée de santé (MSSanté) ou par l'espace d'échange sécurisé que SESAN vous indique.",
    "Jamais en pièce jointe d'un courriel ordinaire : le registre peut parler de données de santé.",
    "Envoyez la copie, pas votre registre : elle ne garde des demandes et des incidents que leurs nombres.",
    "Gardez votre registre complet chez vous : c'est lui qui fait foi et que vous continuez de tenir.",
  ],
};
