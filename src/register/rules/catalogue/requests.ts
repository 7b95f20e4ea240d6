/**
 * Catalogue entries of the rights-requests register « Demandes d'exercice des droits »
 * (rules/requests.ts). The law: GDPR art. 12.3 (answer within one month of receipt, extendable by two
 * months when the person is told why within the first), art. 15 to 21 (the rights).
 */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

/** The receipt and the last day to answer, written « 05/12/2026 ». */
type Due = CellSlot & { received: string; due: string };

export const requestRules = family("requests", {
  "requests.overdue": {
    severity: "warning",
    path: ["requests-kept"],
    title: "Demande d'exercice des droits sans réponse après le délai",
    link: RULE_LINKS.rights,
    message: ({ cell, received, due }: Due) =>
      `Demande reçue le ${received} : pas de réponse écrite, et le délai a pris fin le ${due} (${cellRef(cell)}). Répondez sans attendre, puis écrivez la date de réponse ; la personne peut saisir la CNIL faute de réponse.`,
  },
  "requests.due-soon": {
    severity: "info",
    title: "Demande d'exercice des droits : réponse à donner bientôt",
    link: RULE_LINKS.rights,
    message: ({ cell, received, due, daysLeft }: Due & { daysLeft: number }) =>
      `Demande reçue le ${received} : répondez au plus tard le ${due} (${daysLeft === 0 ? "c'est aujourd'hui" : daysLeft === 1 ? "reste 1 jour" : `reste ${daysLeft} jours`}, ${cellRef(cell)}). Si la demande est complexe, vous pouvez prolonger de deux mois en prévenant la personne, avec les raisons, avant la fin du premier mois.`,
  },
  "requests.extension-late": {
    severity: "warning",
    path: ["requests-kept"],
    title: "Prolongation annoncée après le premier mois",
    link: RULE_LINKS.rights,
    message: ({ cell, firstMonth }: CellSlot & { firstMonth: string }) =>
      `La prolongation a été annoncée après la fin du premier mois (le ${firstMonth}, ${cellRef(cell)}) : elle ne repousse pas le délai. Une prolongation doit être annoncée à la personne, avec ses raisons, dans le mois qui suit la réception.`,
  },
  "requests.date-unreadable": {
    severity: "warning",
    path: ["requests-kept"],
    title: "Date illisible dans le registre des demandes",
    message: ({ cell, text }: CellSlot & { text: string }) =>
      `${q(text)} n'est pas une date lisible (${cellRef(cell)}). Écrivez la date sous la forme jj/mm/aaaa (ex. 05/12/2026).`,
  },
  "requests.received-missing": {
    severity: "warning",
    path: ["requests-kept"],
    title: "Demande sans date de réception",
    message: ({ cell }: CellSlot) =>
      `Cette demande n'a pas de date de réception (${cellRef(cell)}). Écrivez le jour où elle est arrivée (jj/mm/aaaa) : le délai d'un mois se compte depuis ce jour.`,
  },
});
