/** Every French text the custom functions show in Excel (error messages; descriptions live in the JSDoc of functions.ts). */
import type { AipdStatus } from "../register";

export const strings = {
  /** RGPD.AIPD's answers. */
  aipd: {
    required: "Requise",
    likely: "Probable",
    "to-examine": "À examiner",
    "not-required": "Non requise",
    undetermined: "À déterminer",
  } satisfies Record<AipdStatus, string>,
  notAFiche: "Cette plage n'est pas une fiche du registre. Donnez le bloc A:H d'une fiche, depuis sa cellule A1 (par exemple 'Fiche 1'!A1:H80).",
  unknownRetentionType: (known: readonly string[]) => `Type de données inconnu. Types reconnus : ${known.join(", ")}.`,
  dateMissing: "La date de mise à jour est vide : remplissez-la pour calculer la prochaine revue.",
  dateUnreadable: (text: string) => `« ${text} » n'est pas une date lisible. Écrivez une date (par exemple 15/03/2025) ou donnez une cellule au format date.`,
  monthsInvalid: "Le nombre de mois doit être un nombre entier entre 1 et 120 (12 si vous l'omettez).",
};
