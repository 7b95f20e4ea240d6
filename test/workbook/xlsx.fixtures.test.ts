/**
 * The workbook builders other tests rely on: they must look like the CNIL file where it matters
 * (labels, rows, lists, dropdowns) and do what their options say.
 */
import JSZip from "jszip";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import type { WorkbookSnapshot } from "../../src/register/snapshot";
import {
  buildCnilWorkbook,
  cellsOf,
  cleanRegister,
  cnilReferenceBytes,
  cnilReferencePath,
  dropdownsOf,
  ficheRows,
  PLACEHOLDER,
  toExcelStyle,
} from "../fixtures/xlsxFiles";
import { CNIL_MODEL_ROWS, cnilSnapshot, contentOf } from "../fixtures/snapshots";

jest.setTimeout(120_000);

const reference = cnilReferenceBytes();
const MODEL = "3_-_Modèle_de_fiche_de_registre";

async function snap(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadXlsx(bytes));
}

function column(s: WorkbookSnapshot, sheet: string, col: number, rows: number): Array<string | number | boolean> {
  const sh = s.sheets.find((x) => x.name === sheet)!;
  return Array.from({ length: rows }, (_, r) => sh.values[r]?.[col] ?? "");
}

test("cnilReferencePath points at the workbook vendored in the repository", () => {
  expect(cnilReferencePath()).toMatch(/test[\\/]fixtures[\\/]cnil[\\/]cnil-registre-traitement-simplifie\.xlsx$/);
  expect(reference.byteLength).toBeGreaterThan(100_000);
});

test("the built workbook has the CNIL's tabs, labels, lists and dropdowns", async () => {
  const [built, ref] = await Promise.all([snap(await buildCnilWorkbook()), snap(reference)]);
  expect(built.sheets.map((s) => [s.name, s.visibility])).toEqual(ref.sheets.map((s) => [s.name, s.visibility]));
  // every label of the model and the example (column A), the sub-headers of rows 9/24/32/43/47/53/58
  for (const sheet of [MODEL, "4_-_Exemple_de_fiche"]) {
    expect(column(built, sheet, 0, 62)).toEqual(column(ref, sheet, 0, 62));
    for (const c of [1, 2, 3, 4, 5, 6, 7]) {
      const rows = [9, 20, 24, 25, 28, 32, 33, 38, 43, 47, 53, 58];
      const pick = (s: WorkbookSnapshot) => rows.map((r) => s.sheets.find((x) => x.name === sheet)!.values[r - 1]?.[c] ?? "");
      expect(pick(built)).toEqual(pick(ref));
    }
  }
  // the example's values, tab 2's labels and example line, the whole list tab
  expect(cellsOf(built).get("4_-_Exemple_de_fiche!B39")).toBe("Banque d'Andorre");
  for (const c of [0, 1, 2, 3, 4, 5, 6, 7]) expect(column(built, "2_-_Liste_des_traitements", c, 9)).toEqual(column(ref, "2_-_Liste_des_traitements", c, 9));
  expect(built.sheets[4].values).toEqual(ref.sheets[4].values);
  expect(dropdownsOf(built)).toEqual(dropdownsOf(ref));
});

test("the .xlsx builder and the snapshot builder lay the CNIL workbook out the same way", async () => {
  const rows = ficheRows();
  const m = CNIL_MODEL_ROWS;
  expect([rows.name, rows.ref, rows.created, rows.updated, rows.controller, rows.jointControllers, rows.purpose, rows["sub:5"]]).toEqual([
    m.name,
    m.ref,
    m.created,
    m.updated,
    m.controller,
    m.jointControllers,
    m.mainPurpose,
    m.subPurposes[4],
  ]);
  expect([rows["data:identity"], rows["data:nir"], rows["sensitive:racial"], rows["sensitive:criminal"]]).toEqual([
    m.data.identity,
    m.data.nir,
    m.sensitive.racial,
    m.sensitive.criminal,
  ]);
  expect([rows["persons:2"], rows["recipients:4"], rows["measures:3"], rows["transfers:1"], rows["transfers:4"]]).toEqual([
    m.persons[1],
    m.recipients[3],
    m.measures[2],
    m.transfers[0],
    m.transfers[3],
  ]);
  // Cell for cell where both carry a value: the model's labels, tab 2's labels and example line, the list tab.
  const built = await snap(await buildCnilWorkbook());
  const fromXlsx = contentOf(built);
  for (const [i, sheet] of contentOf(cnilSnapshot()).entries()) {
    if (i === 0 || i === 3) continue; // the tutorial and the example are abridged in the snapshot
    expect(fromXlsx[i].name).toBe(sheet.name);
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && c === 0) expect({ at: `${sheet.name}!${r + 1}:${c}`, v: fromXlsx[i].values[r]?.[c] }).toEqual({ at: `${sheet.name}!${r + 1}:${c}`, v });
      }),
    );
  }
  expect(fromXlsx[4].values).toEqual(contentOf(cnilSnapshot())[4].values);
});

