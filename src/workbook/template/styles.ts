/**
 * The look of our template: the CNIL workbook's palette (dark blue section bands, blue labels, light
 * blue value areas, teal example line), as ExcelJS style objects.
 */
import type { Alignment, Borders, Fill, Font, Style } from "exceljs";

export const COLORS = {
  /** Section headers and group headers (CNIL 004A99). */
  dark: "FF004A99",
  /** Field labels (CNIL 5B9BD5). */
  label: "FF5B9BD5",
  /** Titles and the "Onglet" bands (CNIL 3B96EC). */
  title: "FF3B96EC",
  /** Value areas to type into (CNIL DDEBF7). */
  value: "FFDDEBF7",
  /** Dropdown cells (CNIL 9BC2E6): a little darker, so that they read as "choose here". */
  dropdown: "FFBDD7EE",
  /** The example line of tab 2 and the example bands (CNIL 31859C). */
  example: "FF31859C",
  /** Tutorial section bands (CNIL C9C9C9). */
  grey: "FFD9D9D9",
  /** Help column (CNIL F2F2F2). */
  help: "FFF2F2F2",
  white: "FFFFFFFF",
  text: "FF1F4E78",
  black: "FF000000",
  link: "FF0563C1",
  orange: "FFFFC000",
} as const;

export const fill = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

const hair = { style: "hair" as const, color: { argb: COLORS.white } };
export const WHITE_GRID: Partial<Borders> = { top: hair, bottom: hair, left: hair, right: hair };

export const font = (o: Partial<Font> = {}): Partial<Font> => ({ name: "Calibri", size: 11, color: { argb: COLORS.black }, ...o });

const align = (o: Partial<Alignment>): Partial<Alignment> => ({ vertical: "middle", wrapText: true, ...o });

