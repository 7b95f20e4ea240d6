/**
 * Snapshot → typed Register. Every field is found by its label (column A of a fiche, the label cells of
 * tab 2), never by a fixed row, so amended copies with inserted rows read the same.
 */
import type { ActorRow, ChoiceRow, Contact, DataRow, DateField, Fiche, FicheKind, ListLine, ListTab, Register, TextField, TransferRow } from "./model";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { cellAddress, columnLetters } from "./address";
import { cellText, labelKey, normalizeLabel } from "./normalize";
import { formatFrenchDate, parseDateText } from "./dates";
import { FICHE_COLUMNS, LIST_TAB, LIST_TAB_CONTACT_LABEL_COLUMNS, contactFieldOfLabel, dataCategoryOfLabel, orgRoleOfLabel, valueText } from "./layout";
import type { ContactField, OrgRole } from "./layout";
import { ficheGeometry, listHeaderRow, listTabColumns, locate, scanFiche } from "./locate";
import type { FicheScan } from "./locate";
import { resolveLists } from "./lists";
import { NotARegisterError } from "./errors";
import { isNothingHere } from "./text/nothingHere";
import { readBreaches } from "./breaches/sheet";
import { readAipdDone } from "./aipdDone/sheet";
import { readRequests } from "./requests/sheet";
import { readNoticeSheets } from "./notices/readSheets";
import { readSetAside } from "./setAside";
import { readAudit } from "./audit/sheet";

type Values = CellValue[][];

function at(values: Values, row: number, col: number): CellValue | undefined {
  return values[row - 1]?.[col - 1];
}

export function textField(values: Values, row: number, col: number): TextField {
  return { value: valueText(at(values, row, col)), cell: cellAddress(row, col) };
}

/**
 * A cell of a fiche's blocks (data, persons, recipients, measures, transfers): « Néant », « N/A »,
 * « - » or « Aucun transfert hors UE » there say the row does not apply, and read as empty (the words
 * kept in `said` for the messages). Where article 30 needs the block, it is then still missing.
 */
function blockField(values: Values, row: number, col: number): TextField {
  const field = textField(values, row, col);
  return isNothingHere(field.value) ? { value: "", cell: field.cell, said: field.value } : field;
}

/** A date cell: a serial as Office.js gives it, or text typed as dd/mm/yyyy (the CNIL example's B7). */
export function dateFieldOf(v: CellValue | undefined, cell: string): DateField {
  if (typeof v === "number" && Number.isFinite(v)) {
    return { serial: v, text: v >= 1 ? formatFrenchDate(v) : String(v), cell };
  }
  const text = valueText(v);
  return { serial: text ? parseDateText(text) : null, text, cell };
}

function dateField(values: Values, row: number, col: number): DateField {
  return dateFieldOf(at(values, row, col), cellAddress(row, col));
}

function actorRow(values: Values, row: number): ActorRow {
  const c = FICHE_COLUMNS.actor;
  return {
    row,
    name: textField(values, row, c.name),
    address: textField(values, row, c.address),
    postcode: textField(values, row, c.postcode),
    city: textField(values, row, c.city),
    country: textField(values, row, c.country),
    phone: textField(values, row, c.phone),
    email: textField(values, row, c.email),
  };
}

/** Reads a fiche-shaped sheet whose column A was scanned. */
export function ficheFromScan(sheet: SheetSnapshot, scan: FicheScan, kind: FicheKind, isModelTab: boolean): Fiche {
  const values = sheet.values;
  const geometry = ficheGeometry(values, scan);
  const B = FICHE_COLUMNS.value;
  const E = FICHE_COLUMNS.detail;
  const s = scan.singles;
  // name, ref and mainPurpose exist (that is what makes the sheet fiche-shaped); the dates may not:
  // then point at the row the CNIL puts them on, right under the reference.
  const refRow = s.ref as number;
  const createdRow = s.created ?? refRow + 1;
  const updatedRow = s.updated ?? createdRow + 1;

  const choiceRows = (block: "persons" | "recipients" | "measures"): ChoiceRow[] =>
    (geometry[block]?.rows ?? []).map((row) => ({
      row,
      label: scan.labels[row],
      value: blockField(values, row, B),
      detail: blockField(values, row, E),
    }));
  const dataRows = (block: "dataCategories" | "sensitiveData"): DataRow[] =>
    (geometry[block]?.rows ?? []).map((row) => ({
      row,
      key: dataCategoryOfLabel(scan.keys[row], block === "sensitiveData"),
      label: scan.labels[row],
      description: blockField(values, row, B),
      retention: blockField(values, row, E),
    }));
  const t = FICHE_COLUMNS.transfer;
  const transfers: TransferRow[] = (geometry.transfers?.rows ?? []).map((row) => ({
    row,
    recipient: blockField(values, row, t.recipient),
    country: blockField(values, row, t.country),
    guarantee: blockField(values, row, t.guarantee),
    documentation: blockField(values, row, t.documentation),
  }));

  const fiche: Fiche = {
    sheet: sheet.name,
    kind,
    isModelTab,
    name: textField(values, s.name as number, B),
    ref: textField(values, refRow, B),
    created: dateField(values, createdRow, B),
    updated: dateField(values, updatedRow, B),
    mainPurpose: textField(values, s.mainPurpose as number, B),
    subPurposes: (geometry.subPurposes?.rows ?? []).map((row) => textField(values, row, B)),
    dataCategories: dataRows("dataCategories"),
    sensitiveData: dataRows("sensitiveData"),
    persons: choiceRows("persons"),
    recipients: choiceRows("recipients"),
    measures: choiceRows("measures"),
    transfers,
    blocks: {},
  };
  for (const [field, row] of Object.entries(scan.actors) as [keyof typeof scan.actors, number][]) {
    fiche[field] = actorRow(values, row);
  }
  if (s.legalBasis !== undefined) fiche.legalBasis = textField(values, s.legalBasis, B);
  if (s.art9Exception !== undefined) fiche.art9Exception = textField(values, s.art9Exception, B);
  for (const [block, g] of Object.entries(geometry)) {
    if (g) fiche.blocks[block as keyof typeof geometry] = g.span;
  }
  return fiche;
}

