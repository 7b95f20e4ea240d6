/**
 * The contract between two independent implementations: the Office adapter (src/workbook/office.ts)
 * over the in-memory Excel (ExcelJS underneath), and the package-preserving file layer
 * (src/workbook/xlsx.ts, no ExcelJS). The same register read through each gives the same snapshot,
 * register and findings; the same plan carried out by each leaves files that read back the same, by
 * the file layer's reader and by ExcelJS.
 */
import * as fs from "fs";
import { createMemoryExcel, type MemoryExcel } from "../../src/memoryExcel";
import {
  coalesceRects,
  invertPlan,
  parseRange,
  rectAddress,
  type Rect,
  planAddRow,
  planNewFiche,
  readRegister,
  validateWorkbook,
  type ListValidation,
  type WorkbookSnapshot,
  type CellWrite,
  type WriteOp,
  type WritePlan,
} from "../../src/register";
import { buildExampleRegister } from "../../src/workbook/template";
import { applyPlan, readSnapshot } from "../../src/workbook/office";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf, XlsxPlanError, type XlsxWorkbook } from "../../src/workbook/xlsx";
import { excelBookSnapshot, loadExcelBook, saveExcelBook, type ExcelBook } from "../../src/workbook/exceljs";
import { buildCnilWorkbook, cleanRegister, toExcelStyle } from "../fixtures/xlsxFiles";
import { CNIL_XLSX_PATH as REFERENCE } from "../fixtures/cnilWorkbook";
import { dayClock } from "../fixtures/clocks";

const CLOCK = dayClock(2026, 11, 24);

interface Case {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

const cases: Case[] = [
  { name: "registre de 3 fiches (enregistré par LibreOffice)", bytes: () => buildCnilWorkbook(cleanRegister(3)) },
  { name: "registre de 3 fiches (enregistré par Excel, listes en x14)", bytes: async () => toExcelStyle(await buildCnilWorkbook(cleanRegister(3))) },
  {
    name: "registre amendé (onglets renommés, ligne ajoutée, liste visible)",
    bytes: async () =>
      toExcelStyle(
        await buildCnilWorkbook(
          cleanRegister(2, {
            names: { list: "2 - Liste des traitements", lists: "5 - Liste déroulante" },
            listsHidden: false,
            extraRows: [{ after: "Finalité principale", label: "Base légale" }],
          }),
        ),
      ),
  },
  { name: "notre modèle avec ses fiches d'exemple", bytes: async () => saveXlsx(await buildExampleRegister({ clock: CLOCK })) },
];

/** Whether `cell` (`B44`) lies in `range` (`B44:D45`). */
function covers(range: string, cell: string): boolean {
  const pos = (a: string): [string, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return [m[1].padStart(3, " "), Number(m[2])];
  };
  const [from, to = from] = range.split(":");
  const [c, r] = pos(cell);
  const [c1, r1] = pos(from);
  const [c2, r2] = pos(to);
  return c >= c1 && c <= c2 && r >= r1 && r <= r2;
}

/** Each validation the Office adapter read is the one the file holds at that cell. */
function expectSameRules(office: ListValidation[], xlsx: ListValidation[]): void {
  for (const v of office) {
    const held = xlsx.filter((x) => x.sheet === v.sheet && covers(x.range, v.range)).map((x) => x.source);
    expect({ at: `${v.sheet}!${v.range}`, sources: held }).toEqual({ at: `${v.sheet}!${v.range}`, sources: [v.source] });
  }
}

/**
 * Which cells each list covers, sheet by sheet: `B48:B51 B52` and `B48:B52` are the same dropdown
 * (Excel itself writes either, depending on how the rows were added).
 */
function dropdownCoverage(validations: ListValidation[]): string[] {
  const bySheetAndSource = new Map<string, Rect[]>();
  for (const v of validations) {
    const key = `${v.sheet}\u0000${v.source}`;
    bySheetAndSource.set(key, [...(bySheetAndSource.get(key) ?? []), parseRange(v.range)!]);
  }
  return [...bySheetAndSource].map(([key, rects]) => `${key.replace("\u0000", " ← ")}: ${coalesceRects(rects).map(rectAddress).sort().join(" ")}`).sort();
}

/** A workbook of either side as saved: the file layer's package, or the in-memory Excel's ExcelJS workbook. */
async function bytesOf(book: XlsxWorkbook | ExcelBook): Promise<Uint8Array> {
  return "excel" in book ? saveExcelBook(book) : saveXlsx(book);
}

/**
 * What a user would see of a workbook once saved: values, sheets in order, dropdowns (read by the file
 * layer), merged areas and date formats (read by ExcelJS). Both sides' files are read by both readers.
 */
async function stateOf(book: XlsxWorkbook | ExcelBook): Promise<unknown> {
  const bytes = await bytesOf(book);
  const snap = snapshotOf(await loadXlsx(bytes));
  const sheets = (await loadExcelBook(bytes)).excel.worksheets.slice().sort((a, b) => a.name.localeCompare(b.name));
  return {
    sheets: snap.sheets,
    validations: dropdownCoverage(snap.validations),
    merges: sheets.map((ws) => [ws.name, Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort()]),
    dateFormats: sheets.map((ws) => {
      const out: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (/yy/.test(cell.numFmt ?? "")) out.push(`${cell.address}:${cell.numFmt}`);
        }),
      );
      return [ws.name, out];
    }),
  };
}

