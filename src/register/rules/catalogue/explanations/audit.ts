/**
 * Why each audit rule matters and how to fix it, in general terms (the rules are in ../audit.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { auditRules } from "../audit";

export const auditExplanations = {
  "audit.none": {
    why: "En une heure, une vingtaine de questions donnent l'état de la sécurité de la CPTS et ses mesures prioritaires (article 32 du RGPD : des mesures adaptées aux risques).",
    howToFix: "Répondre à l'auto-diagnostic dans l'onglet « Sécurité » du volet, si possible avec le prestataire informatique.",
  },
  "audit.reevaluate": {
    why: "Après six mois (départs, nouveaux outils, nouvelles menaces), l'auto-diagnostic ne dit plus où en est la CPTS.",
    howToFix: "Refaire l'auto-diagnostic dans l'onglet « Sécurité » du volet : il s'ajoute sous le précédent et s'y compare.",
  },
  "audit.unreadable": {
    why: "Une réponse hors de celles proposées, ou une date illisible, ne compte pas : le score ou la date de réévaluation est faussé.",
    howToFix: "Remettre une réponse proposée (ou une date JJ/MM/AAAA), ou refaire l'auto-diagnostic.",
  },
  "audit.backup-untested": {
    why: "Une sauvegarde jamais restaurée peut ne pas fonctionner le jour où l'on en a besoin ; la fiche et l'auto-diagnostic doivent dire la même chose.",
    howToFix: "Tester une restauration puis refaire l'auto-diagnostic, ou corriger la fiche.",
  },
  "audit.hds-missing": {
    why: "Les données de santé de patients se conservent chez un hébergeur certifié HDS (article L.1111-8 du Code de la santé publique).",
    howToFix: "Les déplacer vers un outil certifié HDS (liste de l'ANS, outils du GRADS) et refaire l'auto-diagnostic, ou corriger la fiche.",
  },
  "audit.incident-unrecorded": {
    why: "Toute violation de données personnelles se documente, même non notifiée à la CNIL (article 33.5 du RGPD).",
    howToFix: "Noter l'incident au registre des violations, dans l'onglet « Sécurité » du volet.",
  },
} satisfies Record<keyof typeof auditRules, RuleExplanation>;