export const STYLE = {
  /** A section band in column A (`Acteurs`, `Destinataires`…), and its sub-headers on the same row. */
  section: {
    font: font({ bold: true, color: { argb: COLORS.white } }),
    fill: fill(COLORS.dark),
    alignment: align({ horizontal: "right" }),
    border: WHITE_GRID,
  },
  sectionHeader: {
    font: font({ bold: true, color: { argb: COLORS.white } }),
    fill: fill(COLORS.dark),
    alignment: align({ horizontal: "center" }),
    border: WHITE_GRID,
  },
  /** A field label in column A. */
  label: { font: font({ bold: true, color: { argb: COLORS.white } }), fill: fill(COLORS.label), alignment: align({ horizontal: "right" }), border: WHITE_GRID },
  /** A value area to type into. */
  value: { font: font({ color: { argb: COLORS.text } }), fill: fill(COLORS.value), alignment: align({ horizontal: "left" }), border: WHITE_GRID, numFmt: "@" },
  /** A date value area. */
  date: {
    font: font({ color: { argb: COLORS.text } }),
    fill: fill(COLORS.value),
    alignment: align({ horizontal: "left" }),
    border: WHITE_GRID,
    numFmt: "dd/mm/yyyy",
  },
  /** A dropdown cell. */
  dropdown: {
    font: font({ bold: true, color: { argb: COLORS.text } }),
    fill: fill(COLORS.dropdown),
    alignment: align({ horizontal: "left" }),
    border: WHITE_GRID,
    numFmt: "@",
  },
  /** The fiche's title (A1) and its reference (H1). */
  title: { font: font({ bold: true, size: 14, color: { argb: COLORS.white } }), fill: fill(COLORS.title), alignment: align({ horizontal: "left" }) },
  titleRef: {
    font: font({ bold: true, size: 16, color: { argb: COLORS.white } }),
    fill: fill(COLORS.title),
    alignment: align({ horizontal: "right", wrapText: false }),
    numFmt: "@",
  },
  /** The instructions line under the title. */
  instructions: { font: font({ bold: true, color: { argb: COLORS.text } }), alignment: align({ horizontal: "left" }) },
  /** Help links in column J. */
  helpHeader: { font: font({ bold: true }), fill: fill(COLORS.help), alignment: align({ horizontal: "center" }) },
  helpLink: {
    font: font({ color: { argb: COLORS.link }, underline: true }),
    fill: fill(COLORS.help),
    alignment: align({ horizontal: "left", wrapText: false }),
  },
  /** Tab 2: the organisation block. */
  orgLabel: {
    font: font({ bold: true, color: { argb: COLORS.white } }),
    fill: fill(COLORS.dark),
    alignment: align({ horizontal: "center" }),
    border: WHITE_GRID,
  },
  contactLabel: { font: font({ color: { argb: COLORS.white } }), fill: fill(COLORS.title), alignment: align({ horizontal: "left" }), border: WHITE_GRID },
  /** Tab 2: the table headers. */
  groupHeader: {
    font: font({ bold: true, color: { argb: COLORS.white } }),
    fill: fill(COLORS.dark),
    alignment: align({ horizontal: "center" }),
    border: WHITE_GRID,
  },
  columnHeader: {
    font: font({ bold: true, color: { argb: COLORS.white } }),
    fill: fill(COLORS.title),
    alignment: align({ horizontal: "center" }),
    border: WHITE_GRID,
  },
  /** Tab 2: the example line. */
  exampleLine: {
    font: font({ bold: true, color: { argb: COLORS.white } }),
    fill: fill(COLORS.example),
    alignment: align({ horizontal: "center" }),
    border: WHITE_GRID,
    numFmt: "@",
  },
  exampleLineDate: {
    font: font({ bold: true, color: { argb: COLORS.white } }),
    fill: fill(COLORS.example),
    alignment: align({ horizontal: "center" }),
    border: WHITE_GRID,
    numFmt: "dd/mm/yyyy",
  },
  /** Tab 1. */
  tutoTitle: { font: font({ bold: true, size: 18, color: { argb: "FF333333" } }), fill: fill(COLORS.orange), alignment: align({ horizontal: "center" }) },
  tutoSection: { font: font({ bold: true, size: 14, color: { argb: "FF2F75B5" } }), fill: fill(COLORS.grey), alignment: align({ horizontal: "center" }) },
  tutoText: { font: font({ color: { argb: "FF333333" } }), alignment: align({ horizontal: "left", vertical: "top" }) },
  tutoQuestion: { font: font({ bold: true, color: { argb: COLORS.dark } }), alignment: align({ horizontal: "left" }) },
  tutoLink: { font: font({ color: { argb: COLORS.link }, underline: true }), alignment: align({ horizontal: "left" }) },
  tutoTab: { font: font({ bold: true, color: { argb: COLORS.white } }), fill: fill(COLORS.dark), alignment: align({ horizontal: "left" }) },
  /** Tab 5. */
  listHeader: {
    font: font({ bold: true, color: { argb: COLORS.white } }),
    fill: fill(COLORS.dark),
    alignment: align({ horizontal: "center" }),
    border: WHITE_GRID,
  },
  listPlaceholder: { font: font({ italic: true, color: { argb: "FF7F7F7F" } }), alignment: align({ horizontal: "left", wrapText: false }) },
  listItem: { font: font(), alignment: align({ horizontal: "left", wrapText: false }) },
} satisfies Record<string, Partial<Style>>;

/** Applies a style to one cell (a fresh copy, so that ExcelJS never shares style objects between cells). */
export function styleCell(cell: { style: Partial<Style> }, style: Partial<Style>): void {
  cell.style = JSON.parse(JSON.stringify(style)) as Partial<Style>;
}

/** A row height (points) for wrapped text of `chars` characters in a column `widthChars` wide. */
export function wrappedHeight(text: string, widthChars: number, minimum = 15): number {
  const perLine = Math.max(10, Math.floor(widthChars * 1.1));
  let lines = 0;
  for (const paragraph of text.split("\n")) lines += Math.max(1, Math.ceil(paragraph.length / perLine));
  return Math.max(minimum, lines * 15 + 6);
}
