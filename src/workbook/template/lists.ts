/**
 * The columns of our template's `5 - Liste déroulante` tab: which list goes in which column, under which
 * header, and the range a data validation points at. Pure: the sheet writer and the tests read it.
 *
 * The CNIL's five lists keep the CNIL's columns (A garanties, C pays + D zone, F personnes,
 * H destinataires, J mesures) so that a rule written for the CNIL file still points at the right list;
 * the CPTS lists follow, one column apart. Every list has its header in row 1 (the label layout.ts
 * gives, so that the engine finds it by header), the placeholder in row 2 and its items from row 3.
 */
import type { ListKey } from "../../register";
import { cellAddress, columnLetters, quoteSheetName } from "../../register";
import { CNIL_COUNTRIES } from "../../register";
import { COUNTRIES_MISSING_FROM_CNIL_LIST, countryZoneToday } from "../../register";
import { CPTS_LISTS } from "../../register";
import { LIST_HEADERS, PLACEHOLDER, ZONE_HEADER } from "../../register";

export interface TemplateListColumn {
  /** A list the engine knows, or a list of suggestions only it does not check. */
  key: ListKey | "recipientPrecisions";
  header: string;
  /** Column (A = 1). */
  col: number;
  /** Items without the placeholder (written from row 3). */
  items: string[];
  /** For the countries: the "Zone" column beside them and its values, parallel to `items`. */
  zone?: { col: number; header: string; values: string[] };
}

/** Row of the headers, of the placeholder, and of the first item. */
export const LIST_HEADER_ROW = 1;
export const LIST_PLACEHOLDER_ROW = 2;
export const LIST_FIRST_ITEM_ROW = 3;

function cptsList(key: TemplateListColumn["key"]): { header: string; items: string[] } {
  const list = CPTS_LISTS.find((l) => l.key === key);
  if (!list) throw new Error(`CPTS list missing from data/cptsLists.ts: ${key}`);
  return { header: list.header, items: [...list.items] };
}

function cptsItems(key: TemplateListColumn["key"]): string[] {
  return cptsList(key).items;
}

/** Countries: the CNIL's, plus the ones with an adequacy decision it lacks (United Kingdom), in French alphabetical order. */
export function templateCountries(today: Date): { names: string[]; zones: string[] } {
  const names = [...CNIL_COUNTRIES.map((c) => c.name), ...COUNTRIES_MISSING_FROM_CNIL_LIST.filter((n) => !CNIL_COUNTRIES.some((c) => c.name === n))];
  names.sort((a, b) => a.localeCompare(b, "fr", { sensitivity: "base" }));
  return { names, zones: names.map((n) => countryZoneToday(n, today)) };
}

/** The list columns of our template, in column order. */
export function templateListColumns(today: Date): TemplateListColumn[] {
  const countries = templateCountries(today);
  const header = (key: ListKey) => LIST_HEADERS[key].label;
  const precisions = cptsList("recipientPrecisions");
  return [
    { key: "guarantees", header: header("guarantees"), col: 1, items: cptsItems("guarantees") },
    {
      key: "countries",
      header: header("countries"),
      col: 3,
      items: countries.names,
      zone: { col: 4, header: ZONE_HEADER, values: countries.zones },
    },
    { key: "persons", header: header("persons"), col: 6, items: cptsItems("persons") },
    { key: "recipients", header: header("recipients"), col: 8, items: cptsItems("recipients") },
    { key: "measures", header: header("measures"), col: 10, items: cptsItems("measures") },
    { key: "yesNo", header: header("yesNo"), col: 12, items: cptsItems("yesNo") },
    { key: "legalBases", header: header("legalBases"), col: 14, items: cptsItems("legalBases") },
    { key: "art9Exceptions", header: header("art9Exceptions"), col: 16, items: cptsItems("art9Exceptions") },
    { key: "retentions", header: header("retentions"), col: 18, items: cptsItems("retentions") },
    { key: "recipientPrecisions", header: precisions.header, col: 20, items: precisions.items },
  ];
}

/** The cells a validation points at: from the placeholder row to the last item, like the CNIL's ranges. */
export function listRange(sheetName: string, column: TemplateListColumn): string {
  const letter = columnLetters(column.col);
  const last = LIST_FIRST_ITEM_ROW + column.items.length - 1;
  return `${quoteSheetName(sheetName)}!$${letter}$${LIST_PLACEHOLDER_ROW}:$${letter}$${last}`;
}

/** The address of the header cell of a list (for tests and messages). */
export function listHeaderCell(column: TemplateListColumn): string {
  return cellAddress(LIST_HEADER_ROW, column.col);
}

export { PLACEHOLDER };
