/**
 * Cell text as stored in SpreadsheetML: characters XML cannot carry (a carriage return, control
 * characters) are written `_x000D_`, and a literal `_x` sequence is protected as `_x005F_x…`
 * (ECMA-376 Part 1, §22.9.2.19 ST_Xstring). Excel, and ExcelJS before us, decode them.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(ESCAPE, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
