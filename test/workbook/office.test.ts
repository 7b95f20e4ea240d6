/**
 * The Office adapter over the in-memory Excel: what it reads, how many round trips it makes, how it
 * writes (text stays text), what it does when Excel refuses or fails half-way, and the selection
 * helpers the task pane uses.
 */
import { excelBookOf } from "../fixtures/excelBook";
import { buildRegisterWithFiches } from "../../src/bench/registers";
import { createMemoryExcel, type MemoryExcel } from "../../src/memoryExcel";
import { planAddRow, planNewFiche, readRegister, type WritePlan } from "../../src/register";
import {
  applyPlan,
  checkRequirements,
  getActiveSheetName,
  getSelection,
  OfficeAdapterError,
  onSelectionChanged,
  readSnapshot,
  selectCell,
  setRequirementChecker,
} from "../../src/workbook/office";
import { loadExcelBook, excelBookSnapshot, type ExcelBook } from "../../src/workbook/exceljs";
import { buildCnilWorkbook, cleanRegister, toExcelStyle } from "../fixtures/xlsxFiles";
import { dayClock } from "../fixtures/clocks";

const CLOCK = dayClock(2026, 11, 24);
const LIST = "2_-_Liste_des_traitements";
const MODEL = "3_-_Modèle_de_fiche_de_registre";

async function register(fiches: number, style: "libreoffice" | "excel" = "libreoffice"): Promise<ExcelBook> {
  const bytes = await buildCnilWorkbook(cleanRegister(fiches));
  return loadExcelBook(style === "excel" ? await toExcelStyle(bytes) : bytes);
}

/** Everything a user would see of a workbook: values, sheets, dropdowns and merged areas. */
function stateOf(book: ExcelBook): unknown {
  const snap = excelBookSnapshot(book);
  const merges = book.excel.worksheets
    .map((ws) => [ws.name, Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort()] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));
  return { sheets: snap.sheets, validations: snap.validations, merges };
}

async function failure(p: Promise<unknown>): Promise<OfficeAdapterError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(OfficeAdapterError);
    return e as OfficeAdapterError;
  }
  throw new Error("expected a failure");
}

afterEach(() => setRequirementChecker(null));

describe("readSnapshot", () => {
  test("gives the sheets, visibility and values the xlsx adapter gives, in 3 syncs", async () => {
    const book = await register(2);
    const expected = excelBookSnapshot(book);
    const memory = createMemoryExcel(book);
    const snap = await readSnapshot(memory.Excel);
    expect(memory.syncCount()).toBe(3);
    expect(snap.sheets).toEqual(expected.sheets);
    expect(snap.sheets.find((s) => s.name === "5_-_Listes")?.visibility).toBe("Hidden");
  });

  test.each(["libreoffice", "excel"] as const)("reads the list rule of each dropdown field's top-left cell (%s style)", async (style) => {
    const book = await register(1, style);
    const all = excelBookSnapshot(book).validations;
    const snap = await readSnapshot(createMemoryExcel(book).Excel);
    expect(snap.validations.length).toBeGreaterThan(5);
    for (const v of snap.validations) {
      const cell = /^([A-Z]+)(\d+)$/.exec(v.range)!;
      const covering = all.filter((a) => {
        if (a.sheet !== v.sheet) return false;
        const [from, to = from] = a.range.split(":");
        const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
        const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to)!;
        return cell[1] >= c1 && cell[1] <= c2 && Number(cell[2]) >= Number(r1) && Number(cell[2]) <= Number(r2);
      });
      expect(covering.map((a) => a.source)).toEqual([v.source]);
    }
    expect(snap.validations.some((v) => v.source.startsWith("='5_-_Listes'!"))).toBe(true);
  });

  test("makes as many round trips for 200 fiches as for 1", async () => {
    const small = createMemoryExcel(await excelBookOf(await buildRegisterWithFiches(1, CLOCK)));
    await readSnapshot(small.Excel);
    const big = createMemoryExcel(await excelBookOf(await buildRegisterWithFiches(200, CLOCK)));
    const snap = await readSnapshot(big.Excel);
    expect(snap.sheets.length).toBeGreaterThan(200);
    expect(readRegister(snap).fiches.filter((f) => f.kind === "fiche")).toHaveLength(200);
    expect(small.syncCount()).toBe(3);
    expect(big.syncCount()).toBe(3);
  }, 60_000);

  test("splits a read that Excel on the web finds too big, and gets the same snapshot", async () => {
    const book = await register(3);
    const plain = await readSnapshot(createMemoryExcel(book).Excel);
    const limited = createMemoryExcel(book, { payloadLimitBytes: 12_000 });
    expect(await readSnapshot(limited.Excel)).toEqual(plain);
    expect(limited.syncCount()).toBeGreaterThan(3);
  });

  test("without Excel, says so in French", async () => {
    const err = await failure(readSnapshot(undefined as never));
    expect(err.kind).toBe("no-excel");
    expect(err.message).toMatch(/Excel/);
  });
});

