/**
 * French texts of the add-in's hidden sheet « AIPD réalisées » (../aipdDone/plans.ts): its head, its
 * columns, the plan's title and why a plan is refused. Loaded only with the plan.
 */
import { RIGHTS_SHEET_NAMES } from "./rightsSheets";

export const aipdDoneTexts = {
  sheetName: RIGHTS_SHEET_NAMES.aipdDone,
  title: "Analyses d'impact (AIPD) réalisées",
  intro:
    "Une ligne par fiche du registre dont l'analyse d'impact a été réalisée, repérée par sa RÉF. Le volet « Droits » du complément la remplit ; la vérification la lit pour ne plus demander l'AIPD. Gardez l'AIPD elle-même avec le registre.",
  /** In the order of AIPD_DONE_COLS. */
  headers: ["RÉF de la fiche", "AIPD réalisée le", "Noté le"],
  planTitle: (ref: string, day: string): string => `Noter l'AIPD de la fiche ${ref} réalisée le ${day}`,
  noRef: "Cette fiche n'a pas de RÉF : donnez-lui une référence pour noter son AIPD.",
  badDate: "La date n'est pas lisible : écrivez-la sous la forme jj/mm/aaaa.",
  futureDate: "Cette date est dans le futur : notez l'AIPD une fois réalisée.",
};
