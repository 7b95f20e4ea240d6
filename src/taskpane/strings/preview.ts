/**
 * Texts of the preview shown before a change is applied (PlanPreviewDialog, state/planPreview.ts):
 * loaded with the dialog, out of the pane's first load.
 */

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

export const previewStrings = {
  title: (title: string): string => `Vérifiez avant d'appliquer : ${title}`,
  intro: "Voici exactement ce qui va changer dans votre classeur. Rien d'autre ne sera modifié.",
  sheet: "Feuille",
  cell: "Cellule",
  before: "Avant",
  after: "Après",
  empty: "(vide)",
  newSheet: (name: string): string => `Nouvelle feuille « ${name} »`,
  copySheet: (name: string, source: string): string => `Nouvelle feuille « ${name} », copie de « ${source} »`,
  deleteSheet: (name: string): string => `Suppression de la feuille « ${name} » (écrite par le complément)`,
  insertRows: (sheet: string, count: number, row: number): string =>
    `${plural(count, "ligne insérée", "lignes insérées")} avant la ligne ${row} de « ${sheet} »`,
  deleteRows: (sheet: string, count: number, row: number): string =>
    `${plural(count, "ligne supprimée", "lignes supprimées")} à partir de la ligne ${row} de « ${sheet} »`,
  link: (text: string): string => `${text} (lien)`,
  apply: "Appliquer",
  cancel: "Ne rien changer",
  undoNote: "Vous pourrez revenir en arrière avec le bouton « Annuler » du complément.",
};
