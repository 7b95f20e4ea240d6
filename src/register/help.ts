/**
 * The "Aide" panel's content for the cell the user is on: which field it is (found through the typed
 * register, so inserted rows and moved columns do not matter), what it means, what is expected, the
 * items of its list, and an example from a typical CPTS processing.
 */
import type { Finding } from "./findings";
import type { DataCategoryKey, Fiche, ListKey, ListTab, Register, TextField } from "./model";
import { CONTACT_EXAMPLES, CONTACT_FIELD_LABELS, DATA_CATEGORY_HELP, FIELD_TEXTS, type FieldId } from "./data/fieldHelp";
import { CPTS_EXAMPLES, closestExample, type CptsExample } from "./data/cptsExamples";
import { ART9_EXCEPTIONS, LEGAL_BASES, YES_NO } from "./data/cptsLists";
import { cellAddress, colOf, columnNumber, rowOf, topLeft } from "./address";
import { LIST_TAB } from "./layout";
import { isVoidGuarantee } from "./data/adequacy";
import { countryAdequacy, suggestGuarantee, type CountryAdequacy, type GuaranteeSuggestion } from "./guarantees";

export interface FieldHelp {
  sheet: string;
  /** Top-left cell of the field's value area (where a chosen item is written). */
  cell: string;
  field: FieldId;
  /** The field's name, as the workbook labels it. */
  label: string;
  /** What it means, in plain French. */
  meaning: string;
  /** What is expected in it. */
  expected: string;
  /** What the cell holds now ("" when empty or showing the CNIL placeholder). */
  value: string;
  /** The items of its list (a dropdown field): one click writes one into `cell`. */
  allowed?: string[];
  /** Which list `allowed` comes from. */
  listKey?: ListKey;
  /** True when the workbook has a list validation on the cell (else the items are only offered). */
  validated?: boolean;
  /** An example from a typical CPTS processing… */
  example?: string;
  /** …and the processing it comes from. */
  exampleFrom?: string;
  /** The findings located on this cell, among those passed to fieldHelp (none when none were passed). */
  findings: Finding[];
  /** A country field, given `today`: each item's adequacy status that day, in the order of `allowed`. */
  adequacy?: CountryAdequacy[];
  /** A guarantee field, given `today` and its row's country: the guarantee that country calls for, in the list's words. */
  suggestion?: GuaranteeSuggestion;
}

export interface FieldHelpOptions {
  /** The user's day (`todayDate(clock)`): with it, countries show their adequacy and guarantees are suggested. */
  today?: Date;
}

type Example = { value: string; from: string };

interface Slot {
  /** First column (1 = A) of the area this slot covers. */
  start: number;
  cell: string;
  value: string;
  field: FieldId;
  index?: number;
  dataKey?: DataCategoryKey;
  rowLabel?: string;
  sub?: string;
}

const LAST_FICHE_COLUMN = 8; // H
const LAST_LIST_COLUMN = 9; // I

const NATURAL_LIST: Partial<Record<FieldId, ListKey>> = {
  "fiche.persons.value": "persons",
  "fiche.recipients.value": "recipients",
  "fiche.measures.value": "measures",
  "fiche.transfers.country": "countries",
  "fiche.transfers.guarantee": "guarantees",
  "fiche.legalBasis": "legalBases",
  "fiche.art9Exception": "art9Exceptions",
  "list.line.sensitive": "yesNo",
};

const BUILTIN_SUGGESTIONS: Partial<Record<ListKey, readonly string[]>> = {
  yesNo: YES_NO,
  legalBases: LEGAL_BASES,
  art9Exceptions: ART9_EXCEPTIONS,
};

function addSlot(rows: Map<number, Slot[]>, field: TextField, slot: Omit<Slot, "start" | "cell" | "value">): void {
  const row = rowOf(field.cell);
  if (row <= 0) return;
  let list = rows.get(row);
  if (!list) rows.set(row, (list = []));
  list.push({ ...slot, start: colOf(field.cell), cell: topLeft(field.cell), value: field.value.trim() });
}

