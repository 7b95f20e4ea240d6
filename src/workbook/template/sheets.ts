/**
 * Writes the five tabs of our template into an ExcelJS workbook. Layout knowledge (labels, blocks,
 * columns, list headers, tab names) comes from register/layout.ts; the look from ./styles; the French
 * prose from ./tutorial.fr and ./texts.fr.
 */
import type { Cell, DataValidation, Style, Worksheet } from "exceljs";
import type { ListKey, TabRole } from "../../register";
import { cellAddress, quoteSheetName } from "../../register";
import { FICHE_COLUMNS, LIST_TAB, PLACEHOLDER } from "../../register";
import type { CptsExample } from "../../register";
import { ficheRows, type FicheRow } from "./ficheLayout";
import { LIST_FIRST_ITEM_ROW, LIST_HEADER_ROW, LIST_PLACEHOLDER_ROW, listRange, type TemplateListColumn } from "./lists";
import { STYLE, styleCell, wrappedHeight } from "./styles";
import { TEMPLATE_TEXTS, VALIDATION_TEXTS } from "./texts.fr";
import { TUTORIAL } from "./tutorial.fr";

type Names = Readonly<Record<TabRole, string>>;

const LAST_COL = FICHE_COLUMNS.last; // H
const HELP_COL = 10; // J

/** Styles every cell of a rectangle, then merges it (when more than one cell) and returns its top-left cell. */
function area(ws: Worksheet, row: number, c1: number, c2: number, style: Partial<Style>, r2 = row): Cell {
  for (let r = row; r <= r2; r++) for (let c = c1; c <= c2; c++) styleCell(ws.getCell(cellAddress(r, c)), style);
  if (c2 > c1 || r2 > row) ws.mergeCells(`${cellAddress(row, c1)}:${cellAddress(r2, c2)}`);
  return ws.getCell(cellAddress(row, c1));
}

