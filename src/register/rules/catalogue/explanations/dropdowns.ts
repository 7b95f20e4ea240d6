/**
 * Why each dropdowns rule matters and how to fix it, in general terms (the rules are in ../dropdowns.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { dropdownRules } from "../dropdowns";

export const dropdownExplanations = {
  "dropdowns.not-in-list": {
    why: "Les listes du classeur donnent à tous les registres les mêmes mots : une valeur hors liste ne se lit pas de la même façon d'un registre à l'autre.",
    howToFix: "Choisir la valeur dans la liste déroulante de la cellule.",
  },
  "dropdowns.near-miss": {
    why: "La valeur désigne bien un élément de la liste, mais écrite autrement elle ne se lit pas de la même façon partout.",
    howToFix: "Remplacer par l'élément exact de la liste (un clic dans le volet).",
  },
  "dropdowns.country-not-in-list": {
    why: "La liste des pays du classeur est ancienne : ce pays a aujourd'hui une décision d'adéquation mais n'y figure pas.",
    howToFix: "Garder la valeur, et mettre à jour la liste des pays du classeur.",
  },
} satisfies Record<keyof typeof dropdownRules, RuleExplanation>;
