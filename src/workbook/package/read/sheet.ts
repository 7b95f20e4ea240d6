/**
 * One worksheet part, streamed once: its cell values in the shape Office.js `Range.values` gives
 * (src/register/snapshot.ts), its list dropdowns (the standard `dataValidations` block and Excel's
 * x14 extension, where Excel 2010+ keeps the dropdowns that point at another sheet) and its merged
 * areas. Ranges stay rectangles: a dropdown or a merge over a whole sheet costs one entry, never one
 * per cell.
 */
import type { CellValue, ListValidation, Rect } from "../../../register";
import { MAX_COLS } from "../../../register";
import { XlsxReadError } from "../errors";
import type { XlsxPackage } from "../opc";
import type { SheetEntry } from "../workbook";
import { isMain, NS, streamXmlLight, type LightElement } from "../xml";
import { isoDateSerial, listSource, OFFSET_1904, parseCellRef, parseRowNumber, rectOfRef } from "./cells";
import { decodeEscapes } from "./text";

/** Cells of the snapshot counted over every sheet of one workbook, against `limits.cells`. */
export interface CellBudget {
  used: number;
}

export interface SheetReadContext {
  sharedStrings: readonly string[];
  /** The workbook counts dates from 1904 (Excel for Mac before 2011). */
  date1904: boolean;
  /**
   * Give a 1904 workbook's dates as 1900 serials: numbers whose style is a date (see `dateStyles`)
   * get 1462 days more, and `t="d"` dates their 1900 serial. When false, serials stay as stored, as
   * Office.js gives them.
   */
  convert1904: boolean;
  /** For each cell style (`s`), whether it shows a date; read only when `convert1904` needs it. */
  dateStyles: readonly boolean[];
  budget: CellBudget;
}

export interface SheetContent {
  /** As `SheetSnapshot.values`: anchored at A1, rows up to their last value, no trailing empty rows. */
  values: CellValue[][];
  /** The list dropdowns, in the order of their top-left cells, one entry per rectangle. */
  validations: ListValidation[];
  /** The merged areas, in the order of the file. */
  merges: Rect[];
}

/** What a text event feeds. */
const Collect = { None: 0, Value: 1, Inline: 2, Formula1: 3, X14Formula: 4, X14Sqref: 5 } as const;
type Collecting = (typeof Collect)[keyof typeof Collect];

function tooLarge(what: string, sheet: string): XlsxReadError {
  return new XlsxReadError("too-large", sheet, what);
}

/** `B44:B45 B48 C:C` → rectangles (whole rows and columns included); unreadable pieces are skipped. */
function rectsOfSqref(sqref: string): Rect[] {
  const out: Rect[] = [];
  for (const piece of sqref.split(" ")) {
    if (piece === "") continue;
    const r = rectOfRef(piece);
    if (r) out.push(r);
  }
  return out;
}

/**
 * A rectangle's address as the engine reads it back (`parseRange`): `B44`, `B44:B45`, and a whole
 * column as `B1:B1048576` rather than `B:B`, which the engine's validation index does not take.
 */
