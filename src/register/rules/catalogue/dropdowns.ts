/** Catalogue entries of the dropdown cells (rules/dropdowns.ts). */
import { cellRef, family, listPreview, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

export const dropdownRules = family("dropdowns", {
  "dropdowns.not-in-list": {
    severity: "error",
    title: "Valeur hors de la liste déroulante",
    /** `closest`: the one item that holds what was typed (« Chiffrement » → « Chiffrement des données »), when there is one. */
    message: ({ cell, value, items, closest }: CellSlot & { value: string; items: readonly string[]; closest?: string }) =>
      `${q(value)} ne fait pas partie de la liste de cette cellule (${cellRef(cell)}). La valeur doit être l'un des choix de la liste, pour que le registre se lise de la même façon partout.${
        closest !== undefined
          ? ` L'élément de la liste le plus proche est ${q(closest)} : vérifiez qu'il dit bien ce que vous vouliez dire.`
          : listPreview(items)
      }`,
  },
  "dropdowns.near-miss": {
    severity: "warning",
    title: "Élément de liste mal orthographié",
    /** `sameSpelling`: differs only by case, accents or spaces (else another known name, e.g. "USA"). */
    message: ({ cell, value, item, sameSpelling }: CellSlot & { value: string; item: string; sameSpelling: boolean }) =>
      sameSpelling
        ? `${q(value)} ressemble à l'élément de liste ${q(item)} mais ne s'écrit pas exactement pareil (majuscules, accents ou espaces ; ${cellRef(cell)}). Remplacez-le par l'élément exact de la liste.`
        : `${q(value)} désigne l'élément de liste ${q(item)} mais ne s'écrit pas comme lui (${cellRef(cell)}). Remplacez-le par l'élément exact de la liste, pour que le registre se lise de la même façon partout.`,
  },
  "dropdowns.country-not-in-list": {
    severity: "warning",
    title: "Pays adéquat absent de l'ancienne liste du classeur",
    link: RULE_LINKS.worldMap,
    message: ({ cell, value }: CellSlot & { value: string }) =>
      `${q(value)} n'est pas dans la liste des pays du classeur (${cellRef(cell)}), qui est ancienne ; ce pays bénéficie pourtant aujourd'hui d'une décision d'adéquation de la Commission européenne. Vous pouvez le garder ; pensez à mettre à jour la liste des pays du classeur.`,
  },
});
