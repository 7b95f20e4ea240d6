/**
 * `ajouter-fiche` on real files saved both ways a register is saved: the LibreOffice way (standard
 * `<dataValidations>`: the CNIL's own .xlsx and our template) and the Excel way (cross-sheet dropdowns in
 * the x14 extension). Every cell and every dropdown of the input must be found unchanged in the output.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import { readRegister, type WorkbookSnapshot } from "../../src/register";
import { CNIL_SHEETS } from "../fixtures/snapshots";
import { buildCnilWorkbook, cleanRegister, toExcelStyle } from "../fixtures/xlsxFiles";
import { changedCells, CNIL_XLSX, dropdownCells, ensureBuilt, runCli, sha256, snapshotOfFile, tempDir } from "./helpers";

// Child processes and whole workbooks: slow on a busy 2-core machine.
jest.setTimeout(120_000);

let dir: string;
let template: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  template = join(dir, "modele.xlsx");
  expect(runCli(["modele", template], dir).code).toBe(0);
}, 60_000);

/** How many x14 dropdown rules each sheet part holds, and how many standard ones. */
async function validationKinds(file: string): Promise<{ x14: number; standard: number }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let x14 = 0;
  let standard = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)?.async("string");
    x14 += (xml?.match(/<x14:dataValidation\b/g) ?? []).length;
    standard += (xml?.match(/<dataValidation\b/g) ?? []).length;
  }
  return { x14, standard };
}

/**
 * Runs `ajouter-fiche` and checks, against the input: the same sheets in the same order with the new
 * one added; no pre-existing non-empty cell changed; the only cells written outside the new sheet are
 * the new line of tab 2; every dropdown still there; the new fiche has the model's dropdowns.
 */
async function addAndCompare(input: string, name: string): Promise<{ before: WorkbookSnapshot; after: WorkbookSnapshot; newSheet: string; output: string }> {
  const output = join(dir, `sortie-${Math.random().toString(36).slice(2)}.xlsx`);
  const hash = sha256(input);
  const r = runCli(["ajouter-fiche", input, "--nom", name, "--sortie", output], dir);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(sha256(input)).toBe(hash);

  const before = await snapshotOfFile(input);
  const after = await snapshotOfFile(output);
  const beforeNames = before.sheets.map((s) => s.name);
  const added = after.sheets.filter((s) => !beforeNames.includes(s.name));
  expect(added).toHaveLength(1);
  const newSheet = added[0].name;
  expect(after.sheets.map((s) => s.name).filter((n) => n !== newSheet)).toEqual(beforeNames);
  expect(r.out).toContain(`Fiche « ${name} » ajoutée : onglet « ${newSheet} »`);

  const regBefore = readRegister(before);
  const listSheet = regBefore.listTab?.sheet;
  for (const s of before.sheets) {
    const a = after.sheets.find((x) => x.name === s.name);
    expect(a?.visibility).toBe(s.visibility);
    const changes = changedCells(s.values, a?.values ?? []);
    // Nothing that was there changes…
    expect(changes.filter((c) => c.before !== "")).toEqual([]);
    // …and the only new values are the new line of tab 2.
    if (s.name === listSheet) {
      expect(new Set(changes.map((c) => c.row))).toEqual(new Set([regBefore.listTab?.nextFreeRow]));
      expect(changes.map((c) => c.after)).toContain(name);
    } else {
      expect(changes).toEqual([]);
    }
  }

  // Every dropdown cell of the input, with the same list.
  const dropsBefore = dropdownCells(before.validations);
  const dropsAfter = new Set(dropdownCells(after.validations));
  expect(dropsBefore.length).toBeGreaterThan(0);
  expect(dropsBefore.filter((d) => !dropsAfter.has(d))).toEqual([]);
  // The new fiche has the model's dropdowns, cell for cell.
  const model = regBefore.tabs.model;
  if (!model) throw new Error("no model tab");
  expect(dropdownCells(after.validations, newSheet)).toEqual(dropdownCells(before.validations, model));
  // And it reads as a fiche with the name given.
  const fiche = readRegister(after).fiches.find((f) => f.sheet === newSheet);
  expect(fiche?.kind).toBe("fiche");
  expect(fiche?.name.value).toBe(name);
  return { before, after, newSheet, output };
}

