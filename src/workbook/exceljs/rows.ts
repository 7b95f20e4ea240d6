/**
 * Inserting rows from a template row, and deleting rows, with everything Excel moves along: cells,
 * styles, heights, merges, standard and x14 validations, conditional formats, images, page breaks,
 * print area, defined names and the formulas that point at moved cells.
 */
import type { Worksheet } from "exceljs";
import { cellAddress, coalesceRects, parseCell, parseRange, parseSqref, rectAddress, shiftRect, shiftRow, sqrefOf, type Rect } from "../../register";
import { CellModelX, ListValidationModelX, MediaModelX, RowModelX, wbx, wsx, XlsxWorkbook } from "./book";
import { deepClone } from "./clone";
import { RowShift, shiftFormula } from "../package/formulas";
import { setSheetModel, VALUE_TYPE } from "./sheetModel";
import type { X14Block } from "./x14";

interface FormulaHolder {
  _value?: { model?: CellModelX };
}

/**
 * A note's box is anchored in the VML drawing as "col, dx, row, dy, col, dx, row, dy" (0-based):
 * it moves with its cell.
 */
function moveNote(comment: unknown, shift: RowShift): unknown {
  const c = comment as { note?: { anchor?: unknown } } | undefined;
  const anchor = c?.note?.anchor;
  if (typeof anchor !== "string") return comment;
  const parts = anchor.split(",").map((p) => p.trim());
  if (parts.length !== 8 || parts.some((p) => !/^-?\d+$/.test(p))) return comment;
  for (const i of [2, 6]) parts[i] = String(shiftAnchorRow(Number(parts[i]), shift));
  return { ...c, note: { ...c!.note, anchor: parts.join(", ") } };
}

function moveCell(c: CellModelX, row: number, shift: RowShift): CellModelX {
  const pos = parseCell(c.address);
  if (!pos) return c;
  const out: CellModelX = { ...c, address: cellAddress(row, pos.col) };
  if (row !== pos.row && out.comment !== undefined) out.comment = moveNote(out.comment, shift);
  if (typeof out.formula === "string") out.formula = shiftFormula(out.formula, shift.sheet, shift);
  if (typeof out.sharedFormula === "string") {
    const master = parseCell(out.sharedFormula);
    const masterRow = master ? shiftRow(master.row, shift.start, shift.count) : null;
    if (master && masterRow !== null) {
      out.sharedFormula = cellAddress(masterRow, master.col);
    } else {
      // its master was deleted: keep the cell, without the formula it can no longer follow
      return { address: out.address, type: VALUE_TYPE.Null, style: c.style };
    }
  }
  if (typeof out.ref === "string") {
    const r = parseRange(out.ref);
    const moved = r ? shiftRect(r, shift.start, shift.count) : null;
    if (moved) out.ref = rectAddress(moved);
  }
  return out;
}

function shiftFormulae(dv: ListValidationModelX, sheet: string, shift: RowShift): ListValidationModelX {
  if (!dv.formulae) return dv;
  let changed = false;
  const formulae = dv.formulae.map((f) => {
    if (typeof f !== "string") return f;
    const g = shiftFormula(f, sheet, shift);
    if (g !== f) changed = true;
    return g;
  });
  return changed ? { ...dv, formulae } : dv;
}

