/**
 * Reading the add-in's sheet « Registre des violations » (./model.ts): one line per incident, below the
 * header row. The sheet is filled by hand as much as by the pane, so the reader takes what people type:
 * a date cell with its time, « 05/12/2026 14:30 », « 05/12/2026 à 14h30 », a day without its time (read
 * as midnight, and said so), « non – aucun risque » typed in the « CNIL notifiée le » column. A cell it
 * cannot read is a problem at that cell (a finding of rules/breaches.ts), never a crash.
 *
 * Writing the sheet is ./plans.ts, loaded by the pane only when it writes.
 *
 * Pure: no Office.js, no ExcelJS.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { BreachBook, BreachEntry, BreachProblem, BreachRisk, CnilDecision, PersonsDecision } from "./model";
import { findOwnedSheets } from "../ownedSheets";
import { cellAddress } from "../address";
import { isOwnedSheetDay, parseDateTimeText } from "../dates";
import { foldWords } from "../text/fold";
import { isReducedSheet, readReducedBreaches } from "../sending/reduced";

/** The header row of the table; incidents start on the row below. */
export const BREACH_HEADER_ROW = 4;

/** The columns of a line, 1-based (A = 1). */
export const BREACH_COLS = {
  discovered: 1,
  what: 2,
  dataAndPersons: 3,
  consequences: 4,
  risk: 5,
  measures: 6,
  cnilAt: 7,
  cnilWhy: 8,
  personsAt: 9,
  personsWhy: 10,
} as const;

/** How many columns a line has (A to J). */
export const BREACH_COL_COUNT = 10;

function raw(sheet: SheetSnapshot, row: number, col: number): CellValue | undefined {
  const v = sheet.values[row - 1]?.[col - 1];
  return typeof v === "string" && v.trim() === "" ? undefined : v;
}

function text(v: CellValue | undefined): string {
  return v === undefined ? "" : String(v).trim();
}

type DateRead = { serial: number; hasTime: boolean } | "empty" | "unreadable";

/** A date cell: a serial (its fraction the time, 0 meaning no time written) or a text people typed. */
function readDate(v: CellValue | undefined): DateRead {
  if (v === undefined) return "empty";
  if (typeof v === "number") {
    if (!isOwnedSheetDay(v)) return "unreadable";
    const minutes = Math.round(v * 1440);
    return { serial: minutes / 1440, hasTime: minutes % 1440 !== 0 };
  }
  if (typeof v === "boolean") return "unreadable";
  return parseDateTimeText(v) ?? "unreadable";
}

/** « non », « pas de notification », « aucun risque »…: a decision not to notify (or inform), typed in the date column. */
function saysNo(s: string): boolean {
  return /^ (non|pas|aucun|aucune|sans|inutile|non requis|non necessaire) /.test(foldWords(s));
}

/** « non – aucun risque » → « aucun risque »: the reason after the « non ». */
function reasonAfterNo(s: string): string {
  const rest = s.replace(/^\s*non\b\s*[-–—:,;.]*\s*/i, "").trim();
  return rest === "" ? s.trim() : rest;
}

/** The risk column, as typed: the words that matter, in any case and with or without accents. */
export function readRisk(s: string): BreachRisk {
  const w = foldWords(s);
  if (w.trim() === "") return "unknown";
  if (/ (eleve|elevee|grave|important|fort) /.test(w)) return "high";
  if (/ (aucun|faible|negligeable|pas de risque|sans risque|non) /.test(w)) return "none";
  if (/ (risque|moyen|modere|limite) /.test(w)) return "risk";
  return "unknown";
}

/**
 * A decision column pair (the date it was done, or « Sinon, pourquoi »). A date: done on that date.
 * « non… » in the date column or a reason alone: not required, for that reason. Anything else in the
 * date column: done, on a date the engine cannot read (a problem at that cell).
 */
function readDecision(
  sheet: SheetSnapshot,
  row: number,
  atCol: number,
  whyCol: number,
  problems: BreachProblem[],
): { kind: "done"; at: number | null } | { kind: "not-required"; why: string } | { kind: "undecided" } {
  const atRaw = raw(sheet, row, atCol);
  const why = text(raw(sheet, row, whyCol));
  const at = readDate(atRaw);
  if (at === "empty") return why === "" ? { kind: "undecided" } : { kind: "not-required", why };
  if (at !== "unreadable") return { kind: "done", at: at.serial };
  const typed = text(atRaw);
  if (saysNo(typed)) return { kind: "not-required", why: why === "" ? reasonAfterNo(typed) : why };
  problems.push({ sheet: sheet.name, cell: cellAddress(row, atCol), problem: "unreadable-date", text: typed });
  return { kind: "done", at: null };
}

function cnilOf(d: ReturnType<typeof readDecision>): CnilDecision {
  return d.kind === "done" ? { kind: "notified", at: d.at } : d;
}

function personsOf(d: ReturnType<typeof readDecision>): PersonsDecision {
  return d.kind === "done" ? { kind: "informed", at: d.at } : d;
}

function readLine(sheet: SheetSnapshot, row: number, problems: BreachProblem[]): BreachEntry | null {
  const C = BREACH_COLS;
  const cells = Array.from({ length: BREACH_COL_COUNT }, (_, i) => raw(sheet, row, i + 1));
  if (cells.every((v) => v === undefined)) return null;
  const discoveredCell = cellAddress(row, C.discovered);
  const found = readDate(cells[C.discovered - 1]);
  let discovered: number | null = null;
  let discoveredHasTime = true;
  if (found === "empty") problems.push({ sheet: sheet.name, cell: discoveredCell, problem: "missing-discovery", text: "" });
  else if (found === "unreadable") problems.push({ sheet: sheet.name, cell: discoveredCell, problem: "unreadable-date", text: text(cells[C.discovered - 1]) });
  else {
    discovered = found.serial;
    discoveredHasTime = found.hasTime;
  }
  return {
    sheet: sheet.name,
    row,
    discovered,
    discoveredCell,
    discoveredHasTime,
    what: text(cells[C.what - 1]),
    dataAndPersons: text(cells[C.dataAndPersons - 1]),
    consequences: text(cells[C.consequences - 1]),
    risk: readRisk(text(cells[C.risk - 1])),
    measures: text(cells[C.measures - 1]),
    cnil: cnilOf(readDecision(sheet, row, C.cnilAt, C.cnilWhy, problems)),
    cnilCell: cellAddress(row, C.cnilAt),
    persons: personsOf(readDecision(sheet, row, C.personsAt, C.personsWhy, problems)),
    personsCell: cellAddress(row, C.personsAt),
  };
}

/** The incidents of every owned « Registre des violations » sheet (normally one), in tab then row order. */
export function readBreaches(snapshot: WorkbookSnapshot): BreachBook {
  const book: BreachBook = { entries: [], problems: [] };
  for (const sheet of findOwnedSheets(snapshot, "breaches")) {
    // The copy sent to SESAN keeps the incidents' counts only (../sending/strip.ts).
    if (isReducedSheet(sheet)) {
      readReducedBreaches(sheet, book);
      continue;
    }
    for (let row = BREACH_HEADER_ROW + 1; row <= sheet.values.length; row++) {
      const entry = readLine(sheet, row, book.problems);
      if (entry) book.entries.push(entry);
    }
  }
  return book;
}