describe("ajouter-fiche changes no pre-existing cell and loses no dropdown", () => {
  test("on our template (standard validations, as LibreOffice saves them)", async () => {
    expect((await validationKinds(template)).standard).toBeGreaterThan(0);
    await addAndCompare(template, "Accès à un médecin traitant");
  });

  test("on the CNIL's own workbook (converted by LibreOffice)", async () => {
    await addAndCompare(CNIL_XLSX, "Soins non programmés");
  });

  test("on a register saved the Excel way (x14 dropdowns), and the output keeps them the Excel way", async () => {
    const excelStyle = join(dir, "excel.xlsx");
    writeFileSync(excelStyle, await toExcelStyle(new Uint8Array(readFileSync(template))));
    const kinds = await validationKinds(excelStyle);
    expect(kinds.x14).toBeGreaterThan(0);
    const { output } = await addAndCompare(excelStyle, "Gestion des adhérents");
    // Still saved the Excel way: the input's x14 rules, plus the new fiche's.
    expect((await validationKinds(output)).x14).toBeGreaterThan(kinds.x14);
  });

  test.each([
    ["the LibreOffice way", "libreoffice"],
    ["the Excel way", "excel"],
  ] as const)("on a filled CNIL-shaped register built by the tests, saved %s", async (_label, style) => {
    const file = join(dir, `cnil-built-${style}.xlsx`);
    writeFileSync(file, await buildCnilWorkbook({ ...cleanRegister(2), style }));
    const kind = style === "excel" ? "x14" : "standard";
    const before = (await validationKinds(file))[kind];
    expect(before).toBeGreaterThan(0);
    const { output } = await addAndCompare(file, "Prévention et dépistage");
    expect((await validationKinds(output))[kind]).toBeGreaterThan(before);
  });

  test("on the CNIL's workbook saved the Excel way", async () => {
    const excelStyle = join(dir, "cnil-excel.xlsx");
    writeFileSync(excelStyle, await toExcelStyle(new Uint8Array(readFileSync(CNIL_XLSX))));
    const x14 = (await validationKinds(excelStyle)).x14;
    expect(x14).toBeGreaterThan(0);
    const { output } = await addAndCompare(excelStyle, "Parcours pluriprofessionnels");
    expect((await validationKinds(output)).x14).toBeGreaterThan(x14);
  });
});

test("a register with no model tab left: exit 65, a French message that says so, and no file written", async () => {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(await buildCnilWorkbook()) as unknown as ArrayBuffer);
  for (const ws of [...wb.worksheets]) if (/Mod[eè]le|Exemple/.test(ws.name)) wb.removeWorksheet(ws.id);
  const input = join(dir, "sans-modele.xlsx");
  writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
  const output = join(dir, "sans-modele-sortie.xlsx");
  const r = runCli(["ajouter-fiche", input, "--nom", "Gestion des adhérents", "--sortie", output], dir);
  expect(r.code).toBe(65);
  expect(r.err).toMatch(/n'a plus de modèle de fiche/);
  expect(existsSync(output)).toBe(false);
});

