/**
 * Our template workbook and the example register, read back by the real engine and the real adapter:
 * what a coordinator opens after `cpts-registre modele`.
 */
import type { Worksheet } from "exceljs";
import { readRegister, validateRegister, type Register, type WorkbookSnapshot } from "../../src/register";
import { CPTS_TAB_NAMES, FICHE_FIELDS, LIST_HEADERS, PLACEHOLDER, TAB_ORDER } from "../../src/register/layout";
import { GUARANTEES, LEGAL_BASES, PERSON_CATEGORIES, ART9_EXCEPTIONS, YES_NO } from "../../src/register/data/cptsLists";
import { CPTS_EXAMPLES } from "../../src/register/data/cptsExamples";
import { loadXlsx, saveXlsx, snapshotOf, applyPlanToXlsx, type XlsxWorkbook } from "../../src/workbook/xlsx";
import { buildExampleRegister, buildTemplateWorkbook, fillOfExample, planFillFiche, planFillOrganisation, TEMPLATE_SHEETS } from "../../src/workbook/template";
import { planNewFiche, previewNewFiche } from "../../src/register/plans";
import { excelBookOf } from "../fixtures/excelBook";
import type { ExcelBook } from "../../src/workbook/exceljs";
import { dayClock } from "../fixtures/clocks";

// Child processes and whole workbooks: slow on a busy 2-core machine.
jest.setTimeout(120_000);

const CLOCK = dayClock(2026, 11, 24);

let book: XlsxWorkbook;
let excel: ExcelBook["excel"];
let snapshot: WorkbookSnapshot;
let register: Register;

beforeAll(async () => {
  book = await buildTemplateWorkbook({ clock: CLOCK });
  // Styles, widths and formulas are looked at as ExcelJS reads them back from the file.
  excel = (await excelBookOf(book)).excel;
  snapshot = snapshotOf(book);
  register = readRegister(snapshot);
});

const sheet = (role: (typeof TAB_ORDER)[number]): Worksheet => {
  const ws = excel.getWorksheet(CPTS_TAB_NAMES[role]);
  if (!ws) throw new Error(`missing ${role}`);
  return ws;
};

/** Every text of a sheet, joined (for the tutorial). */
function sheetText(ws: Worksheet): string {
  const parts: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      parts.push(cell.text);
    }),
  );
  return parts.join("\n");
}