async function both(
  c: Case,
): Promise<{ xlsx: XlsxWorkbook; office: ExcelBook; memory: MemoryExcel; officeSnapshot: WorkbookSnapshot; run: (plan: WritePlan) => Promise<void> }> {
  const bytes = await c.bytes();
  const xlsx = await loadXlsx(bytes);
  const office = await loadExcelBook(bytes);
  const memory = createMemoryExcel(office);
  const officeSnapshot = await readSnapshot(memory.Excel);
  return {
    xlsx,
    office,
    memory,
    officeSnapshot,
    run: async (plan) => {
      applyPlanToXlsx(xlsx, plan);
      await applyPlan(memory.Excel, plan);
    },
  };
}

describe.each(cases)("$name", (c) => {
  test("same snapshot, same register, same findings", async () => {
    const { xlsx, officeSnapshot } = await both(c);
    const fromFile = snapshotOf(xlsx);
    expect(officeSnapshot.sheets).toEqual(fromFile.sheets);
    expect(officeSnapshot.validations.length).toBeGreaterThan(0);
    expectSameRules(officeSnapshot.validations, fromFile.validations);
    expect(readRegister(officeSnapshot)).toEqual(readRegister(fromFile));
    expect(validateWorkbook(officeSnapshot, { clock: CLOCK })).toEqual(validateWorkbook(fromFile, { clock: CLOCK }));
  });

  test("same workbook after a new fiche, then a row added to it", async () => {
    const { xlsx, office, officeSnapshot, run } = await both(c);
    const plan = planNewFiche(readRegister(officeSnapshot), { name: "Coordination ville-hôpital", clock: CLOCK });
    await run(plan);
    expect(await stateOf(office)).toEqual(await stateOf(xlsx));

    const copy = plan.ops.find((op) => op.op === "copySheet");
    const sheet = copy && copy.op === "copySheet" ? copy.name : "";
    await run(planAddRow(readRegister(snapshotOf(xlsx)), sheet, "recipients"));
    expect(await stateOf(office)).toEqual(await stateOf(xlsx));

    // and both files read back the same once saved
    const [a, b] = await Promise.all([saveExcelBook(office).then(loadXlsx), saveXlsx(xlsx).then(loadXlsx)]);
    const [sa, sb] = [snapshotOf(a), snapshotOf(b)];
    expect(sa.sheets).toEqual(sb.sheets);
    expect(dropdownCoverage(sa.validations)).toEqual(dropdownCoverage(sb.validations));
  });
});

