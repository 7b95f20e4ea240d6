/**
 * The adapter's small pure pieces: references moved by row insertions, rectangles, sqref lists,
 * list sources, package parts, the x14 block as written.
 */
import { coalesceRects, parseSqref, shiftRect, sqrefOf } from "../../src/register";
import { shiftFormula } from "../../src/workbook/package/formulas";
import { sheetParts } from "../../src/workbook/exceljs/parts";
import { listSource } from "../../src/workbook/exceljs/snapshot";
import { injectExt, parseX14Block, renderX14Ext } from "../../src/workbook/exceljs/x14";

describe("shiftFormula (2 rows inserted before row 50 of 'Fiche 1')", () => {
  const ins = { sheet: "Fiche 1", start: 50, count: 2 };
  test.each([
    ["B49", "B49"],
    ["B50", "B52"],
    ["$B$50+B$60", "$B$52+B$62"],
    ["SUM(B45:B55)", "SUM(B45:B57)"],
    ["SUM(B55:B45)", "SUM(B57:B45)"],
    ["SUM(50:60)", "SUM(52:62)"],
    ['"B50"&B50', '"B50"&B52'],
    ["LOG10(B50)", "LOG10(B52)"],
    ["Feuil2!B50+B50", "Feuil2!B50+B52"],
    ["'Fiche 1'!B50", "'Fiche 1'!B52"],
    ["A:A", "A:A"],
    ["_xlfn.CONCAT(B50)", "_xlfn.CONCAT(B52)"],
    ["1.5E+50", "1.5E+50"],
  ])("%s on the same sheet → %s", (f, expected) => {
    expect(shiftFormula(f, "Fiche 1", ins)).toBe(expected);
  });

  test("from another sheet only qualified references move", () => {
    expect(shiftFormula("'Fiche 1'!B50&B50", "Liste", ins)).toBe("'Fiche 1'!B52&B50");
    expect(shiftFormula("'fiche 1'!$C$60", "Liste", ins)).toBe("'fiche 1'!$C$62");
    expect(shiftFormula("'Fiche 10'!B50", "Liste", ins)).toBe("'Fiche 10'!B50");
  });

  test("deleted rows: references below move up, references into them become #REF!", () => {
    const del = { sheet: "S", start: 50, count: -2 };
    expect(shiftFormula("B49+B50+B52+SUM(B45:B60)+SUM(B50:B51)", "S", del)).toBe("B49+#REF!+B50+SUM(B45:B58)+SUM(#REF!)");
  });
});

describe("rectangles and sqref lists", () => {
  test("parse, join and print", () => {
    expect(parseSqref("B44:B45 B48  $C$1")).toEqual([
      { top: 44, left: 2, bottom: 45, right: 2 },
      { top: 48, left: 2, bottom: 48, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 3 },
    ]);
    expect(sqrefOf(coalesceRects(parseSqref("B44 B45 B46 C44:C46 B48")))).toBe("B44:C46 B48");
  });

  test("shiftRect moves, grows, shrinks and drops like Excel", () => {
    const r = { top: 48, left: 2, bottom: 51, right: 4 };
    expect(shiftRect(r, 52, 2)).toEqual(r);
    expect(shiftRect(r, 50, 2)).toEqual({ top: 48, left: 2, bottom: 53, right: 4 });
    expect(shiftRect(r, 40, 2)).toEqual({ top: 50, left: 2, bottom: 53, right: 4 });
    expect(shiftRect(r, 50, -1)).toEqual({ top: 48, left: 2, bottom: 50, right: 4 });
    expect(shiftRect(r, 48, -4)).toBeNull();
  });
});

test("list sources as Office.js gives them", () => {
  expect(listSource("'5_-_Listes'!$F$2:$F$10")).toBe("='5_-_Listes'!$F$2:$F$10");
  expect(listSource('"Oui,Non"')).toBe("Oui,Non");
  expect(listSource('"Dit ""oui"",Non"')).toBe('Dit "oui",Non');
  expect(listSource("=Listes!A1:A3")).toBe("=Listes!A1:A3");
  expect(listSource("")).toBeNull();
});

test("sheet parts through the workbook's relationships (relative or absolute targets, escaped names)", () => {
  const wb = '<workbook><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId3"/><sheet name="L&apos;autre" sheetId="2" r:id="rId1"/></sheets></workbook>';
  const rels =
    '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet9.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
  expect(sheetParts(wb, rels)).toEqual([
    { name: "A & B", path: "xl/worksheets/sheet1.xml" },
    { name: "L'autre", path: "xl/worksheets/sheet9.xml" },
  ]);
});

test("the x14 block reads back what it writes, and goes inside an existing extLst", () => {
  const block = parseX14Block(
    '<x14:dataValidations count="1" disablePrompts="1"><x14:dataValidation type="list" allowBlank="1" xr:uid="{X}"><x14:formula1><xm:f>\'L &amp; M\'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B2 C3:C4</xm:sqref></x14:dataValidation></x14:dataValidations>',
  )!;
  expect(block.attributes).toBe(' disablePrompts="1"');
  expect(block.validations[0]).toEqual({
    attributes: 'type="list" allowBlank="1"',
    type: "list",
    formula1: "'L & M'!$A$1:$A$3",
    formula2: undefined,
    ranges: parseSqref("B2 C3:C4"),
  });
  const ext = renderX14Ext(block);
  expect(parseX14Block(ext)).toEqual(block);
  expect(injectExt("<worksheet><sheetData/></worksheet>", ext)).toBe(`<worksheet><sheetData/><extLst>${ext}</extLst></worksheet>`);
  expect(injectExt('<worksheet><extLst><ext uri="cf"/></extLst></worksheet>', ext)).toBe(`<worksheet><extLst><ext uri="cf"/>${ext}</extLst></worksheet>`);
});
