/**
 * Catalogue entries of the breach register « Registre des violations » (rules/breaches.ts). The law: GDPR
 * art. 33 (notify the CNIL within 72 hours of becoming aware of a breach, unless it is unlikely to result
 * in a risk for the persons; 33.5: document every breach), art. 34 (inform the persons when the risk to
 * them is high).
 */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

/** The discovery and the deadline, written « 05/12/2026 à 14:30 »; `midnight`: the discovery's time was not written. */
type Deadline = CellSlot & { discovered: string; deadline: string; midnight: string | null };

/** Said when the discovery has no time of day: the hours are counted from midnight. */
const midnightNote = (cell: string | null): string =>
  cell === null
    ? ""
    : ` L'heure de la découverte n'est pas écrite (${cellRef(cell)}) : le délai est compté depuis minuit ce jour-là ; écrivez l'heure pour le compter exactement.`;

export const breachRules = family("breaches", {
  "breaches.cnil-overdue": {
    severity: "warning",
    path: ["incidents-decided"],
    title: "Violation sans décision de notification après 72 heures",
    link: RULE_LINKS.notifyBreach,
    message: ({ cell, discovered, deadline, midnight }: Deadline) =>
      `Incident découvert le ${discovered} : aucune décision sur la notification à la CNIL, et le délai de 72 heures est dépassé depuis le ${deadline} (${cellRef(cell)}). Notifiez la CNIL sans attendre, en expliquant le retard, puis écrivez la date de notification ; si la violation ne présente pas de risque pour les personnes, écrivez pourquoi dans « Sinon, pourquoi ».${midnightNote(midnight)}`,
  },
  "breaches.cnil-pending": {
    severity: "info",
    title: "Violation en cours : décision de notification à prendre",
    link: RULE_LINKS.notifyBreach,
    message: ({ cell, discovered, deadline, midnight, hoursLeft }: Deadline & { hoursLeft: number }) =>
      `Incident découvert le ${discovered} : notification à la CNIL à décider avant le ${deadline} (il reste ${hoursLeft} h, ${cellRef(cell)}). Notifiez-la, ou, si la violation ne présente pas de risque pour les personnes, écrivez pourquoi dans « Sinon, pourquoi ».${midnightNote(midnight)}`,
  },
  "breaches.persons-not-informed": {
    severity: "warning",
    path: ["incidents-decided"],
    title: "Risque élevé : personnes concernées non informées",
    link: RULE_LINKS.notifyBreach,
    message: ({ cell }: CellSlot) =>
      `Cette violation présente un risque élevé pour les personnes, mais rien n'indique qu'elles ont été informées (${cellRef(cell)}). Informez-les dans les meilleurs délais et écrivez la date ; si une exception s'applique (données chiffrées, risque écarté par les mesures prises), écrivez-la dans « Sinon, pourquoi ».`,
  },
  "breaches.risk-not-notified": {
    severity: "warning",
    path: ["incidents-decided"],
    title: "Violation avec un risque, non notifiée",
    link: RULE_LINKS.notifyBreach,
    message: ({ cell, risk }: CellSlot & { risk: string }) =>
      `La ligne dit que la violation présente ${risk} pour les personnes, mais que la CNIL n'est pas notifiée (${cellRef(cell)}). Seule une violation sans risque peut ne pas l'être : notifiez la CNIL, ou corrigez l'évaluation du risque.`,
  },
  "breaches.date-unreadable": {
    severity: "warning",
    path: ["incidents-decided"],
    title: "Date illisible dans le registre des violations",
    message: ({ cell, text }: CellSlot & { text: string }) =>
      `${q(text)} n'est pas une date lisible (${cellRef(cell)}). Écrivez la date et l'heure sous la forme jj/mm/aaaa hh:mm (ex. 05/12/2026 14:30).`,
  },
  "breaches.discovery-missing": {
    severity: "warning",
    path: ["incidents-decided"],
    title: "Violation sans date de découverte",
    message: ({ cell }: CellSlot) =>
      `Cette violation n'a pas de date de découverte (${cellRef(cell)}). Écrivez quand elle a été découverte (jj/mm/aaaa hh:mm) : le délai de 72 heures se compte depuis ce moment.`,
  },
});
