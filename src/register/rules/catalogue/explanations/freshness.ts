/**
 * Why each freshness rule matters and how to fix it, in general terms (the rules are in ../freshness.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { freshnessRules } from "../freshness";

export const freshnessExplanations = {
  "freshness.stale": {
    why: "Le registre doit refléter les traitements tels qu'ils sont aujourd'hui ; une relecture annuelle est la pratique attendue.",
    howToFix: "Relire la fiche, corriger ce qui a changé, puis inscrire la date du jour comme mise à jour.",
  },
  "freshness.date-unreadable": {
    why: "Une date qu'on ne peut pas lire ne montre pas que le registre est tenu à jour.",
    howToFix: "Écrire la date sous la forme jj/mm/aaaa.",
  },
  "freshness.date-missing": {
    why: "Les dates de création et de mise à jour montrent que le registre est tenu à jour.",
    howToFix: "Inscrire la date de création de la fiche, et celle de sa dernière mise à jour.",
  },
  "freshness.date-order": {
    why: "Une mise à jour ne peut pas précéder la création : l'une des deux dates est fausse.",
    howToFix: "Vérifier et corriger les deux dates.",
  },
  "freshness.date-future": {
    why: "Une date à venir est une faute de frappe ou de format.",
    howToFix: "Corriger la date (format jj/mm/aaaa).",
  },
  "freshness.update-before-2018": {
    why: "Le RGPD s'applique depuis le 25 mai 2018 : une fiche mise à jour avant n'a pas été relue depuis, ou sa date est fausse.",
    howToFix: "Relire la fiche et inscrire la date de cette relecture.",
  },
} satisfies Record<keyof typeof freshnessRules, RuleExplanation>;
