/**
 * Plans: what to change in a workbook, as data an adapter carries out in one batch. Pure: they read
 * the Register (and, to undo, the snapshot taken before) and never touch a workbook.
 * Strings are written as "text" and dates as "date" (a serial), never as formulas.
 */
import type { Fiche, ListLine, Register } from "./model";
import type { CellWrite, WriteOp, WritePlan } from "./plan";
import { cellAddress, columnLetters } from "./address";
import { labelKey } from "./normalize";
import { todaySerial, type Clock } from "./clock";
import { BLOCK_ROW_LABELS, FICHE_COLUMNS, FICHE_DROPDOWNS, LIST_TAB, PLACEHOLDER } from "./layout";
import type { GrowableBlock } from "./layout";
import { sheetNameChange, sheetNameFor } from "./sheetName";
import { PlanError } from "./errors";
import { readTexts } from "./messages/read";

export interface NewFicheInput {
  /** The processing's name, as the user typed it (trimmed here). */
  name: string;
  /** Its calendar day is the creation and update date written in the fiche and in tab 2. */
  clock: Clock;
}

export interface NewFichePreview {
  sheetName: string;
  /**
   * Why the sheet name is not the processing's name: `shortened` (longer than Excel's 31 characters),
   * `adapted` (a character Excel forbids, a number to keep it unique), or null. The full name is
   * always written in the fiche (`nameCell`) and in tab 2.
   */
  sheetNameChange: "shortened" | "adapted" | null;
  /** Where the fiche holds its full name (B4 in the CNIL model). */
  nameCell: string;
  ref: string;
  /** The tab-2 row of the fiche's line; 0 when the workbook has no tab 2 (no line is written). */
  listRow: number;
  /**
   * The fiche or tab-2 line that already has this name (after folding accents, case and spaces), or
   * null. A fiche (`kind: "fiche"`): planNewFiche refuses the name. A tab-2 line with no fiche yet
   * (`kind: "line"`): the new fiche takes that line instead of adding a second one.
   */
  existing: ExistingFiche | null;
}

/** A processing the register already has under a given name. */
export interface ExistingFiche {
  kind: "fiche" | "line";
  /** The name as written in the workbook. */
  name: string;
  /** Where to take the user to see it: the fiche's name cell, or the name cell of the tab-2 line. */
  sheet: string;
  cell: string;
  /** The tab-2 row, for a line with no fiche. */
  row?: number;
}

// ---------------------------------------------------------------------------------------------------
// References

const NUMBERED = /^(.*?)(\d+)$/;

/**
 * The next free reference. When the real fiches' references share a style (`ref-001`, `T01`, `RGPD-7`)
 * the next number in that style; otherwise `ref-00N` from the count. Never one in use (fiches or tab 2),
 * never the example's. The model's default `ref-001` is not "in use": it is only a placeholder.
 */
export function nextRef(register: Register): string {
  const real: string[] = [];
  const used = new Set<string>();
  for (const f of register.fiches) {
    if (f.kind === "fiche" && f.ref.value) real.push(f.ref.value);
    if ((f.kind === "fiche" || f.kind === "example") && f.ref.value) used.add(labelKey(f.ref.value));
  }
  for (const l of register.listTab?.lines ?? []) {
    if (!l.ref.value) continue;
    used.add(labelKey(l.ref.value));
    if (!l.isExample && !real.some((r) => labelKey(r) === labelKey(l.ref.value))) real.push(l.ref.value);
  }
  const groups = new Map<string, { prefix: string; max: number; width: number; count: number }>();
  for (const ref of real) {
    const m = NUMBERED.exec(ref.trim());
    if (!m) continue;
    const k = m[1].toLowerCase();
    const g = groups.get(k) ?? { prefix: m[1], max: 0, width: 0, count: 0 };
    g.max = Math.max(g.max, Number(m[2]));
    g.width = Math.max(g.width, m[2].length);
    g.count++;
    groups.set(k, g);
  }
  let best: { prefix: string; max: number; width: number; count: number } | undefined;
  for (const g of groups.values()) if (!best || g.count > best.count || (g.count === best.count && g.max > best.max)) best = g;
  const style = best ?? { prefix: "ref-", max: real.length, width: 3, count: 0 };
  for (let n = style.max + 1; ; n++) {
    const candidate = `${style.prefix}${String(n).padStart(style.width, "0")}`;
    if (!used.has(labelKey(candidate))) return candidate;
  }
}

// ---------------------------------------------------------------------------------------------------
// Same name

/**
 * The fiche (by its name in B4, or by its tab-2 line) or the tab-2 line without a fiche that already
 * bears `name`, compared after the engine's folding (accents, case, spaces, punctuation); null when
 * none does. The CNIL example is not a processing of the CPTS: it never counts.
 */
