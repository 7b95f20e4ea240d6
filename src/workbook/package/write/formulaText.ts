/**
 * Formula text, read as Excel writes it in a file (no leading `=`, English function names, `,`
 * between arguments): the two rewrites the writer needs. This works on one formula's text, never
 * on XML.
 */
import { columnLetters, columnNumber, MAX_COLS, MAX_ROWS } from "../../../register";

/** Calls `each` with the pieces of `formula` outside string literals (`"…"`, `""` inside). */
function outsideStrings(formula: string, each: (piece: string) => string): string {
  let out = "";
  let at = 0;
  while (at < formula.length) {
    const quote = formula.indexOf('"', at);
    if (quote < 0) {
      out += each(formula.slice(at));
      break;
    }
    out += each(formula.slice(at, quote));
    let end = quote + 1;
    for (;;) {
      const next = formula.indexOf('"', end);
      if (next < 0) {
        end = formula.length;
        break;
      }
      if (formula[next + 1] === '"') end = next + 2;
      else {
        end = next + 1;
        break;
      }
    }
    out += formula.slice(quote, end);
    at = end;
  }
  return out;
}

// A cell reference not inside a word, a quoted sheet name or a function name: `$B$4`, `c12`.
const CELL_REF = /(^|[^A-Za-z0-9_.'!$\]])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;
const QUOTED = /'(?:[^']|'')*'!?/g;

/**
 * The formula of a shared-formula cell `dRows` rows and `dCols` columns away from the cell whose text
 * it is: relative references move, `$` references stay (what Excel does when it fills a formula).
 * References that would leave the sheet become `#REF!`.
 */
export function translateFormula(formula: string, dRows: number, dCols: number): string {
  return outsideStrings(formula, (piece) => {
    // quoted sheet names are kept aside so that `'B4'!A1` keeps its sheet
    const kept: string[] = [];
    const masked = piece.replace(QUOTED, (q) => {
      kept.push(q);
      return `\uE000${kept.length - 1}\uE000`;
    });
    const moved = masked.replace(CELL_REF, (all, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const col = columnNumber(letters);
      const row = Number(digits);
      if (col > MAX_COLS || row < 1 || row > MAX_ROWS) return all;
      const newCol = colAbs ? col : col + dCols;
      const newRow = rowAbs ? row : row + dRows;
      if (newCol < 1 || newCol > MAX_COLS || newRow < 1 || newRow > MAX_ROWS) return `${before}#REF!`;
      return `${before}${colAbs}${columnLetters(newCol)}${rowAbs}${newRow}`;
    });
    return moved.replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)]);
  });
}

/** `'Fiche 1'` or `Feuil1`: a sheet-name prefix (before `!`) as found in a formula, unquoted. */
function unquote(name: string): string {
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * `formula` with its references to sheet `from` pointed at sheet `to` (`'Modèle'!$A$1:$H$60` →
 * `'Fiche 3'!$A$1:$H$60`), for the defined names a copied sheet takes along.
 */
export function renameSheetInFormula(formula: string, from: string, to: string, quote: (name: string) => string): string {
  const same = (name: string): boolean => unquote(name).toLocaleLowerCase("fr") === from.toLocaleLowerCase("fr");
  return outsideStrings(formula, (piece) =>
    piece.replace(/('(?:[^']|'')*'|[^\s'!(),;:=+\-*/&<>^%{}"]+)!/g, (all, name: string) => (same(name) ? `${quote(to)}!` : all)),
  );
}
