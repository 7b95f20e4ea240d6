/** French texts of the engine's reading and planning (errors the faces show, plan titles). */

export const readTexts = {
  notARegister:
    "Ce classeur ne ressemble pas à un registre des traitements : on n'y trouve ni l'onglet « Liste des traitements » ni de fiche de registre (une feuille avec « Nom du traitement », « N° / RÉF » et « Finalité principale » en colonne A). Ouvrez le registre de votre CPTS, ou créez-en un à partir du modèle.",
  emptyName: "Donnez un nom au traitement pour créer sa fiche (par exemple « Gestion des adhérents »).",
  noModel:
    "Impossible de créer une fiche : le classeur n'a plus de modèle de fiche (onglet « 3 - Modèle de fiche de registre »). Copiez une fiche existante à la main, ou repartez du modèle de registre.",
  ficheExists: (name: string, sheet: string, cell: string): string =>
    `Le registre a déjà une fiche « ${name} » (onglet « ${sheet} », cellule ${cell}). ` +
    "S'il s'agit d'un autre traitement, donnez-lui un nom qui le distingue (par exemple le public ou le lieu) ; sinon, complétez la fiche existante.",
  unknownSheet: (sheet: string): string => `La feuille « ${sheet} » n'est pas une fiche de registre.`,
  unknownBlock: (sheet: string, block: string): string => `La fiche « ${sheet} » n'a pas de rubrique « ${block} » où ajouter une ligne.`,
  cannotUndo: "Cette modification ne peut pas être annulée automatiquement.",
  blockNames: {
    persons: "Catégories de personnes concernées",
    recipients: "Destinataires",
    measures: "Mesures de sécurité",
    transfers: "Transferts hors UE",
  },
  planNewFiche: (name: string): string => `Créer la fiche « ${name} »`,
  planAddRow: (block: string, sheet: string): string => `Ajouter une ligne à « ${block} » (feuille « ${sheet} »)`,
  planUndo: (title: string): string => `Annuler : ${title}`,
  /** Sheet name when the processing's name has nothing Excel accepts. */
  defaultSheetName: "Fiche",
};
