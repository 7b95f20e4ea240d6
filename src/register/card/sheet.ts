/**
 * Reading back the cyberattack card « Fiche réflexe cyberattaque » the add-in wrote (./plans.ts): the
 * CPTS's own contacts, so that the pane's form shows them again and « Mettre à jour » changes only what
 * the user changes. A contact is found by its label in column B (not by its row), so a line the user
 * inserted above does not shift it; a contact left to fill in by hand reads as empty.
 *
 * Pure: no Office.js, no ExcelJS.
 */
import type { WorkbookSnapshot } from "../snapshot";
import { EMPTY_CARD_CONTACTS, type CardContacts } from "./data";
import { cardTexts } from "../messages/card";
import { cellText, findOwnedSheets } from "../ownedSheets";
import { fold } from "../text/fold";

/** Column of the labels, and of the contacts' values. */
export const CARD_LABEL_COL = 2;
export const CARD_VALUE_COL = 3;

export interface CardRead {
  /** The card's sheet (« Fiche réflexe cyberattaque », or « … (2) » beside a user's sheet of that name). */
  sheet: string;
  contacts: CardContacts;
}

/** The add-in's card, when the workbook has one (the first, in tab order), with the contacts it shows. */
export function readCard(snapshot: WorkbookSnapshot): CardRead | null {
  const sheet = findOwnedSheets(snapshot, "card")[0];
  if (!sheet) return null;
  const contacts: CardContacts = { ...EMPTY_CARD_CONTACTS };
  const labels = Object.entries(cardTexts.contactLabels) as [keyof CardContacts, string][];
  for (let row = 1; row <= sheet.values.length; row++) {
    const label = fold(cellText(sheet, row, CARD_LABEL_COL));
    const key = labels.find(([, l]) => fold(l) === label)?.[0];
    if (!key) continue;
    const value = cellText(sheet, row, CARD_VALUE_COL);
    contacts[key] = value === cardTexts.toFillIn ? "" : value;
  }
  return { sheet: sheet.name, contacts };
}
