/**
 * What a copied or deleted sheet takes along: its drawing (the image stays shared), its notes, its
 * tables (with an id and a name of their own), its sheet-scoped names; docProps/app.xml's list of
 * sheets; and the formula rewrites the writer needs.
 */
import { Workbook } from "exceljs";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { readBook } from "../../../src/workbook/package/workbook";
import { applyPlanToPackage } from "../../../src/workbook/package/write";
import { renameSheetInFormula, translateFormula } from "../../../src/workbook/package/write/formulaText";
import type { WriteOp } from "../../../src/register/plan";
import { quoteSheetName } from "../../../src/register";
import { buildCnilWorkbook, cleanRegister, cnilReferenceBytes, toExcelStyle } from "../../fixtures/xlsxFiles";

jest.setTimeout(120_000);

function run(bytes: Uint8Array, ops: WriteOp[]): { pkg: XlsxPackage; saved: Uint8Array } {
  const pkg = XlsxPackage.open(bytes);
  applyPlanToPackage(pkg, { title: "test", ops });
  const saved = pkg.save();
  return { pkg: XlsxPackage.open(saved), saved };
}

function sheetPart(pkg: XlsxPackage, name: string): string {
  return readBook(pkg).sheets.find((s) => s.name === name)!.part;
}

describe("a sheet with a drawing and an image (the CNIL's tutorial)", () => {
  const cnil = cnilReferenceBytes();

  it("is copied with a drawing of its own that shows the same image, and deleting the copy gives back the same parts", async () => {
    const { pkg, saved } = run(cnil, [{ op: "copySheet", source: "Tutoriel", name: "Tutoriel (2)", after: "Tutoriel" }]);
    const original = XlsxPackage.open(cnil);
    const drawingOf = (p: XlsxPackage, sheet: string): string => p.relationships(sheetPart(p, sheet)).find((r) => r.kind === "drawing")!.target;
    const source = drawingOf(pkg, "Tutoriel");
    const copy = drawingOf(pkg, "Tutoriel (2)");
    expect(copy).not.toBe(source);
    expect(pkg.bytes(copy)).toEqual(original.bytes(source));
    const imageOf = (p: XlsxPackage, drawing: string): string => p.relationships(drawing).find((r) => r.kind === "image")!.target;
    expect(imageOf(pkg, copy)).toBe(imageOf(original, source));
    // external links of the tutorial are kept as they were
    const links = (p: XlsxPackage, sheet: string): string[] =>
      p
        .relationships(sheetPart(p, sheet))
        .filter((r) => r.external)
        .map((r) => `${r.id} ${r.target}`);
    expect(links(pkg, "Tutoriel (2)")).toEqual(links(original, "Tutoriel"));
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(saved) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Tutoriel (2)")!.getImages().length).toBe(wb.getWorksheet("Tutoriel")!.getImages().length);

    const back = run(saved, [{ op: "deleteSheet", name: "Tutoriel (2)" }]);
    expect(back.pkg.partNames().sort()).toEqual(original.partNames().sort());
    expect(back.pkg.has(imageOf(original, source))).toBe(true);
  });

  it("copies a fiche's notes and their boxes byte for byte, and deleting the copy removes them", () => {
    const model = "3_-_Modèle_de_fiche_de_registre";
    const { pkg, saved } = run(cnil, [{ op: "copySheet", source: model, name: "Fiche", after: model }]);
    const owned = (p: XlsxPackage, sheet: string): string[] =>
      p
        .relationships(sheetPart(p, sheet))
        .filter((r) => r.kind === "comments" || r.kind === "vmlDrawing")
        .map((r) => r.target);
    const copies = owned(pkg, "Fiche");
    expect(copies).toHaveLength(2);
    owned(pkg, model).forEach((part, i) => expect(pkg.bytes(copies[i])).toEqual(pkg.bytes(part)));
    const back = run(saved, [{ op: "deleteSheet", name: "Fiche" }]);
    for (const part of copies) expect(back.pkg.has(part)).toBe(false);
    for (const part of owned(back.pkg, model)) expect(back.pkg.has(part)).toBe(true);
  });
});

describe("a sheet with a table", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Données");
    wb.addWorksheet("Autre");
    ws.addTable({
      name: "Contacts",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Nom" }, { name: "Téléphone" }],
      rows: [
        ["Dupont", "0612345678"],
        ["Martin", "0698765432"],
      ],
    });
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  });

  it("gives the copied table an id and a name of its own", async () => {
    const { pkg, saved } = run(bytes, [{ op: "copySheet", source: "Données", name: "Données (2)", after: "Données" }]);
    const tableOf = (sheet: string): string => pkg.relationships(sheetPart(pkg, sheet)).find((r) => r.kind === "table")!.target;
    const a = pkg.text(tableOf("Données"));
    const b = pkg.text(tableOf("Données (2)"));
    const attrOf = (xml: string, name: string): string => new RegExp(`<table[^>]* ${name}="([^"]*)"`).exec(xml)![1];
    expect(attrOf(b, "id")).not.toBe(attrOf(a, "id"));
    expect(attrOf(b, "name")).not.toBe(attrOf(a, "name"));
    expect(attrOf(b, "displayName")).toBe(attrOf(b, "name"));
    expect(pkg.contentType(tableOf("Données (2)"))).toBe(pkg.contentType(tableOf("Données")));
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(saved) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("Données (2)")!.getCell("B2").value).toBe("0612345678");
  });
});