function ficheSlots(fiche: Fiche): Map<number, Slot[]> {
  const rows = new Map<number, Slot[]>();
  addSlot(rows, fiche.name, { field: "fiche.name" });
  addSlot(rows, fiche.ref, { field: "fiche.ref" });
  addSlot(rows, { value: fiche.created.text, cell: fiche.created.cell }, { field: "fiche.created" });
  addSlot(rows, { value: fiche.updated.text, cell: fiche.updated.cell }, { field: "fiche.updated" });
  addSlot(rows, fiche.mainPurpose, { field: "fiche.mainPurpose" });
  fiche.subPurposes.forEach((p, index) => addSlot(rows, p, { field: "fiche.subPurpose", index }));
  if (fiche.legalBasis) addSlot(rows, fiche.legalBasis, { field: "fiche.legalBasis" });
  if (fiche.art9Exception) addSlot(rows, fiche.art9Exception, { field: "fiche.art9Exception" });
  const actors = [
    ["controller", "fiche.actor.controller"],
    ["dpo", "fiche.actor.dpo"],
    ["dpoCompany", "fiche.actor.dpoCompany"],
    ["representative", "fiche.actor.representative"],
    ["jointControllers", "fiche.actor.jointControllers"],
  ] as const;
  for (const [key, field] of actors) {
    const a = fiche[key];
    if (!a) continue;
    for (const sub of ["name", "address", "postcode", "city", "country", "phone", "email"] as const) addSlot(rows, a[sub], { field, sub });
  }
  for (const [rowsOf, sensitive] of [
    [fiche.dataCategories, false],
    [fiche.sensitiveData, true],
  ] as const) {
    for (const r of rowsOf) {
      const isSensitive = sensitive && r.key !== "nir";
      const base = { dataKey: r.key, rowLabel: r.label.replace(/\s+/g, " ").trim() };
      addSlot(rows, r.description, { ...base, field: isSensitive ? "fiche.sensitive.description" : "fiche.data.description" });
      addSlot(rows, r.retention, { ...base, field: isSensitive ? "fiche.sensitive.retention" : "fiche.data.retention" });
    }
  }
  const choices = [
    [fiche.persons, "fiche.persons.value", "fiche.persons.detail"],
    [fiche.recipients, "fiche.recipients.value", "fiche.recipients.detail"],
    [fiche.measures, "fiche.measures.value", "fiche.measures.detail"],
  ] as const;
  for (const [list, valueField, detailField] of choices) {
    list.forEach((r, index) => {
      addSlot(rows, r.value, { field: valueField, index });
      addSlot(rows, r.detail, { field: detailField, index });
    });
  }
  fiche.transfers.forEach((t, index) => {
    addSlot(rows, t.recipient, { field: "fiche.transfers.recipient", index });
    addSlot(rows, t.country, { field: "fiche.transfers.country", index });
    addSlot(rows, t.guarantee, { field: "fiche.transfers.guarantee", index });
    addSlot(rows, t.documentation, { field: "fiche.transfers.documentation", index });
  });
  for (const list of rows.values()) list.sort((a, b) => a.start - b.start);
  return rows;
}

/** The slot covering column `col` of a row: the last one starting at or before it, the first one for the label column. */
function pickSlot(slots: Slot[] | undefined, col: number, lastColumn: number): Slot | undefined {
  if (!slots || slots.length === 0 || col > lastColumn) return undefined;
  let found = slots[0];
  for (const s of slots) if (s.start <= col) found = s;
  return found;
}

function listSlots(tab: ListTab, row: number): Slot[] | undefined {
  const slots: Slot[] = [];
  const roles = [
    ["controller", "list.controller"],
    ["representative", "list.representative"],
    ["dpo", "list.dpo"],
  ] as const;
  for (const [role, field] of roles) {
    const contact = tab[role];
    for (const [sub, tf] of Object.entries(contact) as [string, TextField | undefined][]) {
      if (!tf || rowOf(tf.cell) !== row) continue;
      // The label sits just left of its value ("Nom :" in B, the name in C).
      slots.push({ start: Math.max(1, colOf(tf.cell) - 1), cell: topLeft(tf.cell), value: tf.value.trim(), field, sub });
    }
  }
  if (slots.length > 0) return slots.sort((a, b) => a.start - b.start);
  if (row < tab.firstLineRow) return undefined;
  const c = tab.columns;
  const col = (letter: string | undefined, fallback: number): number => (letter ? columnNumber(letter) : fallback);
  const columns: [FieldId, number][] = [
    ["list.line.name", col(c?.name, LIST_TAB.defaultColumns.name)],
    ["list.line.ref", col(c?.ref, LIST_TAB.defaultColumns.ref)],
    ["list.line.created", col(c?.created, LIST_TAB.defaultColumns.created)],
    ["list.line.updated", col(c?.updated, LIST_TAB.defaultColumns.updated)],
    ["list.line.purpose", col(c?.purpose, LIST_TAB.defaultColumns.purpose)],
    ["list.line.sensitive", col(c?.sensitive, LIST_TAB.defaultColumns.sensitive)],
  ];
  const line = tab.lines.find((l) => l.row === row);
  const current: Partial<Record<FieldId, string>> = line
    ? {
        "list.line.name": line.name.value,
        "list.line.ref": line.ref.value,
        "list.line.created": line.created.text,
        "list.line.updated": line.updated.text,
        "list.line.purpose": line.purpose.value,
        "list.line.sensitive": line.sensitive.value,
      }
    : {};
  return columns
    .map(([field, start]) => ({ start, cell: cellAddress(row, start), value: (current[field] ?? "").trim(), field }))
    .sort((a, b) => a.start - b.start);
}

