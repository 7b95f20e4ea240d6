/**
 * Plans on packages written unlike Excel's: strict namespaces with a prefix, no styles part, rows
 * and cells without their `r`, no sheet views, the 1904 date system, absolute targets. Every part
 * we add or edit must stay in the writer's own dialect, and what we wrote must read back.
 */
import { strToU8, zipSync } from "fflate";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { readBook } from "../../../src/workbook/package/workbook";
import { parseDom } from "../../../src/workbook/package/xml";
import { applyPlanToPackage } from "../../../src/workbook/package/write";
import type { WriteOp } from "../../../src/register/plan";

const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet package: strict and prefixed (`x:`) or transitional, with absolute targets. */
function oddPackage(strict: boolean, sheetData: string, workbookPr = ""): Uint8Array {
  const main = strict ? STRICT_MAIN : MAIN;
  const rel = strict ? STRICT_REL : REL;
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/data/first.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="/book.xml"/></Relationships>`,
    "book.xml": `<?xml version="1.0"?><x:workbook xmlns:x="${main}" xmlns:r="${rel}">${workbookPr}<x:sheets><x:sheet name="Données" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    "_rels/book.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="/data/first.xml"/></Relationships>`,
    "data/first.xml": `<?xml version="1.0"?><x:worksheet xmlns:x="${main}"><x:sheetData>${sheetData}</x:sheetData></x:worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

function run(bytes: Uint8Array, ops: WriteOp[]): XlsxPackage {
  const pkg = XlsxPackage.open(bytes);
  applyPlanToPackage(pkg, { title: "test", ops });
  return XlsxPackage.open(pkg.save());
}

/** Every element of a part with its namespace, as `uri local`, in document order. */
function elementsOf(pkg: XlsxPackage, part: string): string[] {
  const doc = parseDom(pkg.bytes(part), part);
  const all = doc.getElementsByTagName("*");
  return Array.from({ length: all.length }, (_, i) => all.item(i)!).map((el) => `${el.namespaceURI} ${el.localName}`);
}

describe.each([
  ["strict, prefixed", true],
  ["transitional, prefixed", false],
])("a %s package", (_label, strict) => {
  const main = strict ? STRICT_MAIN : MAIN;
  // row 2 and its cells have no `r`: they follow row 1 and cell A2
  const bytes = oddPackage(
    strict,
    `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Nom</x:t></x:is></x:c></x:row><x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>`,
  );

  it("gets cells, a styles part, a sheet and a selection in its own namespace", () => {
    const pkg = run(bytes, [
      { op: "write", sheet: "Données", cells: [{ address: "A2", kind: "text", value: "0612345678" }] },
      { op: "write", sheet: "Données", cells: [{ address: "C2", kind: "date", value: 46350 }] },
      { op: "write", sheet: "Données", cells: [{ address: "A3", kind: "number", value: 3 }] },
      { op: "addSheet", name: "Synthèse", columnWidths: [20] },
      { op: "select", sheet: "Données", address: "B2" },
    ]);
    const book = readBook(pkg);
    expect(book.sheets.map((s) => s.name)).toEqual(["Données", "Synthèse"]);
    expect(book.styles).toBeDefined();
    for (const part of [book.part, book.styles!, ...book.sheets.map((s) => s.part)]) {
      const foreign = elementsOf(pkg, part).filter((e) => !e.startsWith(`${main} `));
      expect([part, foreign]).toEqual([part, []]);
    }
    const sheet = pkg.text(book.sheets[0].part);
    // the row without `r` got it, and the cells too: B2 kept its value, A2 was written, C2 added after B2
    expect(sheet).toMatch(
      /<x:row r="2"><x:c r="A2" t="inlineStr" s="1"><x:is><x:t>0612345678<\/x:t><\/x:is><\/x:c><x:c r="B2"><x:v>2<\/x:v><\/x:c><x:c r="C2" s="2"><x:v>46350<\/x:v><\/x:c><\/x:row>/,
    );
    expect(sheet).toMatch(/<x:row r="3"><x:c r="A3"><x:v>3<\/x:v><\/x:c><\/x:row>/);
    expect(sheet).toMatch(
      /<x:sheetViews><x:sheetView workbookViewId="0" tabSelected="1"><x:selection activeCell="B2" sqref="B2"\/><\/x:sheetView><\/x:sheetViews><x:sheetData>/,
    );
    const styles = pkg.text(book.styles!);
    expect(styles).toContain('numFmtId="49"');
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
    expect(
      pkg
        .relationships(book.part)
        .find((r) => r.kind === "styles")!
        .type.startsWith(strict ? STRICT_REL : REL),
    ).toBe(true);
    // the workbook keeps its order of children: bookViews before sheets, calcPr after
    expect(elementsOf(pkg, book.part).map((e) => e.split(" ")[1])).toEqual(["workbook", "bookViews", "workbookView", "sheets", "sheet", "sheet", "calcPr"]);
  });
});

it("writes a date of a 1904 workbook as that system's serial", () => {
  const bytes = oddPackage(false, "", `<x:workbookPr date1904="1"/>`);
  const pkg = run(bytes, [{ op: "write", sheet: "Données", cells: [{ address: "A1", kind: "date", value: 46350 }] }]);
  expect(pkg.text(readBook(pkg).sheets[0].part)).toContain(`<x:v>${46350 - 1462}</x:v>`);
});

it("refreshes formulas on other sheets that point at a written cell, and leaves sheets without one untouched", () => {
  const sheet = (data: string): string => `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData></worksheet>`;
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${[1, 2, 3].map((n) => `<Override PartName="/xl/s${n}.xml" ContentType="${type}"/>`).join("")}</Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Fiche" sheetId="1" r:id="rId1"/><sheet name="Liste" sheetId="2" r:id="rId2"/><sheet name="Autre" sheetId="3" r:id="rId3"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[1, 2, 3].map((n) => `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="s${n}.xml"/>`).join("")}</Relationships>`,
    "xl/s1.xml": sheet(`<row r="1"><c r="A1" t="str"><f>B5</f><v>old</v></c></row>`),
    "xl/s2.xml": sheet(`<row r="1"><c r="A1" t="str"><f>Fiche!$B$5</f><v>old</v></c><c r="B1"><f>Fiche!B5&amp;"!"</f><v>0</v></c></row>`),
    "xl/s3.xml": sheet(`<row r="1"><c r="A1"><f>SUM(A2:A3)</f><v>0</v></c></row>`),
  };
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  const pkg = XlsxPackage.open(bytes);
  applyPlanToPackage(pkg, { title: "t", ops: [{ op: "write", sheet: "Fiche", cells: [{ address: "B5", kind: "text", value: "Nouveau" }] }] });
  expect(pkg.touched().sort()).toEqual(["/xl/s1.xml", "/xl/s2.xml", "/xl/workbook.xml"]);
  const saved = XlsxPackage.open(pkg.save());
  expect(saved.text("/xl/s1.xml")).toContain(`<c r="A1" t="str"><f>B5</f><v>Nouveau</v></c>`);
  // a bare reference follows; any other formula keeps its cached value until Excel recalculates
  expect(saved.text("/xl/s2.xml")).toContain(`<c r="A1" t="str"><f>Fiche!$B$5</f><v>Nouveau</v></c><c r="B1"><f>Fiche!B5&amp;"!"</f><v>0</v></c>`);
  expect(saved.text("/xl/workbook.xml")).toContain(`<calcPr fullCalcOnLoad="1"/>`);
});

it("gives a new cell the format of its row, else of its column, as Excel does when the user types there", () => {
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/s1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Liste" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="s1.xml"/></Relationships>`,
    "xl/s1.xml": `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><cols><col min="2" max="4" width="12" style="3" customWidth="1"/></cols><sheetData><row r="2" s="5" customFormat="1"/></sheetData></worksheet>`,
  };
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  const pkg = run(bytes, [
    {
      op: "write",
      sheet: "Liste",
      cells: [
        { address: "C2", kind: "number", value: 1 },
        { address: "C3", kind: "number", value: 2 },
        { address: "F3", kind: "number", value: 3 },
      ],
    },
  ]);
  expect(pkg.text("/xl/s1.xml")).toContain(
    `<row r="2" s="5" customFormat="1"><c r="C2" s="5"><v>1</v></c></row><row r="3"><c r="C3" s="3"><v>2</v></c><c r="F3"><v>3</v></c></row>`,
  );
});