describe("ajouter-fiche judges the name it is given", () => {
  let withFiche: string;

  beforeAll(() => {
    // The CNIL's own workbook, once a fiche has been added to it by the command itself.
    withFiche = join(dir, "cnil-avec-fiche.xlsx");
    const r = runCli(["ajouter-fiche", CNIL_XLSX, "--nom", "Gestion des adhérents", "--sortie", withFiche], dir);
    expect(r.code).toBe(0);
  });

  test.each([["Gestion des adhérents"], ["  gestion des ADHERENTS "], ["Gestion des adhérents."]])(
    "refuses %j, a name a fiche already has: exit 65, a French message naming its sheet, no file written",
    (name) => {
      const output = join(dir, `doublon-${Math.random().toString(36).slice(2)}.xlsx`);
      const hash = sha256(withFiche);
      const r = runCli(["ajouter-fiche", withFiche, "--nom", name, "--sortie", output], dir);
      expect(r.code).toBe(65);
      expect(r.out).toBe("");
      expect(r.err.trim()).toBe(
        "La fiche n'a pas pu être ajoutée : Le registre a déjà une fiche « Gestion des adhérents » (onglet « Gestion des adhérents », cellule B4). " +
          "S'il s'agit d'un autre traitement, donnez-lui un nom qui le distingue (par exemple le public ou le lieu) ; sinon, complétez la fiche existante.",
      );
      expect(existsSync(output)).toBe(false);
      expect(sha256(withFiche)).toBe(hash);
    },
  );

  test("refuses a name of our example register's fiches, and takes a clearly different one", async () => {
    const example = join(dir, "exemple.xlsx");
    expect(runCli(["modele", example, "--exemple"], dir).code).toBe(0);
    const fiche = readRegister(await snapshotOfFile(example)).fiches.find((f) => f.kind === "fiche");
    if (!fiche) throw new Error("no fiche in the example register");
    const refused = runCli(["ajouter-fiche", example, "--nom", fiche.name.value.toUpperCase(), "--sortie", join(dir, "exemple-doublon.xlsx")], dir);
    expect(refused.code).toBe(65);
    expect(refused.err).toContain(`(onglet « ${fiche.sheet} », cellule ${fiche.name.cell})`);
    const distinct = `${fiche.name.value} (pharmaciens)`;
    const output = join(dir, "exemple-distinct.xlsx");
    expect(runCli(["ajouter-fiche", example, "--nom", distinct, "--sortie", output], dir).code).toBe(0);
    const names = readRegister(await snapshotOfFile(output))
      .fiches.filter((f) => f.kind === "fiche")
      .map((f) => f.name.value);
    expect(names).toContain(distinct);
    expect(names).toContain(fiche.name.value);
  });

  test("a long name: a readable shortened sheet name, and the full name in B4 and in tab 2", async () => {
    const name = "Accès à un médecin traitant (patients sans médecin traitant)";
    const { after, newSheet } = await addAndCompare(CNIL_XLSX, name);
    expect(newSheet).toBe("Accès MT (patients sans MT)");
    const r = readRegister(after);
    expect(r.fiches.find((f) => f.sheet === newSheet)?.name).toMatchObject({ value: name, cell: "B4" });
    expect(r.listTab?.lines.filter((l) => !l.isExample).map((l) => l.name.value)).toEqual([name]);
  });

  test("a processing tab 2 lists without a fiche: the fiche takes its line, no second line", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(CNIL_XLSX);
    const list = wb.worksheets.find((w) => w.name === CNIL_SHEETS.list);
    if (!list) throw new Error("no tab 2");
    list.getCell("A10").value = "Soins non programmés";
    const input = join(dir, "ligne-sans-fiche.xlsx");
    await wb.xlsx.writeFile(input);
    const output = join(dir, "ligne-sans-fiche-sortie.xlsx");
    const r = runCli(["ajouter-fiche", input, "--nom", "soins non programmes", "--sortie", output], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Fiche « Soins non programmés » ajoutée : onglet « Soins non programmés », référence ref-001, rattachée à sa ligne 10");
    const lines = readRegister(await snapshotOfFile(output)).listTab?.lines.filter((l) => !l.isExample);
    expect(lines?.map((l) => [l.row, l.name.value, l.ref.value])).toEqual([[10, "Soins non programmés", "ref-001"]]);
  });
});
