/**
 * Load → save → load with no plan: every cell value and every dropdown comes back, whether the
 * dropdowns were saved the LibreOffice way (standard block) or the Excel way (x14 extension), and the
 * file itself comes back part for part: the layer writes only what a plan changes.
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

/** Every entry of the zip, uncompressed, by name. */
async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  // Folder entries (some zip tools write them) are not parts of the package.
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out.set(name, await zip.file(name)!.async("string"));
  return out;
}

describe("round trip of the CNIL workbook", () => {
  test("LibreOffice-style file: same cells, same dropdowns (standard block), same merges, every part as it was", async () => {
    const saved = await expectSameAfterRoundTrip(reference);
    expect(await entries(saved)).toEqual(await entries(reference));
    const { xml } = await sheetXml(saved, "3_-_Modèle_de_fiche_de_registre");
    expect(xml).toContain('<dataValidations count="6">');
  });

  test("Excel-style file: the x14 dropdowns, Excel's revision ids and namespaces stay as Excel wrote them", async () => {
    const excelStyle = await toExcelStyle(reference);
    const saved = await expectSameAfterRoundTrip(excelStyle);
    expect(await entries(saved)).toEqual(await entries(excelStyle));
    const { xml } = await sheetXml(saved, "3_-_Modèle_de_fiche_de_registre");
    expect(xml).toContain("<x14:formula1><xm:f>'5_-_Listes'!$F$2:$F$10</xm:f></x14:formula1><xm:sqref>B44:B45</xm:sqref>");
    // a second cycle changes nothing either
    expect(await entries(await expectSameAfterRoundTrip(saved))).toEqual(await entries(excelStyle));
  });

  test("links keep their display text, and links to a place in the workbook stay links", async () => {
    const saved = await saveXlsx(await loadXlsx(reference));
    const { xml, rels } = await sheetXml(saved, "Tutoriel");
    expect(xml).toContain('<hyperlink ref="A14" location="2_-_Liste_des_traitements!A1" display="► Onglet 2 &quot;Liste des traitements&quot;"/>');
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