describe("docProps/app.xml", () => {
  it("lists an added or copied sheet among the worksheets, at its place, and forgets a deleted one", async () => {
    const excelStyle = await toExcelStyle(await buildCnilWorkbook(cleanRegister(1)));
    const titles = (p: XlsxPackage): string[] => [...p.text("/docProps/app.xml").matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]).slice(1);
    const count = (p: XlsxPackage): number => Number(/<vt:i4>(\d+)<\/vt:i4>/.exec(p.text("/docProps/app.xml"))![1]);
    const size = (p: XlsxPackage): number => Number(/<TitlesOfParts><vt:vector size="(\d+)"/.exec(p.text("/docProps/app.xml"))![1]);
    const { pkg, saved } = run(excelStyle, [
      { op: "copySheet", source: "Fiche 1", name: "Fiche 2", after: "Fiche 1" },
      { op: "addSheet", name: "Synthèse" },
    ]);
    const names = readBook(pkg).sheets.map((s) => s.name);
    expect(titles(pkg)).toEqual(names);
    expect([count(pkg), size(pkg)]).toEqual([names.length, names.length]);
    const back = run(saved, [{ op: "deleteSheet", name: "Fiche 2" }]);
    expect(titles(back.pkg)).toEqual(names.filter((n) => n !== "Fiche 2"));
    expect(count(back.pkg)).toBe(names.length - 1);
  });

  it("is left untouched when it has no list of sheets (LibreOffice writes none)", () => {
    const cnil = cnilReferenceBytes();
    const before = XlsxPackage.open(cnil).bytes("/docProps/app.xml");
    const { pkg } = run(cnil, [{ op: "addSheet", name: "Synthèse" }]);
    expect(pkg.bytes("/docProps/app.xml")).toEqual(before);
  });
});

describe("formula text", () => {
  it("moves relative references of a shared formula and keeps absolute ones, strings and sheet names", () => {
    expect(translateFormula("B5+$C$5+C$5+$D5", 2, 1)).toBe("C7+$C$5+D$5+$D7");
    expect(translateFormula(`'B4'!A1&"A1"&SUM(A1:B2)&LOG10(A1)`, 1, 0)).toBe(`'B4'!A2&"A1"&SUM(A2:B3)&LOG10(A2)`);
    expect(translateFormula("A1", -1, 0)).toBe("#REF!");
  });

  it("points a copied sheet's names at the copy", () => {
    const q = quoteSheetName;
    expect(renameSheetInFormula("'Modèle'!$A$1:$H$60", "Modèle", "Fiche 3", q)).toBe("'Fiche 3'!$A$1:$H$60");
    expect(renameSheetInFormula("Modele!$1:$3,Autre!A1", "Modele", "Copie", q)).toBe("Copie!$1:$3,Autre!A1");
    expect(renameSheetInFormula(`"Modele!A1"&Modele!A1`, "Modele", "Copie", q)).toBe(`"Modele!A1"&Copie!A1`);
  });
});

describe("a written cell that holds the text of a shared formula", () => {
  it("hands the formula over to the next cell that shares it, so that the others keep theirs", async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet("Calc");
    for (let r = 1; r <= 3; r++) ws.getCell(`A${r}`).value = r;
    ws.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B3" } as never;
    ws.getCell("B2").value = { sharedFormula: "B1", result: 4 };
    ws.getCell("B3").value = { sharedFormula: "B1", result: 6 };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const sheet = XlsxPackage.open(bytes).text(sheetPart(XlsxPackage.open(bytes), "Calc"));
    expect(sheet).toMatch(/<f t="shared" ref="B1:B3" si="0">A1\*2<\/f>/);
    const { pkg } = run(bytes, [{ op: "write", sheet: "Calc", cells: [{ address: "B1", kind: "number", value: 7 }] }]);
    const xml = pkg.text(sheetPart(pkg, "Calc"));
    const b2 = /<c r="B2"[^>]*>(.*?)<\/c>/.exec(xml)![1];
    expect(b2).toMatch(/^<f [^>]*>A2\*2<\/f>/);
    expect(b2).toContain('ref="B2:B3"');
    expect(b2).toContain('si="0"');
    expect(xml).toMatch(/<c r="B1"[^>]*><v>7<\/v><\/c>/);
  });
});
