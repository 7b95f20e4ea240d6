/** Catalogue entries of tab 2 ↔ fiches consistency (rules/consistency.ts). */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

export const consistencyRules = family("consistency", {
  "consistency.no-fiche": {
    severity: "error",
    path: ["fiches-exist"],
    title: "Aucune fiche remplie",
    link: RULE_LINKS.register,
    message: ({ cell }: CellSlot) =>
      `Le registre ne contient encore aucune fiche remplie (${cellRef(cell)}). Il doit décrire au moins un traitement : dupliquez le modèle de fiche (ou utilisez « Nouvelle fiche ») et remplissez-la.`,
  },
  "consistency.line-without-fiche": {
    severity: "error",
    path: ["list-consistent"],
    title: "Ligne de la liste sans fiche",
    message: ({ cell, ref }: CellSlot & { ref: string }) =>
      `La ligne de référence ${q(ref)} de la liste des traitements ne correspond à aucune fiche (${cellRef(cell)}). Chaque ligne doit avoir sa fiche : créez la fiche, corrigez la référence, ou supprimez la ligne si le traitement n'existe plus.`,
  },
  "consistency.line-ref-missing": {
    severity: "error",
    path: ["list-consistent"],
    title: "Ligne de la liste sans référence",
    message: ({ cell, name }: CellSlot & { name: string }) =>
      `La ligne ${q(name)} de la liste des traitements n'a pas de référence (${cellRef(cell)}). La référence relie la ligne à sa fiche : recopiez le « N° / RÉF » de la fiche.`,
  },
  "consistency.fiche-not-listed": {
    severity: "error",
    path: ["list-consistent"],
    title: "Fiche absente de la liste des traitements",
    message: ({ cell, name }: CellSlot & { name: string }) =>
      `La fiche ${q(name)} n'apparaît pas dans l'onglet « Liste des traitements » (sa référence est en ${cellRef(cell)}). Chaque fiche doit y avoir sa ligne : ajoutez-la (nom, référence, dates, finalité, données sensibles).`,
  },
  "consistency.sensitive-mismatch": {
    severity: "error",
    path: ["list-consistent", "sensitive-justified"],
    title: "« Données sensibles ? » ne dit pas « Oui »",
    link: RULE_LINKS.sensitive,
    message: ({ cell, value, sheet }: CellSlot & { value: string; sheet: string }) =>
      `La colonne « Données sensibles ? » ${value === "" ? "est vide" : `indique ${q(value)}`} (${cellRef(cell)}), alors que la fiche ${q(sheet)} décrit des données sensibles (santé, opinions, etc.). Écrivez « Oui ».`,
  },
  "consistency.line-name-differs": {
    severity: "warning",
    path: ["list-consistent"],
    title: "Nom différent entre la liste et la fiche",
    message: ({ cell, lineName, ficheName }: CellSlot & { lineName: string; ficheName: string }) =>
      `Le nom ${q(lineName)} de la liste des traitements diffère de celui de la fiche, ${q(ficheName)} (${cellRef(cell)}). Gardez le même nom aux deux endroits.`,
  },
  "consistency.duplicate-ref": {
    severity: "error",
    path: ["list-consistent"],
    title: "Deux fiches avec la même référence",
    message: ({ cell, ref, other }: CellSlot & { ref: string; other: string }) =>
      `La référence ${q(ref)} est déjà celle de la fiche ${q(other)} (${cellRef(cell)}). Chaque fiche doit avoir sa propre référence : donnez-en une nouvelle à celle-ci, et reportez-la dans la liste des traitements.`,
  },
  "consistency.duplicate-line": {
    severity: "warning",
    path: ["list-consistent"],
    title: "Deux lignes pour la même fiche",
    message: ({ cell, ref, row }: CellSlot & { ref: string; row: number }) =>
      `La référence ${q(ref)} figure déjà ligne ${row} de la liste des traitements (${cellRef(cell)}). Gardez une seule ligne par fiche.`,
  },
  "consistency.unused-copy": {
    severity: "warning",
    title: "Copie vide du modèle",
    message: ({ cell }: CellSlot) =>
      `Cette feuille est une copie vide du modèle de fiche (nom du traitement vide, ${cellRef(cell)}). Remplissez-la, ou supprimez-la pour garder le registre lisible.`,
  },
  "consistency.model-filled": {
    severity: "info",
    title: "Modèle de fiche rempli directement",
    message: ({ cell }: CellSlot) =>
      `Le modèle de fiche a été rempli directement (${cellRef(cell)}). Cette fiche compte, mais il n'y a plus de modèle vierge pour les suivantes : gardez une copie vierge du modèle, ou renommez cette feuille et remettez un modèle vierge.`,
  },
});
