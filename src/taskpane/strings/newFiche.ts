/**
 * The « Nouvelle fiche » panel's words. Apart from fr.ts, like path.ts, because only that lazily loaded
 * panel reads them: they stay out of the pane's first load (which has a budget,
 * test/functions/build.test.ts).
 */
export const newFicheStrings = {
  heading: "Nouvelle fiche de traitement",
  intro:
    "Une fiche décrit une activité qui utilise des données personnelles (par exemple la gestion des adhérents). " +
    "Le complément copie le modèle de fiche, lui donne une référence et ajoute sa ligne dans l'onglet 2.",
  nameLabel: "Nom du traitement",
  nameHint: "Un nom court et parlant, tel que vous le diriez à un collègue.",
  nameRequired: "Indiquez le nom du traitement, par exemple « Gestion des adhérents ».",
  suggestions: "Idées fréquentes dans une CPTS",
  suggestionItems: [
    "Gestion des adhérents",
    "Accès à un médecin traitant",
    "Soins non programmés",
    "Parcours pluriprofessionnels",
    "Ressources humaines et paie",
    "Newsletter et communication",
  ],
  previewHeading: "Ce qui sera créé",
  previewSheet: "Nouvelle feuille",
  previewRef: "Référence (N° / RÉF)",
  previewLine: "Ligne ajoutée dans l'onglet 2",
  previewLineValue: (row: number): string => `ligne ${row}`,
  previewLineTaken: (row: number): string => `ligne ${row}, déjà présente`,
  sheetShortened: (sheet: string, cell: string): string =>
    `Nom de l'onglet raccourci : « ${sheet} » (Excel n'accepte que 31 caractères) ; le nom complet est en ${cell} de la fiche et dans l'onglet 2.`,
  sheetAdapted: (sheet: string, cell: string): string =>
    `Nom de l'onglet adapté aux règles d'Excel : « ${sheet} » ; le nom complet est en ${cell} de la fiche et dans l'onglet 2.`,
  lineTaken: (row: number): string =>
    `L'onglet 2 liste déjà ce traitement (ligne ${row}) sans fiche : la nouvelle fiche reprendra cette ligne au lieu d'en ajouter une autre.`,
  duplicateTitle: "Ce traitement a déjà sa fiche",
  duplicate: (name: string, sheet: string): string => `La fiche « ${name} » existe déjà (onglet « ${sheet} »).`,
  duplicateHint: "S'il s'agit d'un autre traitement, donnez-lui un nom qui le distingue (le public, le lieu…) ; sinon, complétez la fiche existante.",
  openExisting: "Ouvrir la fiche existante",
  cancel: "Annuler",
  opened: (name: string, sheet: string): string => `Fiche « ${name} » ouverte : son nom est sélectionné dans l'onglet « ${sheet} ».`,
  create: "Créer la fiche",
  createdTitle: (name: string): string => `Créer la fiche « ${name} »`,
  rowsHeading: "Ajouter une ligne dans une fiche",
  rowsIntro:
    "Le modèle prévoit peu de lignes (2 catégories de personnes, 4 destinataires, 3 mesures, 4 transferts). " +
    "Le complément insère une ligne dans le bloc, avec sa liste déroulante et sa mise en forme.",
  activeFiche: (sheet: string): string => `Fiche active : « ${sheet} »`,
  notAFiche: "Cliquez d'abord dans une fiche de traitement : la ligne sera ajoutée dans celle-ci.",
  addRow: {
    persons: "Ajouter une catégorie de personnes",
    recipients: "Ajouter un destinataire",
    measures: "Ajouter une mesure de sécurité",
    transfers: "Ajouter un transfert hors UE",
  },
};
