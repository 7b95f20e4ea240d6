/**
 * Texts of the « Fiche réflexe » section of the Sécurité tab (the cyberattack card). Apart from fr.ts:
 * loaded with the section, out of the pane's first load. The reflexes themselves are engine data
 * (register/card/data.ts), sourced and dated.
 */
export const cardStrings = {
  heading: "Cyberattaque : les bons réflexes",
  reflexesLabel: "Les réflexes, dans l'ordre",
  contactsHeading: "La fiche à afficher dans les bureaux",
  contactsIntro:
    "Complétez les contacts de la CPTS : ils sont imprimés sur la fiche réflexe, une page A4 à afficher dans tous les bureaux. Une case laissée vide devient une ligne à remplir à la main.",
  itSupport: "Support informatique (nom, téléphone)",
  gdprReferent: "Référent RGPD (nom, téléphone ou courriel)",
  president: "Président(e) de la CPTS (nom, téléphone)",
  insurer: "Assureur (nom, numéro à appeler en cas d'incident)",
  insurerContract: "Numéro de contrat d'assurance",
  fixedHeading: "Toujours sur la fiche",
  create: "Créer la fiche à afficher",
  update: "Mettre à jour la fiche",
  cardExists: (sheet: string): string => `La fiche est dans la feuille « ${sheet} ».`,
  done: "La fiche est prête et sélectionnée : imprimez-la avec Ctrl+P (une page A4) et affichez-la dans tous les bureaux.",
  noSnapshot: "Vérifiez d'abord le classeur pour y créer la fiche à afficher.",
};
