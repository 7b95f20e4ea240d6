/**
 * French texts written by the add-in into its own sheets ("Rapport de vérification", "Suivi de
 * conformité"). Kept apart from the code so that a translation can be added.
 */
import type { Severity } from "../findings";
import { OWNED_SHEET_NAMES } from "./ownedSheetNames";
import { AIPD_STATUS_LABELS, incidentsStanding, requestsStanding } from "./standing";

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
    aipd: AIPD_STATUS_LABELS,
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
    incidentsText: incidentsStanding,
    requests: "Demandes d'exercice des droits",
    requestsText: requestsStanding,
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
