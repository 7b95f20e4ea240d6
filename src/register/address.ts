/**
 * A1 addresses. Rows are 1-based (as Excel shows them); columns are 0-based indexes into a snapshot row
 * (`values[row - 1][col]`), so that reading code never converts twice.
 */

export interface CellPos {
  /** 1-based row. */
  row: number;
  /** 0-based column (A = 0). */
  col: number;
}

export interface RangePos {
  /** Sheet named in the reference (`'5_-_Listes'!…`), unquoted; absent for a same-sheet reference. */
  sheet?: string;
  start: CellPos;
  end: CellPos;
}

const SINGLE_LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  if (col >= 0 && col < 26) return SINGLE_LETTERS[col];
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; case-insensitive. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (4, 1) → "B4". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "B4" or "$B$4" → { row: 4, col: 1 }; null when not a cell address. */
export function parseCell(address: string): CellPos | null {
  const m = CELL_RE.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

/**
 * "B44:B45", "$F$2:$F$10", "'5_-_Listes'!$F$2:$F$10", "Listes!F2" → a rectangle (start ≤ end).
 * Whole-column references (`F:F`) are not used by the CNIL workbook and give null, like anything else
 * that is not a plain cell rectangle.
 */
export function parseRange(ref: string): RangePos | null {
  let text = ref.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = unquoteSheetName(text.slice(0, bang));
    text = text.slice(bang + 1);
  }
  const [a, b] = text.split(":");
  const start = parseCell(a ?? "");
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return null;
  return {
    sheet,
    start: { row: Math.min(start.row, end.row), col: Math.min(start.col, end.col) },
    end: { row: Math.max(start.row, end.row), col: Math.max(start.col, end.col) },
  };
}

export function rangeContains(range: RangePos, row: number, col: number): boolean {
  return row >= range.start.row && row <= range.end.row && col >= range.start.col && col <= range.end.col;
}

/** `'5_-_Listes'` → `5_-_Listes`, `'L''an'` → `L'an`, `Listes` → `Listes`. */
export function unquoteSheetName(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}

/** A sheet name as a formula wants it: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
