/**
 * Reading files: the snapshot must be what Office.js `Range.values` would give for the same
 * workbook, and every list validation must be found, wherever Excel or LibreOffice saved it.
 */
import { coalesceRects, parseRange, rectAddress } from "../../src/register";
import JSZip from "jszip";
import { Workbook } from "exceljs";
import { loadXlsx, snapshotOf, XlsxReadError } from "../../src/workbook/xlsx";
import { loadXlsxWithoutHooks } from "../../src/workbook/exceljs/load";
import { excelBookSnapshot } from "../../src/workbook/exceljs";
import type { WorkbookSnapshot } from "../../src/register/snapshot";
import { badFiles, buildCnilWorkbook, cnilReferenceBytes, PLACEHOLDER, toExcelStyle } from "../fixtures/xlsxFiles";

jest.setTimeout(120_000);

const reference = cnilReferenceBytes();

const MODEL = "3_-_Modèle_de_fiche_de_registre";
const EXAMPLE = "4_-_Exemple_de_fiche";

/** The 12 list validations of the CNIL workbook (§1.5 of the reference). */
const CNIL_VALIDATIONS = [
  { sheet: MODEL, range: "B44:B45", source: "='5_-_Listes'!$F$2:$F$10" },
  { sheet: MODEL, range: "B48:B51", source: "='5_-_Listes'!$H$2:$H$6" },
  { sheet: MODEL, range: "B54:B56", source: "='5_-_Listes'!$J$2:$J$9" },
  { sheet: MODEL, range: "B57", source: "='5_-_Listes'!$J$3:$J$8" },
  { sheet: MODEL, range: "C59:C62", source: "='5_-_Listes'!$C$2:$C$177" },
  { sheet: MODEL, range: "D59:D62", source: "='5_-_Listes'!$A$2:$A$9" },
  { sheet: EXAMPLE, range: "B26", source: "='5_-_Listes'!$F$2:$F$10" },
  { sheet: EXAMPLE, range: "B29:B31", source: "='5_-_Listes'!$H$2:$H$7" },
  { sheet: EXAMPLE, range: "B34:B36", source: "='5_-_Listes'!$J$2:$J$9" },
  { sheet: EXAMPLE, range: "B37", source: "='5_-_Listes'!$J$3:$J$8" },
  { sheet: EXAMPLE, range: "C39", source: "='5_-_Listes'!$C$2:$C$177" },
  { sheet: EXAMPLE, range: "D39", source: "='5_-_Listes'!$A$2:$A$9" },
];

