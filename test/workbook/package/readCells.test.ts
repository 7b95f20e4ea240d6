/**
 * The package reader on packages written by hand as other tools write them: every kind of cell,
 * missing references, strict and prefixed namespaces, 1904 dates and ISO dates, dropdowns and merges
 * over whole columns or the whole sheet, oddly placed parts.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { validateWorkbook, type WorkbookSnapshot } from "../../../src/register";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { readSheetMerges } from "../../../src/workbook/package/read/sheet";
import { snapshotOfPackage, type SnapshotOptions } from "../../../src/workbook/package/read/snapshot";
import { loadXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { TEST_CLOCK } from "../../fixtures/clocks";
import { buildCnilWorkbook, cleanRegister } from "../../fixtures/xlsxFiles";
import { buildXlsx, MAIN, sheetData, STRICT_MAIN, type BookSpec } from "./readFixtures";

function read(spec: BookSpec, options?: SnapshotOptions): WorkbookSnapshot {
  return snapshotOfPackage(XlsxPackage.open(buildXlsx(spec)), options);
}

function valuesOf(spec: BookSpec, options?: SnapshotOptions) {
  return read(spec, options).sheets[0].values;
}

const oneSheet = (xml: string, extra: Partial<BookSpec> = {}): BookSpec => ({ sheets: [{ name: "Feuil1", xml }], ...extra });

describe("every kind of cell, as Office.js gives it", () => {
  test("numbers, shared strings, formula results, inline strings, booleans, errors", () => {
    const spec = oneSheet(
      sheetData(
        [
          '<c r="A1"><v>42.5</v></c>',
          '<c r="B1" t="n"><v>-3</v></c>',
          '<c r="C1" t="s"><v>1</v></c>',
          '<c r="D1" t="str"><f>A1&amp;"x"</f><v>42.5x</v></c>',
          '<c r="E1" t="inlineStr"><is><t>en ligne</t></is></c>',
          '<c r="F1" t="inlineStr"><is><r><t>gras </t></r><r><rPr><b/></rPr><t>et maigre</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>',
          '<c r="G1" t="b"><v>1</v></c>',
          '<c r="H1" t="b"><v>0</v></c>',
          '<c r="I1" t="e"><v>#REF!</v></c>',
        ],
        [
          '<c r="A2"><f>B1*2</f><v>-6</v></c>',
          '<c r="B2"><f>NOW()</f></c>',
          '<c r="C2" t="b"><f>FALSE()</f><v>0</v></c>',
          '<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
          '<c r="E2" t="s"><v>0</v></c>',
          '<c r="F2" t="s"><v>2</v></c>',
          '<c r="G2" s="3"/>',
          '<c r="H2"><v>0</v></c>',
        ],
      ),
      {
        sharedStrings: {
          xml:
            `<sst xmlns="${MAIN}"><si><t>Ligne 1_x000D_\nLigne 2</t></si><si><t xml:space="preserve"> partagé </t></si>` +
            '<si><r><t>riche </t></r><r><rPr><i/></rPr><t>texte</t></r><rPh sb="0" eb="2"><t>よみ</t></rPh><phoneticPr fontId="1"/></si></sst>',
        },
      },
    );
    const values = valuesOf(spec);
    expect(values).toEqual([
      [42.5, -3, " partagé ", "42.5x", "en ligne", "gras et maigre", true, false, "#REF!"],
      [-6, "", false, "#DIV/0!", "Ligne 1\r\nLigne 2", "riche texte", "", 0],
    ]);
  });

  test("empty cells, empty rows and trailing blanks leave the shape Office.js gives", () => {
    const values = valuesOf(
      oneSheet(
        `<sheetData><row r="2"><c r="C2"><v>1</v></c><c r="E2" s="1"/></row><row r="4"><c r="A4" t="s"/></row><row r="5"><c r="B5" t="inlineStr"><is><t>x</t></is></c></row><row r="9" s="2" customFormat="1"/></sheetData>`,
      ),
    );
    expect(values).toEqual([[], ["", "", 1], [], [], ["", "x"]]);
  });

  test("rows and cells without a reference take the next row and the next column", () => {
    const values = valuesOf(
      oneSheet(
        "<sheetData>" +
          '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
          '<row r="3"><c><v>31</v></c></row>' +
          '<row><c r="B4"><v>42</v></c><c><v>43</v></c></row>' +
          "</sheetData>",
      ),
    );
    expect(values).toEqual([[1, 2, "", "", 5, 6], [], [31], ["", 42, 43]]);
  });
});

describe("dates", () => {
  test('ISO dates (t="d", as SheetJS writes them) become serials, the time as the fraction', () => {
    const values = valuesOf(
      oneSheet(
        sheetData([
          '<c r="A1" t="d"><v>2018-05-26</v></c>',
          '<c r="B1" t="d"><v>2024-02-29T12:00:00.000Z</v></c>',
          '<c r="C1" t="d"><v>1899-12-30T10:30:00</v></c>',
          '<c r="D1" t="d"><v>1900-01-01</v></c>',
          '<c r="E1" t="d"><v>1900-03-01</v></c>',
          '<c r="F1" t="d"><v>pas une date</v></c>',
        ]),
      ),
    );
    expect(values[0]).toEqual([43246, 45351.5, 0.4375, 1, 61, "pas une date"]);
  });

  const styles =
    `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00&quot; jours&quot;"/></numFmts>` +
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const mac = oneSheet(
    sheetData([
      '<c r="A1" s="1"><v>41784</v></c>',
      '<c r="B1" s="2"><v>12</v></c>',
      '<c r="C1" s="3"><v>41784.25</v></c>',
      '<c r="D1"><v>7</v></c>',
      '<c r="E1" t="d"><v>2018-05-26</v></c>',
    ]),
    { date1904: true, styles },
  );

  test("without the option, a 1904 workbook's serials stay as stored, as Office.js gives them", () => {
    // 41784 in the 1904 system is 26/05/2018, whose 1900 serial is 43246
    expect(valuesOf(mac)[0]).toEqual([41784, 12, 41784.25, 7, 43246 - 1462]);
  });

  test("the file layer reads a 1904 workbook's dates as the days the user sees (1900 serials)", async () => {
    expect(snapshotOf(await loadXlsx(buildXlsx(mac))).sheets[0].values[0]).toEqual([43246, 12, 43246.25, 7, 43246]);
  });

  test("on request, a 1904 workbook's dates are carried over to the 1900 system, and its other numbers are not", () => {
    expect(valuesOf(mac, { convert1904: true })[0]).toEqual([43246, 12, 43246.25, 7, 43246]);
  });
});

describe("namespaces and parts as other writers place them", () => {
  const cells = sheetData(['<c r="A1" t="s"><v>0</v></c>', '<c r="B1"><v>2</v></c>']);

  test("a strict OOXML workbook (purl.oclc.org namespaces and relationship types)", () => {
    const snap = read({ sheets: [{ name: "Strict", xml: cells }], sharedStrings: ["strict"], strict: true });
    expect(snap.sheets).toEqual([{ name: "Strict", visibility: "Visible", values: [["strict", 2]] }]);
  });

  test("a prefixed main namespace (<x:worksheet xmlns:x=…>)", () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>préfixé</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(valuesOf({ sheets: [{ name: "Préfixe", xml }] })).toEqual([["préfixé", 3]]);
  });

  test("elements of another namespace with the main names are not cells", () => {
    const xml = `<?xml version="1.0"?><worksheet xmlns="${STRICT_MAIN}" xmlns:o="urn:other"><sheetData><row r="1"><c r="A1"><v>1</v></c><o:c r="B1"><o:v>9</o:v></o:c></row></sheetData></worksheet>`;
    expect(valuesOf({ sheets: [{ name: "F", xml }] })).toEqual([[1]]);
  });

  test("absolute relationship targets (openpyxl) and a worksheet part not named sheetN.xml", () => {
    const snap = read({
      sheets: [
        { name: "Fiche", xml: cells, path: "xl/feuilles/fiche.xml" },
        { name: "Cachée", xml: cells, path: "xl/worksheets/autre.xml", state: "hidden" },
        { name: "Très cachée", xml: cells, state: "veryHidden" },
      ],
      sharedStrings: ["trouvé"],
      absoluteTargets: true,
    });
    expect(snap.sheets).toEqual([
      { name: "Fiche", visibility: "Visible", values: [["trouvé", 2]] },
      { name: "Cachée", visibility: "Hidden", values: [["trouvé", 2]] },
      { name: "Très cachée", visibility: "VeryHidden", values: [["trouvé", 2]] },
    ]);
  });
});

describe("merged areas", () => {
  test("only the top-left cell of a merged area keeps a value", () => {
    const values = valuesOf(
      oneSheet(
        sheetData(['<c r="A1"><v>0</v></c>', '<c r="B1"><v>1</v></c>', '<c r="C1"><v>2</v></c>'], ['<c r="B2"><v>3</v></c>', '<c r="D2"><v>4</v></c>']) +
          '<mergeCells count="2"><mergeCell ref="B1:C2"/><mergeCell ref="D2:E2"/></mergeCells>',
      ),
    );
    expect(values).toEqual([
      [0, 1],
      ["", "", "", 4],
    ]);
  });

  test("a merge over the whole sheet is read as one range, and blanks all but A1", () => {
    const rows: string[][] = [];
    for (let r = 1; r <= 200; r++) rows.push([`<c r="A${r}"><v>${r}</v></c>`, `<c r="C${r}" t="inlineStr"><is><t>x</t></is></c>`]);
    const spec = oneSheet(sheetData(...rows) + '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    const started = Date.now();
    expect(valuesOf(spec)).toEqual([[1]]);
    expect(Date.now() - started).toBeLessThan(5_000);
    const pkg = XlsxPackage.open(buildXlsx(spec));
    expect(readSheetMerges(pkg, "/xl/worksheets/sheet1.xml")).toEqual([{ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }]);
  });

  test("merged areas are not part of the snapshot", () => {
    const snap = read(oneSheet(sheetData(['<c r="A1"><v>1</v></c>']) + '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'));
    expect(Object.keys(snap)).toEqual(["sheets", "validations"]);
    expect(Object.keys(snap.sheets[0])).toEqual(["name", "visibility", "values"]);
  });
});

describe("dropdowns", () => {
  const x14 = (body: string) =>
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    `<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">${body}</x14:dataValidations></ext></extLst>`;

  test("standard and x14 list rules, inline and by reference, one entry per rectangle, in order of their corners", () => {
    const snap = read({
      sheets: [
        {
          name: "Fiche",
          xml:
            sheetData(['<c r="A1"><v>1</v></c>']) +
            '<dataValidations count="3">' +
            '<dataValidation type="list" allowBlank="1" sqref="H9:H30 J2"><formula1>"Oui,Non"</formula1></dataValidation>' +
            '<dataValidation type="list" sqref="B3"><formula1>\'5 - Listes\'!$A$2:$A$9</formula1></dataValidation>' +
            '<dataValidation type="whole" sqref="C3"><formula1>1</formula1></dataValidation>' +
            "</dataValidations>" +
            x14(
              '<x14:dataValidation type="list" allowBlank="1" xr:uid="{1}" xmlns:xr="urn:xr"><x14:formula1><xm:f>Listes!$F$2:$F$10</xm:f></x14:formula1><xm:sqref>B44:B45 B48</xm:sqref></x14:dataValidation>' +
                '<x14:dataValidation type="decimal"><x14:formula1><xm:f>0</xm:f></x14:formula1><xm:sqref>A1</xm:sqref></x14:dataValidation>',
            ),
        },
      ],
    });
    expect(snap.validations).toEqual([
      { sheet: "Fiche", range: "J2", source: "Oui,Non" },
      { sheet: "Fiche", range: "B3", source: "='5 - Listes'!$A$2:$A$9" },
      { sheet: "Fiche", range: "H9:H30", source: "Oui,Non" },
      { sheet: "Fiche", range: "B44:B45", source: "=Listes!$F$2:$F$10" },
      { sheet: "Fiche", range: "B48", source: "=Listes!$F$2:$F$10" },
    ]);
  });

  test("a dropdown on whole columns, whole rows or the whole sheet stays one range the engine reads", () => {
    const snap = read(
      oneSheet(
        sheetData(['<c r="A1"><v>1</v></c>']) +
          '<dataValidations count="2"><dataValidation type="list" sqref="B:C 4:4"><formula1>"a,b"</formula1></dataValidation></dataValidations>' +
          x14('<x14:dataValidation type="list"><x14:formula1><xm:f>Listes!$A:$A</xm:f></x14:formula1><xm:sqref>A1:XFD1048576</xm:sqref></x14:dataValidation>'),
      ),
    );
    expect(snap.validations).toEqual([
      { sheet: "Feuil1", range: "A1:XFD1048576", source: "=Listes!$A:$A" },
      { sheet: "Feuil1", range: "B1:C1048576", source: "a,b" },
      { sheet: "Feuil1", range: "A4:XFD4", source: "a,b" },
    ]);
  });

  test("a register whose sheets carry a dropdown over the whole sheet is checked as usual, in bounded time", async () => {
    const files = unzipSync(await buildCnilWorkbook(cleanRegister(2)));
    const whole = x14('<x14:dataValidation type="list"><x14:formula1><xm:f>"x,y"</xm:f></x14:formula1><xm:sqref>A1:XFD1048576</xm:sqref></x14:dataValidation>');
    for (const name of Object.keys(files).filter((n) => n.startsWith("xl/worksheets/") && n.endsWith(".xml"))) {
      files[name] = strToU8(strFromU8(files[name]).replace("</worksheet>", `${whole}</worksheet>`));
    }
    const started = Date.now();
    const snap = snapshotOfPackage(XlsxPackage.open(zipSync(files)));
    const report = validateWorkbook(snap, { clock: TEST_CLOCK });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(report.summary.fiches).toBe(2);
    expect(snap.validations.filter((v) => v.range === "A1:XFD1048576")).toHaveLength(snap.sheets.length);
  });
});
