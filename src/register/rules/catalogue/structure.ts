/** Catalogue entries of the workbook's shape (rules/structure.ts). */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

/** What can be wrong with a line of the set-aside sheet (src/register/setAside.ts). */
export type SetAsideRowProblem = "no-rule" | "unknown-rule" | "error-rule" | "no-ref";

const SET_ASIDE_PROBLEMS: Record<SetAsideRowProblem, (rule: string) => string> = {
  "no-rule": () => "n'indique pas l'identifiant de la règle écartée",
  "unknown-rule": (rule) => `nomme une règle inconnue, ${q(rule)}`,
  "error-rule": (rule) => `écarte une erreur (${q(rule)}), et une erreur ne peut pas être écartée`,
  "no-ref": () => "n'indique pas la référence (RÉF) de la fiche",
};

/** `B7` → `7`. */
const rowOfCell = (cell: string): string => cell.replace(/^[A-Z]+/, "");

export const structureRules = family("structure", {
  "structure.list-tab-missing": {
    severity: "error",
    path: ["organisation"],
    title: "Onglet « Liste des traitements » introuvable",
    link: RULE_LINKS.register,
    message: ({ cell }: CellSlot) =>
      `L'onglet « Liste des traitements » est introuvable dans ce classeur (constat signalé sur cette feuille, ${cellRef(cell)}). Le registre se compose de cette liste et des fiches : rétablissez l'onglet, avec un nom contenant « Liste des traitements », pour que l'organisme et les lignes des fiches puissent être vérifiés.`,
  },
  "structure.model-missing": {
    severity: "info",
    title: "Plus de modèle de fiche vierge",
    message: ({ cell }: CellSlot) =>
      `Le classeur n'a plus de modèle de fiche vierge (${cellRef(cell)}). Gardez un onglet « Modèle de fiche de registre » vierge pour créer les fiches suivantes.`,
  },
  "structure.block-missing": {
    severity: "warning",
    title: "Section de fiche introuvable",
    message: ({ cell, block }: CellSlot & { block: string }) =>
      `La section ${q(block)} est introuvable dans cette fiche (${cellRef(cell)}) : son titre a peut-être été modifié ou supprimé. Rétablissez le titre de la section tel qu'il est dans le modèle, pour que la fiche puisse être vérifiée.`,
  },
  "structure.set-aside-row": {
    severity: "warning",
    title: "Ligne illisible dans « Constats écartés »",
    /** `sheet`: the set-aside sheet's name; `problem`: what is wrong; `rule`: what column A says. */
    message: ({ cell, sheet, problem, rule }: CellSlot & { sheet: string; problem: SetAsideRowProblem; rule: string }) =>
      `La ligne ${rowOfCell(cell)} de la feuille ${q(sheet)} (${cellRef(cell)}) ${SET_ASIDE_PROBLEMS[problem](rule)} : elle n'écarte rien, le constat reste signalé. Corrigez la ligne ou effacez-la.`,
  },
});