export function findExistingFiche(register: Register, name: string): ExistingFiche | null {
  const key = labelKey(name);
  if (!key) return null;
  const fiches = register.fiches.filter((f) => f.kind === "fiche");
  const byName = fiches.find((f) => labelKey(f.name.value) === key);
  if (byName) return { kind: "fiche", name: byName.name.value, sheet: byName.sheet, cell: byName.name.cell };
  const tab = register.listTab;
  const line = tab?.lines.find((l) => !l.isExample && labelKey(l.name.value) === key);
  if (!tab || !line) return null;
  // A line whose reference is a fiche's is that fiche's line, even when the fiche was renamed since.
  const refKey = labelKey(line.ref.value);
  const owner = refKey ? fiches.find((f) => labelKey(f.ref.value) === refKey) : undefined;
  if (owner) return { kind: "fiche", name: line.name.value, sheet: owner.sheet, cell: owner.name.cell };
  return { kind: "line", name: line.name.value, sheet: tab.sheet, cell: line.name.cell, row: line.row };
}

// ---------------------------------------------------------------------------------------------------
// New fiche

interface NewFicheParts {
  name: string;
  source: Fiche;
  after: string;
  sheetName: string;
  ref: string;
  listRow: number;
  existing: ExistingFiche | null;
  /** The tab-2 line without a fiche that the new fiche takes, when its name is this one. */
  line?: ListLine;
}

function prepare(register: Register, input: NewFicheInput): NewFicheParts {
  const typed = input.name.replace(/\s+/g, " ").trim();
  if (!typed) throw new PlanError(readTexts.emptyName);
  const existing = findExistingFiche(register, typed);
  const line = existing?.kind === "line" ? register.listTab?.lines.find((l) => l.row === existing.row) : undefined;
  // The line's spelling, so that the fiche and its line say the same.
  const name = line ? line.name.value : typed;
  const source = register.fiches.find((f) => f.kind === "model") ?? register.fiches.find((f) => f.isModelTab);
  if (!source) throw new PlanError(readTexts.noModel);
  let after = source.sheet;
  for (const f of register.fiches) if (f.kind === "fiche") after = f.sheet;
  const taken = new Set<string>(register.sheetNames ?? []);
  for (const f of register.fiches) taken.add(f.sheet);
  for (const s of Object.values(register.tabs)) if (s) taken.add(s);
  if (register.listTab) taken.add(register.listTab.sheet);
  return {
    name,
    source,
    after,
    sheetName: sheetNameFor(name, taken),
    ref: line?.ref.value || nextRef(register),
    listRow: line ? line.row : register.listTab ? register.listTab.nextFreeRow : 0,
    existing,
    line,
  };
}

/**
 * What planNewFiche would do, for the form's live preview. Throws like planNewFiche on an empty name
 * or a missing model; a name that a fiche already has is not thrown but told (`existing`).
 */
export function previewNewFiche(register: Register, input: NewFicheInput): NewFichePreview {
  const p = prepare(register, input);
  return {
    sheetName: p.sheetName,
    sheetNameChange: sheetNameChange(p.name, p.sheetName),
    nameCell: p.source.name.cell,
    ref: p.ref,
    listRow: p.listRow,
    existing: p.existing,
  };
}

/** Cells of a fiche that hold something, to empty in a copy of a model that was filled in directly. */
function filledCells(fiche: Fiche): string[] {
  const cells: string[] = [];
  const add = (f: { value: string; cell: string } | undefined): void => {
    if (f && f.value !== "") cells.push(f.cell);
  };
  for (const a of [fiche.controller, fiche.dpo, fiche.dpoCompany, fiche.representative, fiche.jointControllers]) {
    if (a) [a.name, a.address, a.postcode, a.city, a.country, a.phone, a.email].forEach(add);
  }
  add(fiche.mainPurpose);
  fiche.subPurposes.forEach(add);
  add(fiche.legalBasis);
  add(fiche.art9Exception);
  for (const d of [...fiche.dataCategories, ...fiche.sensitiveData]) [d.description, d.retention].forEach(add);
  for (const c of [...fiche.persons, ...fiche.recipients, ...fiche.measures]) [c.value, c.detail].forEach(add);
  for (const t of fiche.transfers) [t.recipient, t.country, t.guarantee, t.documentation].forEach(add);
  return cells;
}

/**
 * A new fiche: a copy of the blank model (or of the model tab, emptied, when it was filled in
 * directly) placed after the last fiche, with the processing's full name, its reference and dates,
 * and its line in tab 2 (first free row from row 10). Its sheet is named after the processing,
 * shortened readably when the name is longer than Excel allows, and unique among `register.sheetNames`.
 * When tab 2 already lists the processing with no fiche, the fiche takes that line (its reference and
 * dates; only the line's empty cells are filled) instead of adding a second one.
 * Throws PlanError (French) on an empty name, a name a fiche already has (naming its sheet), or when
 * there is no model to copy.
 */
