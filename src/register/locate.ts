/**
 * Which sheet plays which role, which sheets are fiches, and where a fiche's rows and blocks are.
 * Facts only: judging them (an unused copy, a filled-in model) is the rules' business.
 *
 * One pass over column A per sheet; nothing here reads a cell twice.
 */
import type { FicheKind, TabRole } from "./model";
import type { CellValue, SheetSnapshot } from "./snapshot";
import { cellText, labelKey } from "./normalize";
import {
  BLOCK_OF_SECTION,
  FICHE_COLUMNS,
  LIST_HEADER_ROWS,
  LIST_TAB,
  TAB_ORDER,
  isExcelCopyName,
  listColumnOfHeader,
  listKeyOfHeader,
  sectionOfLabel,
  singleFieldOfLabel,
  tabRoleOfName,
  actorOfLabel,
  valueText,
} from "./layout";
import type { ActorField, ListLineColumn, SectionKey, SingleField } from "./layout";
import type { BlockKey, BlockSpan } from "./model";

/** What column A of a fiche-shaped sheet says, row by row (rows 1-based). */
export interface FicheScan {
  /** Column A as typed (trimmed), index = row; "" for no label. */
  labels: string[];
  /** labelKey of each label. */
  keys: string[];
  /** First row of each named single field. */
  singles: Partial<Record<SingleField, number>>;
  /** Row of each actor of the "Acteurs" table. */
  actors: Partial<Record<ActorField, number>>;
  /** Section headers, top to bottom. */
  sections: { row: number; key: SectionKey }[];
  /** Last row of the values (the sheet's height). */
  height: number;
}

/** A block's span and the rows that are its items (single-field rows inside it left out). */
export interface BlockGeometry {
  span: BlockSpan;
  rows: number[];
}

export type FicheGeometry = Partial<Record<BlockKey, BlockGeometry>>;

function rowHasContent(values: CellValue[][], row: number, label: string): boolean {
  if (label) return true;
  const r = values[row - 1];
  if (!r) return false;
  const end = Math.min(r.length, FICHE_COLUMNS.last);
  for (let c = FICHE_COLUMNS.value; c <= end; c++) if (cellText(r[c - 1]) !== "") return true;
  return false;
}

/**
 * Reads column A once. Returns null unless the sheet is shaped like a fiche: its column A holds
 * `Nom du traitement`, `N° / RÉF` and `Finalité principale` (or their known variants).
 */
export function scanFiche(values: CellValue[][]): FicheScan | null {
  const height = values.length;
  const labels: string[] = new Array<string>(height + 1).fill("");
  const keys: string[] = new Array<string>(height + 1).fill("");
  const singles: FicheScan["singles"] = {};
  const actors: FicheScan["actors"] = {};
  const sections: FicheScan["sections"] = [];
  for (let row = 1; row <= height; row++) {
    const raw = cellText(values[row - 1]?.[FICHE_COLUMNS.label - 1]);
    if (!raw) continue;
    const key = labelKey(raw);
    labels[row] = raw;
    keys[row] = key;
    const section = sectionOfLabel(key);
    if (section) {
      sections.push({ row, key: section });
      continue;
    }
    const field = singleFieldOfLabel(key);
    if (field) {
      if (singles[field] === undefined) singles[field] = row;
      continue;
    }
    const actor = actorOfLabel(key);
    if (actor && actors[actor] === undefined) actors[actor] = row;
  }
  if (singles.name === undefined || singles.ref === undefined || singles.mainPurpose === undefined) return null;
  return { labels, keys, singles, actors, sections, height };
}

/**
 * Blocks run from their header to the row before the next section header; trailing rows with neither
 * a label nor a value (the CNIL's blank separator rows) are left out, so a row inserted inside a block,
 * labelled or not, belongs to it. The last section has no next header: it runs until two blank rows.
 */
export function ficheGeometry(values: CellValue[][], scan: FicheScan): FicheGeometry {
  const singleRows = new Set<number>(Object.values(scan.singles));
  const actorRows = new Set<number>(Object.values(scan.actors));
  const geometry: FicheGeometry = {};
  scan.sections.forEach((section, i) => {
    const block = BLOCK_OF_SECTION[section.key];
    if (!block || geometry[block]) return;
    const next = scan.sections[i + 1];
    const header = section.row;
    let last = header;
    if (next) {
      for (let row = next.row - 1; row > header; row--) {
        if (rowHasContent(values, row, scan.labels[row])) {
          last = row;
          break;
        }
      }
    } else {
      // No next header: a single blank row (a label deleted) does not end it, two do.
      let gap = 0;
      for (let row = header + 1; row <= scan.height && gap < 2; row++) {
        if (rowHasContent(values, row, scan.labels[row])) {
          last = row;
          gap = 0;
        } else gap++;
      }
    }
    const rows: number[] = [];
    for (let row = header + 1; row <= last; row++) if (!singleRows.has(row) && !actorRows.has(row)) rows.push(row);
    geometry[block] = { span: { header, first: header + 1, last }, rows };
  });
  return geometry;
}

/** A fiche-shaped sheet's processing name as typed (placeholder read as empty). */
export function ficheName(values: CellValue[][], scan: FicheScan): string {
  const row = scan.singles.name;
  return row === undefined ? "" : valueText(values[row - 1]?.[FICHE_COLUMNS.value - 1]);
}

