/**
 * A1 addresses, the one codec of the add-in: the engine, the file adapter, the in-memory Excel and the
 * faces all read and write cell references through this module (range arithmetic is in ./ranges.ts).
 *
 * Convention: rows and columns are both 1-based, as Excel shows them and as ExcelJS counts them
 * (A1 is row 1, column 1; B4 is row 4, column 2). A snapshot row is therefore read as
 * `values[row - 1][col - 1]`, the same offset on both axes. Office.js alone counts from 0
 * (`rowIndex`, `columnIndex`); the in-memory Excel converts where it imitates those properties.
 */

/** The size of an Excel sheet: rows 1…1,048,576, columns A…XFD. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface CellPos {
  /** 1-based row. */
  row: number;
  /** 1-based column (A = 1). */
  col: number;
}

/** A rectangle of cells, bounds included, 1-based (B4:C6 is top 4, left 2, bottom 6, right 3). */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const SINGLE_LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/** 1 → `A`, 26 → `Z`, 27 → `AA`, 16384 → `XFD`. */
export function columnLetters(col: number): string {
  if (col >= 1 && col <= 26) return SINGLE_LETTERS[col - 1];
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `A` → 1, `AA` → 27, `XFD` → 16384; case-insensitive. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (4, 2) → `B4`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const ROW_RE = /^\$?(\d+)$/;
const COL_RE = /^\$?([A-Za-z]{1,3})$/;

/** `B4` or `$B$4` → { row: 4, col: 2 }; null when not a cell address. */
export function parseCell(address: string): CellPos | null {
  const m = CELL_RE.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** `'5_-_Listes'` → `5_-_Listes`, `'L''an'` → `L'an`, `Listes` → `Listes`. */
export function unquoteSheetName(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}

/**
 * A sheet name as a formula or a hyperlink wants it: bare when it is a plain identifier that cannot be
 * read as a cell (`Feuil1`, `Listes`), quoted otherwise (`'5_-_Listes'`, `'Fiche 1'`, `'L''an'`, `'AB12'`).
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !parseCell(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `'Fiche 1'!B4` → its sheet (unquoted) and the local rest; no sheet when the reference has none. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address.trim() };
  return { sheet: unquoteSheetName(address.slice(0, bang)), local: address.slice(bang + 1).trim() };
}

/** Capital letters then digits only: `topLeft` would give it back unchanged. */
const PLAIN_CELL = /^[A-Z]+[0-9]+$/;

/** `'Fiche 1'!$B$4:H4` → `B4`: the top-left cell of a reference as written, without sheet or `$`. */
export function topLeft(address: string): string {
  // Most addresses the engine handles are already a bare cell (`B46`): sorting findings and matching
  // dropdowns ask for thousands of them.
  if (PLAIN_CELL.test(address)) return address;
  return splitSheet(address).local.split(":")[0].replace(/\$/g, "").toUpperCase().trim();
}

/** The row of a reference's top-left cell, 0 when it is not a cell reference. */
export function rowOf(address: string): number {
  return parseCell(topLeft(address))?.row ?? 0;
}

/** The column of a reference's top-left cell (A = 1), 0 when it is not a cell reference. */
export function colOf(address: string): number {
  return parseCell(topLeft(address))?.col ?? 0;
}

function span(a: CellPos, b: CellPos): Rect {
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/**
 * The rectangle of a reference to cells: `B44:B45`, `$F$2:$F$10`, `'5_-_Listes'!$F$2:$F$10`, `Listes!F2`
 * (start ≤ end whatever the order written; the sheet, if any, is splitSheet's business). Whole rows or
 * columns (`F:F`, `5:5`) give null, like anything else that is not a plain cell rectangle: see
 * parseAddress for those.
 */
export function parseRange(ref: string): Rect | null {
  const { local } = splitSheet(ref);
  const parts = local.split(":");
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return span(a, b);
}

/**
 * The rectangle of any address Excel's API takes: a cell or a rectangle (`B4`, `B4:H4`), whole rows
 * (`5:5`, `2:4`) or whole columns (`B:B`, `A:C`) spanning the sheet; null when it is none of these or
 * falls outside the sheet. A sheet prefix is allowed and left to splitSheet.
 */
export function parseAddress(ref: string): Rect | null {
  const { local } = splitSheet(ref);
  const parts = local.split(":");
  // Excel's API takes no space inside an address (`B4 : C5`), unlike a validation's source.
  if (parts.length > 2 || parts.some((p) => p === "" || p.trim() !== p)) return null;
  let rect = parseRange(local);
  if (!rect && parts.length === 2) {
    const [a, b] = parts;
    const ra = ROW_RE.exec(a);
    const rb = ROW_RE.exec(b);
    const ca = COL_RE.exec(a);
    const cb = COL_RE.exec(b);
    if (ra && rb) rect = span({ row: Number(ra[1]), col: 1 }, { row: Number(rb[1]), col: MAX_COLS });
    else if (ca && cb) rect = span({ row: 1, col: columnNumber(ca[1]) }, { row: MAX_ROWS, col: columnNumber(cb[1]) });
  }
  if (!rect) return null;
  if (rect.top < 1 || rect.bottom > MAX_ROWS || rect.left < 1 || rect.right > MAX_COLS) return null;
  return rect;
}

export function isEntireRows(r: Rect): boolean {
  return r.left === 1 && r.right === MAX_COLS;
}

export function isEntireColumns(r: Rect): boolean {
  return r.top === 1 && r.bottom === MAX_ROWS;
}

/** `B4:H4`, `B4`, `5:5`, `B:B`: a rectangle's local address, as Excel writes it. */
export function rectAddress(r: Rect): string {
  if (isEntireRows(r)) return `${r.top}:${r.bottom}`;
  if (isEntireColumns(r)) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

/** `'Fiche 1'!B4:H4`: a rectangle with its sheet, as `Range.address` gives it and as a formula takes it. */
export function qualifiedAddress(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${rectAddress(r)}`;
}