// --------------------------------------------------------------------------------------------- examples

function withData(key: DataCategoryKey, preferred: CptsExample): CptsExample | undefined {
  if (preferred.data[key]) return preferred;
  return CPTS_EXAMPLES.find((e) => e.data[key]);
}

/**
 * A CPTS's contact details as an example, except for the representative: a CPTS has none (it is
 * established in the EU) and its help says to leave the row empty, so an example would contradict it.
 */
function contactExample(slot: Slot): Example | undefined {
  if (slot.field.endsWith("representative")) return undefined;
  return slot.sub && CONTACT_EXAMPLES[slot.sub] ? { value: CONTACT_EXAMPLES[slot.sub], from: "coordonnées d'une CPTS" } : undefined;
}

function ficheExample(slot: Slot, ex: CptsExample): Example | undefined {
  const i = slot.index ?? 0;
  const pick = <T>(list: readonly T[]): T | undefined => list[i] ?? list[0];
  const from = ex.name;
  switch (slot.field) {
    case "fiche.name":
      return { value: ex.name, from };
    case "fiche.ref":
      return { value: "ref-002", from };
    case "fiche.created":
    case "fiche.updated":
      return { value: "15/03/2026", from };
    case "fiche.mainPurpose":
      return { value: ex.mainPurpose, from };
    case "fiche.subPurpose": {
      const v = pick(ex.subPurposes);
      return v ? { value: v, from } : undefined;
    }
    case "fiche.legalBasis":
      return { value: ex.legalBasis, from };
    case "fiche.art9Exception":
      return { value: ex.art9Exception, from };
    case "fiche.data.description":
    case "fiche.sensitive.description":
    case "fiche.data.retention":
    case "fiche.sensitive.retention": {
      const source = slot.dataKey ? withData(slot.dataKey, ex) : undefined;
      const d = source && slot.dataKey ? source.data[slot.dataKey] : undefined;
      if (!source || !d) return undefined;
      return { value: slot.field.endsWith("retention") ? d.retention : d.description, from: source.name };
    }
    case "fiche.persons.value":
    case "fiche.persons.detail":
    case "fiche.recipients.value":
    case "fiche.recipients.detail":
    case "fiche.measures.value":
    case "fiche.measures.detail": {
      const list = slot.field.startsWith("fiche.persons") ? ex.persons : slot.field.startsWith("fiche.recipients") ? ex.recipients : ex.measures;
      const c = pick(list);
      if (!c) return undefined;
      return { value: slot.field.endsWith("value") ? c.value : c.detail, from };
    }
    case "fiche.transfers.recipient":
    case "fiche.transfers.country":
    case "fiche.transfers.guarantee":
    case "fiche.transfers.documentation": {
      const source = ex.transfers.length > 0 ? ex : CPTS_EXAMPLES.find((e) => e.transfers.length > 0);
      const t = source?.transfers[0];
      if (!source || !t) return undefined;
      const key = slot.field.slice("fiche.transfers.".length) as keyof typeof t;
      return { value: t[key], from: source.name };
    }
    default:
      return contactExample(slot);
  }
}

function lineExample(slot: Slot, ex: CptsExample): Example | undefined {
  const from = ex.name;
  switch (slot.field) {
    case "list.line.name":
      return { value: ex.name, from };
    case "list.line.ref":
      return { value: "ref-002", from };
    case "list.line.created":
    case "list.line.updated":
      return { value: "15/03/2026", from };
    case "list.line.purpose":
      return { value: ex.mainPurpose, from };
    case "list.line.sensitive": {
      const sensitive = (["racial", "political", "religious", "union", "genetic", "biometric", "health", "sexual", "criminal"] as const).some(
        (k) => ex.data[k],
      );
      return { value: sensitive ? "Oui" : "Non", from };
    }
    default:
      return contactExample(slot);
  }
}

