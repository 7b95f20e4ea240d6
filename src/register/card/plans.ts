/**
 * Writing the cyberattack card « Fiche réflexe cyberattaque »: one sheet laid out to print on ONE A4 page,
 * portrait (fit to 1 × 1): the title big, « à afficher dans tous les bureaux », the five reflexes
 * numbered, « ne payez jamais la rançon », the contacts as a table (the CPTS's own, then the fixed ones),
 * and the day the card was made. Made on first use; afterwards the add-in's own card is written again in
 * place (same cells), so « Annuler » gives its previous text back. Loaded by the pane only when it writes.
 *
 * Pure: no Office.js, no ExcelJS. Everything written is text, never a formula.
 */
import type { CellFormat, CellWrite, WriteOp, WritePlan } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import { CARD_CHECKED_ON, CARD_NEVER, CARD_REFLEXES, FIXED_CONTACTS, type CardContacts } from "./data";
import { CARD_LABEL_COL, CARD_VALUE_COL } from "./sheet";
import { cardTexts } from "../messages/card";
import { findOwnedSheets, freeSheetName, ownedMarkOps } from "../ownedSheets";
import { formatLocalDate, type Clock } from "../clock";
import { cellAddress } from "../address";
import { wrappedLines } from "../owned/report";

/** Column widths (characters): the reflex's number, the action or the contact, the detail or the address. */
const WIDTHS = [6, 30, 58] as const;
const LAST_COL = "C";
const COLORS = { alert: "#C00000", alertText: "#FFFFFF", alertSoft: "#FDE9E9", title: "#1F4E79", headerFill: "#DDEBF7", muted: "#595959" } as const;

/** The rows of the card, top to bottom. */
export const CARD_ROWS = (() => {
  const firstReflex = 4;
  const never = firstReflex + CARD_REFLEXES.length;
  const contactsTitle = never + 2;
  const contactsHeader = contactsTitle + 1;
  const firstContact = contactsHeader + 1;
  const firstFixed = firstContact + Object.keys(cardTexts.contactLabels).length;
  const footer = firstFixed + FIXED_CONTACTS.length + 1;
  return { title: 1, display: 2, reflexIntro: 3, firstReflex, never, contactsTitle, contactsHeader, firstContact, firstFixed, footer };
})();

/** Points per line of text at `size` points (15 at Calibri 11), and the room above and below. */
const lineHeight = (size: number): number => Math.ceil((15 * size) / 11);
const PADDING = 4;

/** The height of a row holding `texts` (each with its column and font), wrapped. */
function heightOf(cells: readonly { text: string; col: number; size: number; bold: boolean }[]): number {
  return Math.max(...cells.map((c) => wrappedLines(c.text, (WIDTHS[c.col - 1] * 11) / c.size, c.bold) * lineHeight(c.size) + PADDING));
}

const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

/** The card's cells and row heights, for `contacts` on the day `date`. */
function cardContent(contacts: CardContacts, date: string): { cells: CellWrite[]; heights: Map<number, number> } {
  const t = cardTexts;
  const R = CARD_ROWS;
  const cells: CellWrite[] = [text("A1", t.title), text("A2", t.display), text("A3", t.reflexIntro)];
  const heights = new Map<number, number>([
    [R.title, 44],
    [R.display, 22],
    [R.reflexIntro, 24],
  ]);
  CARD_REFLEXES.forEach((reflex, i) => {
    const row = R.firstReflex + i;
    cells.push(text(cellAddress(row, 1), String(i + 1)), text(cellAddress(row, 2), reflex.action), text(cellAddress(row, 3), reflex.detail));
    heights.set(
      row,
      heightOf([
        { text: reflex.action, col: 2, size: 13, bold: true },
        { text: reflex.detail, col: 3, size: 12, bold: false },
      ]),
    );
  });
  cells.push(text(cellAddress(R.never, 1), CARD_NEVER));
  heights.set(R.never, 26);
  cells.push(text(cellAddress(R.contactsTitle, 1), t.contactsTitle));
  heights.set(R.contactsTitle, 24);
  t.contactsHeaders.forEach((h, i) => cells.push(text(cellAddress(R.contactsHeader, CARD_LABEL_COL + i), h)));
  (Object.entries(t.contactLabels) as [keyof CardContacts, string][]).forEach(([key, label], i) => {
    const row = R.firstContact + i;
    const value = contacts[key].trim();
    cells.push(text(cellAddress(row, CARD_LABEL_COL), label), text(cellAddress(row, CARD_VALUE_COL), value === "" ? t.toFillIn : value));
    heights.set(row, heightOf([{ text: value, col: CARD_VALUE_COL, size: 12, bold: false }]));
  });
  FIXED_CONTACTS.forEach((c, i) => {
    const row = R.firstFixed + i;
    const how = `${c.what} : ${c.how}`;
    cells.push(text(cellAddress(row, CARD_LABEL_COL), c.who), text(cellAddress(row, CARD_VALUE_COL), how));
    heights.set(
      row,
      heightOf([
        { text: c.who, col: CARD_LABEL_COL, size: 11, bold: true },
        { text: how, col: CARD_VALUE_COL, size: 11, bold: false },
      ]),
    );
  });
  // The day on the left, the sources beside it, small: wrapped within the card's width.
  cells.push(text(cellAddress(R.footer, 2), t.footerDate(date)), text(cellAddress(R.footer, 3), t.footerSources(CARD_CHECKED_ON)));
  heights.set(R.footer, heightOf([{ text: t.footerSources(CARD_CHECKED_ON), col: 3, size: 9, bold: false }]));
  return { cells, heights };
}