function sheet(snap: WorkbookSnapshot, name: string) {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function at(snap: WorkbookSnapshot, name: string, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const c = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet(snap, name).values[Number(m[2]) - 1]?.[c - 1] ?? "";
}

function sortValidations<T extends { sheet: string; range: string }>(v: T[]): T[] {
  return v.slice().sort((a, b) => (a.sheet + a.range).localeCompare(b.sheet + b.range));
}

describe("the CNIL workbook (reference file)", () => {
  test("reads the five tabs in order, the list tab hidden", async () => {
    const snap = snapshotOf(await loadXlsx(reference));
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Tutoriel", "Visible"],
      ["2_-_Liste_des_traitements", "Visible"],
      [MODEL, "Visible"],
      [EXAMPLE, "Visible"],
      ["5_-_Listes", "Hidden"],
    ]);
  });

  test("gives values as Office.js would: dates as serials, formula results, merged areas once", async () => {
    const snap = snapshotOf(await loadXlsx(reference));
    // 26/05/2018 and 13/05/2019 are real dates in tab 2
    expect(at(snap, "2_-_Liste_des_traitements", "C9")).toBe(43246);
    expect(at(snap, "2_-_Liste_des_traitements", "D9")).toBe(43598);
    // the example's update date is text in the CNIL file, and stays text
    expect(at(snap, EXAMPLE, "B7")).toBe("13/05/2019");
    expect(at(snap, EXAMPLE, "B6")).toBe(43246);
    // B5:H5 is merged: only B5 holds the reference
    expect(at(snap, MODEL, "B5")).toBe("ref-001");
    for (const c of ["C5", "D5", "E5", "F5", "G5", "H5"]) expect(at(snap, MODEL, c)).toBe("");
    // H1 = B5: its cached result
    expect(at(snap, MODEL, "H1")).toBe("ref-001");
    expect(at(snap, EXAMPLE, "H1")).toBe("1 - Exemple");
    // HYPERLINK formulas give their text; rich text is plain text; a hyperlink cell its text
    expect(at(snap, "2_-_Liste_des_traitements", "K2")).toBe("► Délégué à la protection des données (DPO)");
    expect(at(snap, "2_-_Liste_des_traitements", "A1")).toBe(
      "Coordonnées du responsable de l’organisme\n(responsable de traitement ou son représentant si le responsable est situé en dehors de l’UE)",
    );
    expect(at(snap, EXAMPLE, "H11")).toBe("exemple2@ets.com");
    expect(at(snap, EXAMPLE, "D10")).toBe(75001);
    expect(at(snap, MODEL, "B44")).toBe(PLACEHOLDER);
    // the labels keep the CNIL's own spaces (matching is the engine's business)
    expect(at(snap, MODEL, "A3")).toBe("Description  du traitement  ");
    expect(at(snap, MODEL, "A35")).toBe("Données révélant les convictions religieuses ou philosophiques\u00a0");
    // the internal links of the tutorial are text for the snapshot
    expect(at(snap, "Tutoriel", "A14")).toBe('► Onglet 2 "Liste des traitements"');
    // the list tab, whole
    expect(at(snap, "5_-_Listes", "C177")).toBe("Zimbabwe");
    expect(at(snap, "5_-_Listes", "H7")).toBe("Autre (Préciser)");
  });

  test("reports the 12 list validations with Office-style sources", async () => {
    const snap = snapshotOf(await loadXlsx(reference));
    expect(sortValidations(snap.validations)).toEqual(sortValidations(CNIL_VALIDATIONS));
  });

  test("reads the same validations from Excel's x14 block once the file is saved the Excel way", async () => {
    const excelStyle = await toExcelStyle(reference);
    // the standard block is gone: only x14 holds them now
    const zip = await JSZip.loadAsync(excelStyle);
    const sheet3 = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    expect(sheet3).not.toContain("<dataValidations");
    expect(sheet3).toContain("<x14:dataValidations");
    const bare = new Workbook();
    await bare.xlsx.load(excelStyle as never);
    expect(Object.keys((bare.getWorksheet(MODEL) as unknown as { dataValidations: { model: object } }).dataValidations.model)).toHaveLength(0);

    const snap = snapshotOf(await loadXlsx(excelStyle));
    expect(sortValidations(snap.validations)).toEqual(sortValidations(CNIL_VALIDATIONS));
    // The in-memory Excel's ExcelJS loader, without its hooks into ExcelJS, reads them too.
    const fallback = excelBookSnapshot(await loadXlsxWithoutHooks(excelStyle));
    expect(sortValidations(fallback.validations)).toEqual(sortValidations(CNIL_VALIDATIONS));
  });
});

