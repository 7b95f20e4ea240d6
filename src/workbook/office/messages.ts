/**
 * What the Office adapter tells the user when Excel refuses or fails, in plain French: the one place
 * of this adapter's user-facing text.
 */

export type OfficeErrorKind =
  /** No `Excel` object: the page runs outside Excel. */
  | "no-excel"
  /** The Excel in use lacks the API sets the add-in needs. */
  | "unsupported"
  | "sheet-missing"
  | "sheet-exists"
  | "bad-sheet-name"
  | "sheet-protected"
  | "workbook-protected"
  | "cell-edit-mode"
  | "too-big"
  | "invalid-argument"
  | "invalid-operation"
  | "busy"
  | "general";

export const OFFICE_MESSAGES: Record<OfficeErrorKind, string> = {
  "no-excel": "Le complément ne trouve pas Excel : cette fonction s'utilise depuis le volet « Registre RGPD » ouvert dans Excel.",
  unsupported:
    "Cette version d'Excel est trop ancienne pour le complément. Il fonctionne avec Microsoft 365 (Windows, Mac), Excel sur le web, et Excel 2021 ou plus récent. Mettez Excel à jour ou ouvrez le classeur dans Excel sur le web.",
  "sheet-missing":
    "Une feuille attendue est introuvable : le classeur a peut-être changé depuis la dernière lecture (feuille renommée ou supprimée). Relancez la vérification puis réessayez.",
  "sheet-exists": "Une feuille porte déjà ce nom dans le classeur. Relancez la vérification pour que le complément choisisse un autre nom, puis réessayez.",
  "bad-sheet-name": "Excel refuse ce nom de feuille (31 caractères au plus, sans les signes : \\ / ? * [ ]). Choisissez un nom plus court ou plus simple.",
  "sheet-protected":
    "La feuille est protégée : le complément ne peut pas y écrire. Ôtez la protection (onglet Révision > Ôter la protection de la feuille), puis réessayez.",
  "workbook-protected":
    "La structure du classeur est protégée : le complément ne peut pas ajouter ni supprimer de feuille. Ôtez la protection (onglet Révision > Protéger le classeur), puis réessayez.",
  "cell-edit-mode": "Une cellule est en cours de modification dans Excel. Appuyez sur Entrée ou Échap pour terminer la saisie, puis réessayez.",
  "too-big":
    "Le classeur est trop volumineux pour être lu en une fois par Excel. Fermez les autres classeurs ouverts et réessayez ; si le problème persiste, ouvrez le classeur dans Excel pour Windows ou Mac.",
  "invalid-argument": "Excel a refusé une valeur ou une adresse envoyée par le complément. Relancez la vérification puis réessayez.",
  "invalid-operation": "Excel n'a pas permis cette opération (par exemple sur une feuille masquée). Affichez la feuille concernée, puis réessayez.",
  busy: "Excel est occupé. Patientez quelques secondes, puis réessayez.",
  general: "Excel a signalé une erreur inattendue. Réessayez ; si l'erreur se reproduit, enregistrez le classeur, fermez-le et rouvrez-le.",
};

/** Excel could not hand over a copy of the workbook's file (getFileAsync): used only by the lazily loaded office/fileBytes.ts. */
export const FILE_COPY_FAILED =
  "Excel n'a pas pu donner une copie du classeur. Terminez la saisie en cours, enregistrez le classeur, puis réessayez ; si le problème persiste, fermez et rouvrez le classeur.";

/** Appended when a failed change was undone. */
export const NOTHING_CHANGED = "Rien n'a été modifié dans le classeur.";

/** Appended when a failed change could not be undone entirely. */
export function partlyChanged(sheets: string[]): string {
  const where = sheets.length > 0 ? ` Vérifiez ${sheets.length > 1 ? "les feuilles" : "la feuille"} ${sheets.map((s) => `« ${s} »`).join(", ")}.` : "";
  return `L'opération n'a pas pu être annulée entièrement : une partie a peut-être été écrite.${where}`;
}

/** Names the sheet concerned, when known. */
export function aboutSheet(kind: OfficeErrorKind, sheet: string): string {
  switch (kind) {
    case "sheet-missing":
      return `La feuille « ${sheet} » est introuvable : elle a peut-être été renommée ou supprimée depuis la dernière lecture. Relancez la vérification puis réessayez.`;
    case "sheet-exists":
      return `Une feuille « ${sheet} » existe déjà dans le classeur. Relancez la vérification pour que le complément choisisse un autre nom, puis réessayez.`;
    case "sheet-protected":
      return `La feuille « ${sheet} » est protégée : le complément ne peut pas y écrire. Ôtez la protection (onglet Révision > Ôter la protection de la feuille), puis réessayez.`;
    case "bad-sheet-name":
      return `Excel refuse le nom de feuille « ${sheet} » (31 caractères au plus, sans les signes : \\ / ? * [ ]).`;
    default:
      return OFFICE_MESSAGES[kind];
  }
}
