/**
 * Why each retention rule matters and how to fix it, in general terms (the rules are in ../retention.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { retentionRules } from "../retention";

export const retentionExplanations = {
  "retention.endless": {
    why: "Les données ne peuvent être gardées que le temps nécessaire à la finalité (article 5.1.e du RGPD) : une durée illimitée, définitive ou de 50 ans et plus n'en est pas une pour une CPTS.",
    howToFix: "Fixer une durée, ou l'événement qui la fait courir, puis la suppression ou l'archivage (ex. « 3 ans après le dernier contact »).",
  },
  "retention.endless-archive": {
    why: "Certaines archives (procès-verbaux d'assemblée générale ou de conseil d'administration, statuts, registre spécial) peuvent être gardées tant que l'association existe, parce que la loi ou les statuts le demandent ; encore faut-il le dire.",
    howToFix:
      "Écrire la raison et la limite (ex. « durée de vie de l'association (statuts), en archives ») et limiter les données personnelles à ce que ces documents exigent.",
  },
  "retention.vague": {
    why: "« Durée nécessaire » ou « selon la réglementation » ne dit ni combien de temps ni à partir de quand : personne ne peut l'appliquer.",
    howToFix: "Écrire une durée et son point de départ (ex. « 5 ans après la fin du contrat »).",
  },
  "retention.too-long": {
    why: "Une durée plus de deux fois supérieure à celle recommandée pour ce type de traitement est difficile à justifier.",
    howToFix: "Ramener la durée à la recommandation, ou écrire dans la fiche ce qui justifie de garder plus longtemps.",
  },
  "retention.bare-number": {
    why: "Un nombre seul ne dit ni l'unité ni le point de départ.",
    howToFix: "Écrire la durée en toutes lettres, avec son point de départ.",
  },
} satisfies Record<keyof typeof retentionRules, RuleExplanation>;