describe("our template: five tabs laid out like the CNIL's", () => {
  test("has the five tabs in order, all visible (the list tab too)", () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual(TAB_ORDER.map((r) => CPTS_TAB_NAMES[r]));
    expect(snapshot.sheets.map((s) => s.visibility)).toEqual(["Visible", "Visible", "Visible", "Visible", "Visible"]);
    expect(TEMPLATE_SHEETS).toEqual(snapshot.sheets.map((s) => s.name));
  });

  test("the engine finds every tab, the blank model, the example and the rows our lists serve", () => {
    expect(register.tabs).toEqual({
      tutorial: CPTS_TAB_NAMES.tutorial,
      list: CPTS_TAB_NAMES.list,
      model: CPTS_TAB_NAMES.model,
      example: CPTS_TAB_NAMES.example,
      lists: CPTS_TAB_NAMES.lists,
    });
    const model = register.fiches.find((f) => f.sheet === CPTS_TAB_NAMES.model);
    const example = register.fiches.find((f) => f.sheet === CPTS_TAB_NAMES.example);
    expect(model?.kind).toBe("model");
    expect(example?.kind).toBe("example");
    // The rows our lists serve, right after "Finalité principale".
    expect(model?.mainPurpose.cell).toBe("B17");
    expect(model?.legalBasis?.cell).toBe("B18");
    expect(model?.art9Exception?.cell).toBe("B19");
    expect(sheet("model").getCell("A18").value).toBe(FICHE_FIELDS.legalBasis.label);
    expect(sheet("model").getCell("A19").value).toBe(FICHE_FIELDS.art9Exception.label);
    // The CNIL's blocks, with the CNIL's number of rows.
    expect(model?.subPurposes).toHaveLength(5);
    expect(model?.dataCategories).toHaveLength(6);
    expect(model?.sensitiveData).toHaveLength(9);
    expect(model?.persons).toHaveLength(2);
    expect(model?.recipients).toHaveLength(4);
    expect(model?.measures).toHaveLength(3);
    expect(model?.transfers).toHaveLength(4);
    expect(register.listTab?.sheet).toBe(CPTS_TAB_NAMES.list);
    expect(register.listTab?.nextFreeRow).toBe(10);
  });

  test("the blank template is not ready only for what a new register lacks: organisation and fiches", () => {
    const report = validateRegister(register, { clock: CLOCK });
    expect(report.verdict).toBe("not-ready");
    expect(report.summary.fiches).toBe(0);
    expect(report.summary.warnings).toBe(0);
    // Nothing to correct in the example tab or in the lists: only tab 2's header and "no fiche yet".
    for (const f of report.findings) expect([CPTS_TAB_NAMES.list, CPTS_TAB_NAMES.model]).toContain(f.sheet);
    expect(report.findings.filter((f) => f.sheet === CPTS_TAB_NAMES.list).map((f) => f.cell)).toContain("C1");
  });

  test("merged value areas as in the CNIL's model: B:H, B:D + E:H, and B | C | D:E | F:H for transfers", () => {
    const merges = new Set((sheet("model").model as unknown as { merges: string[] }).merges);
    const model = register.fiches.find((f) => f.kind === "model");
    if (!model) throw new Error("no model");
    const row = (cell: string) => Number(cell.slice(1));
    expect(merges).toContain(`B${row(model.name.cell)}:H${row(model.name.cell)}`);
    expect(merges).toContain(`B${row(model.legalBasis?.cell ?? "")}:H${row(model.legalBasis?.cell ?? "")}`);
    const d = row(model.dataCategories[0].description.cell);
    expect(merges).toContain(`B${d}:D${d}`);
    expect(merges).toContain(`E${d}:H${d}`);
    const p = model.persons[0].row;
    expect(merges).toContain(`B${p}:D${p}`);
    expect(merges).toContain(`E${p}:H${p}`);
    const t = model.transfers[0].row;
    expect(merges).toContain(`D${t}:E${t}`);
    expect(merges).toContain(`F${t}:H${t}`);
    expect([...merges].some((m) => m.startsWith(`B${t}:`) || m.startsWith(`C${t}:`))).toBe(false);
    // Readable: wide columns, bold white section headers on dark blue, wrapped labels.
    const ws = sheet("model");
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(40);
    const header = ws.getCell(`A${model.blocks.persons?.header}`);
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.getCell(`A${d}`).alignment?.wrapText).toBe(true);
  });

  test("H1 = B5 on the model and the example is the only formula of the workbook", () => {
    const formulas: string[] = [];
    for (const ws of excel.worksheets) {
      ws.eachRow((r) =>
        r.eachCell((c) => {
          if (c.formula) formulas.push(`${ws.name}!${c.address}=${c.formula}`);
        }),
      );
    }
    expect(formulas.sort()).toEqual([`${CPTS_TAB_NAMES.model}!H1=B5`, `${CPTS_TAB_NAMES.example}!H1=B5`]);
    const modelSheet = snapshot.sheets.find((s) => s.name === CPTS_TAB_NAMES.model);
    expect(modelSheet?.values[0][7]).toBe("ref-001");
  });

  test("the example tab is a CPTS processing, complete, and tab 2 carries its example line", () => {
    const example = register.fiches.find((f) => f.kind === "example");
    const acces = CPTS_EXAMPLES.find((e) => e.id === "acces-mt");
    expect(example?.name.value).toBe(acces?.name);
    expect(example?.legalBasis?.value).toBe("Mission d'intérêt public (art. 6.1.e)");
    expect(example?.sensitiveData.find((r) => r.key === "health")?.description.value).not.toBe("");
    const line = register.listTab?.lines.find((l) => l.isExample);
    expect(line?.row).toBe(9);
    expect(line?.ref.value).toBe(example?.ref.value);
    expect(line?.sensitive.value).toBe("Oui");
    expect(line?.created.serial).not.toBeNull();
  });
});

