/**
 * The fixture builder must lay out the CNIL workbook as the real file does, or every test built on it
 * proves nothing. Reads the real .xlsx with ExcelJS (test-only, no adapter) and compares cell by cell,
 * the way an adapter hands values to the engine (merged areas in their top-left cell, dates as serials,
 * formulas as results, rich text as text).
 */
import ExcelJS from "exceljs";
import { RegisterBook, CNIL_SHEETS, serial } from "../../fixtures/snapshots";
import { readRegister } from "../../../src/register";

import { CNIL_XLSX_PATH as FILE } from "../../fixtures/cnilWorkbook";

type Plain = string | number | boolean;

function plain(cell: ExcelJS.Cell): Plain {
  if (cell.isMerged && cell.master.address !== cell.address) return "";
  const v = cell.value as unknown;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return serial(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return o.text;
    if (o.result !== undefined) return o.result as Plain;
    return "";
  }
  return v as Plain;
}

describe("the fixture against the real CNIL file", () => {
  it("has the same cells in A–I of tabs 2, 3, 4, the same list headers, and reads the same", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FILE);
    const book = RegisterBook.cnil();
    expect(wb.worksheets.map((w) => w.name)).toEqual(book.sheetNames());
    expect(wb.getWorksheet(CNIL_SHEETS.lists)?.state).toBe("hidden");
    for (const name of [CNIL_SHEETS.list, CNIL_SHEETS.model, CNIL_SHEETS.example]) {
      const ws = wb.getWorksheet(name)!;
      for (let row = 1; row <= 70; row++) {
        for (let col = 1; col <= 9; col++) {
          const real = plain(ws.getCell(row, col));
          const fixture = book.sheet(name).values[row - 1]?.[col - 1] ?? "";
          // The richer texts (instructions, typographic details) are compared in full.
          expect({ at: `${name}!${ws.getCell(row, col).address}`, v: fixture }).toEqual({ at: `${name}!${ws.getCell(row, col).address}`, v: real });
        }
      }
    }
    const lists = wb.getWorksheet(CNIL_SHEETS.lists)!;
    for (const col of ["A", "C", "D", "F", "H", "J"]) {
      for (let row = 1; row <= 10; row++) {
        const real = plain(lists.getCell(`${col}${row}`));
        expect([`${col}${row}`, book.get(CNIL_SHEETS.lists, `${col}${row}`)]).toEqual([`${col}${row}`, real]);
      }
    }
    // Both tell the engine the same: the real file's lists, read whole.
    const rules = (ws: ExcelJS.Worksheet): { range: string; source: string }[] =>
      Object.entries((ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model).map(([range, v]) => ({
        range,
        source: `=${v.formulae[0]}`,
      }));
    const modelRules = rules(wb.getWorksheet(CNIL_SHEETS.model)!);
    const cellSources = new Map(modelRules.map((r) => [r.range, r.source]));
    for (const v of book.validations().filter((x) => x.sheet === CNIL_SHEETS.model)) {
      const first = v.range.split(":")[0];
      const expected = cellSources.get(first);
      // Countries: the fixture keeps a sample of the 175, so its range is shorter.
      if (first.startsWith("C")) expect(expected).toBe("='5_-_Listes'!$C$2:$C$177");
      else expect(v.source).toBe(expected);
    }
    const r = readRegister(book.snapshot());
    expect(r.fiches.map((f) => f.kind)).toEqual(["model", "example"]);
  });
});
