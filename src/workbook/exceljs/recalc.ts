/**
 * ExcelJS does not calculate. After a plan wrote cells, formulas that are a bare reference to one
 * of those cells (the fiche's `H1 = B5`) get their cached result updated, so that a snapshot of the
 * changed workbook reads what Excel will show. Every other cached result is left as it was.
 */
import type { Cell } from "exceljs";
import { parseCell } from "../../register";
import type { CellModelX, XlsxWorkbook } from "./book";
import { isDate } from "./values";

const BARE_REF = /^(?:'((?:[^']|'')+)'!|([^'!()"=+\-*/&<>,;:\s]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)$/;

function key(sheet: string, address: string): string {
  return `${sheet.toLocaleLowerCase("fr")}!${address}`;
}

/** What a reference to this cell evaluates to. */
function referencedValue(cell: Cell): unknown {
  const model = (cell as unknown as { _value?: { model?: CellModelX } })._value?.model;
  if (model && (typeof model.formula === "string" || typeof model.sharedFormula === "string")) return model.result;
  const v = cell.value as unknown;
  if (v === null || v === undefined) return 0;
  if (typeof v !== "object" || isDate(v)) return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: string }>).map((r) => r.text ?? "").join("");
  if ("hyperlink" in o) return o.text;
  if ("error" in o) return o;
  return undefined;
}

/** `written`: keys `sheet!A1` (see `writtenKey`) of the cells a plan wrote. */
export function refreshReferenceFormulas(book: XlsxWorkbook, written: Set<string>): void {
  if (written.size === 0) return;
  for (const ws of book.excel.worksheets) {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const model = (cell as unknown as { _value?: { model?: CellModelX } })._value?.model;
        if (!model || typeof model.formula !== "string") return;
        const m = BARE_REF.exec(model.formula.trim());
        if (!m) return;
        const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ws.name);
        const address = `${m[3].toUpperCase()}${m[4]}`;
        if (!written.has(key(sheetName, address)) || !parseCell(address)) return;
        const target = book.excel.worksheets.find((s) => s.name.toLocaleLowerCase("fr") === sheetName.toLocaleLowerCase("fr"));
        if (!target) return;
        const value = referencedValue(target.getCell(address));
        if (value !== undefined) model.result = value;
      });
    });
  }
}

export function writtenKey(sheet: string, address: string): string {
  return key(sheet, address);
}
