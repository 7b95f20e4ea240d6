/**
 * Writing a run of the cyber self-audit into the add-in's sheet « Auto-diagnostic cyber »: a new block
 * under the previous ones, never over them (the layout is described in ./sheet.ts). Loaded lazily by
 * the pane, with the texts it writes.
 *
 * A block: its heading « Évaluation du JJ/MM/AAAA », the date (a date cell) and who; one row per
 * question (Thème | Question | Réponse | Points, the question's id in the hidden column E); the overall
 * score and the level; the priority measures (what to do, how, why, the effort); then the table « Comparaison » (Thème | Évaluation précédente | Cette évaluation)
 * where the pane anchors an Excel chart (`comparisonRange` of the plan). Everything written is text, a
 * number or a date, never a formula.
 */
import type { CellWrite, WriteOp, WritePlan } from "../plan";
import type { CellValue, WorkbookSnapshot } from "../snapshot";
import { PlanError } from "../errors";
import { cellAddress } from "../address";
import { formatLocalDate, todaySerial, type Clock } from "../clock";
import { formatFrenchDate } from "../dates";
import { findOwnedSheets, freeSheetName, ownedMarkOps } from "../ownedSheets";
import { wrappedLines } from "../owned/report";
import { auditSheetTexts as t } from "../messages/auditSheet";
import { AUDIT_QUESTIONS, AUDIT_THEMES, auditQuestion } from "./themes/index";
import { fullPoints } from "./questions";
import { answeredChoice, scoreAudit, type AuditAnswers } from "./score";
import { AUDIT_COLS, AUDIT_FIRST_BLOCK_ROW, AUDIT_TAGS, readAudit } from "./sheet";
import { CYBER_SHEET_NAMES } from "../messages/cyberSheets";

/** Widths (characters) of columns A–E; E holds the tags and is hidden. */
const WIDTHS = [30, 70, 40, 10] as const;
const TAG_WIDTH = 24;
/** Two empty rows between blocks. */
const GAP_ROWS = 2;
const COLORS = { title: "#1F4E79", headerText: "#FFFFFF", muted: "#595959", band: "#DDEBF7" } as const;
/** Points per line of text (Calibri 11) and the room above and below, as the report sheet. */
const LINE_HEIGHT = 15;
const ROW_PADDING = 3;

/** A plan to write a run, with where its parts land (for the chart the pane adds, and the path). */
export interface AuditRunPlan extends WritePlan {
  sheet: string;
  /** The heading's row (« Évaluation du … »). */
  headingRow: number;
  /** The run's date cell. */
  dateCell: string;
  /** The table « Comparaison », header row included: `"A31:C39"` on `sheet`. */
  comparisonRange: string;
}

function checkAnswers(answers: AuditAnswers): void {
  const entries = Object.entries(answers);
  for (const [questionId, choiceId] of entries) {
    const q = auditQuestion(questionId);
    if (!q) throw new PlanError(t.unknownQuestion(questionId));
    if (!q.choices.some((c) => c.id === choiceId)) throw new PlanError(t.unknownChoice(questionId));
  }
  if (entries.length === 0) throw new PlanError(t.noAnswer);
}

/** The last row (1-based) holding something in columns A–E, 0 for an empty sheet. */
function lastUsedRow(values: readonly (readonly CellValue[])[]): number {
  for (let r = values.length; r >= 1; r--) {
    if ((values[r - 1] ?? []).slice(0, AUDIT_COLS.tag).some((v) => String(v).trim() !== "")) return r;
  }
  return 0;
}

/** The cells a block writes, and their texts by 1-based row, to size the rows of wrapped text. */
class Block {
  readonly cells: CellWrite[] = [];
  readonly texts = new Map<number, string[]>();
  text(row: number, col: number, value: string): void {
    this.cells.push({ address: cellAddress(row, col), kind: "text", value });
    const line = this.texts.get(row) ?? [];
    line[col - 1] = value;
    this.texts.set(row, line);
  }
  number(row: number, col: number, value: number): void {
    this.cells.push({ address: cellAddress(row, col), kind: "number", value });
  }
  heights(first: number, last: number, bold = false): number[] {
    const heights: number[] = [];
    for (let row = first; row <= last; row++) {
      const line = this.texts.get(row) ?? [];
      const lines = Math.max(1, ...WIDTHS.map((w, i) => wrappedLines(line[i] ?? "", w, bold)));
      heights.push(lines * LINE_HEIGHT + ROW_PADDING);
    }
    return heights;
  }
}

/**
 * Plan the writing of a run: `answers` (question id → choice id, as the pane holds them), `who` typed
 * once, the day from `clock`. Throws PlanError (French, for the user) without a name, without any
 * answer, or with an answer the questionnaire does not know.
 */