export function planNewFiche(register: Register, input: NewFicheInput): WritePlan {
  const p = prepare(register, input);
  if (p.existing?.kind === "fiche") throw new PlanError(readTexts.ficheExists(p.existing.name, p.existing.sheet, p.existing.cell));
  const sheetName = p.sheetName;
  const day = todaySerial(input.clock);
  const s = p.source;
  const line = p.line;
  const fixed = new Set([s.name.cell, s.ref.cell, s.created.cell, s.updated.cell]);
  const cells: CellWrite[] = [
    ...filledCells(s)
      .filter((c) => !fixed.has(c))
      .map((address): CellWrite => ({ address, kind: "clear" })),
    { address: s.name.cell, kind: "text", value: p.name },
    { address: s.ref.cell, kind: "text", value: p.ref },
    { address: s.created.cell, kind: "date", value: line?.created.serial ?? day },
    { address: s.updated.cell, kind: "date", value: day },
  ];
  const ops: WriteOp[] = [
    { op: "copySheet", source: s.sheet, name: sheetName, after: p.after },
    { op: "write", sheet: sheetName, cells },
  ];
  const tab = register.listTab;
  if (tab && line) {
    // The user's own line: what they typed stays, what is missing is filled in.
    const fill: CellWrite[] = [];
    if (line.ref.value === "") fill.push({ address: line.ref.cell, kind: "text", value: p.ref });
    if (line.created.text === "") fill.push({ address: line.created.cell, kind: "date", value: day });
    if (line.updated.text === "") fill.push({ address: line.updated.cell, kind: "date", value: day });
    if (fill.length > 0) ops.push({ op: "write", sheet: tab.sheet, cells: fill });
  } else if (tab) {
    const c = tab.columns ?? {
      name: columnLetters(LIST_TAB.defaultColumns.name),
      ref: columnLetters(LIST_TAB.defaultColumns.ref),
      created: columnLetters(LIST_TAB.defaultColumns.created),
      updated: columnLetters(LIST_TAB.defaultColumns.updated),
    };
    const row = p.listRow;
    ops.push({
      op: "write",
      sheet: tab.sheet,
      cells: [
        { address: `${c.name}${row}`, kind: "text", value: p.name },
        { address: `${c.ref}${row}`, kind: "text", value: p.ref },
        { address: `${c.created}${row}`, kind: "date", value: day },
        { address: `${c.updated}${row}`, kind: "date", value: day },
      ],
    });
  }
  ops.push({ op: "select", sheet: sheetName, address: s.name.cell });
  return { title: readTexts.planNewFiche(p.name), ops };
}

// ---------------------------------------------------------------------------------------------------
// Adding a row to a block

/**
 * One more row at the end of a block (a fifth recipient…): inserted after the block's last row with
 * that row's format, merges and dropdown, labelled like its neighbours (`Destinataire 5`), its
 * dropdown cells showing the placeholder « Sélectionnez un élément dans cette liste déroulante ► ».
 */
export function planAddRow(register: Register, sheet: string, block: GrowableBlock): WritePlan {
  const fiche = register.fiches.find((f) => f.sheet === sheet);
  if (!fiche) throw new PlanError(readTexts.unknownSheet(sheet));
  const span = fiche.blocks[block];
  if (!span) throw new PlanError(readTexts.unknownBlock(sheet, readTexts.blockNames[block]));
  const last = Math.max(span.last, span.header);
  const newRow = last + 1;
  const rows: { row: number; label: string }[] =
    block === "transfers" ? fiche.transfers.map((t) => ({ row: t.row, label: "" })) : fiche[block].map((c) => ({ row: c.row, label: c.label }));
  let label = `${BLOCK_ROW_LABELS[block]} ${rows.length + 1}`;
  for (let i = rows.length - 1; i >= 0; i--) {
    const m = /^(.*?)(\d+)\s*$/.exec(rows[i].label);
    if (m) {
      label = `${m[1]}${Number(m[2]) + (rows.length - 1 - i) + 1}`;
      break;
    }
  }
  // The new row's dropdown cells show the CNIL's « Sélectionnez un élément… », as the block's first
  // row does in the CNIL model (and every row in ours): it tells the user where to choose.
  const placeholders: CellWrite[] = FICHE_DROPDOWNS.filter((d) => d.block === block && register.lists[d.list] !== undefined).map((d) => ({
    address: cellAddress(newRow, d.column),
    kind: "text",
    value: PLACEHOLDER,
  }));
  return {
    title: readTexts.planAddRow(readTexts.blockNames[block], sheet),
    ops: [
      { op: "insertRows", sheet, beforeRow: newRow, count: 1, templateRow: last },
      { op: "write", sheet, cells: [{ address: cellAddress(newRow, FICHE_COLUMNS.label), kind: "text", value: label }, ...placeholders] },
      { op: "select", sheet, address: cellAddress(newRow, FICHE_COLUMNS.value) },
    ],
  };
}