test("same workbook after a sheet of links, dates and texts, and after undoing it and a new fiche", async () => {
  const { xlsx, office, officeSnapshot, run } = await both(cases[1]);
  const before = snapshotOf(xlsx);
  const report: WritePlan = {
    title: "Écrire le rapport",
    ops: [
      { op: "addSheet", name: "Rapport de vérification" },
      {
        op: "write",
        sheet: "Rapport de vérification",
        cells: [
          { address: "A1", kind: "text", value: "Rapport du 24/11/2026" },
          { address: "B1", kind: "date", value: 46350 },
          { address: "C1", kind: "number", value: 3 },
          { address: "A2", kind: "link", value: "Fiche 1, B4", target: { sheet: "Fiche 1", address: "B4" } },
          { address: "A3", kind: "text", value: "0612345678" },
        ],
      },
      { op: "write", sheet: "Fiche 2", cells: [{ address: "B5", kind: "text", value: "=1/2" }] },
      { op: "select", sheet: "Rapport de vérification", address: "A1" },
    ],
  };
  await run(report);
  expect(await stateOf(office)).toEqual(await stateOf(xlsx));
  const linkIn = async (book: XlsxWorkbook | ExcelBook): Promise<unknown> =>
    (await loadExcelBook(await bytesOf(book))).excel.getWorksheet("Rapport de vérification")!.getCell("A2").value;
  expect(await linkIn(office)).toEqual(await linkIn(xlsx));
  expect(await linkIn(xlsx)).toEqual({ text: "Fiche 1, B4", hyperlink: "#'Fiche 1'!B4" });

  await run(invertPlan(report, before));
  expect(await stateOf(office)).toEqual(await stateOf(xlsx));
  expect(excelBookSnapshot(office).sheets).toEqual(before.sheets);

  const fiche = planNewFiche(readRegister(officeSnapshot), { name: "Prévention", clock: CLOCK });
  await run(fiche);
  await run(invertPlan(fiche, before));
  expect(excelBookSnapshot(office).sheets).toEqual(before.sheets);
  expect(await stateOf(office)).toEqual(await stateOf(xlsx));
});

test("the CNIL workbook itself: same snapshot, findings and workbook after a new fiche", async () => {
  const c: Case = { name: "CNIL", bytes: async () => new Uint8Array(fs.readFileSync(REFERENCE)) };
  const { xlsx, office, officeSnapshot, run } = await both(c);
  const fromFile = snapshotOf(xlsx);
  expect(officeSnapshot.sheets).toEqual(fromFile.sheets);
  expectSameRules(officeSnapshot.validations, fromFile.validations);
  expect(validateWorkbook(officeSnapshot, { clock: CLOCK })).toEqual(validateWorkbook(fromFile, { clock: CLOCK }));
  await run(planNewFiche(readRegister(officeSnapshot), { name: "Gestion des adhérents", clock: CLOCK }));
  expect(await stateOf(office)).toEqual(await stateOf(xlsx));
});

// -------------------------------------------------------------------------------------------------
// Layout ops: the same looks through both adapters, read back from the saved files

const REPORT = "Registre des demandes";