function setWidths(ws: Worksheet, widths: number[]): void {
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/** A list validation pointing at a column of the list tab. */
function listValidation(range: string, strict: boolean): DataValidation {
  return strict
    ? {
        type: "list",
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: VALIDATION_TEXTS.errorTitle,
        error: VALIDATION_TEXTS.error,
      }
    : // Suggestions only (retention presets): any text stays allowed.
      { type: "list", allowBlank: true, formulae: [range], showErrorMessage: false };
}

export interface ListRanges {
  /** `'5 - Liste déroulante'!$F$2:$F$26` for each list the fiches use. */
  of(key: ListKey): string;
}

// ---------------------------------------------------------------------------------------------------
// Tab 1

export function writeTutorial(ws: Worksheet, names: Names): void {
  const widths = [82, 38];
  setWidths(ws, widths);
  const total = widths[0] + widths[1];
  let row = 1;
  for (const block of TUTORIAL) {
    switch (block.kind) {
      case "title":
        area(ws, row, 1, 2, STYLE.tutoTitle).value = block.text;
        ws.getRow(row).height = 36;
        break;
      case "spacer":
        ws.getRow(row).height = 8;
        break;
      case "section":
        area(ws, row, 1, 2, STYLE.tutoSection).value = block.text;
        ws.getRow(row).height = 22;
        break;
      case "tab":
        // A link to the tab (saveXlsx writes `#'Sheet'!A1` as a link inside the workbook).
        area(ws, row, 1, 2, STYLE.tutoTab).value = {
          text: `${block.text} : onglet « ${names[block.target]} »`,
          hyperlink: `#${quoteSheetName(names[block.target])}!A1`,
        };
        ws.getRow(row).height = 22;
        break;
      case "question":
        area(ws, row, 1, 2, STYLE.tutoQuestion).value = block.text;
        ws.getRow(row).height = wrappedHeight(block.text, total, 20);
        break;
      case "link":
        area(ws, row, 1, 2, STYLE.tutoLink).value = { text: block.text, hyperlink: block.url };
        ws.getRow(row).height = 18;
        break;
      case "text":
        area(ws, row, 1, 2, STYLE.tutoText).value = block.text;
        ws.getRow(row).height = wrappedHeight(block.text, total);
        break;
    }
    row++;
  }
}

// ---------------------------------------------------------------------------------------------------
// Tab 2

/** The first and last rows of tab 2's table body our template formats. */
export const LIST_TAB_EXAMPLE_ROW = LIST_TAB.cnilHeaderRow + 1;
export const LIST_TAB_LAST_ROW = 40;

export interface ExampleLine {
  name: string;
  ref: string;
  created: Date;
  updated: Date;
  purpose: string;
  sensitive: string;
}

export function writeListTab(ws: Worksheet, ranges: ListRanges, example: ExampleLine): void {
  setWidths(ws, [34, 14, 13, 13, 16, 16, 26, 13, 28, 3, 44]);
  const cols = LIST_TAB.defaultColumns;
  const last = LIST_TAB.lastColumn;

  // Rows 1–6: controller, representative, DPO; label in A over two rows, label/value pairs B:C … H:I.
  for (const role of ["controller", "representative", "dpo"] as const) {
    const first = LIST_TAB.cnilOrgRows[role];
    area(ws, first, 1, 1, STYLE.orgLabel, first + 1).value = LIST_TAB.org[role].label;
    for (let r = first; r <= first + 1; r++) ws.getRow(r).height = 42;
    for (const spec of Object.values(LIST_TAB.cnilContactCells[role])) {
      const label = ws.getCell(cellAddress(first + spec.row, spec.col - 1));
      styleCell(label, STYLE.contactLabel);
      label.value = spec.label;
      styleCell(ws.getCell(cellAddress(first + spec.row, spec.col)), STYLE.value);
    }
  }
  styleCell(ws.getCell(cellAddress(1, 11)), STYLE.helpHeader);
  ws.getCell(cellAddress(1, 11)).value = TEMPLATE_TEXTS.helpHeader;
  TEMPLATE_TEXTS.listTabHelp.forEach((l, i) => {
    const c = ws.getCell(cellAddress(2 + i, 11));
    styleCell(c, STYLE.helpLink);
    c.value = { text: l.text, hyperlink: l.url };
  });

  // Row 7: group headers, each running to the next one.
  const headerRow = LIST_TAB.cnilHeaderRow;
  const groups = LIST_TAB.groupHeaders;
  groups.forEach((g, i) => {
    const end = i + 1 < groups.length ? groups[i + 1].col - 1 : last;
    area(ws, headerRow - 1, g.col, end, STYLE.groupHeader).value = g.label;
  });
  ws.getRow(headerRow - 1).height = 24;

  // Row 8: column headers; the purpose (E:G) and the sensitive column (H:I) are merged.
  for (const h of LIST_TAB.columnHeaders) {
    const end = h.col === cols.sensitive ? last : h.col;
    area(ws, headerRow, h.col, end, STYLE.columnHeader).value = h.label;
  }
  area(ws, headerRow, cols.purpose, cols.sensitive - 1, STYLE.columnHeader);
  ws.getRow(headerRow).height = 48;

  // Row 9: the example line; rows 10–40: empty lines with the same merges.
  for (let r = LIST_TAB_EXAMPLE_ROW; r <= LIST_TAB_LAST_ROW; r++) {
    const isExample = r === LIST_TAB_EXAMPLE_ROW;
    const text = isExample ? STYLE.exampleLine : STYLE.value;
    const date = isExample ? STYLE.exampleLineDate : STYLE.date;
    area(ws, r, cols.name, cols.name, text);
    area(ws, r, cols.ref, cols.ref, text);
    area(ws, r, cols.created, cols.created, date);
    area(ws, r, cols.updated, cols.updated, date);
    area(ws, r, cols.purpose, cols.sensitive - 1, text);
    area(ws, r, cols.sensitive, last, text);
    ws.getCell(cellAddress(r, cols.sensitive)).dataValidation = listValidation(ranges.of("yesNo"), true);
    ws.getRow(r).height = isExample ? 45 : 22;
  }
  const ex = LIST_TAB_EXAMPLE_ROW;
  ws.getCell(cellAddress(ex, cols.name)).value = example.name;
  ws.getCell(cellAddress(ex, cols.ref)).value = example.ref;
  ws.getCell(cellAddress(ex, cols.created)).value = example.created;
  ws.getCell(cellAddress(ex, cols.updated)).value = example.updated;
  ws.getCell(cellAddress(ex, cols.purpose)).value = example.purpose;
  ws.getCell(cellAddress(ex, cols.sensitive)).value = example.sensitive;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow, activeCell: cellAddress(headerRow + 2, 1) }];
}

// ---------------------------------------------------------------------------------------------------
// Tabs 3 and 4

export interface FicheContent {
  /** The model tab's name, quoted in the instructions. */
  modelTab: string;
  name: string;
  ref: string;
  created?: Date;
  updated?: Date;
  controller?: { name: string; address: string; postcode: string; city: string; country: string; phone: string; email: string };
  example?: CptsExample;
}

