/**
 * Catalogue entries of the AIPD screening (src/register/aipd.ts, rules/aipd.ts). Always advice: an AIPD
 * asks for work, it does not make the register wrong. A fiche whose AIPD is noted as carried out (the
 * hidden sheet « AIPD réalisées », ../../aipdDone/) gets none of them.
 */
import type { AipdCriterion, AipdListType } from "../../aipd";
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

/** The CNIL list's types (délibération n° 2018-327), as the list words them. */
export const AIPD_LIST_TYPES: Record<AipdListType, string> = {
  "health-alerts": "gestion des alertes et des signalements en matière sociale et sanitaire",
  "health-warehouse": "données de santé nécessaires à la constitution d'un entrepôt de données ou d'un registre",
  "social-support": "accompagnement social ou médico-social des personnes",
  "employee-monitoring": "surveillance constante de l'activité des salariés",
};

/** The EDPB criteria (WP248), as French readers know them. */
export const AIPD_CRITERIA: Record<AipdCriterion, string> = {
  "sensitive-data": "données sensibles (santé, etc.)",
  "highly-personal-data": "données à caractère hautement personnel (numéro de sécurité sociale)",
  "vulnerable-persons": "personnes vulnérables (patients, personnes âgées, enfants…)",
};

const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`);

export const aipdRules = family("aipd", {
  "aipd.required": {
    severity: "info",
    title: "AIPD requise (liste de la CNIL)",
    link: RULE_LINKS.aipd,
    /** `listType`: the type of the CNIL list the processing falls under, in French. */
    message: ({ cell, listType }: CellSlot & { listType: string }) =>
      `Ce traitement relève de la liste de la CNIL des traitements qui exigent une analyse d'impact (AIPD) : ${listType} (${cellRef(cell)}). Réalisez-la avant de le mettre en œuvre et gardez-la avec le registre.`,
  },
  "aipd.likely": {
    severity: "info",
    title: "AIPD probable (au moins deux critères du CEPD)",
    link: RULE_LINKS.aipd,
    /** `criteria`: the EDPB criteria met, in French (« données de santé », « personnes vulnérables (patients) »). */
    message: ({ cell, criteria }: CellSlot & { criteria: readonly string[] }) =>
      `Ce traitement réunit au moins deux critères de risque du Comité européen de la protection des données : ${list(criteria)} (${cellRef(cell)}). Une analyse d'impact (AIPD) est donc probablement nécessaire : réalisez-la, ou gardez une note qui explique pourquoi le risque n'est pas élevé.`,
  },
  "aipd.to-examine": {
    severity: "info",
    title: "AIPD à examiner (un critère du CEPD)",
    link: RULE_LINKS.aipd,
    message: ({ cell, criterion }: CellSlot & { criterion: string }) =>
      `Ce traitement réunit un critère de risque du Comité européen de la protection des données : ${criterion} (${cellRef(cell)}). Examinez s'il en réunit un second (beaucoup de personnes, personnes vulnérables, croisement de fichiers…) : une analyse d'impact (AIPD) serait alors nécessaire. ${q("À examiner")} n'est pas une erreur.`,
  },
});