/** One plan using every layout op, on a sheet the plan makes and on the list tab that was there. */
function layoutPlan(list: string): WritePlan {
  return {
    title: "Mettre en page",
    ops: [
      { op: "addSheet", name: REPORT, columnWidths: [14] },
      {
        op: "write",
        sheet: REPORT,
        cells: [
          { address: "A1", kind: "text", value: "Reçue le" },
          { address: "B1", kind: "text", value: "Droit" },
          { address: "C1", kind: "text", value: "Statut" },
          { address: "A2", kind: "date", value: 46350 },
          { address: "B2", kind: "text", value: "Accès" },
          { address: "C2", kind: "text", value: "En retard" },
          { address: "D2", kind: "number", value: 46350.5 },
        ],
      },
      {
        op: "format",
        sheet: REPORT,
        range: "A1:C1",
        format: { bold: true, fontColor: "#FFFFFF", fillColor: "#1f4e79", horizontalAlignment: "center", wrapText: true, borders: "thin" },
      },
      { op: "format", sheet: REPORT, range: "B2:C3", format: { italic: true, numberFormat: "@", horizontalAlignment: "left", borders: "thin" } },
      { op: "format", sheet: REPORT, range: "D2", format: { numberFormat: "dd/mm/yyyy hh:mm", horizontalAlignment: "right" } },
      { op: "format", sheet: REPORT, range: "A3", format: { fontSize: 20, bold: true, verticalAlignment: "center" } },
      { op: "format", sheet: REPORT, range: "B3", format: { verticalAlignment: "top" } },
      { op: "columnWidths", sheet: REPORT, firstColumn: 2, widths: [30, 12.5] },
      { op: "columnWidths", sheet: REPORT, firstColumn: 26, widths: [30], hidden: true },
      { op: "rowHeights", sheet: REPORT, firstRow: 1, heights: [32, 18] },
      { op: "freezePanes", sheet: REPORT, rows: 1, columns: 1 },
      {
        op: "printSetup",
        sheet: REPORT,
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: true,
        printArea: "A1:D40",
        titleRows: { first: 1, last: 1 },
        headerText: "Demandes d'exercice des droits & suites",
        pageNumbers: true,
      },
      { op: "conditionalFormat", sheet: REPORT, range: "C2:C40", rule: { operator: "equals", text: "En retard" }, fillColor: "#FFC7CE", fontColor: "#9C0006" },
      { op: "conditionalFormat", sheet: REPORT, range: "B2:B40", rule: { operator: "contains", text: 'acc"ès' }, fillColor: "#FFEB9C" },
      { op: "autoFilter", sheet: REPORT, range: "A1:D1" },
      { op: "freezePanes", sheet: list, rows: 2, columns: 0 },
      { op: "printSetup", sheet: list, orientation: "portrait", fitToWidth: true, titleRows: { first: 1, last: 2 } },
      { op: "sheetVisibility", sheet: REPORT, visibility: "Hidden" },
      { op: "sheetVisibility", sheet: REPORT, visibility: "Visible" },
      { op: "addSheet", name: "Suivi caché" },
      { op: "sheetVisibility", sheet: "Suivi caché", visibility: "Hidden" },
      { op: "printSetup", sheet: "Suivi caché", orientation: "portrait", paperSize: "A4", fitToPage: true },
    ],
  };
}

type Loose = Record<string, unknown>;

/** JSON with every object's keys sorted, so that two equal styles print the same. */
function sortedJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const o = v as Loose;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedJson(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/**
 * Cells a `write` op filled with text and no `format` op gave a number format: the Office adapter
 * always gives text the « @ » format, the file adapter only to a text Excel could misread (both keep
 * text as text). That difference is the `write` op's, not the layout ops': left out here.
 */
const TEXT_WITHOUT_FORMAT = new Set([`${REPORT}!A1`, `${REPORT}!B1`, `${REPORT}!C1`]);

/**
 * The font fields a plan sets (bold, italic, colour, size other than the default 11). The file layer starts a new font from the
 * workbook's default (Calibri 11, colour « text 1 », as Excel and Office.js do); the in-memory Excel
 * from an empty one: the same look on screen, compared on what the plan asked for.
 */
function fontAsAPlanSetsIt(font: Loose): Loose {
  const color = font.color as Loose | undefined;
  const automatic = !color || (color.theme === 1 && color.argb === undefined);
  const out: Loose = {};
  if (font.bold) out.bold = true;
  if (font.italic) out.italic = true;
  if (font.size !== undefined && font.size !== 11) out.size = font.size;
  if (!automatic) out.color = color;
  return out;
}

const PRINT_DEFAULTS: Loose = { orientation: "portrait", fitToWidth: 1, fitToHeight: 1 };

/** How the sheets look once saved and read back with ExcelJS: styles, widths, heights, panes, printing, visibility, rules, filters. */
async function looksOf(book: XlsxWorkbook | ExcelBook): Promise<unknown> {
  const saved = await loadExcelBook(await bytesOf(book));
  return saved.excel.worksheets
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((ws) => {
      const styles: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const s = { ...(cell.style as Loose) };
          if (s.font) s.font = fontAsAPlanSetsIt(s.font as Loose);
          if (TEXT_WITHOUT_FORMAT.has(`${ws.name}!${cell.address}`) && s.numFmt === "@") delete s.numFmt;
          if (Object.keys(s).length > 0) styles.push(`${cell.address} ${sortedJson(s)}`);
        }),
      );
      const columns = (ws.columns ?? []).map((c) => c.width ?? null);
      const hiddenColumns = (ws.columns ?? []).flatMap((c, i) => (c.hidden ? [i + 1] : []));
      const heights: (number | null)[] = [];
      ws.eachRow({ includeEmpty: true }, (row, n) => {
        heights[n] = row.height ?? null;
      });
      const view = ((ws.views ?? [])[0] ?? {}) as Loose;
      const setup = ws.pageSetup as Loose;
      const rules = ((ws as unknown as { conditionalFormattings?: { ref: string; rules: Loose[] }[] }).conditionalFormattings ?? []).map((cf) => ({
        ref: cf.ref,
        rules: cf.rules.map((r) => ({ type: r.type, operator: r.operator, formulae: r.formulae, style: r.style })),
      }));
      return {
        sheet: ws.name,
        state: ws.state,
        styles,
        columns,
        hiddenColumns,
        heights,
        frozen: view.state === "frozen" ? { xSplit: view.xSplit, ySplit: view.ySplit, topLeftCell: view.topLeftCell } : null,
        // A sheet without <pageSetup> prints as Excel's defaults say (portrait, 1 page by 1): ExcelJS reads
        // those defaults from a sheet it wrote itself, nothing from one written without the element.
        print: ["orientation", "paperSize", "fitToPage", "fitToWidth", "fitToHeight", "printArea", "printTitlesRow"].map((k) => [
          k,
          setup[k] ?? PRINT_DEFAULTS[k] ?? null,
        ]),
        headerFooter: { ...ws.headerFooter },
        rules,
        autoFilter: ws.autoFilter ?? null,
      };
    });
}

