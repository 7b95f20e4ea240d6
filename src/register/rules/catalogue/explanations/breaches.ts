/**
 * Why each breaches rule matters and how to fix it, in general terms (the rules are in ../breaches.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { breachRules } from "../breaches";

export const breachExplanations = {
  "breaches.cnil-overdue": {
    why: "Une violation se notifie à la CNIL dans les 72 heures, sauf si elle ne présente pas de risque pour les personnes (article 33 du RGPD) ; en retard, la notification reste due.",
    howToFix: "Notifier la CNIL sans attendre, ou écrire pourquoi la violation ne présente pas de risque.",
  },
  "breaches.cnil-pending": {
    why: "Les 72 heures pour notifier la CNIL courent depuis la découverte (article 33 du RGPD).",
    howToFix: "Avant la fin du délai : notifier la CNIL, ou écrire pourquoi il n'y a pas de risque.",
  },
  "breaches.persons-not-informed": {
    why: "Un risque élevé oblige à informer les personnes dans les meilleurs délais (article 34 du RGPD), sauf exception à justifier.",
    howToFix: "Informer les personnes et écrire la date, ou écrire l'exception.",
  },
  "breaches.risk-not-notified": {
    why: "Seule une violation sans risque pour les personnes peut ne pas être notifiée (article 33 du RGPD).",
    howToFix: "Notifier la CNIL, ou corriger l'évaluation du risque.",
  },
  "breaches.date-unreadable": {
    why: "Une date illisible ne permet pas de suivre le délai de 72 heures.",
    howToFix: "Écrire la date et l'heure sous la forme jj/mm/aaaa hh:mm.",
  },
  "breaches.discovery-missing": {
    why: "Le délai de 72 heures se compte depuis la découverte.",
    howToFix: "Écrire la date et l'heure de la découverte.",
  },
} satisfies Record<keyof typeof breachRules, RuleExplanation>;
