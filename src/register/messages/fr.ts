/**
 * The engine's French texts that are not findings' messages (those are in rules/catalogue/): the
 * one-click fixes' labels and the block names the messages quote.
 */

const q = (s: string): string => `« ${s} »`;

export const fr = {
  nearMissFixLabel: (item: string): string => `Remplacer par ${q(item)}`,
  nearMissFixTitle: (item: string, sheet: string, cell: string): string => `Remplacer par ${q(item)} (${sheet}, ${cell})`,

  lineRefFixLabel: (ref: string): string => `Écrire la référence ${q(ref)}`,
  ficheNotListedFixLabel: "Ajouter la ligne dans la liste des traitements",
  ficheNotListedFixTitle: (name: string): string => `Ajouter ${q(name)} à la liste des traitements`,
  sensitiveFixLabel: "Écrire « Oui »",
  sensitiveFixTitle: (sheet: string, cell: string): string => `Écrire « Oui » dans « Données sensibles ? » (${sheet}, ${cell})`,
  lineNameFixLabel: (name: string): string => `Écrire ${q(name)}`,
  guaranteeFixLabel: (item: string): string => `Écrire ${q(item)}`,
  guaranteeFixTitle: (item: string, country: string, sheet: string, cell: string): string =>
    `Écrire ${q(item)} (${country} a une décision d'adéquation ; ${sheet}, ${cell})`,
};

/** Block names, as the model titles them, for messages. */
export const blockTitles = {
  persons: "Catégories de personnes concernées",
  recipients: "Destinataires",
  measures: "Mesures de sécurité",
  dataCategories: "Catégories de données personnelles concernées",
  sensitiveData: "Données sensibles",
  transfers: "Transferts hors UE",
  subPurposes: "Finalité(s) du traitement effectué",
} as const;