/** Writes a fiche; returns the rows it laid out (tests and the example use them). */
export function writeFiche(ws: Worksheet, ranges: ListRanges, kind: "model" | "example", content: FicheContent): FicheRow[] {
  setWidths(ws, [52, 22, 26, 16, 16, 16, 16, 18, 3, 46]);
  const rows = ficheRows();
  const ex = content.example;
  const subPurposes = ex?.subPurposes ?? [];
  const choiceOf = (block: "persons" | "recipients" | "measures", i: number) => ex?.[block][i - 1];
  const strict = (key: ListKey) => listValidation(ranges.of(key), true);

  rows.forEach((spec, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    switch (spec.kind) {
      case "title": {
        area(ws, r, 1, LAST_COL - 1, STYLE.title).value = kind === "model" ? TEMPLATE_TEXTS.modelTitle : TEMPLATE_TEXTS.exampleTitle;
        const ref = ws.getCell(cellAddress(r, LAST_COL));
        styleCell(ref, STYLE.titleRef);
        // The only formula of the template, as in the CNIL's: the fiche's reference shown in its corner.
        ref.value = { formula: cellAddress(rows.findIndex((x) => x.kind === "field" && x.field === "ref") + 1, FICHE_COLUMNS.value), result: content.ref };
        row.height = 28;
        break;
      }
      case "instructions": {
        const text = kind === "model" ? TEMPLATE_TEXTS.modelInstructions(content.modelTab) : TEMPLATE_TEXTS.exampleInstructions;
        area(ws, r, 1, LAST_COL, STYLE.instructions).value = text;
        row.height = wrappedHeight(text, 180, 30);
        break;
      }
      case "blank":
        row.height = 10;
        break;
      case "section": {
        area(ws, r, 1, 1, STYLE.section).value = spec.label;
        const h = spec.columnHeaders;
        if (h.length === 7) h.forEach((t, k) => (area(ws, r, 2 + k, 2 + k, STYLE.sectionHeader).value = t));
        else if (h.length === 2) {
          area(ws, r, FICHE_COLUMNS.value, FICHE_COLUMNS.detail - 1, STYLE.sectionHeader).value = h[0];
          area(ws, r, FICHE_COLUMNS.detail, LAST_COL, STYLE.sectionHeader).value = h[1];
        } else if (h.length === 4) {
          const t = FICHE_COLUMNS.transfer;
          area(ws, r, t.recipient, t.recipient, STYLE.sectionHeader).value = h[0];
          area(ws, r, t.country, t.country, STYLE.sectionHeader).value = h[1];
          area(ws, r, t.guarantee, t.documentation - 1, STYLE.sectionHeader).value = h[2];
          area(ws, r, t.documentation, LAST_COL, STYLE.sectionHeader).value = h[3];
        } else area(ws, r, 2, LAST_COL, STYLE.sectionHeader);
        row.height = 30;
        break;
      }
      case "field": {
        area(ws, r, 1, 1, STYLE.label).value = spec.label;
        const cell = area(ws, r, FICHE_COLUMNS.value, LAST_COL, spec.list ? STYLE.dropdown : spec.date ? STYLE.date : STYLE.value);
        if (spec.list) {
          ws.getCell(cellAddress(r, FICHE_COLUMNS.value)).dataValidation = strict(spec.list);
          cell.value = PLACEHOLDER;
        }
        const v = fieldValue(spec.field, content);
        if (v !== undefined) cell.value = v;
        row.height = 26;
        break;
      }
      case "actor": {
        area(ws, r, 1, 1, STYLE.label).value = spec.label;
        for (let c = 2; c <= LAST_COL; c++) styleCell(ws.getCell(cellAddress(r, c)), STYLE.value);
        if (spec.actor === "controller" && content.controller) {
          const a = FICHE_COLUMNS.actor;
          const v = content.controller;
          ws.getCell(cellAddress(r, a.name)).value = v.name;
          ws.getCell(cellAddress(r, a.address)).value = v.address;
          ws.getCell(cellAddress(r, a.postcode)).value = v.postcode;
          ws.getCell(cellAddress(r, a.city)).value = v.city;
          ws.getCell(cellAddress(r, a.country)).value = v.country;
          ws.getCell(cellAddress(r, a.phone)).value = v.phone;
          ws.getCell(cellAddress(r, a.email)).value = v.email;
        }
        row.height = 30;
        break;
      }
      case "subPurpose": {
        area(ws, r, 1, 1, STYLE.label).value = spec.label;
        const cell = area(ws, r, FICHE_COLUMNS.value, LAST_COL, STYLE.value);
        if (subPurposes[spec.index - 1]) cell.value = subPurposes[spec.index - 1];
        row.height = 24;
        break;
      }
      case "data": {
        area(ws, r, 1, 1, STYLE.label).value = spec.label;
        const d = area(ws, r, FICHE_COLUMNS.value, FICHE_COLUMNS.detail - 1, STYLE.value);
        const k = area(ws, r, FICHE_COLUMNS.detail, LAST_COL, STYLE.value);
        ws.getCell(cellAddress(r, FICHE_COLUMNS.detail)).dataValidation = listValidation(ranges.of("retentions"), false);
        const filled = ex?.data[spec.key];
        if (filled) {
          d.value = filled.description;
          k.value = filled.retention;
        }
        row.height = wrappedHeight(spec.label, 50, 30);
        break;
      }
      case "choice": {
        area(ws, r, 1, 1, STYLE.label).value = spec.label;
        const v = area(ws, r, FICHE_COLUMNS.value, FICHE_COLUMNS.detail - 1, STYLE.dropdown);
        const p = area(ws, r, FICHE_COLUMNS.detail, LAST_COL, STYLE.value);
        ws.getCell(cellAddress(r, FICHE_COLUMNS.value)).dataValidation = strict(spec.list);
        const filled = choiceOf(spec.block, spec.index);
        v.value = filled ? filled.value : PLACEHOLDER;
        if (filled) p.value = filled.detail;
        row.height = 30;
        break;
      }
      case "transfer": {
        const t = FICHE_COLUMNS.transfer;
        area(ws, r, 1, 1, STYLE.label).value = spec.label;
        const recipient = area(ws, r, t.recipient, t.recipient, STYLE.value);
        const country = area(ws, r, t.country, t.country, STYLE.dropdown);
        const guarantee = area(ws, r, t.guarantee, t.documentation - 1, STYLE.dropdown);
        const docs = area(ws, r, t.documentation, LAST_COL, STYLE.value);
        ws.getCell(cellAddress(r, t.country)).dataValidation = strict(spec.countryList);
        ws.getCell(cellAddress(r, t.guarantee)).dataValidation = strict(spec.guaranteeList);
        const filled = ex?.transfers[spec.index - 1];
        country.value = filled ? filled.country : PLACEHOLDER;
        guarantee.value = filled ? filled.guarantee : PLACEHOLDER;
        if (filled) {
          recipient.value = filled.recipient;
          docs.value = filled.documentation;
        }
        row.height = 32;
        break;
      }
    }
  });

  // Column J: where to read more on the CNIL's site.
  const help = ws.getCell(cellAddress(1, HELP_COL));
  styleCell(help, STYLE.helpHeader);
  help.value = TEMPLATE_TEXTS.helpHeader;
  TEMPLATE_TEXTS.helpLinks.forEach((l, i) => {
    const c = ws.getCell(cellAddress(2 + i, HELP_COL));
    styleCell(c, STYLE.helpLink);
    c.value = { text: l.text, hyperlink: l.url };
  });
  // How it prints: template/print.ts.
  return rows;
}