test("layout ops: the same looks through the in-memory Excel (Office adapter) and the file layer", async () => {
  const { xlsx, office, run } = await both(cases[1]);
  const list = "2_-_Liste_des_traitements";
  await run(layoutPlan(list));
  const [fromOffice, fromFile] = await Promise.all([looksOf(office), looksOf(xlsx)]);
  expect(fromOffice).toEqual(fromFile);
  expect(await stateOf(office)).toEqual(await stateOf(xlsx));

  // and the looks are there, not merely equally absent
  const sheets = fromFile as {
    sheet: string;
    state: string;
    styles: string[];
    columns: (number | null)[];
    hiddenColumns: number[];
    heights: (number | null)[];
    frozen: unknown;
    print: [string, unknown][];
    headerFooter: Loose;
    rules: unknown[];
    autoFilter: unknown;
  }[];
  const report = sheets.find((s) => s.sheet === REPORT)!;
  expect(report.state).toBe("visible");
  const thin = { style: "thin" };
  expect(report.styles.find((s) => s.startsWith("A1 "))).toBe(
    `A1 ${sortedJson({
      alignment: { horizontal: "center", wrapText: true },
      border: { top: thin, bottom: thin, left: thin, right: thin },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } },
      font: { bold: true, color: { argb: "FFFFFFFF" } },
    })}`,
  );
  expect(report.styles.find((s) => s.startsWith("D2 "))).toContain('"numFmt":"dd/mm/yyyy hh:mm"');
  expect(report.styles.find((s) => s.startsWith("C3 "))).toContain('"numFmt":"@"');
  expect(report.columns.slice(0, 3)).toEqual([14, 30, 12.5]);
  expect(report.hiddenColumns).toEqual([26]);
  expect(report.columns[25]).toBe(30);
  expect(report.heights.slice(1, 3)).toEqual([32, 18]);
  expect(report.frozen).toEqual({ xSplit: 1, ySplit: 1, topLeftCell: "B2" });
  expect(Object.fromEntries(report.print)).toEqual({
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: "A1:D40",
    printTitlesRow: "1:1",
  });
  expect(report.headerFooter).toMatchObject({ oddHeader: "&CDemandes d'exercice des droits && suites", oddFooter: "&CPage &P / &N" });
  expect(report.rules).toMatchObject([
    { ref: "C2:C40", rules: [{ type: "cellIs", operator: "equal", formulae: ['"En retard"'] }] },
    { ref: "B2:B40", rules: [{ type: "containsText", operator: "containsText", formulae: ['NOT(ISERROR(SEARCH("acc""ès",B2)))'] }] },
  ]);
  expect(report.autoFilter).toBe("A1:D1");
  const listTab = sheets.find((s) => s.sheet === list)!;
  expect(listTab.frozen).toMatchObject({ ySplit: 2 });
  expect(sheets.find((s) => s.sheet === "Suivi caché")!.state).toBe("hidden");
});