describe("values as Office.js gives them", () => {
  async function bookWith(fill: (ws: import("exceljs").Worksheet, wb: Workbook) => void, date1904 = false) {
    const wb = new Workbook();
    if (date1904) wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Feuil1");
    fill(ws, wb);
    return snapshotOf(await loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
  }

  test("every kind of cell", async () => {
    const snap = await bookWith((ws) => {
      ws.getCell("A1").value = "texte";
      ws.getCell("B1").value = 42.5;
      ws.getCell("C1").value = true;
      ws.getCell("D1").value = new Date(Date.UTC(2018, 4, 26));
      ws.getCell("E1").value = new Date(Date.UTC(2024, 1, 29, 12, 0, 0));
      ws.getCell("F1").value = { richText: [{ text: "gras " }, { font: { bold: true }, text: "et maigre" }] };
      ws.getCell("G1").value = { text: "CNIL", hyperlink: "https://www.cnil.fr" };
      ws.getCell("H1").value = { error: "#REF!" } as never;
      ws.getCell("A2").value = { formula: "B1*2", result: 85 };
      ws.getCell("B2").value = { formula: "A1", result: "texte" };
      ws.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as never;
      ws.getCell("D2").value = { formula: "NOW()" };
      ws.getCell("E2").value = { formula: "D1", result: new Date(Date.UTC(2018, 4, 26)) };
      ws.getCell("E2").numFmt = "dd/mm/yyyy";
      ws.getCell("F2").value = { formula: "C1", result: false };
      ws.getCell("A4").value = "seul";
      ws.getCell("B3").value = 0;
    });
    const v = snap.sheets[0].values;
    expect(v[0]).toEqual(["texte", 42.5, true, 43246, 45351.5, "gras et maigre", "CNIL", "#REF!"]);
    expect(v[1]).toEqual([85, "texte", "#DIV/0!", "", 43246, false]);
    expect(v[2]).toEqual(["", 0]);
    expect(v[3]).toEqual(["seul"]);
  });

  test("shared formulas give each cell its own cached result", async () => {
    const snap = await bookWith((ws) => {
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("A3").value = 3;
      ws.fillFormula("B1:B3", "A1*10", [10, 20, 30]);
    });
    expect(snap.sheets[0].values.map((r) => r[1])).toEqual([10, 20, 30]);
  });

  test("dates before 1900-03-01 keep Excel's serials; a 1904 workbook's dates come as 1900 serials, the day the user sees", async () => {
    // ExcelJS maps serial s to 1899-12-30 + s days; Excel's serial 1 is 1900-01-01 by its own count
    const early = await bookWith((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(1899, 11, 31));
      ws.getCell("A2").value = new Date(Date.UTC(1900, 2, 1));
    });
    expect(early.sheets[0].values.map((r) => r[0])).toEqual([1, 61]);
    const mac = await bookWith((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2018, 4, 26));
    }, true);
    // stored as 43246 - 1462 in the 1904 system: 26/05/2018 all the same
    expect(mac.sheets[0].values[0][0]).toBe(43246);
  });

  test("a merged area holds its value in its top-left cell only", async () => {
    const snap = await bookWith((ws) => {
      ws.getCell("B2").value = "fusion";
      ws.mergeCells("B2:D3");
      ws.getCell("E3").value = "après";
    });
    expect(snap.sheets[0].values).toEqual([[], ["", "fusion"], ["", "", "", "", "après"]]);
  });

  test("visibility of sheets and tab order", async () => {
    const snap = await bookWith((ws, wb) => {
      ws.getCell("A1").value = 1;
      wb.addWorksheet("Cachée", { state: "hidden" });
      wb.addWorksheet("Très cachée", { state: "veryHidden" });
    });
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Feuil1", "Visible"],
      ["Cachée", "Hidden"],
      ["Très cachée", "VeryHidden"],
    ]);
  });
});

