/**
 * Texts of the « AIPD » section of the « Droits » tab: the fiches whose screening asks for an analyse
 * d'impact, the file for the CNIL's PIA tool, how to open it there, and « AIPD réalisée le … ». Loaded
 * with the section, out of the pane's first load.
 */

/** The CNIL's page for its PIA tool (download, install, online version), checked on 07/12/2026. */
export const PIA_TOOL_URL = "https://www.cnil.fr/fr/outil-pia-telechargez-et-installez-le-logiciel-de-la-cnil";

export const aipdStrings = {
  heading: "Analyses d'impact (AIPD)",
  intro:
    "Les fiches ci-dessous traitent des données qui exposent les personnes à un risque élevé : une analyse d'impact (AIPD) est à mener avant de lancer le traitement. Le complément prépare un fichier pour l'outil PIA de la CNIL, pré-rempli avec ce que dit la fiche.",
  none: "Aucune fiche ne demande d'AIPD d'après le dépistage : rien à faire ici pour l'instant.",
  noSnapshot: "Vérifiez d'abord le classeur pour préparer les AIPD.",
  listLabel: "Fiches qui demandent une AIPD",
  refLabel: (ref: string): string => `RÉF ${ref}`,
  noRef: "sans RÉF",
  required: (listType: string): string => `AIPD requise : le traitement figure sur la liste de la CNIL (${listType}).`,
  likely: (criteria: string): string => `AIPD probable : au moins deux critères de risque (${criteria}).`,
  doneOn: (day: string): string => `AIPD réalisée le ${day}.`,
  exportButton: "Exporter pour l'outil PIA",
  exportReady: "Le fichier est prêt :",
  saveLink: (fileName: string): string => `Enregistrer « ${fileName} »`,
  exportHint: "Le fichier reste sur votre ordinateur : rien n'est envoyé sur Internet.",
  doneLabel: "AIPD réalisée le",
  doneButton: "Noter",
  doneRecorded: (day: string): string => `C'est noté : AIPD réalisée le ${day}. La vérification ne la demande plus pour cette fiche.`,
  noRefToRecord: "Donnez une RÉF à cette fiche (colonne RÉF de l'onglet 2 et en-tête de la fiche) pour noter son AIPD.",
  badDate: "Choisissez le jour où l'AIPD a été réalisée.",
  writeFailed: "Le classeur n'a pas pu être modifié : réessayez.",
  howToHeading: "Comment faire",
  howTo: [
    "Installez l'outil PIA de la CNIL (gratuit) sur votre ordinateur, ou ouvrez sa version en ligne :",
    "Cliquez sur « Exporter pour l'outil PIA » pour la fiche, puis enregistrez le fichier .json.",
    "Dans l'outil PIA, sur la page d'accueil, cliquez sur « Importer PIA » et choisissez ce fichier : l'AIPD s'ouvre avec le contexte, les données, les destinataires et les mesures de la fiche.",
    "Relisez ce qui est pré-rempli, puis complétez les principes fondamentaux, les risques et la validation.",
    "Une fois l'AIPD réalisée, notez-en la date ici : elle est gardée dans une feuille cachée du classeur, « AIPD réalisées ».",
  ],
  toolLink: "L'outil PIA sur le site de la CNIL",
  formatNote: (tag: string): string => `Fichier au format de l'outil PIA ${tag}.`,
};
