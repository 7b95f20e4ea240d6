/**
 * Moving the references of a formula when rows are inserted or deleted in a sheet, the way Excel
 * does: `B50` becomes `B52` after two rows are inserted above row 50, a range spanning the
 * insertion grows. Only A1 references are touched; strings, names and functions are left alone.
 */
import { shiftRow } from "../../register";

export interface RowShift {
  /** The sheet whose rows move. */
  sheet: string;
  /** First row that moves (insertion: rows ≥ start move down). */
  start: number;
  /** > 0: rows inserted before `start`; < 0: rows `start … start - count - 1` deleted. */
  count: number;
}

const REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?|^(\$?)(\d+):(\$?)(\d+)/;
const NAME_PREFIX = /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*!/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\w.$\u00C0-\uFFFF]/.test(ch);
}

function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase("fr") === b.toLocaleLowerCase("fr");
}

/** Shifts one rows span [top, bottom]; null when it was deleted whole. */
function shiftSpan(top: number, bottom: number, shift: RowShift): [number, number] | null {
  if (shift.count >= 0) return [shiftRow(top, shift.start, shift.count)!, shiftRow(bottom, shift.start, shift.count)!];
  const removed = -shift.count;
  const end = shift.start + removed - 1;
  if (top >= shift.start && bottom <= end) return null;
  const t = top < shift.start ? top : top > end ? top - removed : shift.start;
  const b = bottom < shift.start ? bottom : bottom > end ? bottom - removed : shift.start - 1;
  return [t, b];
}

function shiftRef(m: RegExpExecArray, shift: RowShift): string {
  if (m[9] !== undefined) {
    // whole rows: 5:7
    const a = Number(m[10]);
    const b = Number(m[12]);
    const span = shiftSpan(Math.min(a, b), Math.max(a, b), shift);
    return span ? `${m[9]}${span[0]}:${m[11]}${span[1]}` : "#REF!";
  }
  const r1 = Number(m[4]);
  if (m[8] === undefined) {
    const span = shiftSpan(r1, r1, shift);
    return span ? `${m[1]}${m[2]}${m[3]}${span[0]}` : "#REF!";
  }
  const r2 = Number(m[8]);
  const topFirst = r1 <= r2;
  const span = shiftSpan(Math.min(r1, r2), Math.max(r1, r2), shift);
  if (!span) return "#REF!";
  const [n1, n2] = topFirst ? span : [span[1], span[0]];
  return `${m[1]}${m[2]}${m[3]}${n1}:${m[5]}${m[6]}${m[7]}${n2}`;
}

/**
 * `formula` (without its `=`) as it must read after `shift`, given it sits on sheet
 * `formulaSheet` (unqualified references point there).
 */
export function shiftFormula(formula: string, formulaSheet: string, shift: RowShift): string {
  if (!/\d/.test(formula)) return formula;
  const local = sameSheet(formulaSheet, shift.sheet);
  if (!local && !formula.toLocaleLowerCase("fr").includes(shift.sheet.toLocaleLowerCase("fr"))) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let sheet: string | null = null;
    let j = i;
    if (ch === "'") {
      let k = i + 1;
      while (k < n) {
        if (formula[k] === "'") {
          if (formula[k + 1] === "'") k += 2;
          else break;
        } else k++;
      }
      if (formula[k + 1] === "!") {
        sheet = formula.slice(i + 1, k).replace(/''/g, "'");
        j = k + 2;
      } else {
        out += formula.slice(i, k + 1);
        i = k + 1;
        continue;
      }
    } else if (!isWordChar(formula[i - 1])) {
      const p = NAME_PREFIX.exec(formula.slice(i));
      if (p) {
        sheet = p[0].slice(0, -1);
        j = i + p[0].length;
      }
    }
    if (sheet !== null || !isWordChar(formula[i - 1])) {
      const m = REF.exec(formula.slice(j));
      const next = m ? formula[j + m[0].length] : undefined;
      if (m && !(next !== undefined && /[\w(!\u00C0-\uFFFF]/.test(next))) {
        const targets = sheet === null ? local : sameSheet(sheet, shift.sheet);
        out += formula.slice(i, j) + (targets ? shiftRef(m, shift) : m[0]);
        i = j + m[0].length;
        continue;
      }
    }
    if (sheet !== null) {
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    // copy one identifier or character at a time, so that a reference is only sought at a token start
    const word = /^[\w.\u00C0-\uFFFF]+/.exec(formula.slice(i));
    const len = word ? word[0].length : 1;
    out += formula.slice(i, i + len);
    i += len;
  }
  return out;
}