describe("validations", () => {
  test("standard validations: cross-sheet, same-sheet and inline lists, one entry per rectangle", async () => {
    const bytes = await buildCnilWorkbook({ sensitiveDropdown: true });
    const snap = snapshotOf(await loadXlsx(bytes));
    const list = snap.validations.filter((v) => v.sheet === "2_-_Liste_des_traitements");
    // The file may hold the same rule twice over overlapping areas (as this one does): reported as
    // written, they cover H9:H30 with « Oui,Non » and nothing else.
    expect(new Set(list.map((v) => v.source))).toEqual(new Set(["Oui,Non"]));
    expect(coalesceRects(list.map((v) => parseRange(v.range)!)).map(rectAddress)).toEqual(["H9:H30"]);
    expect(sortValidations(snap.validations.filter((v) => v.sheet !== "2_-_Liste_des_traitements"))).toEqual(sortValidations(CNIL_VALIDATIONS));
  });

  test("x14 validations: several areas, any attribute order, prefixed attributes, inline and non-list rules", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Fiche").getCell("A1").value = "x";
    wb.addWorksheet("Listes").getCell("A1").value = "y";
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const path = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(path)!.async("string");
    const ext =
      '<extLst><ext xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}">' +
      '<x14:dataValidations xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="3">' +
      '<x14:dataValidation xr:uid="{1}" showErrorMessage="1" allowBlank="1" type="list"><x14:formula1><xm:f>Listes!$A$2:$A$9</xm:f></x14:formula1><xm:sqref>B44:B45 B48 C50:D51</xm:sqref></x14:dataValidation>' +
      '<x14:dataValidation type="list"><x14:formula1><xm:f>"Oui,Non"</xm:f></x14:formula1><xm:sqref>E5</xm:sqref></x14:dataValidation>' +
      '<x14:dataValidation type="whole" operator="greaterThan"><x14:formula1><xm:f>Listes!$B$1</xm:f></x14:formula1><xm:sqref>F5</xm:sqref></x14:dataValidation>' +
      "</x14:dataValidations></ext></extLst>";
    zip.file(path, xml.replace("</worksheet>", `${ext}</worksheet>`));
    const snap = snapshotOf(await loadXlsx(await zip.generateAsync({ type: "uint8array" })));
    expect(snap.validations).toEqual([
      { sheet: "Fiche", range: "E5", source: "Oui,Non" },
      { sheet: "Fiche", range: "B44:B45", source: "=Listes!$A$2:$A$9" },
      { sheet: "Fiche", range: "B48", source: "=Listes!$A$2:$A$9" },
      { sheet: "Fiche", range: "C50:D51", source: "=Listes!$A$2:$A$9" },
    ]);
  });

  test("sheets are matched to their XML parts through the workbook's relationships, not file numbers", async () => {
    // the first tab is stored in sheet2.xml and the second in sheet1.xml
    const wb = new Workbook();
    wb.addWorksheet("Premier").getCell("A1").value = 1;
    wb.addWorksheet("Second").getCell("A1").value = 2;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels
        .replace("worksheets/sheet1.xml", "worksheets/TMP.xml")
        .replace("worksheets/sheet2.xml", "worksheets/sheet1.xml")
        .replace("worksheets/TMP.xml", "worksheets/sheet2.xml"),
    );
    const s1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const s2 = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const ext = (f: string) =>
      `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>${f}</xm:f></x14:formula1><xm:sqref>B2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`;
    zip.file("xl/worksheets/sheet1.xml", s2.replace("</worksheet>", ext("Second!$Z$1")));
    zip.file("xl/worksheets/sheet2.xml", s1.replace("</worksheet>", ext("Premier!$Z$1")));
    const snap = snapshotOf(await loadXlsx(await zip.generateAsync({ type: "uint8array" })));
    expect(snap.sheets.map((s) => [s.name, s.values[0][0]])).toEqual([
      ["Premier", 1],
      ["Second", 2],
    ]);
    expect(snap.validations).toEqual([
      { sheet: "Premier", range: "B2", source: "=Premier!$Z$1" },
      { sheet: "Second", range: "B2", source: "=Second!$Z$1" },
    ]);
  });
});

describe("files that are not readable workbooks", () => {
  test.each([
    ["empty", /vide/],
    ["text", /n'est pas un classeur Excel/],
    ["truncated", /abîmé/],
    ["encrypted", /mot de passe/],
    ["xls", /97-2003/],
    ["ods", /LibreOffice \(\.ods\)/],
    ["docx", /pas un classeur Excel/],
  ] as const)("%s → XlsxReadError with a French message", async (kind, message) => {
    const files = await badFiles();
    const error = await loadXlsx(files[kind]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as Error).message).toMatch(message);
  });

  test("an ArrayBuffer is accepted as well as a Uint8Array", async () => {
    const bytes = await buildCnilWorkbook();
    const copy = bytes.slice().buffer;
    expect(snapshotOf(await loadXlsx(copy)).sheets).toHaveLength(5);
  });
});
