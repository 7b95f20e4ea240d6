/**
 * The snapshot of a loaded workbook, as the Office adapter would give it (src/register/snapshot.ts).
 */
import type { Cell, Worksheet } from "exceljs";
import type { CellValue, ListValidation, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from "../../register";
import { coalesceRects, parseCell, rectAddress, type Rect } from "../../register";
import { dvModelOf, is1904, sheetsInOrder, wsx, XlsxWorkbook } from "./book";
import type { CellModelX, ListValidationModelX } from "./book";
import { toSnapshotValue } from "./values";

function visibilityOf(ws: Worksheet): SheetVisibility {
  const state = wsx(ws).state;
  return state === "hidden" ? "Hidden" : state === "veryHidden" ? "VeryHidden" : "Visible";
}

/**
 * `cell.value`, except for formulas: ExcelJS's getter drops a falsy cached result (0, false, ""),
 * so the result is taken from the cell's model.
 */
function rawValue(cell: Cell): unknown {
  const model = (cell as unknown as { _value?: { model?: CellModelX } })._value?.model;
  if (model && (typeof model.formula === "string" || typeof model.sharedFormula === "string")) {
    return { formula: model.formula ?? "", result: model.result };
  }
  return cell.value;
}

function valuesOf(ws: Worksheet, date1904: boolean): CellValue[][] {
  const values: CellValue[][] = [];
  ws.eachRow((row, rowNumber) => {
    let line: CellValue[] | undefined;
    row.eachCell((cell, col) => {
      // In a merged area only the top-left cell holds the value (ExcelJS repeats it in each cell).
      if (cell.isMerged && cell.master !== cell) return;
      const v = toSnapshotValue(rawValue(cell), date1904);
      if (v === "") return;
      if (!line) line = [];
      while (line.length < col - 1) line.push("");
      line[col - 1] = v;
    });
    if (line) {
      while (values.length < rowNumber - 1) values.push([]);
      values[rowNumber - 1] = line;
    }
  });
  return values;
}

/** Formula text of a list rule → Office.js `rule.list.source`. */
export function listSource(formula: unknown): string | null {
  // ExcelJS holds a rule's formula as text, or as a number when it is one.
  if (typeof formula !== "string" && typeof formula !== "number") return null;
  const f = String(formula).trim();
  if (f === "") return null;
  if (f.length >= 2 && f.startsWith('"') && f.endsWith('"')) return f.slice(1, -1).replace(/""/g, '"');
  return f.startsWith("=") ? f : `=${f}`;
}

/** The list validations of ExcelJS's per-cell model, one entry per rectangle. */
function standardValidations(ws: Worksheet): ListValidation[] {
  return standardListValidations(ws.name, dvModelOf(ws));
}

export function standardListValidations(sheet: string, model: Record<string, ListValidationModelX | undefined>): ListValidation[] {
  const bySource = new Map<string, Rect[]>();
  for (const [address, dv] of Object.entries(model)) {
    if (!dv || dv.type !== "list") continue;
    const source = listSource(dv.formulae?.[0]);
    const cell = parseCell(address);
    if (source === null || !cell) continue;
    const list = bySource.get(source) ?? [];
    list.push({ top: cell.row, bottom: cell.row, left: cell.col, right: cell.col });
    bySource.set(source, list);
  }
  const out: ListValidation[] = [];
  for (const [source, rects] of bySource) {
    for (const r of coalesceRects(rects)) out.push({ sheet, range: rectAddress(r), source });
  }
  return out;
}

function x14Validations(book: XlsxWorkbook, ws: Worksheet): ListValidation[] {
  const block = book.x14.get(ws.id);
  if (!block) return [];
  const out: ListValidation[] = [];
  for (const v of block.validations) {
    if (v.type !== "list") continue;
    const source = listSource(v.formula1);
    if (source === null) continue;
    for (const r of v.ranges) out.push({ sheet: ws.name, range: rectAddress(r), source });
  }
  return out;
}

function byPosition(a: ListValidation, b: ListValidation): number {
  const ca = parseCell(a.range.split(":")[0]);
  const cb = parseCell(b.range.split(":")[0]);
  if (!ca || !cb) return 0;
  return ca.row - cb.row || ca.col - cb.col;
}

export function snapshotOf(book: XlsxWorkbook): WorkbookSnapshot {
  const date1904 = is1904(book);
  const sheets: SheetSnapshot[] = [];
  const validations: ListValidation[] = [];
  for (const ws of sheetsInOrder(book)) {
    sheets.push({ name: ws.name, visibility: visibilityOf(ws), values: valuesOf(ws, date1904) });
    validations.push(...[...standardValidations(ws), ...x14Validations(book, ws)].sort(byPosition));
  }
  return { sheets, validations };
}