function shiftX14(block: X14Block, sheet: string, shift: RowShift, moveRanges: boolean, template?: number): void {
  for (const v of block.validations) {
    if (v.formula1 !== undefined) v.formula1 = shiftFormula(v.formula1, sheet, shift);
    if (v.formula2 !== undefined) v.formula2 = shiftFormula(v.formula2, sheet, shift);
    if (!moveRanges) continue;
    const moved = v.ranges.map((r) => shiftRect(r, shift.start, shift.count)).filter((r): r is Rect => r !== null);
    if (template !== undefined && shift.count > 0) {
      const added = moved
        .filter((r) => r.top <= template && r.bottom >= template)
        .map((r) => ({ top: shift.start, bottom: shift.start + shift.count - 1, left: r.left, right: r.right }));
      v.ranges = added.length > 0 ? coalesceRects([...moved, ...added]) : moved;
    } else {
      v.ranges = moved;
    }
  }
  block.validations = block.validations.filter((v) => v.ranges.length > 0);
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function shiftAnchorRow(nativeRow: number, shift: RowShift): number {
  const row = shiftRow(nativeRow + 1, shift.start, shift.count);
  return (row ?? shift.start) - 1;
}

function moveMedia(media: MediaModelX[], shift: RowShift): MediaModelX[] {
  return media.map((m) => {
    if (!m.range || typeof m.range === "string") return m;
    const range = { ...m.range };
    if (range.tl) range.tl = { ...range.tl, nativeRow: shiftAnchorRow(range.tl.nativeRow, shift) };
    if (range.br) range.br = { ...range.br, nativeRow: shiftAnchorRow(range.br.nativeRow, shift) };
    return { ...m, range };
  });
}

/** Formulas and validation sources of the other sheets that point at the moved rows. */
function shiftOtherSheets(book: XlsxWorkbook, ws: Worksheet, shift: RowShift): void {
  for (const other of book.excel.worksheets) {
    if (other === ws) continue;
    other.eachRow((row) => {
      row.eachCell((cell) => {
        const model = (cell as unknown as FormulaHolder)._value?.model;
        if (model && typeof model.formula === "string") model.formula = shiftFormula(model.formula, other.name, shift);
      });
    });
    const dvs = wsx(other).dataValidations.model;
    if (dvs) {
      const memo = new Map<ListValidationModelX, ListValidationModelX>();
      for (const [addr, dv] of Object.entries(dvs)) {
        if (!dv) continue;
        if (!memo.has(dv)) memo.set(dv, shiftFormulae(dv, other.name, shift));
        dvs[addr] = memo.get(dv);
      }
    }
    const block = book.x14.get(other.id);
    if (block) shiftX14(block, other.name, shift, false);
  }
}

function moveRows(book: XlsxWorkbook, ws: Worksheet, start: number, count: number, templateRow?: number): void {
  const shift: RowShift = { sheet: ws.name, start, count };
  const m = deepClone(wsx(ws).model);
  const template = templateRow === undefined || count <= 0 ? undefined : (shiftRow(templateRow, start, count) ?? undefined);

  // rows and cells
  const rows: RowModelX[] = [];
  for (const row of m.rows) {
    const number = shiftRow(row.number, start, count);
    if (number === null) continue;
    rows.push({ ...row, number, cells: row.cells.map((c) => moveCell(c, number, shift)) });
  }
  const tmpl = template === undefined ? undefined : rows.find((r) => r.number === template);
  if (tmpl) {
    for (let k = 0; k < count; k++) {
      const number = start + k;
      rows.push({
        ...tmpl,
        number,
        style: tmpl.style ? { ...tmpl.style } : tmpl.style,
        cells: tmpl.cells.map((c) => {
          const pos = parseCell(c.address);
          return { address: cellAddress(number, pos ? pos.col : 1), type: VALUE_TYPE.Null, style: c.style ? { ...c.style } : undefined };
        }),
      });
    }
  }
  rows.sort((a, b) => a.number - b.number);

  // merges: moved, grown or shrunk; the template row's own merges repeated on each new row
  const merged: Rect[] = [];
  for (const text of m.merges ?? []) {
    const r = parseRange(text);
    const moved = r ? shiftRect(r, start, count) : null;
    const shrunkToOneCell = moved !== null && r !== null && moved.top === moved.bottom && r.top !== r.bottom && moved.left === moved.right;
    if (moved && !shrunkToOneCell) merged.push(moved);
  }
  if (template !== undefined) {
    const rowMerges = merged.filter((r) => r.top === template && r.bottom === template);
    for (let k = 0; k < count; k++) {
      for (const r of rowMerges) {
        const copy = { top: start + k, bottom: start + k, left: r.left, right: r.right };
        if (!merged.some((o) => intersects(o, copy))) merged.push(copy);
      }
    }
  }
  const merges = merged.map(rectAddress);

  // standard validations: moved; the template row's ones given to the new rows
  const dvs: Record<string, ListValidationModelX | undefined> = {};
  const memo = new Map<ListValidationModelX, ListValidationModelX>();
  for (const [addr, dv] of Object.entries(m.dataValidations ?? {})) {
    const pos = parseCell(addr);
    if (!dv || !pos) continue;
    const row = shiftRow(pos.row, start, count);
    if (row === null) continue;
    if (!memo.has(dv)) memo.set(dv, shiftFormulae(dv, ws.name, shift));
    dvs[cellAddress(row, pos.col)] = memo.get(dv);
  }
  if (template !== undefined) {
    for (const [addr, dv] of Object.entries(dvs)) {
      const pos = parseCell(addr);
      if (!pos || pos.row !== template) continue;
      for (let k = 0; k < count; k++) dvs[cellAddress(start + k, pos.col)] = dv;
    }
  }

  // conditional formats
  const conditionalFormattings = (m.conditionalFormattings ?? [])
    .map((cf) => {
      const ranges = parseSqref(cf.ref)
        .map((r) => shiftRect(r, start, count))
        .filter((r): r is Rect => r !== null);
      const rules = (cf.rules as Array<Record<string, unknown>>).map((rule) =>
        Array.isArray(rule.formulae)
          ? { ...rule, formulae: (rule.formulae as unknown[]).map((f) => (typeof f === "string" ? shiftFormula(f, ws.name, shift) : f)) }
          : rule,
      );
      return { ...cf, ref: sqrefOf(ranges), rules };
    })
    .filter((cf) => cf.ref !== "");

  // page breaks (a break after row `id`) and print settings
  const rowBreaks = (wsx(ws).rowBreaks ?? [])
    .map((b) => {
      const id = b.id >= start ? shiftRow(b.id, start, count) : b.id;
      return id === null ? null : { ...b, id };
    })
    .filter((b): b is NonNullable<typeof b> => b !== null);
  const pageSetup = m.pageSetup ? { ...m.pageSetup } : m.pageSetup;
  if (pageSetup) {
    for (const key of ["printArea", "printTitlesRow"]) {
      const v = pageSetup[key];
      if (typeof v === "string") pageSetup[key] = shiftFormula(v, ws.name, shift);
    }
  }

  setSheetModel(ws, {
    ...m,
    rows,
    merges,
    dataValidations: dvs,
    conditionalFormattings,
    media: moveMedia(m.media ?? [], shift),
    pageSetup,
    rowBreaks,
  });

  const block = book.x14.get(ws.id);
  if (block) {
    shiftX14(block, ws.name, shift, true, template);
    if (block.validations.length === 0) book.x14.delete(ws.id);
  }
  shiftOtherSheets(book, ws, shift);
  wbx(book.excel).definedNames.spliceRows(ws.name, start, count < 0 ? -count : 0, count > 0 ? count : 0);
}

/** Inserts `count` rows before `beforeRow`, shaped like `templateRow` (numbered before insertion). */
export function insertRows(book: XlsxWorkbook, ws: Worksheet, beforeRow: number, count: number, templateRow: number): void {
  if (count <= 0) return;
  moveRows(book, ws, beforeRow, count, templateRow);
}

/** Deletes rows `firstRow … firstRow + count - 1`. */
export function deleteRows(book: XlsxWorkbook, ws: Worksheet, firstRow: number, count: number): void {
  if (count <= 0) return;
  moveRows(book, ws, firstRow, -count);
}
