/**
 * A formula as it reads in another cell: Excel stores a filled-down formula once (a shared formula,
 * written in its first cell) and every other cell of the group means that formula with its relative
 * references moved by the cell's offset. Row shifts need each cell's own formula when the group
 * does not move as one block; this gives it.
 */
import { columnLetters, columnNumber, MAX_COLS, MAX_ROWS } from "../../../../register";

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)/;
const ROWS = /^(\$?)(\d+):(\$?)(\d+)/;
const COLS = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/;
const SHEET_PREFIX = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*!/;
const WORD = /^[\w.\u00C0-\uFFFF]+/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\w.$\u00C0-\uFFFF]/.test(ch);
}

/** A reference must end where a token ends (not `LOG10(`, not `A1B`, not a sheet name `A1!`). */
function endsToken(next: string | undefined): boolean {
  return next === undefined || !/[\w(!.\u00C0-\uFFFF]/.test(next);
}

function row(abs: string, n: number, dRow: number): number | null {
  const r = abs ? n : n + dRow;
  return r >= 1 && r <= MAX_ROWS ? r : null;
}

function col(abs: string, letters: string, dCol: number): number | null {
  const c = abs ? columnNumber(letters) : columnNumber(letters) + dCol;
  return c >= 1 && c <= MAX_COLS ? c : null;
}

/** The reference at the start of `s` moved by the offsets, with its length; null when none starts there. */
function moveRef(s: string, dRow: number, dCol: number): { text: string; length: number } | null {
  let m = ROWS.exec(s);
  if (m && endsToken(s[m[0].length])) {
    const a = row(m[1], Number(m[2]), dRow);
    const b = row(m[3], Number(m[4]), dRow);
    return { text: a === null || b === null ? "#REF!" : `${m[1]}${a}:${m[3]}${b}`, length: m[0].length };
  }
  m = COLS.exec(s);
  if (m && endsToken(s[m[0].length])) {
    const a = col(m[1], m[2], dCol);
    const b = col(m[3], m[4], dCol);
    return { text: a === null || b === null ? "#REF!" : `${m[1]}${columnLetters(a)}:${m[3]}${columnLetters(b)}`, length: m[0].length };
  }
  m = CELL.exec(s);
  if (m && endsToken(s[m[0].length])) {
    const c = col(m[1], m[2], dCol);
    const r = row(m[3], Number(m[4]), dRow);
    return { text: c === null || r === null ? "#REF!" : `${m[1]}${columnLetters(c)}${m[3]}${r}`, length: m[0].length };
  }
  return null;
}

/** `formula` (without `=`) as written `dRow` rows and `dCol` columns away: relative references move, `$` ones stay. */
export function translateFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // a string, or a quoted sheet name (then followed by `!` and a reference, read at the next turn)
      let j = i + 1;
      while (j < n && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      const end = ch === "'" && formula[j + 1] === "!" ? j + 2 : j + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (!isWordChar(formula[i - 1])) {
      const rest = formula.slice(i);
      const sheet = SHEET_PREFIX.exec(rest);
      if (sheet) {
        out += sheet[0];
        i += sheet[0].length;
        continue;
      }
      const moved = moveRef(rest, dRow, dCol);
      if (moved) {
        out += moved.text;
        i += moved.length;
        continue;
      }
    }
    // one identifier (a function, a name) or one character at a time: a reference starts a token
    const word = WORD.exec(formula.slice(i));
    const len = word ? word[0].length : 1;
    out += formula.slice(i, i + len);
    i += len;
  }
  return out;
}