function fieldValue(field: string, content: FicheContent): string | Date | undefined {
  const ex = content.example;
  switch (field) {
    case "name":
      return content.name || undefined;
    case "ref":
      return content.ref;
    case "created":
      return content.created;
    case "updated":
      return content.updated;
    case "mainPurpose":
      return ex?.mainPurpose;
    case "legalBasis":
      return ex?.legalBasis;
    case "art9Exception":
      return ex?.art9Exception;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Tab 5

export function writeListsTab(ws: Worksheet, columns: TemplateListColumn[]): void {
  const lastCol = Math.max(...columns.map((c) => c.zone?.col ?? c.col));
  for (let c = 1; c <= lastCol; c++) ws.getColumn(c).width = 3;
  for (const col of columns) {
    const longest = Math.max(col.header.length, ...col.items.map((s) => s.length));
    ws.getColumn(col.col).width = Math.min(70, Math.max(18, Math.ceil(longest * 1.05)));
    writeListColumn(ws, col.col, col.header, col.items, true);
    if (col.zone) {
      ws.getColumn(col.zone.col).width = Math.max(14, ...col.zone.values.map((v) => v.length + 2));
      writeListColumn(ws, col.zone.col, col.zone.header, col.zone.values, false);
    }
  }
  ws.getRow(LIST_HEADER_ROW).height = 32;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: LIST_HEADER_ROW, activeCell: "A3" }];
}

function writeListColumn(ws: Worksheet, col: number, header: string, items: readonly string[], placeholder: boolean): void {
  const h = ws.getCell(cellAddress(LIST_HEADER_ROW, col));
  styleCell(h, STYLE.listHeader);
  h.value = header;
  if (placeholder) {
    const p = ws.getCell(cellAddress(LIST_PLACEHOLDER_ROW, col));
    styleCell(p, STYLE.listPlaceholder);
    p.value = PLACEHOLDER;
  }
  items.forEach((item, i) => {
    const c = ws.getCell(cellAddress(LIST_FIRST_ITEM_ROW + i, col));
    styleCell(c, STYLE.listItem);
    c.value = item;
  });
}

/** Builds the ranges object from the list columns. */
export function rangesOf(listsSheet: string, columns: TemplateListColumn[]): ListRanges {
  return {
    of(key) {
      const col = columns.find((c) => c.key === key);
      if (!col) throw new Error(`No list column for ${key}`);
      return listRange(listsSheet, col);
    },
  };
}