/** How the card looks and prints: one A4 page, portrait, fit to 1 × 1. */
function cardLayoutOps(sheet: string, heights: Map<number, number>): WriteOp[] {
  const R = CARD_ROWS;
  const fmt = (range: string, format: CellFormat): WriteOp => ({ op: "format", sheet, range, format });
  const lastReflex = R.firstReflex + CARD_REFLEXES.length - 1;
  const lastContact = R.footer - 2;
  const rows = [...heights.keys()].sort((a, b) => a - b);
  return [
    ...ownedMarkOps("card", sheet),
    { op: "columnWidths", sheet, widths: [...WIDTHS] },
    fmt(`A1:${LAST_COL}1`, { fillColor: COLORS.alert }),
    fmt("A1", { bold: true, fontSize: 24, fontColor: COLORS.alertText, verticalAlignment: "center" }),
    fmt("A2", { bold: true, italic: true, fontSize: 12, fontColor: COLORS.alert }),
    fmt("A3", { bold: true, fontSize: 14, fontColor: COLORS.title }),
    fmt(`A${R.firstReflex}:A${lastReflex}`, { bold: true, fontSize: 18, fontColor: COLORS.alert, horizontalAlignment: "center" }),
    fmt(`B${R.firstReflex}:B${lastReflex}`, { bold: true, fontSize: 13, wrapText: true }),
    fmt(`C${R.firstReflex}:C${lastReflex}`, { fontSize: 12, wrapText: true }),
    fmt(`A${R.firstReflex}:${LAST_COL}${lastReflex}`, { verticalAlignment: "center" }),
    fmt(`A${R.firstReflex}:${LAST_COL}${lastReflex}`, { borders: "thin" }),
    fmt(`A${R.never}:${LAST_COL}${R.never}`, { fillColor: COLORS.alertSoft }),
    fmt(`A${R.never}`, { bold: true, fontSize: 14, fontColor: COLORS.alert }),
    fmt(`A${R.contactsTitle}`, { bold: true, fontSize: 14, fontColor: COLORS.title }),
    fmt(`B${R.contactsHeader}:${LAST_COL}${R.contactsHeader}`, { bold: true, fillColor: COLORS.headerFill }),
    fmt(`B${R.firstContact}:B${lastContact}`, { bold: true, wrapText: true }),
    fmt(`C${R.firstContact}:C${R.firstFixed - 1}`, { fontSize: 12, wrapText: true }),
    fmt(`C${R.firstFixed}:C${lastContact}`, { wrapText: true }),
    fmt(`B${R.contactsHeader}:${LAST_COL}${lastContact}`, { borders: "thin", verticalAlignment: "center" }),
    fmt(`B${R.footer}:${LAST_COL}${R.footer}`, { italic: true, fontSize: 9, fontColor: COLORS.muted, wrapText: true, verticalAlignment: "top" }),
    ...rows.map((row): WriteOp => ({ op: "rowHeights", sheet, firstRow: row, heights: [heights.get(row) as number] })),
    {
      op: "printSetup",
      sheet,
      orientation: "portrait",
      paperSize: "A4",
      fitToPage: true,
      printArea: `A1:${LAST_COL}${R.footer}`,
      pageNumbers: false,
    },
  ];
}

/**
 * Plan « Créer la fiche à afficher » / « Mettre à jour »: the card with the CPTS's `contacts`, dated
 * today on `clock`; the sheet selected at the end so that Ctrl+P prints it.
 */
export function planCard(snapshot: WorkbookSnapshot, contacts: CardContacts, clock: Clock): WritePlan {
  const existing = findOwnedSheets(snapshot, "card")[0];
  const sheet =
    existing?.name ??
    freeSheetName(
      snapshot.sheets.map((s) => s.name),
      cardTexts.sheetName,
    );
  const { cells, heights } = cardContent(contacts, formatLocalDate(clock));
  const ops: WriteOp[] = [];
  if (!existing) ops.push({ op: "addSheet", name: sheet, columnWidths: [...WIDTHS] });
  else if (existing.visibility !== "Visible") ops.push({ op: "sheetVisibility", sheet, visibility: "Visible" });
  ops.push({ op: "write", sheet, cells }, ...cardLayoutOps(sheet, heights), { op: "select", sheet, address: "A1" });
  return { title: existing ? cardTexts.planUpdateTitle : cardTexts.planCreateTitle, ops };
}
