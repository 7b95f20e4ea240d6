/**
 * Past each limit the reader refuses the file with a French message (XlsxReadError "too-large"),
 * without doing the work the file asks for. Small limits make each case cheap to build.
 */
import { XlsxReadError } from "../../../src/workbook/package/errors";
import { LIMITS, type Limits } from "../../../src/workbook/package/limits";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { snapshotOfPackage } from "../../../src/workbook/package/read/snapshot";
import { buildXlsx, MAIN, sheetData, type BookSpec } from "./readFixtures";

function readWith(spec: BookSpec, limits: Partial<Limits>) {
  return snapshotOfPackage(XlsxPackage.open(buildXlsx(spec), { ...LIMITS, ...limits }));
}

function refusal(spec: BookSpec, limits: Partial<Limits>): XlsxReadError {
  try {
    readWith(spec, limits);
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error("the file was read");
}

const numbers = (row: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `<c r="${String.fromCharCode(65 + i)}${row}"><v>${i}</v></c>`);

describe("limits", () => {
  test("cells are counted over all the sheets together", () => {
    const spec: BookSpec = {
      sheets: [
        { name: "Un", xml: sheetData(numbers(1, 6)) },
        { name: "Deux", xml: sheetData(numbers(1, 6)) },
      ],
    };
    expect(readWith(spec, { cells: 20 }).sheets.map((s) => s.values)).toEqual([[[0, 1, 2, 3, 4, 5]], [[0, 1, 2, 3, 4, 5]]]);
    const e = refusal(spec, { cells: 10 });
    expect(e.reason).toBe("too-large");
    expect(e.message).toMatch(/^Le classeur compte plus de 10 cellules \(feuille « Deux »\)\. Ce fichier est anormalement volumineux/);
  });

  test("a value far from A1 counts the empty cells the snapshot must hold before it", () => {
    const spec: BookSpec = { sheets: [{ name: "Loin", xml: '<sheetData><row r="100000"><c r="XFD100000"><v>1</v></c></row></sheetData>' }] };
    expect(refusal(spec, { cells: 50_000 }).reason).toBe("too-large");
    const values = readWith(spec, {}).sheets[0].values;
    expect(values).toHaveLength(100_000);
    expect(values[99_999][16_383]).toBe(1);
  });

  test("merged areas and dropdown ranges per sheet", () => {
    const merges = `${sheetData(numbers(1, 1))}<mergeCells count="3"><mergeCell ref="B2:C2"/><mergeCell ref="B3:C3"/><mergeCell ref="B4:C4"/></mergeCells>`;
    expect(refusal({ sheets: [{ name: "Fusions", xml: merges }] }, { rangesPerSheet: 2 }).message).toMatch(
      /^La feuille « Fusions » compte plus de 2 zones fusionnées\./,
    );
    expect(readWith({ sheets: [{ name: "Fusions", xml: merges }] }, { rangesPerSheet: 3 }).sheets[0].values).toEqual([[0]]);
    const dropdowns = `${sheetData(numbers(1, 1))}<dataValidations count="1"><dataValidation type="list" sqref="B2 B4 B6"><formula1>"a,b"</formula1></dataValidation></dataValidations>`;
    expect(refusal({ sheets: [{ name: "Listes", xml: dropdowns }] }, { rangesPerSheet: 2 }).message).toMatch(
      /^La feuille « Listes » compte plus de 2 zones de listes déroulantes\./,
    );
  });

  test("the length of a text, in the shared strings (runs added up) and inline", () => {
    const runs = {
      xml: `<sst xmlns="${MAIN}"><si><r><t>${"a".repeat(60)}</t></r><r><t>${"b".repeat(60)}</t></r></si></sst>`,
    };
    const shared: BookSpec = { sheets: [{ name: "F", xml: sheetData(['<c r="A1" t="s"><v>0</v></c>']) }], sharedStrings: runs };
    expect(refusal(shared, { stringLength: 100 }).message).toMatch(/^Un texte du classeur dépasse 100 caractères\./);
    expect(readWith(shared, { stringLength: 120 }).sheets[0].values[0][0]).toHaveLength(120);
    const inline: BookSpec = {
      sheets: [{ name: "F", xml: sheetData([`<c r="A1" t="inlineStr"><is><r><t>${"a".repeat(60)}</t></r><r><t>${"b".repeat(60)}</t></r></is></c>`]) }],
    };
    expect(refusal(inline, { stringLength: 100 }).message).toMatch(/^Un texte de la feuille « F » dépasse 100 caractères\./);
  });

  test("entries in the shared strings table", () => {
    const spec: BookSpec = { sheets: [{ name: "F", xml: sheetData(['<c r="A1" t="s"><v>2</v></c>']) }], sharedStrings: ["a", "b", "c"] };
    expect(refusal(spec, { sharedStrings: 2 }).message).toMatch(/^La table des textes du classeur compte plus de 2 entrées\./);
    expect(readWith(spec, { sharedStrings: 3 }).sheets[0].values).toEqual([["c"]]);
  });
});