/**
 * One fiche-shaped sheet, alone (no workbook context): kind from the hint, else "fiche" when its name
 * is filled and "model" when not. Null when the sheet is not shaped like a fiche.
 */
export function readFiche(sheet: SheetSnapshot, kindHint?: FicheKind): Fiche | null {
  const scan = scanFiche(sheet.values);
  if (!scan) return null;
  const named = valueText(at(sheet.values, scan.singles.name as number, FICHE_COLUMNS.value)) !== "";
  return ficheFromScan(sheet, scan, kindHint ?? (named ? "fiche" : "model"), false);
}

/**
 * A fiche given as a 2-D array anchored at A1 (a custom function's `A1:H70` argument), rows inserted
 * or not. `null` cells (as custom functions may pass) read as empty.
 */
export function ficheFromValues(values: CellValue[][]): Fiche | null {
  const clean: CellValue[][] = values.map((r) => (Array.isArray(r) ? r.map((v) => (v === null || v === undefined ? "" : v)) : []));
  return readFiche({ name: "", visibility: "Visible", values: clean });
}

// ---------------------------------------------------------------------------------------------------
// Tab 2

function readContact(values: Values, role: OrgRole, start: number, end: number): Contact {
  const found: Partial<Record<ContactField, TextField>> = {};
  for (let row = start; row <= end; row++) {
    for (const c of LIST_TAB_CONTACT_LABEL_COLUMNS) {
      const field = contactFieldOfLabel(labelKey(cellText(at(values, row, c))));
      if (field && !found[field]) found[field] = textField(values, row, c + 1);
    }
  }
  const defaults: Partial<Record<ContactField, { row: number; col: number }>> = LIST_TAB.cnilContactCells[role];
  const field = (f: ContactField): TextField => {
    const hit = found[f];
    if (hit) return hit;
    const d = defaults[f] ?? { row: 0, col: 3 };
    return textField(values, start + d.row, d.col);
  };
  const contact: Contact = {
    name: field("name"),
    firstName: field("firstName"),
    address: field("address"),
    email: field("email"),
    postcode: field("postcode"),
    city: field("city"),
    phone: field("phone"),
  };
  if (found.company || defaults.company) contact.company = field("company");
  return contact;
}

function lineHasContent(r: CellValue[] | undefined, lastCol: number): boolean {
  if (!r) return false;
  const end = Math.min(r.length, lastCol);
  for (let c = 1; c <= end; c++) if (valueText(r[c - 1]) !== "") return true;
  return false;
}

