/** Catalogue entries of the workbook's shape (rules/structure.ts). */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

export const structureRules = family("structure", {
  "structure.list-tab-missing": {
    severity: "error",
    path: ["organisation"],
    title: "Onglet « Liste des traitements » introuvable",
    why: "Cet onglet porte l'identité de l'organisme et la liste des fiches : sans lui, le registre ne dit pas qui est responsable et ne peut pas être vérifié.",
    howToFix: "Rétablir l'onglet, avec un nom contenant « Liste des traitements ».",
    link: RULE_LINKS.register,
    message: ({ cell }: CellSlot) =>
      `L'onglet « Liste des traitements » est introuvable dans ce classeur (constat signalé sur cette feuille, ${cellRef(cell)}). Le registre se compose de cette liste et des fiches : rétablissez l'onglet, avec un nom contenant « Liste des traitements », pour que l'organisme et les lignes des fiches puissent être vérifiés.`,
  },
  "structure.model-missing": {
    severity: "info",
    title: "Plus de modèle de fiche vierge",
    why: "Le registre reste juste sans modèle, mais il faudra en recopier un pour décrire le prochain traitement.",
    howToFix: "Garder un onglet « Modèle de fiche de registre » vierge.",
    message: ({ cell }: CellSlot) =>
      `Le classeur n'a plus de modèle de fiche vierge (${cellRef(cell)}). Gardez un onglet « Modèle de fiche de registre » vierge pour créer les fiches suivantes.`,
  },
  "structure.block-missing": {
    severity: "warning",
    title: "Section de fiche introuvable",
    why: "Une section dont le titre a été modifié ou supprimé ne peut pas être lue : ce qu'elle contient échappe aux vérifications.",
    howToFix: "Rétablir le titre de la section tel qu'il est dans le modèle.",
    message: ({ cell, block }: CellSlot & { block: string }) =>
      `La section ${q(block)} est introuvable dans cette fiche (${cellRef(cell)}) : son titre a peut-être été modifié ou supprimé. Rétablissez le titre de la section tel qu'il est dans le modèle, pour que la fiche puisse être vérifiée.`,
  },
});