describe("our template: the visible list tab and the dropdowns wired to it", () => {
  test("each list sits under its header in row 1 with the placeholder in row 2", () => {
    const ws = sheet("lists");
    const headers = new Map<string, string>();
    ws.getRow(1).eachCell((c) => {
      headers.set(c.text, c.address.replace(/\d+/, ""));
    });
    for (const key of ["persons", "recipients", "measures", "countries", "guarantees", "yesNo", "legalBases", "art9Exceptions", "retentions"] as const) {
      const col = headers.get(LIST_HEADERS[key].label);
      expect({ key, col }).toEqual({ key, col: expect.any(String) });
      if (key !== "countries") expect(ws.getCell(`${col}2`).value).toBe(PLACEHOLDER);
    }
    expect(ws.getCell(`${headers.get("Pays")}2`).value).toBe(PLACEHOLDER);
    expect(headers.has("Zone")).toBe(true);
  });

  test("the lists are up to date: no Privacy Shield, current adequacy in the Zone column, the United Kingdom added", () => {
    const text = sheetText(sheet("lists"));
    expect(text.toLowerCase()).not.toContain("privacy shield");
    const ws = sheet("lists");
    const zone = (country: string): string | undefined => {
      let found: string | undefined;
      ws.getColumn("C").eachCell((c, row) => {
        if (c.value === country) found = ws.getCell(`D${row}`).text;
      });
      return found;
    };
    expect(zone("Japon")).toBe("Adéquat");
    expect(zone("Corée du Sud")).toBe("Adéquat");
    expect(zone("Royaume-Uni")).toBe("Adéquat");
    expect(zone("Suisse")).toBe("Adéquat");
    expect(zone("Etats-Unis")).toMatch(/DPF/);
    expect(zone("Chine")).toBe("Non adéquat");
  });

  test("every dropdown of the model reads its items from the list tab, with the CPTS lists", () => {
    expect(register.lists.persons?.origin).toBe("workbook");
    expect(register.lists.persons?.items).toEqual([...PERSON_CATEGORIES]);
    expect(register.lists.guarantees?.items).toEqual([...GUARANTEES]);
    expect(register.lists.legalBases?.items).toEqual([...LEGAL_BASES]);
    expect(register.lists.art9Exceptions?.items).toEqual([...ART9_EXCEPTIONS]);
    expect(register.lists.yesNo?.items).toEqual([...YES_NO]);
    expect(register.lists.countries?.items).toContain("Royaume-Uni");
    for (const key of ["persons", "recipients", "measures", "countries", "guarantees", "legalBases", "art9Exceptions", "yesNo"] as const) {
      expect({ key, origin: register.lists[key]?.origin }).toEqual({ key, origin: "workbook" });
    }
    const model = register.fiches.find((f) => f.kind === "model");
    if (!model) throw new Error("no model");
    const onModel = register.dropdowns.filter((d) => d.sheet === model.sheet);
    // 2 persons + 4 recipients + 3 measures + 4 countries + 4 guarantees + legal basis + art. 9 exception.
    expect(onModel).toHaveLength(19);
    const validated = new Set<string>();
    for (const v of snapshot.validations.filter((x) => x.sheet === model.sheet)) {
      const [a, b] = v.range.split(":");
      const col = a.replace(/\d+/, "");
      for (let r = Number(a.replace(/\D+/, "")); r <= Number((b ?? a).replace(/\D+/, "")); r++) validated.add(`${col}${r}`);
    }
    for (const d of onModel) expect(validated).toContain(d.cell);
    // Every dropdown cell shows the placeholder until something is chosen.
    const values = snapshot.sheets.find((s) => s.name === model.sheet)?.values ?? [];
    for (const d of onModel) {
      const row = Number(d.cell.replace(/\D+/, ""));
      const col = d.cell.charCodeAt(0) - 65;
      expect(values[row - 1][col]).toBe(PLACEHOLDER);
    }
  });

  test("retention cells suggest the presets but accept any text; the other dropdowns refuse a value outside their list", () => {
    const model = register.fiches.find((f) => f.kind === "model");
    if (!model) throw new Error("no model");
    const ws = sheet("model");
    const retentionCells = [...model.dataCategories, ...model.sensitiveData].map((r) => r.retention.cell);
    expect(retentionCells.length).toBeGreaterThan(5);
    for (const cell of retentionCells) {
      const dv = ws.getCell(cell).dataValidation;
      // Excel would otherwise refuse "5 ans après le départ du salarié" typed by hand.
      expect({ cell, type: dv?.type, formula: dv?.formulae?.[0], blocks: dv?.showErrorMessage === true }).toEqual({
        cell,
        type: "list",
        formula: expect.stringMatching(/Liste déroulante'!\$R\$/),
        blocks: false,
      });
    }
    const persons = ws.getCell(model.persons[0].value.cell).dataValidation;
    expect({ type: persons?.type, blocks: persons?.showErrorMessage, style: persons?.errorStyle ?? "stop" }).toEqual({
      type: "list",
      blocks: true,
      style: "stop",
    });
  });

  test("tab 2's « Données sensibles ? » is a Oui/Non dropdown", () => {
    const v = snapshot.validations.find((x) => x.sheet === CPTS_TAB_NAMES.list && x.range.startsWith("H"));
    expect(v?.range).toMatch(/^H9:H\d+$/);
    expect(v?.source).toMatch(/^='5 - Liste déroulante'!\$L\$2:\$L\$4$/);
    expect(sheet("lists").getCell("L1").value).toBe(LIST_HEADERS.yesNo.label);
  });
});

describe("our template: the tutorial and FAQ of tab 1", () => {
  test("answers the questions a coordinator asks, in French", () => {
    const text = sheetText(sheet("tutorial"));
    for (const expected of [
      "Qu'est-ce qu'un traitement",
      "Qui est le responsable du traitement",
      "délégué à la protection des données (DPO)",
      "analyse d'impact (AIPD)",
      "Quelle base légale",
      "Comment ajouter une fiche",
      "« Nouvelle fiche »",
      "« Déplacer ou copier… »",
      "registre interne des violations",
      "72 heures",
      "risque est élevé",
      "Étape 1 - Recensez vos traitements",
      "Étape 2 - Faites le tri dans vos données",
      "Étape 3 - Respectez les droits des personnes",
      "Étape 4 - Sécurisez vos données",
      "À qui envoyer le registre",
      "SESAN",
    ]) {
      expect(text).toContain(expected);
    }
    for (const role of TAB_ORDER) expect(text).toContain(`onglet « ${CPTS_TAB_NAMES[role]} »`);
  });

  test("the tab bands link to their tabs, inside the workbook (kept through save and load)", async () => {
    const reloaded = await excelBookOf(book);
    const ws = reloaded.excel.getWorksheet(CPTS_TAB_NAMES.tutorial);
    const links: string[] = [];
    ws?.eachRow((r) =>
      r.eachCell((c) => {
        if (c.hyperlink?.startsWith("#")) links.push(c.hyperlink);
      }),
    );
    expect(links).toEqual(TAB_ORDER.map((r) => `#'${CPTS_TAB_NAMES[r]}'!A1`));
  });
});

describe("filling our template as a user would", () => {
  test("a register made from the template, with its organisation and one fiche filled in, is ready", async () => {
    const b = await buildTemplateWorkbook({ clock: CLOCK });
    applyPlanToXlsx(
      b,
      planFillOrganisation(readRegister(snapshotOf(b)), {
        name: "MARTIN",
        firstName: "Paul",
        address: "2 rue de la Gare",
        email: "contact@cpts.example",
        postcode: "78200",
        city: "Mantes",
        phone: "01 02 03 04 05",
      }),
    );
    const adherents = CPTS_EXAMPLES.find((e) => e.id === "adherents");
    if (!adherents) throw new Error("no example");
    const before = readRegister(snapshotOf(b));
    const input = { name: "Gestion des adhérents", clock: CLOCK };
    const { sheetName } = previewNewFiche(before, input);
    applyPlanToXlsx(b, planNewFiche(before, input));
    applyPlanToXlsx(b, planFillFiche(readRegister(snapshotOf(b)), sheetName, fillOfExample(adherents)));
    const reread = readRegister(snapshotOf(await loadXlsx(await saveXlsx(b))));
    const report = validateRegister(reread, { clock: CLOCK });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.verdict).toBe("ready");
    expect(report.fiches).toEqual([expect.objectContaining({ sheet: sheetName, name: "Gestion des adhérents", completeness: 100, aipd: "not-required" })]);
    const line = reread.listTab?.lines.find((l) => l.ref.value === report.fiches[0].ref);
    expect(line?.sensitive.value).toBe("Non");
    expect(line?.purpose.value).toBe(adherents.mainPurpose);
  });

  test("the example register has typical CPTS fiches, all complete, and is ready", async () => {
    const ex = await buildExampleRegister({ clock: CLOCK });
    const reg = readRegister(snapshotOf(await loadXlsx(await saveXlsx(ex))));
    const report = validateRegister(reg, { clock: CLOCK });
    expect(report.verdict).toBe("ready");
    expect(report.fiches.map((f) => f.name)).toEqual(["Gestion des adhérents", "Soins non programmés / participation au SAS", "Ressources humaines et paie"]);
    expect(report.fiches.map((f) => f.completeness)).toEqual([100, 100, 100]);
    expect(report.fiches.map((f) => f.aipd)).toEqual(["not-required", "likely", "not-required"]);
    expect(reg.listTab?.controller.name.value).toBe("DURAND");
    expect(reg.listTab?.lines.filter((l) => !l.isExample).map((l) => [l.ref.value, l.sensitive.value])).toEqual([
      ["ref-001", "Non"],
      ["ref-002", "Oui"],
      ["ref-003", "Oui"],
    ]);
  });
});
