/**
 * The synthesis as three tables of typed cells, the one source of what the workbook and the HTML page
 * show: both render these, so that they cannot say different things.
 */
import { AUDIT_LEVELS } from "../audit/levels";
import { consolidationTexts as t } from "../messages/consolidation";
import type { Synthesis, SynthesisRow } from "./types";

export type TableCell = { kind: "text"; value: string } | { kind: "number"; value: number } | { kind: "date"; iso: string } | { kind: "empty" };

export interface SynthesisTable {
  /** The sheet's name in the workbook, the section's title in the page. */
  name: string;
  title: string;
  note: string;
  headers: readonly string[];
  rows: TableCell[][];
  /** The columns (0-based) whose text may be long (a message, a list): they wrap. */
  wide: readonly number[];
  /** Cells coloured by their value, in the workbook by conditional formats, in the page by the same colours. */
  highlights: readonly Highlight[];
}

/** The cells of `column` (0-based) whose text is `equals` get these colours (`#RRGGBB`). */
export interface Highlight {
  column: number;
  equals: string;
  fill: string;
  font: string;
}

const RED = { fill: "#F8D7DA", font: "#842029" };
const AMBER = { fill: "#FFF3CD", font: "#664D03" };
const GREEN = { fill: "#D1E7DD", font: "#0F5132" };
const GREY = { fill: "#E2E3E5", font: "#41464B" };

const text = (value: string): TableCell => (value === "" ? { kind: "empty" } : { kind: "text", value });
const num = (value: number | null): TableCell => (value === null ? { kind: "empty" } : { kind: "number", value });
const day = (iso: string | null | undefined): TableCell => (iso ? { kind: "date", iso } : { kind: "empty" });
const EMPTY: TableCell = { kind: "empty" };

const levelLabel = (id: string): string => AUDIT_LEVELS.find((l) => l.id === id)?.label ?? id;

function summaryRow(row: SynthesisRow, madeOn: string): TableCell[] {
  if (row.kind === "unreadable") {
    return [
      EMPTY,
      text(row.line !== undefined ? t.fileAtLine(row.file, row.line) : row.file),
      text(t.verdict.unreadable),
      ...Array.from({ length: 11 }, () => EMPTY),
      text(row.error),
    ];
  }
  const past = row.audit !== null && row.audit.reevaluateBy < madeOn;
  return [
    text(row.organisation),
    text(row.file),
    text(t.verdict[row.verdict]),
    num(row.errors),
    num(row.warnings),
    num(row.fiches),
    num(row.meanCompleteness),
    num(row.aipdRequired),
    day(row.oldestUpdate),
    day(row.audit?.date),
    text(row.audit ? levelLabel(row.audit.level) : ""),
    day(row.audit?.reevaluateBy),
    num(row.incidents.open),
    num(row.requests.overdue),
    text(past ? t.reevaluationPast : ""),
  ];
}

export function synthesisTables(s: Synthesis): SynthesisTable[] {
  return [
    {
      name: t.sheets.summary,
      title: t.title(s.madeOn),
      note: `${t.totals(s.totals)} ${t.summaryNote}`,
      headers: t.summaryHeaders,
      rows: s.rows.map((r) => summaryRow(r, s.madeOn)),
      wide: [0, 1, 14],
      highlights: [
        { column: 2, equals: t.verdict["not-ready"], ...RED },
        { column: 2, equals: t.verdict.ready, ...GREEN },
        { column: 2, equals: t.verdict.unreadable, ...GREY },
        { column: 10, equals: levelLabel("insufficient"), ...RED },
        { column: 10, equals: levelLabel("basic"), ...AMBER },
      ],
    },
    {
      name: t.sheets.frequent,
      title: t.frequentTitle,
      note: t.frequentNote,
      headers: t.frequentHeaders,
      rows: s.frequent.map((f) => [text(f.rule), text(f.title), text(t.severity[f.severity]), num(f.registers), num(f.fiches), num(f.findings)]),
      wide: [1],
      highlights: [
        { column: 2, equals: t.severity.error, ...RED },
        { column: 2, equals: t.severity.warning, ...AMBER },
      ],
    },
    {
      name: t.sheets.fiches,
      title: t.fichesTitle,
      note: t.fichesNote,
      headers: t.fichesHeaders,
      rows: s.fiches.map((f) => [
        text(f.organisation),
        text(f.ref),
        text(f.name),
        num(f.completeness),
        text(t.aipd[f.aipd]),
        day(f.aipdDoneOn),
        text(f.health ? t.yes : t.no),
        text(f.processors.join(" ; ")),
        text(f.tools.join(" ; ")),
        day(f.updated),
        text(f.sheet),
        text(f.file),
      ]),
      wide: [0, 2, 7, 8, 11],
      highlights: [
        { column: 4, equals: t.aipd.required, ...RED },
        { column: 4, equals: t.aipd.likely, ...AMBER },
      ],
    },
  ];
}