test("layout ops undone: visibility comes back, the sheets the plan made go, both adapters agree", async () => {
  const { xlsx, office, run } = await both(cases[0]);
  const list = "2_-_Liste_des_traitements";
  const before = snapshotOf(xlsx);
  const plan = layoutPlan(list);
  await run(plan);

  const afterLayout = snapshotOf(xlsx);
  const hide: WritePlan = {
    title: "Masquer le registre des demandes",
    ops: [
      { op: "sheetVisibility", sheet: REPORT, visibility: "Hidden" },
      { op: "format", sheet: REPORT, range: "A2:D2", format: { fillColor: "#E2EFDA" } },
    ],
  };
  await run(hide);
  expect(excelBookSnapshot(office).sheets.find((s) => s.name === REPORT)?.visibility).toBe("Hidden");
  await run(invertPlan(hide, afterLayout));
  expect(excelBookSnapshot(office).sheets.find((s) => s.name === REPORT)?.visibility).toBe("Visible");
  expect(snapshotOf(xlsx).sheets.find((s) => s.name === REPORT)?.visibility).toBe("Visible");
  expect(await looksOf(office)).toEqual(await looksOf(xlsx));

  await run(invertPlan(plan, before));
  expect(excelBookSnapshot(office).sheets).toEqual(before.sheets);
  expect(snapshotOf(xlsx).sheets).toEqual(before.sheets);
  expect(await looksOf(office)).toEqual(await looksOf(xlsx));
});

test.each([
  ["a format on a whole column", { op: "format", sheet: "Fiche 1", range: "B:B", format: { wrapText: true } }],
  ["a colour no Excel knows", { op: "conditionalFormat", sheet: "Fiche 1", range: "B4", rule: { operator: "equals", text: "x" }, fillColor: "rouge" }],
  ["a negative frozen count", { op: "freezePanes", sheet: "Fiche 1", rows: -1, columns: 0 }],
  ["a row too high for Excel", { op: "rowHeights", sheet: "Fiche 1", firstRow: 4, heights: [500] }],
  [
    "a chart without a header column",
    { op: "chart", sheet: "Fiche 1", name: "Comparaison", range: "B4:B8", type: "columnClustered", title: "Scores", anchor: "D2" },
  ],
  [
    "a chart placed on a range, not a cell",
    { op: "chart", sheet: "Fiche 1", name: "Comparaison", range: "A4:C8", type: "columnClustered", title: "Scores", anchor: "D2:F9" },
  ],
] as [string, WriteOp][])("a wrong layout op (%s) is refused by both adapters before anything is written", async (_, bad) => {
  const { xlsx, office, run } = await both(cases[0]);
  const before = await stateOf(xlsx);
  const plan: WritePlan = { title: "x", ops: [{ op: "write", sheet: "Fiche 1", cells: [{ address: "B4", kind: "text", value: "changé" }] }, bad] };
  expect(() => applyPlanToXlsx(xlsx, plan)).toThrow(XlsxPlanError);
  await expect(run(plan)).rejects.toThrow();
  expect(await stateOf(xlsx)).toEqual(before);
  expect(await stateOf(office)).toEqual(before);
});

// -------------------------------------------------------------------------------------------------
// Charts: drawn by Excel, recorded by the in-memory Excel, left out of files (the table stays)

const AUDIT = "Auto-diagnostic cyber";

