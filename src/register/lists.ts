/**
 * Dropdown lists: which list serves each dropdown cell and what its items are.
 *
 * The items come from the workbook: the list validation of the dropdown cells points at a list-tab
 * column, which is read WHOLE under its header (the CNIL's own ranges cut items off: its recipients
 * rule `$H$2:$H$6` leaves out "Autre (Préciser)"). When a rule's source cannot be read (its sheet was
 * renamed, a named range), the list-tab column with the list's header is used ("header"); when no cell
 * has a rule, the same; when the workbook has no such column, the CNIL's lists shipped with the add-in
 * ("builtin").
 *
 * Tab 2's "Données sensibles ? Oui/non" cells count as dropdowns only when the workbook puts a
 * validation on them (our template does, the CNIL file does not): a free-text column of the user's
 * own file is never turned into "not in the list" errors. `lists.yesNo` is always there (builtin
 * Oui/Non at worst) so that rules can read what Oui and Non are.
 *
 * Retention presets (`retentions`) are read when the list tab has them but never make dropdowns:
 * they are suggestions, free text is normal.
 */
import type { Dropdown, Fiche, ListInfo, ListKey, ListTab, Register } from "./model";
import type { CellValue, ListValidation, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { cellAddress, columnLetters, columnNumber, parseCell, parseRange, quoteSheetName, splitSheet, type Rect } from "./address";
import { containsCell } from "./ranges";
import { cellText, labelKey } from "./normalize";
import { FICHE_DROPDOWNS, LIST_HEADERS, LIST_HEADER_ROWS, LIST_TAB, LIST_TAB_SENSITIVE_LIST, ZONE_HEADER, isPlaceholder, listKeyOfHeader } from "./layout";
import type { DropdownFieldSpec } from "./layout";
import { BUILTIN_LISTS, CNIL_COUNTRIES } from "./data/cnilLists";
import { ficheGeometry, listHeaderRow, listTabColumns, locate } from "./locate";
import type { Location } from "./locate";

// ---------------------------------------------------------------------------------------------------
// Sources

export type ListSource =
  | { kind: "inline"; items: string[] }
  /** `sheet` undefined: a same-sheet reference. */
  | { kind: "range"; sheet?: string; range: Rect }
  /** A named range, INDIRECT(…), anything we cannot read. */
  | { kind: "unresolvable" };

const BARE_RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

/**
 * A validation's source as Office.js gives it (`='5_-_Listes'!$F$2:$F$10`, `Oui,Non`) or as a file
 * stores it (`'5_-_Listes'!$F$2:$F$10`, `"Oui,Non"`).
 */
export function parseListSource(source: string): ListSource {
  let s = source.trim();
  const isFormula = s.startsWith("=");
  if (isFormula) s = s.slice(1).trim();
  if (s.startsWith('"')) return inline(s);
  if (isFormula || s.includes("!") || BARE_RANGE.test(s)) {
    const range = parseRange(s);
    if (range) return { kind: "range", sheet: splitSheet(s).sheet, range };
    if (isFormula) return { kind: "unresolvable" };
  }
  return inline(s);
}

function inline(s: string): ListSource {
  const body = s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
  const sep = body.includes(",") ? "," : body.includes(";") ? ";" : ",";
  const items = body
    .split(sep)
    .map((x) => x.trim())
    .filter((x) => x !== "" && !isPlaceholder(x));
  return items.length > 0 ? { kind: "inline", items } : { kind: "unresolvable" };
}

interface IndexedValidation {
  range: Rect;
  source: string;
  sheet: string;
}

/** Validations by sheet, ranges parsed once. */
export function indexValidations(validations: readonly ListValidation[]): Map<string, IndexedValidation[]> {
  const bySheet = new Map<string, IndexedValidation[]>();
  for (const v of validations) {
    for (const part of v.range.split(/[\s,]+/)) {
      const range = parseRange(part);
      if (!range) continue;
      let list = bySheet.get(v.sheet);
      if (!list) bySheet.set(v.sheet, (list = []));
      list.push({ range, source: v.source, sheet: v.sheet });
    }
  }
  return bySheet;
}

function validationAt(index: Map<string, IndexedValidation[]>, sheet: string, row: number, col: number): IndexedValidation | undefined {
  const list = index.get(sheet);
  if (!list) return undefined;
  for (const v of list) if (containsCell(v.range, row, col)) return v;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Reading a list-tab column

function sheetByName(sheets: readonly SheetSnapshot[], name: string): SheetSnapshot | undefined {
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function textAt(sheet: SheetSnapshot, row: number, col: number): string {
  return cellText(sheet.values[row - 1]?.[col - 1]);
}

/**
 * Items of a column from `fromRow` to the end of the sheet, placeholder and blanks left out; with the
 * "Zone" column beside it when the header row names one.
 */
function readColumn(sheet: SheetSnapshot, col: number, fromRow: number, headerRow: number | null): Omit<ListInfo, "key" | "origin"> | null {
  const withZone = headerRow !== null && labelKey(textAt(sheet, headerRow, col + 1)) === labelKey(ZONE_HEADER);
  const items: string[] = [];
  const zones: string[] = [];
  let first = 0;
  let last = 0;
  for (let row = fromRow; row <= sheet.values.length; row++) {
    const v: CellValue | undefined = sheet.values[row - 1]?.[col - 1];
    const t = cellText(v);
    if (t === "" || isPlaceholder(t)) continue;
    items.push(t);
    if (withZone) zones.push(textAt(sheet, row, col + 1));
    if (first === 0) first = row;
    last = row;
  }
  if (items.length === 0) return null;
  const letter = columnLetters(col);
  const info: Omit<ListInfo, "key" | "origin"> = { items, range: `${quoteSheetName(sheet.name)}!${letter}${first}:${letter}${last}` };
  if (withZone) info.zones = zones;
  return info;
}

/** The header above a source range: the nearest text above its first row that is not the placeholder. */
function headerAbove(sheet: SheetSnapshot, col: number, startRow: number): number | null {
  for (let row = startRow - 1; row >= 1; row--) {
    const t = textAt(sheet, row, col);
    if (t !== "" && !isPlaceholder(t)) return row;
  }
  return null;
}

function fromSource(sheets: readonly SheetSnapshot[], source: string, ownSheet: string): Omit<ListInfo, "key" | "origin"> | null {
  const parsed = parseListSource(source);
  if (parsed.kind === "inline") return { items: parsed.items };
  if (parsed.kind !== "range") return null;
  const sheet = sheetByName(sheets, parsed.sheet ?? ownSheet);
  if (!sheet) return null;
  const col = parsed.range.left;
  const header = headerAbove(sheet, col, parsed.range.top);
  return readColumn(sheet, col, header === null ? parsed.range.top : header + 1, header);
}

/** The list tab's columns by their header (first LIST_HEADER_ROWS rows). */
export function listTabHeaders(sheet: SheetSnapshot): Partial<Record<ListKey, { col: number; row: number }>> {
  const found: Partial<Record<ListKey, { col: number; row: number }>> = {};
  const rows = Math.min(LIST_HEADER_ROWS, sheet.values.length);
  for (let r = 1; r <= rows; r++) {
    const cells = sheet.values[r - 1] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const key = listKeyOfHeader(labelKey(cellText(cells[c])));
      if (key && !found[key]) found[key] = { col: c + 1, row: r };
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Dropdown cells

/** The rows of a fiche where a dropdown field has its cells. */
function fieldRows(fiche: Fiche, spec: DropdownFieldSpec): number[] {
  if (spec.single) {
    const f = spec.single === "legalBasis" ? fiche.legalBasis : fiche.art9Exception;
    const pos = f ? parseCell(f.cell) : null;
    return pos ? [pos.row] : [];
  }
  switch (spec.block) {
    case "persons":
      return fiche.persons.map((r) => r.row);
    case "recipients":
      return fiche.recipients.map((r) => r.row);
    case "measures":
      return fiche.measures.map((r) => r.row);
    case "transfers":
      return fiche.transfers.map((r) => r.row);
    default:
      return [];
  }
}

const KIND_PRIORITY: Record<Fiche["kind"], number> = { model: 0, fiche: 1, "unused-copy": 2, example: 3 };

/**
 * Resolves every list and lists every dropdown cell. The model's rules are tried first (they are the
 * ones new fiches get), then the fiches', the copies', the example's.
 */
export function resolveLists(
  snapshot: WorkbookSnapshot,
  where: Pick<Location, "lists">,
  fiches: readonly Fiche[],
  listTab: ListTab | undefined,
): Pick<Register, "lists" | "dropdowns"> {
  const index = indexValidations(snapshot.validations);
  const sources = new Map<ListKey, { source: string; sheet: string }[]>();
  const seen = new Set<string>();
  const addSource = (key: ListKey, v: IndexedValidation): void => {
    const id = `${key}\u0000${v.sheet}\u0000${v.source}`;
    if (seen.has(id)) return;
    seen.add(id);
    let list = sources.get(key);
    if (!list) sources.set(key, (list = []));
    list.push({ source: v.source, sheet: v.sheet });
  };

  const ordered = [...fiches].sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || (a.isModelTab === b.isModelTab ? 0 : a.isModelTab ? -1 : 1));
  const cellsOf = new Map<Fiche, { spec: DropdownFieldSpec; rows: number[] }[]>();
  for (const fiche of ordered) {
    const fields: { spec: DropdownFieldSpec; rows: number[] }[] = [];
    const hasRules = index.has(fiche.sheet);
    for (const spec of FICHE_DROPDOWNS) {
      const rows = fieldRows(fiche, spec);
      if (rows.length === 0) continue;
      fields.push({ spec, rows });
      if (!hasRules) continue;
      // The Office adapter reads the rule of the first cell only; a file gives them all.
      for (const row of rows) {
        const v = validationAt(index, fiche.sheet, row, spec.column);
        if (v) {
          addSource(spec.list, v);
          break;
        }
      }
    }
    cellsOf.set(fiche, fields);
  }

  let sensitiveHasRule = false;
  if (listTab) {
    const col = columnNumber(listTab.columns?.sensitive ?? columnLetters(LIST_TAB.defaultColumns.sensitive));
    const lastRow = Math.max(listTab.firstLineRow, ...listTab.lines.map((l) => l.row));
    for (let row = listTab.firstLineRow; row <= lastRow; row++) {
      const v = validationAt(index, listTab.sheet, row, col);
      if (v) {
        addSource(LIST_TAB_SENSITIVE_LIST, v);
        sensitiveHasRule = true;
        break;
      }
    }
  }

  const listSheet = where.lists;
  const headers = listSheet ? listTabHeaders(listSheet) : {};
  const lists: Register["lists"] = {};
  // Plain keys from the layout, not the zod schema: the task pane must not load zod for this.
  for (const key of Object.keys(LIST_HEADERS) as ListKey[]) {
    let info: ListInfo | undefined;
    for (const s of sources.get(key) ?? []) {
      const read = fromSource(snapshot.sheets, s.source, s.sheet);
      if (read) {
        info = { key, origin: "workbook", ...read };
        break;
      }
    }
    const h = headers[key];
    if (!info && listSheet && h) {
      const read = readColumn(listSheet, h.col, h.row + 1, h.row);
      if (read) info = { key, origin: "header", ...read };
    }
    const builtin = BUILTIN_LISTS[key];
    if (!info && builtin) {
      info = { key, origin: "builtin", items: [...builtin] };
      if (key === "countries") info.zones = CNIL_COUNTRIES.map((c) => c.zone);
    }
    if (info) lists[key] = info;
  }

  const dropdowns: Dropdown[] = [];
  for (const fiche of fiches) {
    for (const { spec, rows } of cellsOf.get(fiche) ?? []) {
      if (!lists[spec.list]) continue;
      for (const row of rows) dropdowns.push({ sheet: fiche.sheet, cell: cellAddress(row, spec.column), list: spec.list });
    }
  }
  if (listTab && sensitiveHasRule && lists[LIST_TAB_SENSITIVE_LIST]) {
    const letter = listTab.columns?.sensitive ?? columnLetters(LIST_TAB.defaultColumns.sensitive);
    for (const line of listTab.lines) dropdowns.push({ sheet: listTab.sheet, cell: `${letter}${line.row}`, list: LIST_TAB_SENSITIVE_LIST });
  }
  return { lists, dropdowns };
}

// ---------------------------------------------------------------------------------------------------
// Probe cells for the Office adapter

/**
 * The cells whose validation rule the Office adapter must read: the first cell of each dropdown field
 * of every fiche-shaped sheet, and tab 2's first line cell of "Données sensibles ?". A handful per
 * sheet, so one sync reads them all.
 */
export function dropdownProbeCells(sheets: SheetSnapshot[]): { sheet: string; cell: string }[] {
  const where = locate(sheets);
  const cells: { sheet: string; cell: string }[] = [];
  for (const f of where.fiches) {
    const geometry = ficheGeometry(f.sheet.values, f.scan);
    for (const spec of FICHE_DROPDOWNS) {
      let row: number | undefined;
      if (spec.single) row = f.scan.singles[spec.single];
      else if (spec.block) {
        const g = geometry[spec.block];
        row = g && g.rows.length > 0 ? g.rows[0] : undefined;
      }
      if (row !== undefined) cells.push({ sheet: f.sheet.name, cell: cellAddress(row, spec.column) });
    }
  }
  if (where.list) {
    const values = where.list.values;
    const headerRow = listHeaderRow(values) ?? LIST_TAB.cnilHeaderRow;
    const cols = listTabColumns(values, headerRow);
    cells.push({ sheet: where.list.name, cell: cellAddress(headerRow + 1, cols.sensitive) });
  }
  return cells;
}
