/**
 * Load → save → load with no plan: every cell value and every dropdown must come back, whether the
 * dropdowns were saved the LibreOffice way (standard block) or the Excel way (x14 extension).
 */
import JSZip from "jszip";
import { Workbook } from "exceljs";
import { loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { buildCnilWorkbook, cellsOf, cnilReferenceBytes, diffMaps, dropdownsOf, toExcelStyle } from "../fixtures/xlsxFiles";

jest.setTimeout(120_000);

const reference = cnilReferenceBytes();
const EMPTY = { added: [], removed: [], changed: [] };

/** Per sheet: merged areas, column widths and row heights, as ExcelJS reads them. */
async function layout(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets) {
    const heights: Array<number | undefined> = [];
    for (let r = 1; r <= 70; r++) heights.push(ws.getRow(r).height);
    out[ws.name] = {
      merges: Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
        .map((m) => m.range)
        .sort(),
      widths: Array.from({ length: 12 }, (_, c) => ws.getColumn(c + 1).width),
      heights,
    };
  }
  return out;
}

async function expectSameAfterRoundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  const before = snapshotOf(await loadXlsx(bytes));
  const saved = await saveXlsx(await loadXlsx(bytes));
  const after = snapshotOf(await loadXlsx(saved));
  expect(after.sheets.map((s) => [s.name, s.visibility])).toEqual(before.sheets.map((s) => [s.name, s.visibility]));
  expect(diffMaps(cellsOf(before), cellsOf(after))).toEqual(EMPTY);
  expect(diffMaps(dropdownsOf(before), dropdownsOf(after))).toEqual(EMPTY);
  expect(after.validations).toHaveLength(before.validations.length);
  expect(await layout(saved)).toEqual(await layout(bytes));
  return saved;
}

async function sheetXml(bytes: Uint8Array, sheetName: string): Promise<{ xml: string; rels: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  const path = `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`;
  const relsPath = path.replace("worksheets/", "worksheets/_rels/") + ".rels";
  return { xml: await zip.file(path)!.async("string"), rels: (await zip.file(relsPath)?.async("string")) ?? "" };
}

describe("round trip of the CNIL workbook", () => {
  test("LibreOffice-style file: same cells, same dropdowns (standard block), same merges", async () => {
    const saved = await expectSameAfterRoundTrip(reference);
    const { xml } = await sheetXml(saved, "3_-_Modèle_de_fiche_de_registre");
    expect(xml).toContain('<dataValidations count="6">');
    expect(xml).not.toContain("x14:dataValidations");
  });

  test("Excel-style file: same cells, same dropdowns written back in x14 with Excel's namespaces", async () => {
    const excelStyle = await toExcelStyle(reference);
    const saved = await expectSameAfterRoundTrip(excelStyle);
    const { xml } = await sheetXml(saved, "3_-_Modèle_de_fiche_de_registre");
    expect(xml).not.toContain("<dataValidations");
    const ext = /<extLst>([\s\S]*)<\/extLst><\/worksheet>$/.exec(xml);
    expect(ext).not.toBeNull();
    expect(ext![1]).toContain('<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">');
    expect(ext![1]).toContain('<x14:dataValidations count="6" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">');
    expect(ext![1]).toContain("<x14:formula1><xm:f>'5_-_Listes'!$F$2:$F$10</xm:f></x14:formula1><xm:sqref>B44:B45</xm:sqref>");
    // Excel's xr:uid would need a namespace ExcelJS no longer declares: it is not written back
    expect(xml).not.toContain("xr:uid");
    expect(xml).toMatch(/<worksheet [^>]*xmlns:mc="http:\/\/schemas.openxmlformats.org\/markup-compatibility\/2006"[^>]*mc:Ignorable="x14ac"/);
    // a second cycle changes nothing more
    await expectSameAfterRoundTrip(saved);
  });

  test("links to a place in the workbook stay links (ExcelJS alone drops them)", async () => {
    const saved = await saveXlsx(await loadXlsx(reference));
    const { xml, rels } = await sheetXml(saved, "Tutoriel");
    expect(xml).toContain('<hyperlink ref="A14" location="2_-_Liste_des_traitements!A1"/>');
    expect(xml).toContain('<hyperlink ref="A16" location="3_-_Modèle_de_fiche_de_registre!A1"/>');
    expect(rels).not.toContain('Target="#');
    // web links keep their relationship
    expect(rels).toContain("https://www.cnil.fr/fr/RGDP-le-registre-des-activites-de-traitement");
  });
});

describe("round trip of a built workbook", () => {
  test.each(["libreoffice", "excel"] as const)("%s style, with fiches, inline lists and extra lists", async (style) => {
    const bytes = await buildCnilWorkbook({
      style,
      sensitiveDropdown: true,
      extraLists: [{ header: "Base légale", items: ["Consentement (art. 6.1.a)", "Contrat (art. 6.1.b)"] }],
      extraRows: [{ after: "Finalité principale", label: "Base légale", list: "Base légale" }],
      fiches: [
        {
          name: "Gestion des adhérents",
          persons: [["Salariés"], ["Clients"], ["Autres (préciser)", "Patients"]],
          extra: { "Base légale": "Contrat (art. 6.1.b)" },
        },
      ],
    });
    const saved = await expectSameAfterRoundTrip(bytes);
    const snap = snapshotOf(await loadXlsx(saved));
    expect(snap.validations.find((v) => v.sheet === "Fiche 1" && v.range === "B18")?.source).toBe("='5_-_Listes'!$L$2:$L$4");
    expect(snap.validations.find((v) => v.sheet === "2_-_Liste_des_traitements")?.source).toBe("Oui,Non");
  });
});