/** Tab 2: the organisation block and the lines. `exampleRef` is the example tab's reference. */
export function readListTab(sheet: SheetSnapshot, exampleRef: string): ListTab {
  const values = sheet.values;
  const headerRow = listHeaderRow(values) ?? LIST_TAB.cnilHeaderRow;
  // The org blocks sit above the group-header row (row 7 in the CNIL file).
  const orgEnd = headerRow - 2;
  const starts: { role: OrgRole; row: number }[] = [];
  const seen = new Set<OrgRole>();
  for (let row = 1; row <= orgEnd; row++) {
    const role = orgRoleOfLabel(labelKey(cellText(at(values, row, 1))));
    if (role && !seen.has(role)) {
      seen.add(role);
      starts.push({ role, row });
    }
  }
  for (const role of ["controller", "representative", "dpo"] as const) {
    if (!seen.has(role)) starts.push({ role, row: LIST_TAB.cnilOrgRows[role] });
  }
  starts.sort((a, b) => a.row - b.row);
  const contacts = {} as Record<OrgRole, Contact>;
  starts.forEach((s, i) => {
    const next = starts[i + 1]?.row ?? orgEnd + 1;
    const end = Math.max(s.row, Math.min(next - 1, orgEnd, s.row + 3));
    contacts[s.role] = readContact(values, s.role, s.row, end);
  });

  const cols = listTabColumns(values, headerRow);
  const lastCol = Math.max(LIST_TAB.lastColumn, ...Object.values(cols));
  const firstLineRow = headerRow + 1;
  const exampleKey = exampleRef ? labelKey(exampleRef) : "";
  const examplePrefix = normalizeLabel(LIST_TAB.examplePrefix);
  const lines: ListLine[] = [];
  for (let row = firstLineRow; row <= values.length; row++) {
    if (!lineHasContent(values[row - 1], lastCol)) continue;
    const name = textField(values, row, cols.name);
    const ref = textField(values, row, cols.ref);
    lines.push({
      row,
      name,
      ref,
      created: dateField(values, row, cols.created),
      updated: dateField(values, row, cols.updated),
      purpose: textField(values, row, cols.purpose),
      sensitive: textField(values, row, cols.sensitive),
      isExample: (exampleKey !== "" && labelKey(ref.value) === exampleKey) || normalizeLabel(name.value).startsWith(examplePrefix),
    });
  }
  // A new line goes in the first empty row after the example's row (row 10 in the CNIL file).
  let nextFreeRow = firstLineRow + 1;
  for (const l of lines) if (l.isExample && l.row >= nextFreeRow) nextFreeRow = l.row + 1;
  while (lineHasContent(values[nextFreeRow - 1], lastCol)) nextFreeRow++;

  return {
    sheet: sheet.name,
    controller: contacts.controller,
    representative: contacts.representative,
    dpo: contacts.dpo,
    lines,
    firstLineRow,
    nextFreeRow,
    columns: {
      name: columnLetters(cols.name),
      ref: columnLetters(cols.ref),
      created: columnLetters(cols.created),
      updated: columnLetters(cols.updated),
      purpose: columnLetters(cols.purpose),
      sensitive: columnLetters(cols.sensitive),
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The register

/**
 * What readRegister keeps between reads of snapshots whose sheets are never changed in place, such as
 * the Office adapter's: live checking patches a snapshot by putting new objects for the edited sheets
 * only, so an unchanged sheet object is neither scanned nor read again (at 200 fiches, most of the
 * read). Never give it snapshots that are edited in place (some test fixtures are).
 */
export interface RegisterReadCache {
  scans: WeakMap<SheetSnapshot, FicheScan | null>;
  fiches: WeakMap<SheetSnapshot, Map<string, Fiche>>;
}

export function createRegisterReadCache(): RegisterReadCache {
  return { scans: new WeakMap(), fiches: new WeakMap() };
}

function cachedScan(cache: RegisterReadCache, sheet: SheetSnapshot): FicheScan | null {
  let scan = cache.scans.get(sheet);
  if (scan === undefined) {
    scan = scanFiche(sheet.values);
    cache.scans.set(sheet, scan);
  }
  return scan;
}

/** A fiche depends on its sheet and on what locate decided of it (kind, model tab): both make the key. */
function cachedFiche(cache: RegisterReadCache, sheet: SheetSnapshot, scan: FicheScan, kind: FicheKind, isModelTab: boolean): Fiche {
  let bySheet = cache.fiches.get(sheet);
  if (!bySheet) {
    bySheet = new Map();
    cache.fiches.set(sheet, bySheet);
  }
  const key = `${kind}|${isModelTab}`;
  let fiche = bySheet.get(key);
  if (!fiche) {
    fiche = ficheFromScan(sheet, scan, kind, isModelTab);
    bySheet.set(key, fiche);
  }
  return fiche;
}

/**
 * Reads a whole register. Throws NotARegisterError (French message) when the workbook has neither a
 * list-of-processings tab nor any fiche-shaped sheet.
 */
export function readRegister(snapshot: WorkbookSnapshot, options: { cache?: RegisterReadCache } = {}): Register {
  const cache = options.cache;
  const where = cache ? locate(snapshot.sheets, (sheet) => cachedScan(cache, sheet)) : locate(snapshot.sheets);
  if (!where.list && where.fiches.length === 0) throw new NotARegisterError();
  const fiches = where.fiches.map((f) =>
    cache ? cachedFiche(cache, f.sheet, f.scan, f.kind, f.isModelTab) : ficheFromScan(f.sheet, f.scan, f.kind, f.isModelTab),
  );
  const example = fiches.find((f) => f.kind === "example");
  const listTab = where.list ? readListTab(where.list, example?.ref.value ?? "") : undefined;
  const { lists, dropdowns } = resolveLists(snapshot, where, fiches, listTab);
  return {
    tabs: where.tabs,
    listTab,
    fiches,
    lists,
    dropdowns,
    sheetNames: snapshot.sheets.map((s) => s.name),
    setAside: readSetAside(snapshot),
    audit: readAudit(snapshot),
    breaches: readBreaches(snapshot),
    aipdDone: readAipdDone(snapshot),
    requests: readRequests(snapshot),
    notices: readNoticeSheets(snapshot),
  };
}
