/**
 * How a register stands, in the words every sheet the add-in writes uses (« Rapport de vérification »,
 * « Synthèse pour SESAN », the consolidation workbook): the AIPD screening's labels, and the breach
 * and rights-requests registers' open cases. One wording, so that the report a CPTS prints, the page it
 * sends and the table SESAN reads say the same thing.
 */
import type { AipdStatus } from "../findings";

export const AIPD_STATUS_LABELS: Readonly<Record<AipdStatus, string>> = {
  required: "Requise",
  likely: "Probable",
  "to-examine": "À examiner",
  "not-required": "Non requise",
  undetermined: "À déterminer",
};

/** The incidents without a decision on notifying the CNIL, and those past their 72 hours. */
export function incidentsStanding(i: { open: number; overdue: number }): string {
  if (i.open === 0) return "Aucun incident en attente de décision";
  const open = i.open > 1 ? `${i.open} incidents en attente de décision` : "1 incident en attente de décision";
  return `${open} sur la notification à la CNIL, ${i.overdue > 0 ? `dont ${i.overdue} hors délai (72 heures dépassées)` : "dans le délai de 72 heures"}`;
}

/** The requests without an answer, and those past their deadline. */
export function requestsStanding(r: { open: number; overdue: number }): string {
  if (r.open === 0) return "Aucune demande en attente de réponse";
  const open = r.open > 1 ? `${r.open} demandes en attente de réponse` : "1 demande en attente de réponse";
  return `${open}, ${r.overdue > 0 ? `dont ${r.overdue} hors délai` : "dans le délai"}`;
}
