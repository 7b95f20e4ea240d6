/**
 * The synthesis as a workbook a person at SESAN opens in Excel: « Synthèse », « Constats fréquents »,
 * « Traitements », each a title, a line of explanation and a table whose header stays in view (frozen),
 * with filter buttons, colours by value (conditional formats, so that they follow a sorted or edited
 * table) and columns as wide as their content. Every value is written as text, a number or a date,
 * never a formula: a CPTS's name such as « =HYPERLINK(…) » stays text. Pure: plan ops only; the faces
 * carry the plan out on a fresh workbook.
 */
import { cellAddress, columnLetters } from "../address";
import { consolidationTexts } from "../messages/consolidation";
import type { CellWrite, WriteOp, WritePlan } from "../plan";
import { ownedMarkOps } from "../ownedSheets";
import { serialOfIso } from "./synthesise";
import { synthesisTables, type SynthesisTable, type TableCell } from "./tables";
import type { Synthesis } from "./types";

/** The table's header row; the title and its explanation are above it. */
export const SYNTHESIS_HEADER_ROW = 3;

const COLORS = { title: "#1F4E79", muted: "#595959", headerText: "#FFFFFF" } as const;
/** Column widths, in characters: narrow enough for a number, wide enough for a sentence that wraps. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 40;
const MAX_WIDE_WIDTH = 70;
/** A header wraps on up to three lines: its longest word, or a third of it, sets its need. */
const HEADER_LINES = 3;

function cellLength(cell: TableCell): number {
  switch (cell.kind) {
    case "text":
      return Math.max(...cell.value.split("\n").map((l) => l.length));
    case "number":
      return String(cell.value).length;
    case "date":
      return 10;
    case "empty":
      return 0;
  }
}

/** Widths that fit: the longest value (plus a little room for the filter button), within bounds. */
export function fittingWidths(table: SynthesisTable): number[] {
  return table.headers.map((header, col) => {
    const words = Math.max(...header.split(" ").map((w) => w.length));
    const headerNeed = Math.max(words, Math.ceil(header.length / HEADER_LINES));
    const longest = Math.max(headerNeed, ...table.rows.map((r) => cellLength(r[col] ?? { kind: "empty" })));
    const max = table.wide.includes(col) ? MAX_WIDE_WIDTH : MAX_WIDTH;
    return Math.min(max, Math.max(MIN_WIDTH, longest + 3));
  });
}

function cellWrite(address: string, cell: TableCell): CellWrite | null {
  switch (cell.kind) {
    case "text":
      return { address, kind: "text", value: cell.value };
    case "number":
      return { address, kind: "number", value: cell.value };
    case "date": {
      const serial = serialOfIso(cell.iso);
      return serial === null ? { address, kind: "text", value: cell.iso } : { address, kind: "date", value: serial };
    }
    case "empty":
      return null;
  }
}

function tableOps(table: SynthesisTable): WriteOp[] {
  const sheet = table.name;
  const header = SYNTHESIS_HEADER_ROW;
  const last = columnLetters(table.headers.length);
  const lastRow = header + Math.max(table.rows.length, 1);
  const cells: CellWrite[] = [
    { address: "A1", kind: "text", value: table.title },
    { address: "A2", kind: "text", value: table.note },
    ...table.headers.map((h, c): CellWrite => ({ address: cellAddress(header, c + 1), kind: "text", value: h })),
  ];
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const write = cellWrite(cellAddress(header + 1 + r, c + 1), cell);
      if (write) cells.push(write);
    }),
  );
  const body = `A${header + 1}:${last}${lastRow}`;
  const dateColumns = table.headers.map((_, c) => c).filter((c) => table.rows.some((r) => r[c]?.kind === "date"));
  return [
    { op: "addSheet", name: sheet, columnWidths: fittingWidths(table) },
    { op: "write", sheet, cells },
    { op: "format", sheet, range: "A1", format: { bold: true, fontSize: 14, fontColor: COLORS.title } },
    { op: "format", sheet, range: "A2", format: { italic: true, fontColor: COLORS.muted } },
    {
      op: "format",
      sheet,
      range: `A${header}:${last}${header}`,
      format: { bold: true, fontColor: COLORS.headerText, fillColor: COLORS.title, wrapText: true, verticalAlignment: "center", borders: "thin" },
    },
    ...(table.rows.length > 0 ? [{ op: "format" as const, sheet, range: body, format: { borders: "thin" as const, verticalAlignment: "top" as const } }] : []),
    ...table.wide.map((c): WriteOp => ({
      op: "format",
      sheet,
      range: `${columnLetters(c + 1)}${header + 1}:${columnLetters(c + 1)}${lastRow}`,
      format: { wrapText: true },
    })),
    ...dateColumns.map((c): WriteOp => ({
      op: "format",
      sheet,
      range: `${columnLetters(c + 1)}${header + 1}:${columnLetters(c + 1)}${lastRow}`,
      format: { numberFormat: "dd/mm/yyyy", horizontalAlignment: "left" },
    })),
    ...table.highlights.map((h): WriteOp => ({
      op: "conditionalFormat",
      sheet,
      range: `${columnLetters(h.column + 1)}${header + 1}:${columnLetters(h.column + 1)}${lastRow}`,
      rule: { operator: "equals", text: h.equals },
      fillColor: h.fill,
      fontColor: h.font,
    })),
    { op: "freezePanes", sheet, rows: header, columns: 1 },
    { op: "autoFilter", sheet, range: `A${header}:${last}${lastRow}` },
    {
      op: "printSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      titleRows: { first: header, last: header },
      headerText: table.title,
      pageNumbers: true,
    },
  ];
}

/**
 * The three sheets, added at the end of the workbook the plan is carried out on (a fresh one: the
 * command line removes its blank first sheet afterwards), « Synthèse » selected.
 */
export function planSynthesisWorkbook(synthesis: Synthesis): WritePlan {
  const tables = synthesisTables(synthesis);
  return {
    title: consolidationTexts.planTitle,
    // The mark says « a synthesis, not a register »: the next run over the same folder leaves it aside.
    ops: [...tables.flatMap(tableOps), ...ownedMarkOps("consolidation", tables[0].name), { op: "select", sheet: tables[0].name, address: "A1" }],
  };
}