describe("applyPlan", () => {
  test("adds a fiche in 2 syncs and leaves the user on it", async () => {
    const book = await register(2);
    const memory = createMemoryExcel(book);
    const plan = planNewFiche(readRegister(await readSnapshot(memory.Excel)), { name: "Accès à un médecin traitant", clock: CLOCK });
    memory.resetSyncCount();
    await applyPlan(memory.Excel, plan);
    expect(memory.syncCount()).toBe(2);
    const after = excelBookSnapshot(memory.toXlsxWorkbook());
    const fiche = plan.ops.find((op) => op.op === "copySheet")!;
    expect(after.sheets.map((s) => s.name)).toContain(fiche.op === "copySheet" ? fiche.name : "");
    expect(memory.selection()?.sheet).toBe(fiche.op === "copySheet" ? fiche.name : "");
  });

  test("text stays text, dates become dates shown dd/mm/yyyy", async () => {
    const memory = createMemoryExcel(await register(1));
    const texts = ["0612345678", "1/2", "=SOMME(A1:A2)", "-Salariés", "VRAI", "12,5", "'apostrophe"];
    const plan: WritePlan = {
      title: "Écrire",
      ops: [
        { op: "write", sheet: "Fiche 1", cells: texts.map((value, i) => ({ address: `J${i + 1}`, kind: "text" as const, value })) },
        {
          op: "write",
          sheet: "Fiche 1",
          cells: [
            { address: "K1", kind: "date", value: 46000 },
            { address: "K2", kind: "number", value: 42 },
          ],
        },
      ],
    };
    await applyPlan(memory.Excel, plan);
    const got = await memory.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Fiche 1");
      const j = ws.getRange(`J1:J${texts.length}`).load("values,valueTypes");
      const k = ws.getRange("K1:K2").load("values,numberFormat");
      await ctx.sync();
      return { j: j.values.map((r) => r[0] as unknown), types: j.valueTypes.map((r) => r[0]), k: k.values as unknown[][], f: k.numberFormat[0][0] as unknown };
    });
    expect(got.j).toEqual(texts);
    expect(new Set(got.types)).toEqual(new Set(["String"]));
    expect(got.k).toEqual([[46000], [42]]);
    expect(got.f).toBe("dd/mm/yyyy");
  });

  test("adds a row in a block with the template row's merged areas and dropdown", async () => {
    const book = await register(1);
    const memory = createMemoryExcel(book);
    const reg = readRegister(await readSnapshot(memory.Excel));
    const plan = planAddRow(reg, "Fiche 1", "recipients");
    await applyPlan(memory.Excel, plan);
    const reference = await register(1);
    const { applyPlanToExcelBook } = await import("../../src/workbook/exceljs");
    applyPlanToExcelBook(reference, plan);
    expect(stateOf(memory.toXlsxWorkbook())).toEqual(stateOf(reference));
  });

  describe("a plan Excel refuses or that fails half-way leaves the workbook as it was", () => {
    test("a failure at the end of the batch: the copied sheet is removed and tab 2 written back", async () => {
      const book = await register(2);
      const memory = createMemoryExcel(book);
      const before = stateOf(book);
      const plan = planNewFiche(readRegister(await readSnapshot(memory.Excel)), { name: "Soins non programmés", clock: CLOCK });
      // the last op selects a cell of the hidden list tab: Excel refuses it after everything else ran
      plan.ops.push({ op: "select", sheet: "5_-_Listes", address: "A1" });
      memory.resetSyncCount();
      const err = await failure(applyPlan(memory.Excel, plan));
      expect(err.kind).toBe("invalid-operation");
      expect(err.message).toMatch(/Rien n'a été modifié/);
      expect(memory.syncCount()).toBe(4);
      expect(stateOf(memory.toXlsxWorkbook())).toEqual(before);
    });

    test("rows inserted, cells overwritten, then a failure: rows removed, values and formats back", async () => {
      const book = await register(1);
      const memory = createMemoryExcel(book);
      const before = stateOf(book);
      const formatBefore = book.excel.getWorksheet(LIST)!.getCell("A10").numFmt;
      const reg = readRegister(await readSnapshot(memory.Excel));
      const add = planAddRow(reg, "Fiche 1", "persons");
      const plan: WritePlan = {
        title: "Plusieurs changements",
        ops: [
          {
            op: "write",
            sheet: LIST,
            cells: [
              { address: "A10", kind: "text", value: "0612345678" },
              { address: "B10", kind: "clear" },
            ],
          },
          ...add.ops.filter((op) => op.op !== "select"),
          { op: "write", sheet: "Fiche 1", cells: [{ address: "ZZZZ1", kind: "text", value: "hors de la feuille" }] },
        ],
      };
      const err = await failure(applyPlan(memory.Excel, plan));
      expect(err.message).toMatch(/Rien n'a été modifié/);
      expect(stateOf(memory.toXlsxWorkbook())).toEqual(before);
      expect(memory.toXlsxWorkbook().excel.getWorksheet(LIST)!.getCell("A10").numFmt).toBe(formatBefore);
    });

    test("a protected sheet: refused before anything is written, in French, naming the sheet", async () => {
      const book = await register(1);
      (book.excel.getWorksheet(LIST) as unknown as { sheetProtection: unknown }).sheetProtection = { sheet: true };
      const memory = createMemoryExcel(book);
      const before = stateOf(book);
      const plan = planNewFiche(readRegister(await readSnapshot(memory.Excel)), { name: "Newsletter", clock: CLOCK });
      memory.resetSyncCount();
      const err = await failure(applyPlan(memory.Excel, plan));
      expect(err.kind).toBe("sheet-protected");
      expect(err.message).toContain(`« ${LIST} »`);
      expect(err.message).toMatch(/Ôtez la protection/);
      expect(memory.syncCount()).toBe(1);
      expect(stateOf(memory.toXlsxWorkbook())).toEqual(before);
    });

    test("a sheet renamed since the last read, or a name already taken: refused, nothing changed", async () => {
      const book = await register(1);
      const memory = createMemoryExcel(book);
      const before = stateOf(book);
      const missing = await failure(
        applyPlan(memory.Excel, { title: "x", ops: [{ op: "write", sheet: "Fiche 9", cells: [{ address: "B4", kind: "text", value: "x" }] }] }),
      );
      expect(missing.kind).toBe("sheet-missing");
      expect(missing.message).toMatch(/Rien n'a été modifié/);
      const taken = await failure(applyPlan(memory.Excel, { title: "x", ops: [{ op: "copySheet", source: MODEL, name: "fiche 1", after: "Fiche 1" }] }));
      expect(taken.kind).toBe("sheet-exists");
      expect(stateOf(memory.toXlsxWorkbook())).toEqual(before);
    });
  });
});

describe("applyPlan: charts", () => {
  const SHEET = "Fiche 1";
  const chart = (name: string, range: string, title: string): WritePlan => ({
    title: "Graphique",
    ops: [{ op: "chart", sheet: SHEET, name, range, type: "columnClustered", title, anchor: "M2", widthPoints: 400, heightPoints: 250 }],
  });

  test("a chart is made in the plan's 2 syncs; a plan with a chart of the same name replaces it, in 2 syncs too", async () => {
    const memory = createMemoryExcel(await register(1));
    await applyPlan(memory.Excel, chart("Comparaison", "A1:C5", "Premier"));
    expect(memory.syncCount()).toBe(2);
    memory.resetSyncCount();
    await applyPlan(memory.Excel, chart("Comparaison", "A1:C9", "Second"));
    expect(memory.syncCount()).toBe(2);
    expect(memory.charts(SHEET)).toEqual([{ name: "Comparaison", title: "Second", type: "ColumnClustered", source: `'${SHEET}'!A1:C9`, anchor: "M2" }]);
    const size = await memory.Excel.run(async (ctx) => {
      const c = ctx.workbook.worksheets.getItem(SHEET).charts.getItem("Comparaison").load("width,height");
      await ctx.sync();
      return [c.width, c.height];
    });
    expect(size).toEqual([400, 250]);
  });

  test("two chart ops of one name in one plan leave the last one", async () => {
    const memory = createMemoryExcel(await register(1));
    const plan = chart("Comparaison", "A1:C5", "Premier");
    await applyPlan(memory.Excel, { ...plan, ops: [...plan.ops, ...chart("Comparaison", "A1:C6", "Second").ops] });
    expect(memory.charts(SHEET).map((c) => [c.title, c.source])).toEqual([["Second", `'${SHEET}'!A1:C6`]]);
  });
});

describe("applyPlan: layout ops", () => {
  const SHEET = "Rapport de vérification";
  const layout = (extra: WritePlan["ops"] = []): WritePlan => ({
    title: "Rapport mis en page",
    ops: [
      { op: "addSheet", name: SHEET },
      { op: "write", sheet: SHEET, cells: [{ address: "A1", kind: "text", value: "Constat" }] },
      { op: "format", sheet: SHEET, range: "A1:C1", format: { bold: true, fillColor: "#1F4E79", fontColor: "#FFFFFF", borders: "thin" } },
      { op: "columnWidths", sheet: SHEET, widths: [20, 60] },
      { op: "rowHeights", sheet: SHEET, firstRow: 1, heights: [24] },
      { op: "freezePanes", sheet: SHEET, rows: 1, columns: 0 },
      { op: "printSetup", sheet: SHEET, orientation: "landscape", paperSize: "A4", fitToWidth: true, printArea: "A1:C30", titleRows: { first: 1, last: 1 } },
      { op: "conditionalFormat", sheet: SHEET, range: "B2:B30", rule: { operator: "equals", text: "Erreur" }, fillColor: "#FFC7CE" },
      { op: "autoFilter", sheet: SHEET, range: "A1:C1" },
      ...extra,
    ],
  });

  test("every layout op in the same 2 syncs, read back through the Excel objects", async () => {
    const memory = createMemoryExcel(await register(1));
    await applyPlan(memory.Excel, layout());
    expect(memory.syncCount()).toBe(2);
    const seen = await memory.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(SHEET);
      const font = ws.getRange("A1:C1").format.font.load("bold,color");
      const fill = ws.getRange("A1:C1").format.fill.load("color");
      const edge = ws.getRange("B1").format.borders.getItem("EdgeLeft").load("style,weight");
      const width = ws.getRange("B1").format.load("columnWidth");
      const height = ws.getRange("A1").format.load("rowHeight");
      const frozen = ws.freezePanes.getLocationOrNullObject().load("address");
      const page = ws.pageLayout.load("orientation,paperSize,zoom");
      const rules = ws.getRange("B2:B30").conditionalFormats.getCount();
      const filter = ws.autoFilter.getRangeOrNullObject().load("address");
      await ctx.sync();
      return {
        font: [font.bold, font.color],
        fill: fill.color,
        edge: [edge.style, edge.weight],
        width: width.columnWidth,
        height: height.rowHeight,
        frozen: frozen.address,
        page: [page.orientation, page.paperSize, page.zoom],
        rules: rules.value,
        filter: filter.address,
      };
    });
    expect(seen).toEqual({
      font: [true, "#FFFFFF"],
      fill: "#1F4E79",
      edge: ["Continuous", "Thin"],
      width: 336,
      height: 24,
      frozen: `'${SHEET}'!1:1`,
      page: ["Landscape", "A4", { horizontalFitToPages: 1, verticalFitToPages: 0 }],
      rules: 1,
      filter: `'${SHEET}'!A1:C1`,
    });
  });

  test("without ExcelApi 1.9, print setup and the filter are skipped and the rest is done", async () => {
    setRequirementChecker((v) => Number(v.split(".")[1]) <= 8);
    const memory = createMemoryExcel(await register(1));
    await applyPlan(memory.Excel, layout());
    expect(memory.syncCount()).toBe(2);
    const ws = memory.toXlsxWorkbook().excel.getWorksheet(SHEET)!;
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.pageSetup.orientation).not.toBe("landscape");
    expect(ws.pageSetup.printArea).toBeUndefined();
    expect(ws.autoFilter).toBeFalsy();
  });

  test("a format on a whole column, or hiding the last visible sheet: refused before anything is written", async () => {
    const book = await register(1);
    const memory = createMemoryExcel(book);
    const before = stateOf(book);
    const whole = await failure(applyPlan(memory.Excel, layout([{ op: "format", sheet: SHEET, range: "B:B", format: { wrapText: true } }])));
    expect(whole.kind).toBe("invalid-argument");
    expect(whole.message).toMatch(/Rien n'a été modifié/);
    const visible = (await readSnapshot(memory.Excel)).sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);
    const hideAll = await failure(
      applyPlan(memory.Excel, { title: "x", ops: visible.map((sheet) => ({ op: "sheetVisibility" as const, sheet, visibility: "Hidden" as const })) }),
    );
    expect(hideAll.kind).toBe("invalid-operation");
    expect(stateOf(memory.toXlsxWorkbook())).toEqual(before);
  });

  test("a failure after a sheet was hidden: the sheet is shown again", async () => {
    const book = await register(1);
    const memory = createMemoryExcel(book);
    const before = stateOf(book);
    const plan: WritePlan = {
      title: "x",
      ops: [
        { op: "sheetVisibility", sheet: "Fiche 1", visibility: "Hidden" },
        { op: "write", sheet: "Fiche 1", cells: [{ address: "ZZZZ1", kind: "text", value: "hors de la feuille" }] },
      ],
    };
    const err = await failure(applyPlan(memory.Excel, plan));
    expect(err.message).toMatch(/Rien n'a été modifié/);
    expect(stateOf(memory.toXlsxWorkbook())).toEqual(before);
  });
});