test("ficheRows gives the CNIL's rows, and follows inserted rows and long blocks", () => {
  const rows = ficheRows();
  expect([
    rows.name,
    rows.ref,
    rows.purpose,
    rows["data:health"],
    rows["sensitive:health"],
    rows["persons:1"],
    rows["recipients:1"],
    rows["measures:1"],
    rows.measuresStray,
    rows["transfers:1"],
  ]).toEqual([4, 5, 17, undefined, 39, 44, 48, 54, 57, 59]);
  const amended = ficheRows({ extraRows: [{ after: "Finalité principale", label: "Base légale" }] }, { recipients: [["a"], ["b"], ["c"], ["d"], ["e"]] });
  expect([amended["extra:Base légale"], amended["sub:1"], amended["persons:1"], amended["recipients:5"], amended["measures:1"]]).toEqual([18, 19, 45, 53, 56]);
});

test("fiches, tab-2 lines, renamed tabs, extra rows and lists, planted cells", async () => {
  const options = cleanRegister(2, {
    names: { lists: "5 - Liste déroulante", list: "2 - Liste des traitements" },
    listsHidden: false,
    extraLists: [{ header: "Base légale", items: ["Consentement (art. 6.1.a)", "Obligation légale (art. 6.1.c)"] }],
    extraRows: [{ after: "Finalité principale", label: "Base légale", list: "Base légale" }],
    cells: [{ sheet: "Fiche 2", cell: "B45", value: "Patients inconnus" }],
  });
  options.fiches![0].recipients = [
    ["Sous-traitants", "Hébergeur"],
    ["Sous-traitants"],
    ["Sous-traitants"],
    ["Sous-traitants"],
    ["Autre (Préciser)", "Cinquième"],
  ];
  options.fiches![0].extra = { "Base légale": "Obligation légale (art. 6.1.c)" };
  const s = await snap(await buildCnilWorkbook(options));
  expect(s.sheets.map((x) => [x.name, x.visibility])).toEqual([
    ["Tutoriel", "Visible"],
    ["2 - Liste des traitements", "Visible"],
    [MODEL, "Visible"],
    ["4_-_Exemple_de_fiche", "Visible"],
    ["Fiche 1", "Visible"],
    ["Fiche 2", "Visible"],
    ["5 - Liste déroulante", "Visible"],
  ]);
  const cells = cellsOf(s);
  expect(cells.get("Fiche 1!A18")).toBe("Base légale");
  expect(cells.get("Fiche 1!B18")).toBe("Obligation légale (art. 6.1.c)");
  expect(cells.get("Fiche 1!A53")).toBe("Destinataire 5");
  expect(cells.get("Fiche 1!E53")).toBe("Cinquième");
  expect(cells.get("Fiche 1!A55")).toBe("Mesures de sécurité");
  expect(cells.get("Fiche 2!A54")).toBe("Mesures de sécurité"); // only 4 recipients there
  expect(cells.get("Fiche 2!B45")).toBe("Patients inconnus");
  expect(cells.get("Fiche 2!B5")).toBe("CPTS-002");
  expect(cells.get("Fiche 2!H1")).toBe("CPTS-002");
  expect(cells.get(`${MODEL}!B45`)).toBe(PLACEHOLDER);
  expect(cells.get("2 - Liste des traitements!A10")).toBe("Gestion des adhérents");
  expect(cells.get("2 - Liste des traitements!B11")).toBe("CPTS-002");
  expect(cells.get("2 - Liste des traitements!H10")).toBe("Non");
  expect(typeof cells.get("2 - Liste des traitements!C10")).toBe("number");
  expect(cells.get("2 - Liste des traitements!C1")).toBe("CPTS du Nord");
  expect(cells.get("5 - Liste déroulante!L1")).toBe("Base légale");
  const dd = dropdownsOf(s);
  expect(dd.get("Fiche 1!B18")).toBe("='5 - Liste déroulante'!$L$2:$L$4");
  expect(dd.get("Fiche 1!B53")).toBe("='5 - Liste déroulante'!$H$2:$H$6");
  expect(dd.get("Fiche 2!B45")).toBe("='5 - Liste déroulante'!$F$2:$F$10");
});

test("toExcelStyle moves cross-sheet rules into x14 and leaves inline lists in the standard block", async () => {
  const bytes = await buildCnilWorkbook({ sensitiveDropdown: true });
  const excel = await toExcelStyle(bytes);
  const zip = await JSZip.loadAsync(excel);
  const xmls = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .map(async (n) => zip.file(n)!.async("string")),
  );
  const withX14 = xmls.filter((x) => x.includes("<x14:dataValidations"));
  expect(withX14).toHaveLength(2);
  for (const x of withX14) {
    expect(x).not.toContain("<dataValidations");
    expect(x).toMatch(/xr:uid="\{/);
    expect(x).toMatch(/<worksheet [^>]*xmlns:xr="/);
  }
  const inline = xmls.filter((x) => x.includes("<dataValidations"));
  expect(inline).toHaveLength(1);
  expect(inline[0]).toContain("&quot;Oui,Non&quot;");
  expect(dropdownsOf(await snap(excel))).toEqual(dropdownsOf(await snap(bytes)));
});

test("withoutExample and a model filled in directly", async () => {
  const s = await snap(await buildCnilWorkbook({ withoutExample: true, model: { name: "Gestion des patients", ref: "P-1" } }));
  expect(s.sheets.map((x) => x.name)).toEqual(["Tutoriel", "2_-_Liste_des_traitements", MODEL, "5_-_Listes"]);
  const cells = cellsOf(s);
  expect(cells.get(`${MODEL}!B4`)).toBe("Gestion des patients");
  expect(cells.get(`${MODEL}!H1`)).toBe("P-1");
  expect(cells.has("2_-_Liste_des_traitements!A9")).toBe(false);
});