// ------------------------------------------------------------------------------------------------- API

function listFor(register: Register, sheet: string, slot: Slot): { key: ListKey; items: string[]; validated: boolean } | undefined {
  const dropdown = register.dropdowns.find((d) => d.sheet === sheet && topLeft(d.cell) === slot.cell);
  const key = dropdown?.list ?? NATURAL_LIST[slot.field];
  if (!key) return undefined;
  const items = register.lists[key]?.items ?? BUILTIN_SUGGESTIONS[key];
  if (!items || items.length === 0) return undefined;
  return { key, items: [...items], validated: dropdown !== undefined };
}

/** Adequacy beside each country; the guarantee the row's country calls for. */
function addTransferHelp(help: FieldHelp, fiche: Fiche, slot: Slot, today: Date): void {
  if (!help.allowed) return;
  if (slot.field === "fiche.transfers.country") help.adequacy = help.allowed.map((c) => countryAdequacy(c, today));
  if (slot.field === "fiche.transfers.guarantee") {
    const country = fiche.transfers[slot.index ?? 0]?.country.value ?? "";
    const suggestion = suggestGuarantee(country, help.allowed, today);
    if (suggestion) help.suggestion = suggestion;
  }
}

function buildHelp(register: Register, sheet: string, slot: Slot, example: Example | undefined, findings: readonly Finding[]): FieldHelp {
  const text = FIELD_TEXTS[slot.field];
  let label = text.label;
  let meaning = text.meaning;
  if (slot.dataKey && slot.rowLabel) {
    label = `${slot.rowLabel} : ${slot.field.endsWith("retention") ? "durée de conservation" : "description"}`;
    meaning = `${DATA_CATEGORY_HELP[slot.dataKey]} ${text.meaning}`;
  } else if (slot.sub && CONTACT_FIELD_LABELS[slot.sub]) {
    label = `${text.label} : ${CONTACT_FIELD_LABELS[slot.sub]}`;
  } else if (slot.index !== undefined) {
    label = `${text.label} (${slot.index + 1})`;
  }
  const help: FieldHelp = {
    sheet,
    cell: slot.cell,
    field: slot.field,
    label,
    meaning,
    expected: text.expected,
    value: slot.value,
    findings: findingsAt(findings, sheet, slot.cell),
  };
  const list = listFor(register, sheet, slot);
  if (list) {
    // A void guarantee (Privacy Shield) is never offered, even where the workbook's list still has it.
    help.allowed = list.key === "guarantees" ? list.items.filter((i) => !isVoidGuarantee(i)) : list.items;
    help.listKey = list.key;
    help.validated = list.validated;
  }
  if (example && example.value) {
    help.example = example.value;
    help.exampleFrom = example.from;
  }
  return help;
}

/**
 * Help for the cell the user selected (`B4`, or a merged area `B4:H4`, or `'Fiche'!B4`): null when the
 * cell is not a field of a fiche or of tab 2. Pass the last report's findings to get the field's own,
 * and `today` to get the transfers' adequacy and suggested guarantee.
 */
export function fieldHelp(
  register: Register,
  sheet: string,
  cell: string,
  findings: readonly Finding[] = [],
  options: FieldHelpOptions = {},
): FieldHelp | null {
  const address = topLeft(cell);
  const row = rowOf(address);
  const col = colOf(address);
  if (row <= 0 || col <= 0) return null;

  const fiche = register.fiches.find((f) => f.sheet === sheet);
  if (fiche) {
    const slot = pickSlot(ficheSlots(fiche).get(row), col, LAST_FICHE_COLUMN);
    if (!slot) return null;
    const help = buildHelp(register, sheet, slot, ficheExample(slot, closestExample(fiche.name.value)), findings);
    if (options.today) addTransferHelp(help, fiche, slot, options.today);
    return help;
  }
  const tab = register.listTab;
  if (tab && tab.sheet === sheet) {
    const slot = pickSlot(listSlots(tab, row), col, LAST_LIST_COLUMN);
    if (!slot) return null;
    const line = tab.lines.find((l) => l.row === row);
    return buildHelp(register, sheet, slot, lineExample(slot, closestExample(line?.name.value ?? "")), findings);
  }
  return null;
}

/** The findings located on a cell (a merged area's top-left cell), for the help panel. */
export function findingsAt(findings: readonly Finding[], sheet: string, cell: string): Finding[] {
  const address = topLeft(cell);
  return findings.filter((f) => f.sheet === sheet && topLeft(f.cell) === address);
}
