/**
 * Reading the add-in's sheet « Auto-diagnostic cyber »: every run kept in it, oldest first.
 *
 * The sheet lays runs out as blocks, one under the other (./plans.ts writes them). What each row is
 * comes from a tag in the hidden column E, not from its labels or its place: the block's heading
 * (`audit:run`), its date and who (`audit:date`, `audit:who`), one row per question (the question's
 * id), the comparison table (`audit:comparison-header`, then `theme:<id>`). A user may reorder or
 * delete rows, retype an answer in lower case, or edit the scores: the answer cell (column C) is read
 * back as a choice by its folded label, and the scores are recomputed from the answers, never read.
 * An answer that is no choice is an AuditProblem (a warning at its cell), never a crash.
 *
 * Pure: no Office.js, no ExcelJS.
 */
import type { AuditBook, AuditProblem, AuditRun } from "./model";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import { cellText, findOwnedSheets } from "../ownedSheets";
import { cellAddress } from "../address";
import { parseDateText } from "../dates";
import { fold } from "../text/fold";
import { auditQuestionKey, tallyAudit } from "./tally";
import { auditReadTexts } from "../messages/audit";

/** The columns of a block: Thème | Question | Réponse | Points, and the hidden tag column. */
export const AUDIT_COLS = { theme: 1, question: 2, answer: 3, points: 4, tag: 5 } as const;
/** The first block's heading row on a new sheet (title and intro above it). */
export const AUDIT_FIRST_BLOCK_ROW = 4;

/** The tags of the hidden column E; a question's row is tagged with the question's id. */
export const AUDIT_TAGS = {
  run: "audit:run",
  date: "audit:date",
  who: "audit:who",
  header: "audit:header",
  score: "audit:score",
  level: "audit:level",
  measures: "audit:measures",
  measuresHeader: "audit:measures-header",
  /** `measure:bak-restore`… one per priority measure (not read back: the measures follow from the answers). */
  measurePrefix: "measure:",
  comparison: "audit:comparison",
  comparisonHeader: "audit:comparison-header",
  /** `theme:governance`… one per row of the comparison table. */
  themePrefix: "theme:",
} as const;

interface RunBuilder {
  headingRow: number;
  dateRow?: number;
  who: string;
  answers: Record<string, string>;
  answerCells: Record<string, string>;
  comparisonHeader?: number;
  comparisonLast?: number;
}

/** The run's day: a date serial, or dd/mm/yyyy (or ISO) text; null when empty or unreadable. */
function dateOf(sheet: SheetSnapshot, row: number): number | null {
  const v = sheet.values[row - 1]?.[AUDIT_COLS.question - 1];
  if (typeof v === "number") return Number.isFinite(v) && v >= 1 ? Math.floor(v) : null;
  return typeof v === "string" ? parseDateText(v) : null;
}

function finish(sheet: SheetSnapshot, b: RunBuilder, problems: AuditProblem[]): AuditRun {
  const dateRow = b.dateRow ?? b.headingRow;
  const dateCell = cellAddress(dateRow, AUDIT_COLS.question);
  const date = b.dateRow === undefined ? null : dateOf(sheet, b.dateRow);
  if (date === null)
    problems.push({
      sheet: sheet.name,
      cell: dateCell,
      problem: auditReadTexts.unreadableDate(b.dateRow === undefined ? "" : cellText(sheet, dateRow, AUDIT_COLS.question)),
    });
  const result = tallyAudit(b.answers);
  const run: AuditRun = {
    sheet: sheet.name,
    dateCell,
    date,
    who: b.who,
    answers: b.answers,
    answerCells: b.answerCells,
    score: result.score,
    level: result.level.id,
  };
  if (b.comparisonHeader !== undefined && b.comparisonLast !== undefined && b.comparisonLast > b.comparisonHeader) {
    run.comparisonRange = `${cellAddress(b.comparisonHeader, 1)}:${cellAddress(b.comparisonLast, AUDIT_COLS.answer)}`;
  }
  return run;
}

/** Reads one answer row into the run (its first row wins should a user copy a question's row). */
function readAnswer(sheet: SheetSnapshot, row: number, questionId: string, b: RunBuilder, problems: AuditProblem[]): void {
  const question = auditQuestionKey(questionId);
  if (!question || questionId in b.answerCells) return;
  const cell = cellAddress(row, AUDIT_COLS.answer);
  b.answerCells[questionId] = cell;
  const typed = cellText(sheet, row, AUDIT_COLS.answer);
  if (typed === "") return;
  const folded = fold(typed);
  const choice = question.choices.find((c) => fold(c.label) === folded);
  if (choice) b.answers[questionId] = choice.id;
  else problems.push({ sheet: sheet.name, cell, problem: auditReadTexts.notAChoice(typed) });
}

function readSheet(sheet: SheetSnapshot, book: AuditBook): void {
  let current: RunBuilder | null = null;
  for (let row = 1; row <= sheet.values.length; row++) {
    const tag = cellText(sheet, row, AUDIT_COLS.tag);
    if (tag === AUDIT_TAGS.run) {
      if (current) book.runs.push(finish(sheet, current, book.problems));
      current = { headingRow: row, who: "", answers: {}, answerCells: {} };
      continue;
    }
    if (!current || tag === "") continue;
    if (tag === AUDIT_TAGS.date) current.dateRow ??= row;
    else if (tag === AUDIT_TAGS.who) current.who = cellText(sheet, row, AUDIT_COLS.question);
    else if (tag === AUDIT_TAGS.comparisonHeader) current.comparisonHeader ??= row;
    else if (tag.startsWith(AUDIT_TAGS.themePrefix)) current.comparisonLast = row;
    else readAnswer(sheet, row, tag, current, book.problems);
  }
  if (current) book.runs.push(finish(sheet, current, book.problems));
}

/** Every run of the add-in's « Auto-diagnostic cyber » sheets (normally one), in tab then row order. */
export function readAudit(snapshot: WorkbookSnapshot): AuditBook {
  const book: AuditBook = { runs: [], problems: [] };
  for (const sheet of findOwnedSheets(snapshot, "audit")) readSheet(sheet, book);
  return book;
}

/** The last run that has a readable date: the one re-evaluation and the cross-checks go by. */
export function lastDatedRun(book: AuditBook | undefined): AuditRun | undefined {
  const dated = (book?.runs ?? []).filter((r) => r.date !== null);
  return dated[dated.length - 1];
}

/** Where an Excel chart of a run's comparison goes: its sheet and table (null when the table was deleted). */
export function auditComparisonRange(run: AuditRun): { sheet: string; range: string } | null {
  return run.comparisonRange === undefined ? null : { sheet: run.sheet, range: run.comparisonRange };
}
