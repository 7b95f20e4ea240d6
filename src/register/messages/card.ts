/**
 * French texts of the cyberattack card sheet « Fiche réflexe cyberattaque » the add-in writes
 * (../card/plans.ts) and reads back (../card/sheet.ts). The reflexes and fixed contacts themselves are
 * data, sourced and dated, in ../card/data.ts.
 */
import { CYBER_SHEET_NAMES } from "./cyberSheets";
import type { CardContacts } from "../card/data";

export const cardTexts = {
  sheetName: CYBER_SHEET_NAMES.card,
  title: "FICHE RÉFLEXE CYBERATTAQUE",
  display: "À afficher dans tous les bureaux",
  reflexIntro: "En cas de cyberattaque, le plus vite possible :",
  contactsTitle: "Qui prévenir",
  contactsHeaders: ["Contact", "Coordonnées"] as const,
  /** The CPTS's own contacts, in the order printed; also how they are found again on the sheet. */
  contactLabels: {
    itSupport: "Support informatique",
    gdprReferent: "Référent RGPD",
    president: "Président(e) de la CPTS",
    insurer: "Assureur (cyber)",
    insurerContract: "N° de contrat d'assurance",
  } satisfies Record<keyof CardContacts, string>,
  /** Printed where a contact is not filled in, to be written by hand. */
  toFillIn: "…………………………………………………………",
  footerDate: (date: string): string => `Fiche établie le ${date}`,
  footerSources: (checkedOn: string): string =>
    `Sources : RGPD articles 33 et 34 ; CNIL ; code de la santé publique, art. L. 1111-8-2 ; CPTS 78 Nord et SESAN ; 17Cyber (vérifiées le ${checkedOn}).`,
  planCreateTitle: "Créer la fiche réflexe cyberattaque à afficher",
  planUpdateTitle: "Mettre à jour la fiche réflexe cyberattaque",
};
