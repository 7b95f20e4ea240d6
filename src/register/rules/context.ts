/**
 * What every rule family shares: the context a rule reads, the way it reports a finding, and small
 * text/cell helpers. Rules iterate the register once each; nothing here rescans it.
 */
import type { Finding } from "../findings";
import type { ChoiceRow, DataRow, Fiche, Register, TextField } from "../model";
import type { CellWrite, WritePlan } from "../plan";
import { todayDate, todaySerial, type Clock } from "../clock";
import { topLeft } from "../address";
import { formatFrenchDate, toSerial } from "../dates";
import { fold, foldWords, hasWord } from "../text/fold";
import { planWriteCell } from "../editPlans";

/** A finding as the rules produce it: `about` names the fiche a tab-2 finding concerns (for "Vérifier cette feuille"). */
export interface RawFinding extends Finding {
  about?: string;
}

export interface RuleContext {
  register: Register;
  /** The user's calendar day, as a UTC-midnight Date (for the date arithmetic of the rules). */
  today: Date;
  /** The same day as an Excel serial (whole days). */
  todaySerial: number;
  /** The real fiches (kind "fiche"), in tab order. */
  fiches: Fiche[];
  /** The first real fiche of each reference (folded). */
  ficheByRef: Map<string, Fiche>;
  findings: RawFinding[];
  /** The clock itself, for deadlines counted in hours (the CNIL's 72 hours) rather than in days. */
  clock: Clock;
}

export function createContext(register: Register, clock: Clock): RuleContext {
  const fiches = register.fiches.filter((f) => f.kind === "fiche");
  const ficheByRef = new Map<string, Fiche>();
  for (const f of fiches) {
    const key = fold(f.ref.value);
    if (key !== "" && !ficheByRef.has(key)) ficheByRef.set(key, f);
  }
  return { register, today: todayDate(clock), todaySerial: todaySerial(clock), fiches, ficheByRef, findings: [], clock };
}

// ---------------------------------------------------------------------------------------------- text

// The engine's one folding, for the rules: ../text/fold.ts.
export { fold, foldWords, hasWord } from "../text/fold";

export function isFilled(field: TextField | undefined): boolean {
  return field !== undefined && field.value.trim() !== "";
}

export function dataRowFilled(row: DataRow): boolean {
  return row.description.value.trim() !== "" || row.retention.value.trim() !== "";
}

export function choiceFilled(row: ChoiceRow): boolean {
  return row.value.value.trim() !== "" || row.detail.value.trim() !== "";
}

/** The sensitive-data block is filled (art. 9 and 10 rows; the NIR row is not part of it). */
export function sensitiveFilled(fiche: Fiche): boolean {
  return fiche.sensitiveData.some((r) => r.key !== "nir" && dataRowFilled(r));
}

export function healthRow(fiche: Fiche): DataRow | undefined {
  return fiche.sensitiveData.find((r) => r.key === "health") ?? fiche.dataCategories.find((r) => r.key === "health");
}

// Whether a fiche holds health data, wherever it was typed: ficheProfile (./profile.ts).

export function nirRow(fiche: Fiche): DataRow | undefined {
  return fiche.dataCategories.find((r) => r.key === "nir") ?? fiche.sensitiveData.find((r) => r.key === "nir");
}

// Persons who are the organisation's own staff or applicants (HR), as folded words.
const STAFF_WORDS = [
  "salarie",
  "salaries",
  "salariee",
  "salariees",
  "candidat",
  "candidats",
  "candidate",
  "candidates",
  "services internes",
  "service interne",
  "personnel",
  "employe",
  "employes",
  "collaborateur",
  "collaborateurs",
  "stagiaire",
  "stagiaires",
];
// Words that name people cared for or the public, whatever the dropdown says.
const PUBLIC_WORDS = [
  "patient",
  "patients",
  "patientele",
  "usager",
  "usagers",
  "aidant",
  "aidants",
  "beneficiaire",
  "beneficiaires",
  "personne agee",
  "personnes agees",
  "mineur",
  "mineurs",
  "enfant",
  "enfants",
  "habitant",
  "habitants",
  "participant",
  "participants",
  "public",
  "resident",
  "residents",
  "malade",
  "malades",
];

/**
 * True when every described category of persons is staff or applicants (Salariés, Candidats, Services
 * internes…), read from the dropdown value and its précision; false when one names anybody else
 * (patients, usagers…) or when no category is described.
 */
export function personsOnlyStaff(fiche: Fiche): boolean {
  let any = false;
  for (const p of fiche.persons) {
    if (!choiceFilled(p)) continue;
    any = true;
    const value = foldWords(p.value.value);
    const detail = foldWords(p.detail.value);
    if (hasWord(value, PUBLIC_WORDS) || hasWord(detail, PUBLIC_WORDS)) return false;
    const valueIsStaff = hasWord(value, STAFF_WORDS);
    const valueIsOpen = value.trim() === "" || value.includes(" autre");
    if (valueIsStaff) continue;
    if (valueIsOpen && hasWord(detail, STAFF_WORDS)) continue;
    return false;
  }
  return any;
}

// ----------------------------------------------------------------------------------------------- dates

/** An Excel date serial (1900 system) of the date's UTC calendar day, as a whole number. */
export function dateToSerial(d: Date): number {
  return Math.floor(toSerial(d));
}

/** dd/mm/yyyy */
export function formatSerial(serial: number): string {
  return formatFrenchDate(serial);
}

/** The serial of the same day `months` months earlier (clamped to the month's last day). */
export function serialMonthsBefore(d: Date, months: number): number {
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return dateToSerial(target);
}

// ----------------------------------------------------------------------------------------------- plans

/** A plan that writes text into cells of one sheet (values are always text, never formulas). */
export function writePlan(title: string, sheet: string, cells: CellWrite[]): WritePlan {
  return { title, ops: [{ op: "write", sheet, cells }] };
}

/** The reader's one-cell plan (the same one the help panel uses to write a list item). */
export function writeCellPlan(title: string, sheet: string, cell: string, value: string): WritePlan {
  return planWriteCell(sheet, topLeft(cell), value, title);
}

export function textWrite(address: string, value: string): CellWrite {
  return { address: topLeft(address), kind: "text", value };
}

/** Something was typed in the fiche beyond its identification (purpose, data, persons, recipients, measures, transfers). */
export function hasContent(fiche: Fiche): boolean {
  if (isFilled(fiche.mainPurpose) || fiche.subPurposes.some(isFilled)) return true;
  if (fiche.dataCategories.some(dataRowFilled) || fiche.sensitiveData.some(dataRowFilled)) return true;
  if (fiche.persons.some(choiceFilled) || fiche.recipients.some(choiceFilled) || fiche.measures.some(choiceFilled)) return true;
  return fiche.transfers.some((t) => isFilled(t.recipient) || isFilled(t.country) || isFilled(t.guarantee) || isFilled(t.documentation));
}

/** Where a block's first value should be typed: its first row's cell, else the row after its header, else the fiche's name cell. */
export function blockCell(fiche: Fiche, block: "persons" | "recipients" | "measures" | "dataCategories", firstCell: string | undefined): string {
  if (firstCell) return firstCell;
  const span = fiche.blocks[block];
  if (span) return `B${span.first}`;
  return fiche.name.cell;
}
