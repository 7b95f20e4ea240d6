/**
 * Why each rule of the rights-requests register matters and how to fix it, in general terms (the rules
 * are in ../requests.ts). Apart from the rules because the verdict does not read them: the pane loads
 * this prose only when a finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { requestRules } from "../requests";

export const requestExplanations = {
  "requests.overdue": {
    why: "Une demande d'exercice des droits reçoit une réponse dans un délai d'un mois, ou de trois mois si la prolongation a été annoncée à temps (article 12.3 du RGPD) ; sans réponse, la personne peut saisir la CNIL.",
    howToFix: "Répondre à la personne, puis écrire la date de réponse et l'issue sur la ligne.",
  },
  "requests.due-soon": {
    why: "Le délai d'un mois court depuis la réception de la demande (article 12.3 du RGPD).",
    howToFix: "Répondre avant la date indiquée, ou annoncer une prolongation motivée avant la fin du premier mois.",
  },
  "requests.extension-late": {
    why: "Le délai ne peut être prolongé de deux mois que si la personne en est informée, avec les raisons, dans le mois qui suit la réception (article 12.3 du RGPD).",
    howToFix: "Répondre sans attendre ; vérifier la date de prolongation écrite sur la ligne.",
  },
  "requests.date-unreadable": {
    why: "Une date illisible ne permet pas de suivre le délai de réponse.",
    howToFix: "Écrire la date sous la forme jj/mm/aaaa.",
  },
  "requests.received-missing": {
    why: "Le délai de réponse se compte depuis la réception de la demande.",
    howToFix: "Écrire la date de réception.",
  },
} satisfies Record<keyof typeof requestRules, RuleExplanation>;
