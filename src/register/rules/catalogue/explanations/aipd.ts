/**
 * Why each aipd rule matters and how to fix it, in general terms (the rules are in ../aipd.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { aipdRules } from "../aipd";

export const aipdExplanations = {
  "aipd.required": {
    why: "La CNIL a listé les types de traitements pour lesquels une analyse d'impact (AIPD) est toujours requise (délibération n° 2018-327).",
    howToFix:
      "Réaliser l'AIPD avant de mettre en œuvre le traitement, avec l'outil PIA de la CNIL (onglet « Droits » › « AIPD » : « Exporter pour l'outil PIA » prépare un fichier pré-rempli depuis la fiche), la garder avec le registre, puis noter « AIPD réalisée le … » au même endroit.",
  },
  "aipd.likely": {
    why: "Un traitement qui réunit au moins deux des neuf critères du Comité européen de la protection des données (données sensibles, personnes vulnérables, grande échelle, croisement de données…) exige en principe une AIPD.",
    howToFix:
      "Réaliser l'AIPD (onglet « Droits » › « AIPD » : un fichier pré-rempli pour l'outil PIA de la CNIL, puis « AIPD réalisée le … »), ou écrire pourquoi le traitement ne présente pas de risque élevé.",
  },
  "aipd.to-examine": {
    why: "Un seul critère de risque ne suffit pas à exiger une AIPD, mais mérite qu'on regarde s'il s'en ajoute un autre (grande échelle, personnes vulnérables…).",
    howToFix: "Vérifier si un second critère s'applique ; si oui, réaliser l'AIPD.",
  },
} satisfies Record<keyof typeof aipdRules, RuleExplanation>;
