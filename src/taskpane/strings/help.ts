/**
 * The « Aide » panel's words (its transfer words are in transfers.ts). Apart from fr.ts, like path.ts,
 * because only that lazily loaded panel reads them: they stay out of the pane's first load (which has
 * a budget, test/functions/build.test.ts).
 */
export const helpStrings = {
  heading: "Aide à la saisie",
  intro: "Cliquez dans une case d'une fiche ou de l'onglet 2 : l'aide de ce champ s'affiche ici.",
  noField: (sheet: string, cell: string): string => `La cellule ${cell} de « ${sheet} » n'est pas un champ du registre que le complément connaît.`,
  location: (sheet: string, cell: string): string => `Feuille « ${sheet} », cellule ${cell}`,
  meaning: "Ce que c'est",
  expected: "Ce qui est attendu",
  example: "Exemple dans une CPTS",
  exampleFrom: (processing: string): string => `Tiré du traitement type « ${processing} ».`,
  findings: "Ce qui pose question ici",
  noFindingHere: "Rien à signaler pour ce champ.",
  allowed: "Valeurs possibles",
  allowedHint: "Un clic écrit la valeur choisie dans la cellule, et seulement dans celle-ci.",
  current: "valeur actuelle",
  filter: "Chercher dans la liste",
  filterEmpty: "Aucun élément de la liste ne contient ce texte.",
  writeItem: (item: string): string => `Écrire « ${item} » dans la cellule`,
  writeTitle: (item: string, cell: string): string => `Écrire « ${item} » en ${cell}`,
  checkSheet: "Vérifier cette feuille",
  checkSheetHint: "Vérifie seulement la fiche où vous êtes, par exemple juste après l'avoir remplie.",
  checkSheetHeading: (sheet: string): string => `Vérification de « ${sheet} »`,
  checkSheetClean: (sheet: string): string => `Rien à signaler dans « ${sheet} ».`,
  checkSheetNotFiche: (sheet: string): string =>
    `« ${sheet} » n'est pas une fiche de traitement : cliquez dans une fiche (ou dans l'onglet 2), puis recommencez.`,
  noActiveSheet: "Cliquez d'abord dans la feuille à vérifier.",
};
