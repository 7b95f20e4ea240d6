/**
 * French texts written by the add-in into its own sheets ("Rapport de vérification", "Suivi de
 * conformité"). Kept apart from the code so that a translation can be added.
 */
import type { AipdStatus, Severity } from "../findings";
import { OWNED_SHEET_NAMES } from "./ownedSheetNames";

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

export const ownedTexts = {
  report: {
    sheetName: OWNED_SHEET_NAMES.report,
    title: "Rapport de vérification du registre RGPD",
    intro: "Cette feuille est écrite par le complément « Registre RGPD ». Elle est remplacée à chaque nouveau rapport : ne notez rien ici.",
    organisation: "Responsable de l'organisme",
    organisationMissing: "(non renseigné dans l'onglet 2)",
    date: "Date de la vérification",
    version: "Version du complément",
    verdict: "Verdict",
    /** How the verdict begins, ready or not (the report colours the verdict from them). */
    verdictReady: "Prêt à envoyer",
    verdictNotReady: "Pas prêt",
    /** `toReview` counts warnings and conseils: a warning is never hidden behind « Prêt ». */
    verdictText: (ready: boolean, errors: number, toReview: number): string =>
      ready
        ? toReview > 0
          ? `Prêt à envoyer — ${plural(toReview, "point à revoir", "points à revoir")}`
          : "Prêt à envoyer"
        : `Pas prêt — ${plural(errors, "erreur", "erreurs")}`,
    /** Printed at the top of every page of the report. */
    printHeader: (date: string): string => (date ? `Rapport de vérification du registre RGPD — ${date}` : "Rapport de vérification du registre RGPD"),
    aipd: {
      required: "Requise",
      likely: "Probable",
      "to-examine": "À examiner",
      "not-required": "Non requise",
      undetermined: "À déterminer",
    } satisfies Record<AipdStatus, string>,
    /** The AIPD column when one was carried out (no longer coloured as « Requise »). */
    aipdDone: (status: string, day: string): string => `${status}, réalisée le ${day}`,
    errors: "Erreurs (bloquent l'envoi)",
    warnings: "Avertissements (à corriger)",
    infos: "Conseils",
    setAside: "Constats écartés",
    fiches: "Fiches de traitement",
    audit: "Auto-diagnostic cyber",
    auditNone: "Pas encore fait (onglet « Sécurité » du complément)",
    auditText: (score: number, level: string, day: string): string => `${score}/100, niveau ${level.toLocaleLowerCase("fr")}, le ${day}`,
    incidents: "Violations de données",
    /** The incidents without a decision on notifying the CNIL, and those past their 72 hours. */
    incidentsText: (i: { open: number; overdue: number }): string =>
      i.open === 0
        ? "Aucune en attente de décision"
        : `${i.open} en attente de décision, ${i.overdue > 0 ? `dont ${i.overdue} hors délai (72 heures dépassées)` : "dans le délai de 72 heures"}`,
    requests: "Demandes d'exercice des droits",
    /** The requests without an answer, and those past their deadline. */
    requestsText: (r: { open: number; overdue: number }): string =>
      r.open === 0 ? "Aucune en cours" : `${r.open} en cours, ${r.overdue > 0 ? `dont ${r.overdue} hors délai` : "dans le délai"}`,
    fichesTitle: "Fiches",
    ficheHeaders: ["Feuille", "N° / RÉF", "Complétude (article 30)", "Nom du traitement", "AIPD"],
    findingsTitle: "Points relevés",
    findingHeaders: ["Gravité", "Feuille", "Cellule (lien)", "Ce qui a été trouvé et que faire", "Identifiant de la règle (pour SESAN)"],
    noFinding: "Aucun point relevé : bravo !",
    severity: { error: "Erreur", warning: "Avertissement", info: "Conseil" } satisfies Record<Severity, string>,
    planTitle: "Écrire le rapport de vérification",
  },
  tracking: {
    sheetName: OWNED_SHEET_NAMES.tracking,
    title: "Suivi de conformité RGPD : le parcours en 4 étapes",
    intro:
      "Cette feuille est tenue par le complément « Registre RGPD ». Elle garde les points que vous avez cochés, pour qu'ils voyagent avec le fichier jusqu'à SESAN.",
    headers: ["Étape", "Point vérifié", "Fait ?", "Date", "Identifiant (ne pas modifier)"],
    yes: "Oui",
    no: "Non",
    planTitleDone: (label: string): string => `Cocher « ${label} »`,
    planTitleUndone: (label: string): string => `Décocher « ${label} »`,
  },
};