export function planAuditRun(snapshot: WorkbookSnapshot, answers: AuditAnswers, who: string, clock: Clock): AuditRunPlan {
  const name = who.trim();
  if (name === "") throw new PlanError(t.noWho);
  checkAnswers(answers);

  const ops: WriteOp[] = [];
  const existing = findOwnedSheets(snapshot, "audit")[0];
  const sheet =
    existing?.name ??
    freeSheetName(
      snapshot.sheets.map((s) => s.name),
      CYBER_SHEET_NAMES.audit,
    );
  const previous = readAudit(snapshot)
    .runs.filter((r) => r.sheet === sheet)
    .pop();
  const first = existing ? Math.max(lastUsedRow(existing.values) + GAP_ROWS + 1, AUDIT_FIRST_BLOCK_ROW) : AUDIT_FIRST_BLOCK_ROW;
  const b = new Block();
  if (!existing) {
    ops.push({ op: "addSheet", name: sheet, columnWidths: [...WIDTHS] }, ...ownedMarkOps("audit", sheet));
    b.text(1, 1, t.title);
    b.text(2, 1, t.intro);
  }

  const today = todaySerial(clock);
  const dateText = formatLocalDate(clock);
  const result = scoreAudit(answers);
  const C = AUDIT_COLS;
  let row = first;
  const headingRow = row;
  b.text(row, C.theme, t.runHeading(dateText));
  b.text(row, C.tag, AUDIT_TAGS.run);
  const dateRow = ++row;
  b.text(row, C.theme, t.dateLabel);
  b.cells.push({ address: cellAddress(row, C.question), kind: "date", value: today });
  b.text(row, C.tag, AUDIT_TAGS.date);
  const whoRow = ++row;
  b.text(row, C.theme, t.whoLabel);
  b.text(row, C.question, name);
  b.text(row, C.tag, AUDIT_TAGS.who);

  const headerRow = ++row;
  t.headers.forEach((h, i) => b.text(headerRow, i + 1, h));
  b.text(row, C.tag, AUDIT_TAGS.header);
  const firstQuestion = row + 1;
  for (const q of AUDIT_QUESTIONS) {
    row++;
    const choice = answeredChoice(q, answers);
    b.text(row, C.theme, AUDIT_THEMES.find((th) => th.id === q.theme)?.label ?? q.theme);
    b.text(row, C.question, q.text);
    if (choice) b.text(row, C.answer, choice.label);
    b.text(row, C.points, t.points(choice?.points ?? 0, fullPoints(q)));
    b.text(row, C.tag, q.id);
  }
  const lastQuestion = row;

  const scoreRow = (row += 2);
  b.text(row, C.theme, t.overallLabel);
  b.number(row, C.question, result.score);
  b.text(row, C.tag, AUDIT_TAGS.score);
  const levelRow = ++row;
  b.text(row, C.theme, t.levelLabel);
  b.text(row, C.question, t.level(result.level.label, result.level.meaning));
  b.text(row, C.tag, AUDIT_TAGS.level);

  let measureRows: { title: number; header: number; last: number } | null = null;
  if (result.measures.length > 0) {
    const title = (row += 2);
    b.text(row, C.theme, t.measuresTitle);
    b.text(row, C.tag, AUDIT_TAGS.measures);
    const header = ++row;
    t.measuresHeaders.forEach((h, i) => b.text(header, i + 1, h));
    b.text(row, C.tag, AUDIT_TAGS.measuresHeader);
    for (const m of result.measures) {
      row++;
      b.text(row, 1, m.title);
      b.text(row, 2, m.how);
      b.text(row, 3, m.why);
      b.text(row, 4, t.effort[m.effort]);
      b.text(row, C.tag, `${AUDIT_TAGS.measurePrefix}${m.questionId}`);
    }
    measureRows = { title, header, last: row };
  }

  const comparisonTitleRow = (row += 2);
  b.text(row, C.theme, t.comparisonTitle);
  b.text(row, C.tag, AUDIT_TAGS.comparison);
  const comparisonHeader = ++row;
  const previousScores = previous ? scoreAudit(previous.answers).themes : null;
  t.comparisonHeaders(previous && previous.date !== null ? formatFrenchDate(previous.date) : null).forEach((h, i) => b.text(comparisonHeader, i + 1, h));
  b.text(row, C.tag, AUDIT_TAGS.comparisonHeader);
  for (const theme of result.themes) {
    row++;
    b.text(row, 1, theme.label);
    const before = previousScores?.find((p) => p.theme === theme.theme);
    if (before) b.number(row, 2, before.score);
    b.number(row, 3, theme.score);
    b.text(row, C.tag, `${AUDIT_TAGS.themePrefix}${theme.theme}`);
  }
  const comparisonLast = row;
  const comparisonRange = `A${comparisonHeader}:C${comparisonLast}`;

  ops.push({ op: "write", sheet, cells: b.cells });
  ops.push(
    ...layoutOps(sheet, b, !existing, {
      headingRow,
      dateRow,
      whoRow,
      headerRow,
      firstQuestion,
      lastQuestion,
      scoreRow,
      levelRow,
      measures: measureRows,
      comparisonTitleRow,
      comparisonHeader,
      comparisonLast,
    }),
  );
  ops.push({ op: "select", sheet, address: cellAddress(headingRow, 1) });
  return { title: t.planTitle(dateText), ops, sheet, headingRow, dateCell: cellAddress(dateRow, C.question), comparisonRange };
}

