/**
 * Texts of the « Demandes » section of the Droits tab (the rights-requests register, its deadlines and
 * model letters). Apart from fr.ts: loaded with the section, out of the pane's first load.
 */
export const requestStrings = {
  heading: "Demandes d'exercice des droits",
  intro:
    "Notez ici chaque demande d'une personne qui exerce ses droits sur ses données (accès, rectification, effacement, opposition, limitation, portabilité), le jour où elle arrive. Vous avez un mois pour répondre ; si la demande est complexe, vous pouvez prolonger de deux mois en prévenant la personne, avec les raisons, avant la fin du premier mois.",
  noSnapshot: "Vérifiez d'abord le classeur : le registre des demandes s'y lit et s'y écrit.",
  listHeading: (n: number): string => (n === 0 ? "Aucune demande notée" : n === 1 ? "1 demande notée" : `${n} demandes notées`),
  empty: "Aucune demande n'est notée dans ce classeur. Quand une personne vous écrit pour exercer ses droits, notez-le ci-dessous le jour même.",
  receivedOn: (when: string): string => `Reçue le ${when}`,
  receivedUnknown: "Date de réception illisible : corrigez-la dans la feuille (jj/mm/aaaa).",
  daysLeft: (days: number, due: string): string =>
    days === 0
      ? `Dernier jour pour répondre : aujourd'hui, ${due}`
      : days === 1
        ? `Reste 1 jour pour répondre (jusqu'au ${due})`
        : `Reste ${days} jours pour répondre (jusqu'au ${due})`,
  overdue: (due: string): string => `Délai dépassé depuis le ${due} : répondez sans attendre`,
  extendedUntil: (due: string): string => `Délai prolongé jusqu'au ${due}`,
  lateExtension: (firstMonth: string): string => `Prolongation annoncée après le ${firstMonth} : elle ne compte pas`,
  answered: (when: string, outcome: string): string => (outcome ? `Répondu le ${when} : ${outcome}` : `Répondu le ${when}`),
  answeredUnknown: (outcome: string): string => (outcome ? `Clos : ${outcome}` : "Répondu (date illisible dans la feuille)"),
  fiche: (ref: string): string => `Fiche ${ref}`,
  identity: (said: string): string => `Identité vérifiée : ${said || "non indiqué"}`,
  noRights: "droit non précisé",
  goToLine: "Voir la ligne",
  goToLineLabel: (person: string): string => `Voir dans la feuille la demande de ${person}`,
  // Actions on a line
  markIdentity: "Identité vérifiée",
  extend: "Prolonger…",
  answer: "Noter la réponse…",
  letters: "Courriers…",
  hideLetters: "Masquer les courriers",
  cancel: "Annuler",
  // Extension
  extendLegend: "Prolonger le délai de deux mois",
  extendedOn: "Personne prévenue le",
  extendReasons: "Pourquoi il faut plus de temps",
  extendReasonsHint: "Ces raisons sont dites à la personne : par exemple « archives papier à rechercher » ou « nombreuses demandes en cours ».",
  saveExtension: "Noter la prolongation",
  // Answer
  answerLegend: "Réponse envoyée",
  answeredOn: "Répondu le",
  outcome: "Issue",
  refusalReasons: "Raisons du refus",
  refusalReasonsHint: "Elles figurent dans le courrier de refus : par exemple « données à conserver 10 ans (obligation comptable) ».",
  note: "Remarque (facultatif)",
  saveAnswer: "Noter la réponse",
  // Letters
  lettersLegend: "Modèles de courriers",
  letterKind: "Courrier",
  letterGaps: "Avant d'envoyer, complétez :",
  letterText: "Texte du courrier",
  copy: "Copier le texte",
  copied: "Texte copié.",
  copySelected: "Le texte est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).",
  // Adding a request
  addHeading: "Noter une demande",
  received: "Reçue le",
  receivedHint: "Le jour où la demande est arrivée : le délai d'un mois court à partir de là.",
  person: "Personne",
  personHint: "Le moins possible : un nom ou des initiales suffisent. Jamais de données de santé.",
  rights: "Droit(s) exercé(s)",
  ficheField: "Fiche concernée",
  ficheUnknown: "Pas encore connue",
  identityField: "Identité vérifiée",
  identityUnsaid: "Pas encore indiqué",
  add: "Noter la demande",
  badDate: "Indiquez la date (jj/mm/aaaa).",
  added: "La demande est notée dans la feuille « Demandes d'exercice des droits ».",
};
