/**
 * French texts of the set-aside findings: the add-in's hidden sheet « Constats écartés » and the titles
 * of the plans that write it. Kept apart from the code so that a translation can be added.
 */
import { SET_ASIDE_SHEET_NAME } from "./setAsideSheet";

export { SET_ASIDE_SHEET_NAME };

export const setAsideTexts = {
  sheetName: SET_ASIDE_SHEET_NAME,
  title: "Constats écartés par la CPTS",
  intro:
    "Cette feuille est tenue par le complément « Registre RGPD » : chaque ligne est un avertissement ou un conseil que vous avez choisi de ne plus voir pour une fiche. Effacez une ligne pour qu'il soit de nouveau signalé.",
  headers: ["Règle", "Fiche (RÉF)", "Quand", "Qui", "Pourquoi"],
  planTitle: (ruleTitle: string, ref: string): string => `Ne plus signaler « ${ruleTitle} » pour la fiche ${ref}`,
  planRestoreTitle: (ruleTitle: string, ref: string): string => `Signaler de nouveau « ${ruleTitle} » pour la fiche ${ref}`,
  /** Why a set-aside cannot be planned (the pane never offers it then; a stale click may still ask). */
  cannotSetAsideError: "Une erreur ne peut pas être écartée : elle doit être corrigée avant l'envoi du registre.",
  cannotSetAsideNoRef: "Ce constat ne peut pas être écarté : il ne porte pas sur une fiche qui a une référence (RÉF).",
  noWho: "Indiquez votre nom : il est gardé avec le constat écarté.",
  noWhy: "Indiquez pourquoi ce constat ne s'applique pas à cette fiche.",
  restoreGone: "Cette ligne de la feuille « Constats écartés » a changé depuis la dernière vérification : vérifiez de nouveau puis réessayez.",
};