describe("selection helpers", () => {
  async function listen(memory: MemoryExcel): Promise<{ seen: string[]; stop: () => Promise<void> }> {
    const seen: string[] = [];
    const stop = await onSelectionChanged(memory.Excel, (sheet, address) => seen.push(`${sheet}!${address}`));
    return { seen, stop };
  }

  test("selectCell, getActiveSheetName and getSelection", async () => {
    const memory = createMemoryExcel(await register(1));
    await selectCell(memory.Excel, "Fiche 1", "C4");
    expect(await getActiveSheetName(memory.Excel)).toBe("Fiche 1");
    expect(await getSelection(memory.Excel)).toEqual({ sheet: "Fiche 1", address: "B4:H4" });
    const err = await failure(selectCell(memory.Excel, "Absente", "A1"));
    expect(err.kind).toBe("sheet-missing");
  });

  test.each([
    ["the worksheet collection's event (ExcelApi 1.9)", true],
    ["each worksheet's event (1.7), sheets added later included", false],
  ])("onSelectionChanged through %s: a click on a merged area gives the whole area; stop ends it", async (_label, has19) => {
    setRequirementChecker((v) => has19 || v !== "1.9");
    const memory = createMemoryExcel(await register(1));
    const { seen, stop } = await listen(memory);
    await memory.raiseSelectionChanged("Fiche 1", "D4");
    await memory.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Ajoutée");
    });
    await new Promise((r) => setTimeout(r, 20));
    await memory.raiseSelectionChanged("Ajoutée", "B2");
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(["Fiche 1!B4:H4", "Ajoutée!B2"]);
    await stop();
    await memory.raiseSelectionChanged("Fiche 1", "A1");
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
  });

  test.each([
    ["ExcelApi 1.9", true, 1, 1],
    ["ExcelApi 1.7 (one handler per sheet)", false, 2, 1],
  ])("onSelectionChanged through %s: subscribing and stopping take as many syncs for 40 fiches as for 1", async (_label, has19, subscribe, stopping) => {
    setRequirementChecker((v) => has19 || v !== "1.9");
    for (const fiches of [1, 40]) {
      const memory = createMemoryExcel(await register(fiches));
      memory.resetSyncCount();
      const stop = await onSelectionChanged(memory.Excel, () => undefined);
      expect(memory.syncCount()).toBe(subscribe);
      memory.resetSyncCount();
      await stop();
      expect(memory.syncCount()).toBe(stopping);
    }
  });
});

test("checkRequirements: a French message when Excel lacks ExcelApi 1.9 (an Excel with 1.8 is too old for live checking)", () => {
  expect(checkRequirements()).toEqual({ supported: true });
  setRequirementChecker((v) => Number(v.split(".")[1]) < 9);
  const r = checkRequirements();
  expect(r.supported).toBe(false);
  expect(r.message).toMatch(/version d'Excel est trop ancienne/);
});
