/**
 * Why each structure rule matters and how to fix it, in general terms (the rules are in ../structure.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { structureRules } from "../structure";

export const structureExplanations = {
  "structure.list-tab-missing": {
    why: "Cet onglet porte l'identité de l'organisme et la liste des fiches : sans lui, le registre ne dit pas qui est responsable et ne peut pas être vérifié.",
    howToFix: "Rétablir l'onglet, avec un nom contenant « Liste des traitements ».",
  },
  "structure.model-missing": {
    why: "Le registre reste juste sans modèle, mais il faudra en recopier un pour décrire le prochain traitement.",
    howToFix: "Garder un onglet « Modèle de fiche de registre » vierge.",
  },
  "structure.block-missing": {
    why: "Une section dont le titre a été modifié ou supprimé ne peut pas être lue : ce qu'elle contient échappe aux vérifications.",
    howToFix: "Rétablir le titre de la section tel qu'il est dans le modèle.",
  },
  "structure.set-aside-row": {
    why: "Chaque ligne de la feuille « Constats écartés » écarte un constat pour une fiche. Une ligne abîmée (règle inconnue, référence absente, erreur écartée) n'écarte rien : le constat reste signalé.",
    howToFix:
      "Corriger la ligne (identifiant de la règle en colonne A, référence de la fiche en colonne B) ou l'effacer. Une erreur ne peut jamais être écartée.",
  },
} satisfies Record<keyof typeof structureRules, RuleExplanation>;
