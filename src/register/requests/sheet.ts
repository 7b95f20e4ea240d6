/**
 * Reading the add-in's sheet « Demandes d'exercice des droits » (./model.ts): one line per request,
 * below the header row. The sheet is filled by hand as much as by the pane, so the reader takes what
 * people type: dates as date cells or « 05/12/2026 », rights in words (« Accès », « droit d'accès et
 * rectification », « suppression »), the outcome in words (« Accordée », « Refusée », « Retirée »…). A
 * cell it cannot read is a problem at that cell (a finding of rules/requests.ts), never a crash.
 *
 * Writing the sheet is ./plans.ts, loaded by the pane only when it writes.
 *
 * Pure: no Office.js, no ExcelJS.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { RequestBook, RequestEntry, RequestOutcome, RequestProblem, RightKind } from "./model";
import { findOwnedSheets } from "../ownedSheets";
import { cellAddress } from "../address";
import { isOwnedSheetDay, parseDateTimeText } from "../dates";
import { foldWords, hasWord } from "../text/fold";
import { isReducedSheet, readReducedRequests } from "../sending/reduced";

/** The header row of the table; requests start on the row below. */
export const REQUEST_HEADER_ROW = 4;

/** The columns of a line, 1-based (A = 1). */
export const REQUEST_COLS = {
  received: 1,
  person: 2,
  rights: 3,
  fiche: 4,
  identity: 5,
  extendedOn: 6,
  answered: 7,
  outcome: 8,
  reasons: 9,
} as const;

/** How many columns a line has (A to I). */
export const REQUEST_COL_COUNT = 9;

/** The words (folded) that name each right, in the order the sheet lists them. */
const RIGHT_WORDS: readonly [RightKind, readonly string[]][] = [
  ["access", ["acces", "communication", "copie"]],
  ["rectification", ["rectification", "rectifier", "correction", "corriger", "modification", "modifier"]],
  ["erasure", ["effacement", "effacer", "suppression", "supprimer", "oubli"]],
  ["objection", ["opposition", "opposer", "oppose"]],
  ["restriction", ["limitation", "limiter"]],
  ["portability", ["portabilite"]],
];

/** The outcome's words (folded), tried in this order: « accordée en partie » before « accordée ». */
const OUTCOME_WORDS: readonly [Exclude<RequestOutcome, "unknown">, readonly string[]][] = [
  ["partly-granted", ["en partie", "partiel", "partielle", "partiellement"]],
  ["refused", ["non accorde", "non accordee", "refus", "refuse", "refusee", "rejet", "rejete", "rejetee", "irrecevable"]],
  ["withdrawn", ["retrait", "retire", "retiree", "abandon", "abandonne", "abandonnee", "desistement", "annule", "annulee"]],
  ["granted", ["accorde", "accordee", "accepte", "acceptee", "satisfait", "satisfaite", "fait", "faite", "effectue", "effectuee", "traite", "traitee", "oui"]],
];

/** The rights a cell names (« droit d'accès et rectification » → access, rectification). */
export function readRights(s: string): RightKind[] {
  const w = foldWords(s);
  return RIGHT_WORDS.filter(([, words]) => hasWord(w, words)).map(([kind]) => kind);
}

/** The outcome a cell says; "unknown" when empty or in other words. */
export function readOutcome(s: string): RequestOutcome {
  const w = foldWords(s);
  return OUTCOME_WORDS.find(([, words]) => hasWord(w, words))?.[0] ?? "unknown";
}

function raw(sheet: SheetSnapshot, row: number, col: number): CellValue | undefined {
  const v = sheet.values[row - 1]?.[col - 1];
  return typeof v === "string" && v.trim() === "" ? undefined : v;
}

function text(v: CellValue | undefined): string {
  return v === undefined ? "" : String(v).trim();
}

/** A day: a date cell (its time dropped) or a text people typed (« 05/12/2026 », « 5/12/26 », with or without a time). */
function readDay(v: CellValue | undefined): number | "empty" | "unreadable" {
  if (v === undefined) return "empty";
  if (typeof v === "number") return isOwnedSheetDay(v) ? Math.floor(v) : "unreadable";
  if (typeof v === "boolean") return "unreadable";
  const read = parseDateTimeText(v);
  return read === null ? "unreadable" : Math.floor(read.serial);
}

function readLine(sheet: SheetSnapshot, row: number, problems: RequestProblem[]): RequestEntry | null {
  const C = REQUEST_COLS;
  const cells = Array.from({ length: REQUEST_COL_COUNT }, (_, i) => raw(sheet, row, i + 1));
  if (cells.every((v) => v === undefined)) return null;
  const dayAt = (col: number, missing: boolean): number | null => {
    const v = cells[col - 1];
    const day = readDay(v);
    const cell = cellAddress(row, col);
    if (day === "empty") {
      if (missing) problems.push({ sheet: sheet.name, cell, problem: "missing-received", text: "" });
      return null;
    }
    if (day === "unreadable") {
      problems.push({ sheet: sheet.name, cell, problem: "unreadable-date", text: text(v) });
      return null;
    }
    return day;
  };
  const rightsText = text(cells[C.rights - 1]);
  const outcomeText = text(cells[C.outcome - 1]);
  return {
    sheet: sheet.name,
    row,
    received: dayAt(C.received, true),
    receivedCell: cellAddress(row, C.received),
    person: text(cells[C.person - 1]),
    rights: readRights(rightsText),
    rightsText,
    ficheRef: text(cells[C.fiche - 1]),
    identityChecked: text(cells[C.identity - 1]),
    extendedOn: dayAt(C.extendedOn, false),
    extendedCell: cellAddress(row, C.extendedOn),
    answered: dayAt(C.answered, false),
    answeredCell: cellAddress(row, C.answered),
    answeredText: text(cells[C.answered - 1]),
    outcome: readOutcome(outcomeText),
    outcomeText,
    reasons: text(cells[C.reasons - 1]),
  };
}

/** The requests of every owned « Demandes d'exercice des droits » sheet (normally one); undefined when there is none. */
export function readRequests(snapshot: WorkbookSnapshot): RequestBook | undefined {
  const sheets = findOwnedSheets(snapshot, "requests");
  if (sheets.length === 0) return undefined;
  const book: RequestBook = { entries: [], problems: [] };
  for (const sheet of sheets) {
    // The copy sent to SESAN keeps the requests' counts only (../sending/strip.ts).
    if (isReducedSheet(sheet)) {
      readReducedRequests(sheet, book);
      continue;
    }
    for (let row = REQUEST_HEADER_ROW + 1; row <= sheet.values.length; row++) {
      const entry = readLine(sheet, row, book.problems);
      if (entry) book.entries.push(entry);
    }
  }
  return book;
}
