/**
 * The French texts of SESAN's synthesis of many registers: the workbook's sheets and columns and the
 * HTML page (src/register/consolidation/).
 */
import type { Severity } from "../findings";
import { AIPD_STATUS_LABELS } from "./standing";
import { OWNED_SHEET_NAMES } from "./ownedSheetNames";

const plural = (n: number, one: string, many: string): string => `${n} ${n <= 1 ? one : many}`;

/** « 07/12/2026 » for "2026-12-07". */
export const frenchDay = (iso: string): string => {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
};

export const consolidationTexts = {
  sheets: { summary: OWNED_SHEET_NAMES.consolidation, frequent: "Constats fréquents", fiches: "Traitements" },
  planTitle: "Synthèse des registres des CPTS",
  title: (madeOn: string) => `Synthèse des registres RGPD des CPTS du ${frenchDay(madeOn)}`,
  totals: (t: { inputs: number; ready: number; notReady: number; unreadable: number; fiches: number }) =>
    `${plural(t.inputs, "registre reçu", "registres reçus")} : ${t.ready} prêt${t.ready > 1 ? "s" : ""} à envoyer, ` +
    `${t.notReady} pas prêt${t.notReady > 1 ? "s" : ""}, ${t.unreadable} illisible${t.unreadable > 1 ? "s" : ""} ; ${plural(t.fiches, "fiche", "fiches")} en tout.`,
  summaryNote: "Une ligne par registre : d'abord les fichiers illisibles, puis les registres pas prêts, du plus d'erreurs au moins d'erreurs.",
  frequentTitle: "Constats fréquents : les règles qui touchent le plus de CPTS",
  frequentNote: "Pour savoir quelle aide apporter à toutes les CPTS à la fois. Les constats écartés pour de bon par une CPTS ne sont pas comptés.",
  fichesTitle: "Traitements : toutes les fiches de toutes les CPTS",
  fichesNote: "Pour voir quels traitements les CPTS ont en commun, et où une AIPD est requise.",
  summaryHeaders: [
    "CPTS",
    "Fichier",
    "Verdict",
    "Erreurs",
    "Avertissements",
    "Fiches",
    "Complétude moyenne (%)",
    "Fiches avec AIPD requise",
    "Plus ancienne mise à jour",
    "Auto-diagnostic cyber le",
    "Niveau cyber",
    "Réévaluer avant le",
    "Violations sans décision",
    "Demandes hors délai",
    "Remarque",
  ],
  frequentHeaders: ["Règle", "Constat", "Gravité", "CPTS concernées", "Fiches concernées", "Constats"],
  fichesHeaders: [
    "CPTS",
    "RÉF",
    "Traitement",
    "Complétude (%)",
    "AIPD",
    "AIPD réalisée le",
    "Données de santé",
    "Sous-traitants",
    "Outils",
    "Mise à jour",
    "Onglet",
    "Fichier",
  ],
  verdict: { ready: "Prêt", "not-ready": "Pas prêt", unreadable: "Illisible" } as const,
  severity: { error: "Erreur", warning: "Avertissement", info: "Conseil" } as Record<Severity, string>,
  aipd: AIPD_STATUS_LABELS,
  yes: "Oui",
  no: "Non",
  /** Where an unreadable line of a saved report is: « rapports.jsonl, ligne 3 ». */
  fileAtLine: (file: string, line: number) => `${file}, ligne ${line}`,
  reevaluationPast: "Auto-diagnostic cyber à refaire : la date de réévaluation est passée.",
  html: {
    chartVerdicts: "Verdicts",
    chartReady: "Prêts à envoyer",
    chartNotReady: "Pas prêts",
    chartUnreadable: "Illisibles",
    chartFrequent: (n: number) => `Les ${n} constats les plus fréquents (nombre de CPTS)`,
    chartLabel: "Graphique des verdicts et des constats les plus fréquents",
    noRegister: "Aucun registre n'a pu être lu.",
    noFinding: "Aucun constat dans les registres lus.",
    noFiche: "Aucune fiche dans les registres lus.",
    footer: "Page écrite par cpts-registre consolider, à partir des rapports de vérification des registres. Elle ne charge rien d'extérieur.",
  },
};