/** A table of figures from row `top` (headers in its first row and column) and a chart of it. */
function chartPlan(sheet: string, name: string, figures: [number, number][], top = 1): WritePlan {
  return {
    title: "Comparer les évaluations",
    ops: [
      {
        op: "write",
        sheet,
        cells: [
          { address: `A${top}`, kind: "text", value: "Thème" },
          { address: `B${top}`, kind: "text", value: "Précédente" },
          { address: `C${top}`, kind: "text", value: "Cette évaluation" },
          ...figures.flatMap(([before, now], i): CellWrite[] => [
            { address: `A${top + i + 1}`, kind: "text", value: `Thème ${i + 1}` },
            { address: `B${top + i + 1}`, kind: "number", value: before },
            { address: `C${top + i + 1}`, kind: "number", value: now },
          ]),
        ],
      },
      {
        op: "chart",
        sheet,
        name,
        range: `A${top}:C${top + figures.length}`,
        type: "columnClustered",
        title: "Score par thème",
        anchor: `E${top + 1}`,
        widthPoints: 420,
      },
    ],
  };
}

test("a chart op: Excel (in memory) records the chart, the file keeps its table; one of the same name replaces it; undo takes it away with the sheet made", async () => {
  const { xlsx, office, memory, run } = await both(cases[0]);
  const before = snapshotOf(xlsx);
  const first = chartPlan(AUDIT, "Comparaison 2026-12-07", [
    [40, 75],
    [20, 50],
  ]);
  const plan: WritePlan = { ...first, ops: [{ op: "addSheet", name: AUDIT }, ...first.ops] };
  await run(plan);
  expect(memory.charts(AUDIT)).toEqual([
    { name: "Comparaison 2026-12-07", title: "Score par thème", type: "ColumnClustered", source: `'${AUDIT}'!A1:C3`, anchor: "E2" },
  ]);
  // The file layer has no chart to write: the figures are the same table on both sides.
  expect(await stateOf(office)).toEqual(await stateOf(xlsx));
  expect(
    snapshotOf(xlsx)
      .sheets.find((s) => s.name === AUDIT)
      ?.values.slice(0, 3),
  ).toEqual([
    ["Thème", "Précédente", "Cette évaluation"],
    ["Thème 1", 40, 75],
    ["Thème 2", 20, 50],
  ]);

  // Carried out again (the same day's run saved twice), the sheet still has one chart of that name.
  const again = chartPlan(AUDIT, "Comparaison 2026-12-07", [
    [40, 80],
    [20, 60],
    [10, 30],
  ]);
  await run(again);
  expect(memory.charts(AUDIT)).toEqual([expect.objectContaining({ name: "Comparaison 2026-12-07", source: `'${AUDIT}'!A1:C4` })]);
  await run(chartPlan(AUDIT, "Comparaison 2027-06-07", [[80, 90]]));
  expect(memory.charts(AUDIT).map((c) => c.name)).toEqual(["Comparaison 2026-12-07", "Comparaison 2027-06-07"]);

  await run(invertPlan(plan, before));
  expect(memory.charts(AUDIT)).toEqual([]);
  expect(excelBookSnapshot(office).sheets).toEqual(before.sheets);
  expect(await stateOf(office)).toEqual(await stateOf(xlsx));
});

test("a chart on a sheet that was there: undo gives the figures back and leaves the chart, like other looks", async () => {
  const { xlsx, office, memory, run } = await both(cases[0]);
  const before = snapshotOf(xlsx);
  // Far below the fiche's own rows, where its cells are empty.
  const plan = chartPlan("Fiche 1", "Comparaison", [[10, 20]], 200);
  await run(plan);
  expect(memory.charts("Fiche 1").map((c) => c.name)).toEqual(["Comparaison"]);
  await run(invertPlan(plan, before));
  expect(excelBookSnapshot(office).sheets).toEqual(before.sheets);
  expect(snapshotOf(xlsx).sheets).toEqual(before.sheets);
  expect(memory.charts("Fiche 1").map((c) => c.name)).toEqual(["Comparaison"]);
});

test("a chart op on a sheet that is not there is refused by both adapters", async () => {
  const { xlsx, run } = await both(cases[0]);
  const plan = chartPlan("Absente", "Comparaison", [[10, 20]]);
  expect(() => applyPlanToXlsx(xlsx, plan)).toThrow(XlsxPlanError);
  await expect(run(plan)).rejects.toThrow();
});
