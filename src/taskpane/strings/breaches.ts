/**
 * Texts of the « Violations » section of the Sécurité tab (the breach register and its 72-hour clocks).
 * Apart from fr.ts: loaded with the section, out of the pane's first load.
 */
export const breachStrings = {
  heading: "Registre des violations",
  intro:
    "Notez ici toute violation de données personnelles (perte, vol, piratage, envoi à la mauvaise personne…), même sans risque pour les personnes : la CNIL peut demander ce registre. Vous avez 72 heures après la découverte pour notifier la CNIL, sauf si la violation ne présente pas de risque pour les personnes.",
  noSnapshot: "Vérifiez d'abord le classeur : le registre des violations s'y lit et s'y écrit.",
  listHeading: (n: number): string => (n === 0 ? "Aucune violation notée" : n === 1 ? "1 violation notée" : `${n} violations notées`),
  empty: "Aucune violation n'est notée dans ce classeur. Tant mieux ! Si un incident arrive, notez-le ci-dessous dès sa découverte.",
  discoveredOn: (when: string): string => `Découverte le ${when}`,
  discoveredUnknown: "Date de découverte illisible : corrigez-la dans la feuille (jj/mm/aaaa hh:mm).",
  hoursLeft: (hours: number, deadline: string): string => `Reste ${hours} h pour décider (avant le ${deadline})`,
  overdue: (deadline: string): string => `Délai dépassé depuis le ${deadline} : décidez sans attendre`,
  notified: (when: string): string => `CNIL notifiée le ${when}`,
  notifiedUnknown: "CNIL notifiée (date illisible dans la feuille)",
  notRequired: (why: string): string => `Pas de notification à la CNIL : ${why}`,
  midnight: "Heure de découverte non écrite : le délai est compté depuis minuit.",
  goToLine: "Voir la ligne",
  goToLineLabel: (when: string): string => `Voir dans la feuille la violation découverte le ${when}`,
  // Recording the CNIL decision
  decide: "Noter la décision CNIL…",
  decideLegend: "Décision sur la notification à la CNIL",
  decisionNotified: "La CNIL a été notifiée",
  decisionNotRequired: "Pas de notification : la violation ne présente pas de risque pour les personnes",
  notifiedAt: "Notifiée le (date et heure)",
  whyNot: "Pourquoi il n'y a pas de risque pour les personnes",
  whyNotHint: "Par exemple : « données chiffrées, la clé n'a pas été perdue » ou « courriel supprimé sans avoir été ouvert ».",
  saveDecision: "Noter la décision",
  cancel: "Annuler",
  notifyLink: "Notifier la CNIL (téléservice)",
  // Adding an incident
  addHeading: "Noter une violation",
  discovered: "Découverte le (date et heure)",
  discoveredHint: "Le moment où la CPTS en a pris connaissance : les 72 heures courent à partir de là.",
  what: "Ce qui s'est passé",
  dataAndPersons: "Données et personnes concernées",
  dataAndPersonsHint: "Quelles données, combien de personnes à peu près.",
  consequences: "Conséquences probables",
  risk: "Risque pour les personnes",
  riskUnknown: "Pas encore évalué",
  measures: "Mesures prises",
  add: "Noter la violation",
  badDateTime: "Indiquez la date et l'heure (jj/mm/aaaa hh:mm).",
  added: "La violation est notée dans la feuille « Registre des violations ».",
};