export interface LocatedFiche {
  sheet: SheetSnapshot;
  scan: FicheScan;
  kind: FicheKind;
  isModelTab: boolean;
}

export interface Location {
  /** The sheet that plays each role, when found. */
  tabs: Partial<Record<TabRole, string>>;
  /** Every fiche-shaped sheet, in tab order. */
  fiches: LocatedFiche[];
  list?: SheetSnapshot;
  lists?: SheetSnapshot;
}

/** The row of tab 2's column headers (`Nom du traitement` in column A), or null. */
export function listHeaderRow(values: CellValue[][]): number | null {
  const target = labelKey(LIST_TAB.headerLabel);
  for (let row = 1; row <= values.length; row++) {
    if (labelKey(cellText(values[row - 1]?.[0])) === target) return row;
  }
  return null;
}

function looksLikeListOfProcessings(sheet: SheetSnapshot): boolean {
  const row = listHeaderRow(sheet.values);
  return row !== null && listColumnOfHeader(labelKey(cellText(sheet.values[row - 1]?.[1]))) === "ref";
}

function looksLikeListTab(sheet: SheetSnapshot): boolean {
  const found = new Set<string>();
  for (let r = 0; r < Math.min(LIST_HEADER_ROWS, sheet.values.length); r++) {
    for (const v of sheet.values[r] ?? []) {
      const key = listKeyOfHeader(labelKey(cellText(v)));
      if (key) found.add(key);
    }
  }
  return found.size >= 2;
}

/**
 * Roles by name first (CNIL names, CPTS renamings, 31-character cuts), confirmed by structure: a
 * fiche-shaped sheet is never tab 2 nor the list tab. When a name says nothing, structure decides
 * (tab 2 by its table header, the list tab by its column headers).
 *
 * Fiche kinds: the example tab is "example"; a filled name makes a "fiche" (the model tab
 * filled in directly too, with isModelTab); the blank model tab is "model"; when the model tab is
 * filled or missing, the first unnamed fiche-shaped sheet is "model"; other unnamed ones are
 * "unused-copy".
 */
export function locate(sheets: readonly SheetSnapshot[], scanOf: (sheet: SheetSnapshot) => FicheScan | null = (sheet) => scanFiche(sheet.values)): Location {
  const tabs: Location["tabs"] = {};
  const shaped: { sheet: SheetSnapshot; scan: FicheScan }[] = [];
  const others: SheetSnapshot[] = [];
  for (const sheet of sheets) {
    const scan = scanOf(sheet);
    if (scan) shaped.push({ sheet, scan });
    else others.push(sheet);
  }

  const byName = (role: TabRole, pool: readonly SheetSnapshot[]): SheetSnapshot | undefined => pool.find((s) => tabRoleOfName(s.name) === role);

  const list = byName("list", others) ?? others.find(looksLikeListOfProcessings);
  const lists = others.find((s) => s !== list && tabRoleOfName(s.name) === "lists") ?? others.find((s) => s !== list && looksLikeListTab(s));
  const tutorial = others.find((s) => s !== list && s !== lists && tabRoleOfName(s.name) === "tutorial");
  const example = shaped.find((f) => tabRoleOfName(f.sheet.name) === "example");
  const modelTab = shaped.find((f) => f !== example && tabRoleOfName(f.sheet.name) === "model" && !isExcelCopyName(f.sheet.name));

  const fiches: LocatedFiche[] = [];
  let blankModel: LocatedFiche | undefined;
  const unnamed: LocatedFiche[] = [];
  for (const f of shaped) {
    const isModelTab = f === modelTab;
    if (f === example) {
      fiches.push({ ...f, kind: "example", isModelTab: false });
      continue;
    }
    const named = ficheName(f.sheet.values, f.scan) !== "";
    const located: LocatedFiche = { ...f, kind: named ? "fiche" : "unused-copy", isModelTab };
    fiches.push(located);
    if (!named) {
      if (isModelTab) blankModel = located;
      else unnamed.push(located);
    }
  }
  if (!blankModel && unnamed.length > 0) blankModel = unnamed[0];
  if (blankModel) blankModel.kind = "model";

  if (tutorial) tabs.tutorial = tutorial.name;
  if (list) tabs.list = list.name;
  const model = modelTab ?? blankModel;
  if (model) tabs.model = model.sheet.name;
  if (example) tabs.example = example.sheet.name;
  if (lists) tabs.lists = lists.name;
  // Keep the record in the CNIL's tab order whatever the workbook's order (stable JSON for the CLI).
  const ordered: Location["tabs"] = {};
  for (const role of TAB_ORDER) if (tabs[role] !== undefined) ordered[role] = tabs[role];
  return { tabs: ordered, fiches, list, lists };
}

export type LineColumns = Record<ListLineColumn, number>;

/** Columns of tab 2's lines, from the header row and the group-header row above it. */
export function listTabColumns(values: CellValue[][], headerRow: number): LineColumns {
  const cols: LineColumns = { ...LIST_TAB.defaultColumns };
  const found = new Set<ListLineColumn>();
  for (const row of [headerRow, headerRow - 1]) {
    const r = values[row - 1] ?? [];
    for (let c = 0; c < r.length; c++) {
      const col = listColumnOfHeader(labelKey(cellText(r[c])));
      if (col && !found.has(col)) {
        found.add(col);
        cols[col] = c + 1;
      }
    }
  }
  return cols;
}