function cellRangeAddress(r: Rect): string {
  const corner = (row: number, col: number): string => {
    let letters = "";
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${letters}${row}`;
  };
  const tl = corner(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${corner(r.bottom, r.right)}`;
}

/**
 * Only the top-left cell of a merged area keeps its value (Office.js gives `""` for the others,
 * whatever the file stores there). A sweep over the rows that hold values, with the areas that
 * cover the current row sorted by their left column: the work is bounded by the values read, not by
 * the areas' sizes (a merge over the whole sheet costs what the sheet's values cost).
 */
function clearMergedCells(values: CellValue[][], merges: readonly Rect[]): void {
  if (merges.length === 0 || values.length === 0) return;
  const byTop = merges.filter((m) => m.top <= values.length).sort((a, b) => a.top - b.top);
  let next = 0;
  let active: Rect[] = [];
  let firstExpiry = Infinity;
  for (let row = 1; row <= values.length; row++) {
    let changed = false;
    while (next < byTop.length && byTop[next].top <= row) {
      active.push(byTop[next++]);
      changed = true;
    }
    if (changed || row > firstExpiry) {
      active = active.filter((m) => m.bottom >= row).sort((a, b) => a.left - b.left);
      firstExpiry = active.reduce((min, m) => Math.min(min, m.bottom), Infinity);
    }
    const line = values[row - 1];
    for (const m of active) {
      if (m.left > line.length) break;
      const end = Math.min(m.right, line.length);
      for (let col = row === m.top ? m.left + 1 : m.left; col <= end; col++) line[col - 1] = "";
    }
  }
}

/** Drops the `""` ending each row and the empty rows ending the sheet, as Office.js's used range does. */
function trim(values: CellValue[][]): void {
  for (const line of values) while (line.length > 0 && line[line.length - 1] === "") line.pop();
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
}

function byTopLeft(a: { rect: Rect }, b: { rect: Rect }): number {
  return a.rect.top - b.rect.top || a.rect.left - b.rect.left;
}

/** Streams a worksheet part into its values, dropdowns and merged areas. Throws XlsxReadError. */
export function readSheet(pkg: XlsxPackage, sheet: SheetEntry, ctx: SheetReadContext): SheetContent {
  const limits = pkg.limits;
  const name = sheet.name;
  const values: CellValue[][] = [];
  const merges: Rect[] = [];
  const standard: { rect: Rect; source: string }[] = [];
  const extension: { rect: Rect; source: string }[] = [];
  const { sharedStrings, budget } = ctx;
  const shiftDates = ctx.date1904 && ctx.convert1904;

  let row = 0;
  let col = 0;
  // The cell being read.
  let type = "";
  let style = 0;
  let value = "";
  let hasValue = false;
  let inline = "";
  let hasInline = false;
  let inInline = false;
  let phonetic = 0;
  // The dropdown being read.
  let dvType: string | undefined;
  let dvSqref = "";
  let dvFormula = "";
  let inX14Formula1 = false;
  let collect: Collecting = Collect.None;

  const cellsMessage = (): string => `Le classeur compte plus de ${limits.cells} cellules (feuille « ${name} »)`;

  const place = (at: number, column: number, v: CellValue): void => {
    if (values.length < at) {
      budget.used += at - values.length;
      if (budget.used > limits.cells) throw tooLarge(cellsMessage(), name);
      while (values.length < at) values.push([]);
    }
    const line = values[at - 1];
    if (line.length < column) {
      budget.used += column - line.length;
      if (budget.used > limits.cells) throw tooLarge(cellsMessage(), name);
      while (line.length < column - 1) line.push("");
      line.push(v);
    } else {
      line[column - 1] = v;
    }
  };

  const cellValue = (): CellValue => {
    switch (type) {
      case "s": {
        if (!hasValue) return "";
        return sharedStrings[Number(value)] ?? "";
      }
      case "str":
        return hasValue ? value : "";
      case "inlineStr":
        return hasInline ? decodeEscapes(inline) : hasValue ? value : "";
      case "b": {
        if (!hasValue) return "";
        const v = value.trim();
        return v === "1" || v.toLowerCase() === "true";
      }
      case "e":
        return hasValue ? value.trim() : "";
      case "d": {
        if (!hasValue) return "";
        const serial = isoDateSerial(value);
        if (serial === null) return value;
        return ctx.date1904 && !ctx.convert1904 ? serial - OFFSET_1904 : serial;
      }
      default: {
        if (!hasValue || value.trim() === "") return "";
        const n = parseFloat(value);
        if (!Number.isFinite(n)) return "#NUM!";
        return shiftDates && ctx.dateStyles[style] ? n + OFFSET_1904 : n;
      }
    }
  };

  // The main namespace's URI as this part spells it: later elements compare by identity, cheaply.
  let mainUri = "\u0000";
  const inMain = (uri: string): boolean => uri === mainUri || (isMain(uri) && (mainUri = uri) === uri);

  const overflow = (what: string): XlsxReadError => tooLarge(what, name);
  const rangesMessage = (kind: string): string => `La feuille « ${name} » compte plus de ${limits.rangesPerSheet} ${kind}`;

  const addValidations = (into: { rect: Rect; source: string }[], sqref: string, formula: string): void => {
    const source = listSource(formula);
    if (source === null) return;
    for (const rect of rectsOfSqref(sqref)) {
      if (standard.length + extension.length >= limits.rangesPerSheet) throw overflow(rangesMessage("zones de listes déroulantes"));
      into.push({ rect, source });
    }
  };

  const openMain = (el: LightElement): void => {
    switch (el.local) {
      case "c": {
        const ref = el.attributes.r;
        if (ref !== undefined) {
          const at = parseCellRef(ref);
          if (!at) throw new XlsxReadError("corrupt", ref, `La feuille « ${name} » contient une référence de cellule invalide (${ref.slice(0, 20)})`);
          if (at.row !== row) row = at.row;
          col = at.col;
        } else if (++col > MAX_COLS) {
          throw new XlsxReadError("corrupt", row, `La feuille « ${name} » contient une ligne de plus de ${MAX_COLS} cellules`);
        }
        type = el.attributes.t ?? "";
        const s = el.attributes.s;
        style = s === undefined ? 0 : Number(s);
        hasValue = false;
        hasInline = false;
        value = "";
        inline = "";
        return;
      }
      case "v":
        collect = Collect.Value;
        hasValue = true;
        return;
      case "row": {
        const r = el.attributes.r;
        const at = r === undefined ? row + 1 : parseRowNumber(r);
        if (at === null || at > 1_048_576) throw new XlsxReadError("corrupt", r, `La feuille « ${name} » contient un numéro de ligne invalide`);
        row = at;
        col = 0;
        return;
      }
      case "is":
        inInline = true;
        hasInline = true;
        return;
      case "rPh":
        phonetic++;
        return;
      case "t":
        if (inInline && phonetic === 0) collect = Collect.Inline;
        return;
      case "mergeCell": {
        const rect = rectOfRef(el.attributes.ref ?? "");
        if (!rect) return;
        if (merges.length >= limits.rangesPerSheet) throw overflow(rangesMessage("zones fusionnées"));
        merges.push(rect);
        return;
      }
      case "dataValidation":
        dvType = el.attributes.type;
        dvSqref = el.attributes.sqref ?? "";
        dvFormula = "";
        return;
      case "formula1":
        if (dvType === "list") collect = Collect.Formula1;
        return;
    }
  };

  const closeMain = (el: LightElement): void => {
    switch (el.local) {
      case "c": {
        const v = cellValue();
        if (v !== "") place(row, col, v);
        return;
      }
      case "v":
      case "t":
      case "formula1":
        collect = Collect.None;
        return;
      case "is":
        inInline = false;
        return;
      case "rPh":
        phonetic--;
        return;
      case "dataValidation":
        if (dvType === "list") addValidations(standard, dvSqref, dvFormula);
        dvType = undefined;
        return;
    }
  };

  streamXmlLight(
    pkg.bytes(sheet.part),
    {
      open: (el) => {
        if (inMain(el.uri)) openMain(el);
        else if (el.uri === NS.x14) {
          if (el.local === "dataValidation") {
            dvType = el.attributes.type;
            dvSqref = "";
            dvFormula = "";
          } else if (el.local === "formula1") inX14Formula1 = true;
        } else if (el.uri === NS.xm && dvType === "list") {
          if (el.local === "f" && inX14Formula1) collect = Collect.X14Formula;
          else if (el.local === "sqref") collect = Collect.X14Sqref;
        }
      },
      text: (text) => {
        switch (collect) {
          case Collect.Value:
            value += text;
            return;
          case Collect.Inline:
            inline += text;
            if (inline.length > limits.stringLength) throw overflow(`Un texte de la feuille « ${name} » dépasse ${limits.stringLength} caractères`);
            return;
          case Collect.Formula1:
          case Collect.X14Formula:
            dvFormula += text;
            return;
          case Collect.X14Sqref:
            dvSqref += text;
            return;
        }
      },
      close: (el) => {
        if (inMain(el.uri)) closeMain(el);
        else if (el.uri === NS.x14) {
          if (el.local === "dataValidation") {
            if (dvType === "list") addValidations(extension, dvSqref, dvFormula);
            dvType = undefined;
          } else if (el.local === "formula1") inX14Formula1 = false;
        } else if (el.uri === NS.xm) collect = Collect.None;
      },
    },
    sheet.part,
    limits,
  );

  clearMergedCells(values, merges);
  trim(values);
  // The standard block first, then the extension, each in file order; then by top-left cell, as the
  // ExcelJS adapter sorted them (a stable sort).
  const validations = [...standard, ...extension].sort(byTopLeft).map(({ rect, source }) => ({ sheet: name, range: cellRangeAddress(rect), source }));
  return { values, validations, merges };
}

/** The merged areas of a worksheet part, without its values (for the writer). */
export function readSheetMerges(pkg: XlsxPackage, part: string): Rect[] {
  const merges: Rect[] = [];
  streamXmlLight(
    pkg.bytes(part),
    {
      open: (el) => {
        if (el.local !== "mergeCell" || !isMain(el.uri)) return;
        const rect = rectOfRef(el.attributes.ref ?? "");
        if (!rect) return;
        if (merges.length >= pkg.limits.rangesPerSheet) {
          throw new XlsxReadError("too-large", part, `Une feuille compte plus de ${pkg.limits.rangesPerSheet} zones fusionnées`);
        }
        merges.push(rect);
      },
    },
    part,
    pkg.limits,
  );
  return merges;
}
