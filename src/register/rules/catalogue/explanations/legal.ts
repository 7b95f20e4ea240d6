/**
 * Why each legal rule matters and how to fix it, in general terms (the rules are in ../legal.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { legalRules } from "../legal";

export const legalExplanations = {
  "legal.basis-missing": {
    why: "La base légale (article 6 du RGPD) n'est pas dans le minimum de l'article 30, mais elle est nécessaire aux mentions d'information des personnes.",
    howToFix:
      "Indiquer la base légale, sur une ligne « Base légale » de la fiche (pour les missions de la CPTS, souvent la mission d'intérêt public, art. 6.1.e).",
  },
  "legal.art9-missing": {
    why: "Les données sensibles sont interdites sauf exception de l'article 9.2 du RGPD : la fiche doit dire laquelle s'applique.",
    howToFix: "Indiquer l'exception (pour le soin, souvent l'article 9.2.h : prise en charge sanitaire ou sociale).",
  },
  "legal.art9-exception-mismatch": {
    why: "L'article 9.2.d ne couvre que les membres (ou anciens membres) d'un organisme à but non lucratif, pas ses patients ; l'article 9.2.b ne couvre que le droit du travail, donc les salariés et candidats.",
    howToFix: "Choisir l'exception qui couvre les personnes concernées (pour les patients, souvent l'article 9.2.h).",
  },
} satisfies Record<keyof typeof legalRules, RuleExplanation>;
