/**
 * Texts of « Préparer l'envoi à SESAN » (components/send/): the steps from the verdict to the copy to
 * send. Loaded with the panel, out of the pane's first load (only the button's label is in fr.ts). The
 * engine's own words (the dates' plan, the reduced sheets, the advice on sending) come from
 * src/register/messages/sending.ts, so that the pane and `cpts-registre envoi` say the same thing.
 */

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

export const sendStrings = {
  heading: "Préparer l'envoi à SESAN",
  intro:
    "Cinq étapes pour envoyer votre registre à SESAN : vérifier qu'il est prêt, mettre à jour les dates de l'onglet 2, écrire une page de synthèse, enregistrer une copie sans les données des personnes, puis l'envoyer par une messagerie sécurisée.",
  close: "Fermer",
  stepsLabel: "Étapes de l'envoi",

  verdictHeading: "1. Le registre est-il prêt ?",
  ready: "Le registre est prêt : aucune erreur ne bloque l'envoi.",
  readyToReview: (n: number): string =>
    `Le registre est prêt. ${plural(n, "point mérite", "points méritent")} encore d'être relu${n > 1 ? "s" : ""} dans « Vérifier ».`,
  notReady: (n: number): string =>
    `${plural(n, "erreur bloque", "erreurs bloquent")} l'envoi. Corrigez-${n > 1 ? "les" : "la"} d'abord : SESAN attend un registre sans erreur. Vous pouvez tout de même préparer la copie, par exemple pour demander de l'aide.`,
  blockingLabel: "Ce qui bloque l'envoi",
  moreBlocking: (n: number): string => `… et ${plural(n, "autre erreur", "autres erreurs")}, listée${n > 1 ? "s" : ""} dans « Vérifier ».`,
  goTo: (sheet: string, cell: string): string => `Aller à ${cell}, feuille « ${sheet} »`,
  notRead: "Vérifiez d'abord le registre (bouton « Vérifier le registre ») pour préparer l'envoi.",

  datesHeading: "2. Les dates de l'onglet 2",
  datesIntro:
    "L'onglet 2 reprend la date de création et de mise à jour de chaque fiche. Le complément les recopie depuis les fiches ; une date tapée dans l'onglet 2 sans date dans la fiche n'est jamais effacée.",
  datesToChange: (n: number): string => `${plural(n, "date de l'onglet 2 diffère", "dates de l'onglet 2 diffèrent")} de celle${n > 1 ? "s" : ""} des fiches.`,
  datesPreview: "Voir et mettre à jour les dates",
  datesNoList: "Le classeur n'a pas d'onglet 2 (liste des traitements) : rien à mettre à jour.",

  summaryHeading: "3. La page « Synthèse pour SESAN »",
  summaryIntro:
    "Une page à imprimer dans le classeur : le verdict, les nombres, la complétude de chaque fiche, les AIPD et l'auto-diagnostic. Elle est réécrite à chaque préparation.",
  summaryWrite: "Écrire la synthèse",
  summaryRewrite: "Réécrire la synthèse",
  summaryPresent: (sheet: string): string => `La feuille « ${sheet} » est dans le classeur.`,
  summaryShow: "Afficher la synthèse",

  copyHeading: "4. La copie à envoyer",
  copyIntro:
    "Le complément fait une copie du classeur, sans toucher au vôtre. Dans la copie, les registres des demandes et des violations sont réduits à leurs nombres, et les constats écartés ne gardent que la règle, la RÉF et la raison : les données des personnes restent chez vous.",
  copyMake: "Préparer la copie",
  copyMakeAgain: "Préparer une nouvelle copie",
  copyWorking: "Préparation de la copie…",
  copyReady: "La copie est prête :",
  copySave: (fileName: string): string => `Enregistrer « ${fileName} »`,
  copyReduced: "Ce que la copie ne garde pas :",
  copyNothingReduced: "Le classeur n'a ni demande, ni incident, ni constat écarté : la copie garde le registre tel quel.",
  copySameVerdict: "La copie, relue, donne le même verdict que votre registre.",
  copyOtherVerdict:
    "La copie, relue, ne donne pas le même verdict que votre registre. Vérifiez de nouveau le registre, puis préparez une nouvelle copie ; si cela se reproduit, demandez de l'aide avant l'envoi.",
  copyWithoutSummary:
    "La copie n'a pas la page « Synthèse pour SESAN » : Excel ne l'avait pas encore enregistrée. Enregistrez le classeur (Ctrl+S), puis préparez une nouvelle copie.",
  copyLocal: "La copie reste sur votre ordinateur : le complément n'envoie rien sur Internet.",
  copyFailed: "La copie n'a pas pu être préparée.",

  adviceHeading: "5. Envoyer la copie",
};

export type SendStrings = typeof sendStrings;