interface BlockRows {
  headingRow: number;
  dateRow: number;
  whoRow: number;
  headerRow: number;
  firstQuestion: number;
  lastQuestion: number;
  scoreRow: number;
  levelRow: number;
  /** The priority measures' title, header and last rows; null when every answer is the best. */
  measures: { title: number; header: number; last: number } | null;
  comparisonTitleRow: number;
  comparisonHeader: number;
  comparisonLast: number;
}

/** The looks of the new block (and of the sheet's head when the sheet is new), and the print setup. */
function layoutOps(sheet: string, b: Block, newSheet: boolean, r: BlockRows): WriteOp[] {
  const tableHeader = (range: string): WriteOp => ({
    op: "format",
    sheet,
    range,
    format: { bold: true, fontColor: COLORS.headerText, fillColor: COLORS.title, wrapText: true, borders: "thin" },
  });
  const ops: WriteOp[] = [];
  if (newSheet) {
    ops.push(
      { op: "format", sheet, range: "A1", format: { bold: true, fontColor: COLORS.title } },
      { op: "rowHeights", sheet, firstRow: 1, heights: [24] },
      { op: "format", sheet, range: "A2", format: { italic: true, fontColor: COLORS.muted } },
    );
  }
  ops.push(
    // The tag column: hidden, as the mark's (re-applied on every run: a user may have shown it).
    { op: "columnWidths", sheet, firstColumn: AUDIT_COLS.tag, widths: [TAG_WIDTH], hidden: true },
    { op: "format", sheet, range: `A${r.headingRow}:D${r.headingRow}`, format: { bold: true, fontColor: COLORS.title, fillColor: COLORS.band } },
    { op: "rowHeights", sheet, firstRow: r.headingRow, heights: [22] },
    { op: "format", sheet, range: `A${r.dateRow}:A${r.whoRow}`, format: { bold: true } },
    { op: "format", sheet, range: `B${r.dateRow}`, format: { numberFormat: "dd/mm/yyyy", horizontalAlignment: "left" } },
    tableHeader(`A${r.headerRow}:D${r.headerRow}`),
    { op: "format", sheet, range: `A${r.firstQuestion}:D${r.lastQuestion}`, format: { borders: "thin" } },
    { op: "format", sheet, range: `A${r.firstQuestion}:C${r.lastQuestion}`, format: { wrapText: true } },
    { op: "format", sheet, range: `D${r.firstQuestion}:D${r.lastQuestion}`, format: { horizontalAlignment: "center" } },
    { op: "rowHeights", sheet, firstRow: r.firstQuestion, heights: b.heights(r.firstQuestion, r.lastQuestion) },
    { op: "format", sheet, range: `A${r.scoreRow}:B${r.levelRow}`, format: { bold: true } },
    { op: "format", sheet, range: `B${r.scoreRow}:B${r.levelRow}`, format: { horizontalAlignment: "left", wrapText: true } },
    { op: "rowHeights", sheet, firstRow: r.levelRow, heights: b.heights(r.levelRow, r.levelRow, true) },
    ...(r.measures ? measureLayoutOps(sheet, b, r.measures, tableHeader) : []),
    { op: "format", sheet, range: `A${r.comparisonTitleRow}`, format: { bold: true, fontColor: COLORS.title } },
    tableHeader(`A${r.comparisonHeader}:C${r.comparisonHeader}`),
    { op: "rowHeights", sheet, firstRow: r.comparisonHeader, heights: b.heights(r.comparisonHeader, r.comparisonHeader, true) },
    { op: "format", sheet, range: `A${r.comparisonHeader + 1}:C${r.comparisonLast}`, format: { borders: "thin", wrapText: true } },
    { op: "format", sheet, range: `B${r.comparisonHeader + 1}:C${r.comparisonLast}`, format: { horizontalAlignment: "center" } },
    // On paper: A4 portrait, the four columns on one page wide, every run so far.
    {
      op: "printSetup",
      sheet,
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printArea: `A1:D${r.comparisonLast}`,
      headerText: t.printHeader,
      pageNumbers: true,
    },
  );
  return ops;
}

/** The priority measures' table: header, grid, wrapped text, each row as tall as its longest cell. */
function measureLayoutOps(sheet: string, b: Block, m: { title: number; header: number; last: number }, tableHeader: (range: string) => WriteOp): WriteOp[] {
  return [
    { op: "format", sheet, range: `A${m.title}`, format: { bold: true, fontColor: COLORS.title } },
    tableHeader(`A${m.header}:D${m.header}`),
    { op: "format", sheet, range: `A${m.header + 1}:D${m.last}`, format: { borders: "thin", wrapText: true } },
    { op: "format", sheet, range: `A${m.header + 1}:A${m.last}`, format: { bold: true } },
    { op: "format", sheet, range: `D${m.header + 1}:D${m.last}`, format: { horizontalAlignment: "center" } },
    { op: "rowHeights", sheet, firstRow: m.header + 1, heights: b.heights(m.header + 1, m.last) },
  ];
}
