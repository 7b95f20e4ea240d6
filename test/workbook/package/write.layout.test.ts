/**
 * The layout ops of a write plan (src/register/plan.ts) carried out by the file layer on real files:
 * the CNIL's own workbook and a register of two fiches. What a user would see is read back through
 * ExcelJS and compared with what the ExcelJS adapter (src/workbook/exceljs/layout.ts) makes of the same
 * plan, and every part the op does not concern stays byte for byte as it was.
 */
import { unzipSync } from "fflate";
import type { Worksheet } from "exceljs";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { parseDom } from "../../../src/workbook/package/xml";
import { childElements, root, WORKSHEET_ORDER } from "../../../src/workbook/package/write/dom";
import { applyPlanToPackage } from "../../../src/workbook/package/write";
import { XlsxPlanError } from "../../../src/workbook/package/errors";
import { applyPlanToExcelBook, loadExcelBook, saveExcelBook, type ExcelBook } from "../../../src/workbook/exceljs";
import type { WriteOp } from "../../../src/register/plan";
import { columnNumber } from "../../../src/register/address";
import { cnilXlsxBytes } from "../../fixtures/cnilWorkbook";
import { buildCnilWorkbook, cleanRegister } from "../../fixtures/xlsxFiles";

jest.setTimeout(120_000);

const TUTORIAL = "Tutoriel";
const LIST = "2_-_Liste_des_traitements";
const MODEL = "3_-_Modèle_de_fiche_de_registre";
const EXAMPLE = "4_-_Exemple_de_fiche";
const FICHE = "Fiche 1";

let cnil: Uint8Array;
let register: Uint8Array;
beforeAll(async () => {
  cnil = cnilXlsxBytes();
  register = await buildCnilWorkbook(cleanRegister(2));
});

interface Outcome {
  /** The file layer's output. */
  saved: Uint8Array;
  /** It, read back by ExcelJS. */
  mine: ExcelBook;
  /** What the ExcelJS adapter makes of the same plan, saved and read back. */
  reference: ExcelBook;
  /** That file. */
  referenceBytes: Uint8Array;
}

async function run(bytes: Uint8Array, ops: WriteOp[]): Promise<Outcome> {
  const pkg = XlsxPackage.open(bytes);
  applyPlanToPackage(pkg, { title: "test", ops });
  const saved = pkg.save();
  const excel = await loadExcelBook(bytes);
  applyPlanToExcelBook(excel, { title: "test", ops });
  const referenceBytes = await saveExcelBook(excel);
  return { saved, mine: await loadExcelBook(saved), reference: await loadExcelBook(referenceBytes), referenceBytes };
}

function sheet(book: ExcelBook, name: string): Worksheet {
  const ws = book.excel.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The zip entries whose uncompressed bytes differ between two files (added and removed ones included). */
function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzipSync(before);
  const b = unzipSync(after);
  // folder entries (`xl/`) are not parts: a package does not keep them
  const names = new Set([...Object.keys(a), ...Object.keys(b)].filter((n) => !n.endsWith("/")));
  return [...names].filter((n) => !a[n] || !b[n] || Buffer.compare(Buffer.from(a[n]), Buffer.from(b[n])) !== 0).sort();
}

function partText(bytes: Uint8Array, name: string): string {
  return new TextDecoder().decode(unzipSync(bytes)[name]);
}

/** The local names of a worksheet part's children that are out of CT_Worksheet's order (Excel refuses the file then). */
function outOfOrder(bytes: Uint8Array, name: string): string[] {
  const ranks = childElements(root(parseDom(unzipSync(bytes)[name], name))).map(
    (el) => [el.localName ?? "", WORKSHEET_ORDER.indexOf(el.localName ?? "")] as const,
  );
  return ranks.filter(([, rank], i) => i > 0 && rank < ranks[i - 1][1]).map(([local]) => local);
}

/** Whether a sheet part says its tab is selected (ExcelJS does not read it). */
function tabSelected(bytes: Uint8Array, name: string): boolean {
  return /tabSelected="(1|true)"/.test(partText(bytes, name));
}

describe("sheetVisibility", () => {
  it("hides a sheet, moves the active tab and its selection off it, and shows it back", async () => {
    const hide = await run(cnil, [{ op: "sheetVisibility", sheet: TUTORIAL, visibility: "Hidden" }]);
    expect(sheet(hide.mine, TUTORIAL).state).toBe("hidden");
    expect(sheet(hide.mine, LIST).state).toBe("visible");
    expect(hide.mine.excel.views[0].activeTab).toBe(1);
    expect(hide.mine.excel.views[0].activeTab).toBe(hide.reference.excel.views[0].activeTab);
    // ExcelJS does not read `tabSelected`: the tab Excel highlights is read in the XML
    expect(tabSelected(cnil, "xl/worksheets/sheet1.xml")).toBe(true);
    expect(tabSelected(hide.saved, "xl/worksheets/sheet1.xml")).toBe(false);
    expect(tabSelected(hide.saved, "xl/worksheets/sheet2.xml")).toBe(true);
    for (const ws of hide.reference.excel.worksheets) expect(sheet(hide.mine, ws.name).state).toBe(ws.state);
    expect(changedParts(cnil, hide.saved)).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);

    const show = await run(hide.saved, [{ op: "sheetVisibility", sheet: TUTORIAL, visibility: "Visible" }]);
    expect(sheet(show.mine, TUTORIAL).state).toBe("visible");
    expect(changedParts(hide.saved, show.saved)).toEqual(["xl/workbook.xml"]);
  });

  it("on a file without sheet views, only the workbook part changes", async () => {
    const { mine, reference, saved } = await run(register, [{ op: "sheetVisibility", sheet: TUTORIAL, visibility: "Hidden" }]);
    expect(sheet(mine, TUTORIAL).state).toBe("hidden");
    expect(mine.excel.views[0].activeTab).toBe(reference.excel.views[0].activeTab);
    expect(changedParts(register, saved)).toEqual(["xl/workbook.xml"]);
  });

  it("hides a sheet that is not the active one without moving the tab", async () => {
    const { mine, saved } = await run(cnil, [{ op: "sheetVisibility", sheet: EXAMPLE, visibility: "Hidden" }]);
    expect(sheet(mine, EXAMPLE).state).toBe("hidden");
    expect(mine.excel.views[0].activeTab).toBe(0);
    expect(changedParts(cnil, saved)).toEqual(["xl/workbook.xml"]);
  });

  it("refuses to hide the last visible sheet, as Excel does", () => {
    const pkg = XlsxPackage.open(cnil);
    const hideAll: WriteOp[] = [TUTORIAL, LIST, MODEL, EXAMPLE].map((name) => ({ op: "sheetVisibility", sheet: name, visibility: "Hidden" }));
    let error: unknown;
    try {
      applyPlanToPackage(pkg, { title: "test", ops: hideAll });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XlsxPlanError);
    expect((error as XlsxPlanError).reason).toBe("last-visible");
    expect((error as XlsxPlanError).message).toContain(EXAMPLE);
  });
});

describe("columnWidths and rowHeights", () => {
  it("sets the widths of the columns named, even inside a span of columns, and nothing else", async () => {
    const { mine, reference, saved } = await run(cnil, [
      { op: "columnWidths", sheet: MODEL, firstColumn: 2, widths: [30, 12.5] },
      { op: "columnWidths", sheet: MODEL, firstColumn: 40, widths: [25] },
    ]);
    const ws = sheet(mine, MODEL);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getColumn(3).width).toBe(12.5);
    expect(ws.getColumn(40).width).toBe(25);
    const before = sheet(await loadExcelBook(cnil), MODEL);
    for (const c of [1, 4, 39, 41, 200]) expect(ws.getColumn(c).width).toBe(before.getColumn(c).width);
    for (let c = 1; c <= 60; c++) expect([c, ws.getColumn(c).width]).toEqual([c, sheet(reference, MODEL).getColumn(c).width]);
    expect(changedParts(cnil, saved)).toEqual(["xl/worksheets/sheet3.xml"]);
  });

  it("sets the heights of the rows named, rows without cells included", async () => {
    const { mine, reference, saved } = await run(register, [
      { op: "rowHeights", sheet: LIST, firstRow: 3, heights: [40, 22.5] },
      { op: "rowHeights", sheet: LIST, firstRow: 400, heights: [60] },
    ]);
    const ws = sheet(mine, LIST);
    expect(ws.getRow(3).height).toBe(40);
    expect(ws.getRow(4).height).toBe(22.5);
    expect(ws.getRow(400).height).toBe(60);
    for (const r of [1, 2, 3, 4, 5, 399, 400]) expect([r, ws.getRow(r).height]).toEqual([r, sheet(reference, LIST).getRow(r).height]);
    expect(changedParts(register, saved)).toEqual(["xl/worksheets/sheet2.xml"]);
  });
});

describe("freezePanes", () => {
  /** What a user sees of a sheet's first view: frozen or not, where, and the cell active. */
  function pane(ws: Worksheet): Record<string, unknown> {
    const view = (ws.views[0] ?? {}) as Record<string, unknown>;
    return { state: view.state, xSplit: view.xSplit, ySplit: view.ySplit, topLeftCell: view.topLeftCell, activeCell: view.activeCell };
  }

  it("freezes rows and columns, then unfreezes them", async () => {
    const freeze = await run(cnil, [{ op: "freezePanes", sheet: LIST, rows: 3, columns: 1 }]);
    expect(pane(sheet(freeze.mine, LIST))).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, topLeftCell: "B4" });
    expect(pane(sheet(freeze.mine, LIST))).toEqual(pane(sheet(freeze.reference, LIST)));
    expect(changedParts(cnil, freeze.saved)).toEqual(["xl/worksheets/sheet2.xml"]);
    expect(partText(freeze.saved, "xl/worksheets/sheet2.xml")).toMatch(
      /<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"\/><selection pane="bottomRight"/,
    );

    const thaw = await run(freeze.saved, [{ op: "freezePanes", sheet: LIST, rows: 0, columns: 0 }]);
    expect(pane(sheet(thaw.mine, LIST))).toMatchObject({ state: "normal" });
    expect(pane(sheet(thaw.mine, LIST))).toEqual(pane(sheet(thaw.reference, LIST)));
    expect(partText(thaw.saved, "xl/worksheets/sheet2.xml")).not.toContain("<pane");
  });

  it("freezes the top rows of a sheet written without a view", async () => {
    const { mine, reference } = await run(register, [{ op: "freezePanes", sheet: LIST, rows: 2, columns: 0 }]);
    expect(pane(sheet(mine, LIST))).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 2, topLeftCell: "A3" });
    expect(pane(sheet(mine, LIST))).toEqual(pane(sheet(reference, LIST)));
  });
});

describe("format", () => {
  /** What a user sees of a cell's look. */
  function look(ws: Worksheet, address: string): Record<string, unknown> {
    const cell = ws.getCell(address);
    const font = cell.font ?? {};
    return {
      bold: font.bold === true,
      italic: font.italic === true,
      fontColor: font.color,
      fontName: font.name,
      fontSize: font.size,
      fill: cell.fill,
      horizontal: cell.alignment?.horizontal,
      wrap: cell.alignment?.wrapText === true,
      numFmt: cell.numFmt,
      border: ["top", "left", "bottom", "right"].map((side) => cell.border?.[side as "top"]?.style),
    };
  }

  const everything = {
    bold: true,
    italic: false,
    fontColor: "#1F4E79",
    fillColor: "#ddebf7",
    horizontalAlignment: "center",
    wrapText: true,
    numberFormat: "@",
    borders: "thin",
  } as const;

  it("styles every cell of a rectangle with merged areas, as the ExcelJS adapter does, and keeps the rest of each look", async () => {
    const { mine, reference, saved } = await run(cnil, [{ op: "format", sheet: MODEL, range: "A4:C6", format: everything }]);
    const before = sheet(await loadExcelBook(cnil), MODEL);
    const ws = sheet(mine, MODEL);
    for (const address of ["A4", "B4", "C4", "A5", "B5", "C6"]) {
      expect([address, look(ws, address)]).toEqual([address, look(sheet(reference, MODEL), address)]);
      expect(look(ws, address)).toMatchObject({
        bold: true,
        italic: false,
        fontColor: { argb: "FF1F4E79" },
        fontName: look(before, address).fontName,
        fontSize: look(before, address).fontSize,
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
        horizontal: "center",
        wrap: true,
        numFmt: "@",
        border: ["thin", "thin", "thin", "thin"],
      });
      // what the op does not name stays as it was (ExcelJS reads the vertical alignment back as « middle »)
      expect(ws.getCell(address).alignment?.vertical).toBe(before.getCell(address).alignment?.vertical);
    }
    for (const address of ["A3", "D4", "A7", "B7"]) expect([address, look(ws, address)]).toEqual([address, look(before, address)]);
    expect(changedParts(cnil, saved)).toEqual(["xl/styles.xml", "xl/worksheets/sheet3.xml"]);
  });

  it("takes one field at a time and leaves the others of each cell", async () => {
    const { mine, reference } = await run(cnil, [
      { op: "format", sheet: MODEL, range: "B5", format: { italic: true } },
      { op: "format", sheet: MODEL, range: "B5", format: { wrapText: false, numberFormat: "dd/mm/yyyy hh:mm" } },
    ]);
    const before = look(sheet(await loadExcelBook(cnil), MODEL), "B5");
    const after = look(sheet(mine, MODEL), "B5");
    expect(after).toEqual({ ...before, italic: true, wrap: false, numFmt: "dd/mm/yyyy hh:mm" });
    expect(after).toEqual(look(sheet(reference, MODEL), "B5"));
  });

  it("gives cells that were never written a style, in a file written by another tool", async () => {
    const ops: WriteOp[] = [
      { op: "format", sheet: LIST, range: "B40:D41", format: { fillColor: "#FFF2CC", borders: "thin" } },
      { op: "format", sheet: LIST, range: "B40:D41", format: { bold: true } },
    ];
    const { mine, reference } = await run(register, ops);
    for (const address of ["B40", "C40", "D41"]) {
      const wanted = { bold: true, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } }, border: ["thin", "thin", "thin", "thin"] };
      expect(look(sheet(reference, LIST), address)).toMatchObject(wanted);
      // the bold font is the workbook's default font made bold, as Excel does (ExcelJS's has no name nor size)
      expect(look(sheet(mine, LIST), address)).toMatchObject({ ...wanted, fontName: "Calibri", fontSize: 11 });
    }
    expect(look(sheet(mine, LIST), "E40").fill).toBeUndefined();
  });

  it("styles a strip as wide as the sheet in one pass, cells kept in column order", () => {
    const started = Date.now();
    const pkg = XlsxPackage.open(register);
    applyPlanToPackage(pkg, { title: "test", ops: [{ op: "format", sheet: FICHE, range: "A5:XFC10", format: { bold: true } }] });
    const saved = pkg.save();
    expect(Date.now() - started).toBeLessThan(20_000);
    const sheetXml = parseDom(unzipSync(saved)["xl/worksheets/sheet5.xml"], "sheet5");
    const rows = childElements(childElements(root(sheetXml)).find((el) => el.localName === "sheetData")!);
    const row5 = rows.find((el) => el.getAttribute("r") === "5")!;
    const columns = childElements(row5).map((c) => columnNumber((c.getAttribute("r") ?? "").replace(/\d+$/, "")));
    expect(columns.length).toBeGreaterThanOrEqual(16_383);
    expect(columns.every((c, i) => i === 0 || c > columns[i - 1])).toBe(true);
    const last = childElements(row5).find((c) => c.getAttribute("r") === "XFC5")!;
    // a bold look is a new cell format, never the default one
    expect(Number(last.getAttribute("s"))).toBeGreaterThan(0);
  });

  it("adds each new look once: applying the same format twice adds no style", async () => {
    const op: WriteOp = { op: "format", sheet: MODEL, range: "A4:C6", format: everything };
    const once = await run(cnil, [op]);
    const twice = XlsxPackage.open(once.saved);
    applyPlanToPackage(twice, { title: "test", ops: [op] });
    expect(partText(twice.save(), "xl/styles.xml")).toBe(partText(once.saved, "xl/styles.xml"));
  });
});

describe("conditionalFormat", () => {
  interface ReadRule {
    type?: string;
    operator?: string;
    text?: string;
    formulae?: string[];
    priority?: number;
    style?: unknown;
  }
  /** The sheet's rules as ExcelJS reads them, without priorities (ExcelJS renumbers them when it saves). */
  function rules(ws: Worksheet): unknown[] {
    const all = (ws as unknown as { conditionalFormattings: { ref: string; rules: ReadRule[] }[] }).conditionalFormattings;
    const present = (style: unknown): unknown => Object.fromEntries(Object.entries(style ?? {}).filter(([, v]) => v !== null && v !== undefined));
    return all.flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, type: r.type, operator: r.operator, formulae: r.formulae, style: present(r.style) })));
  }
  function priorities(ws: Worksheet): number[] {
    const all = (ws as unknown as { conditionalFormattings: { rules: ReadRule[] }[] }).conditionalFormattings;
    return all.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0));
  }

  it("adds rules that fill the matching cells, after the sheet's own, each at the next priority", async () => {
    const first = await run(cnil, [
      {
        op: "conditionalFormat",
        sheet: LIST,
        range: "E4:E40",
        rule: { operator: "equals", text: 'Oui "sensible"' },
        fillColor: "#FFC7CE",
        fontColor: "#9C0006",
      },
      { op: "conditionalFormat", sheet: LIST, range: "F4:G40", rule: { operator: "contains", text: "à compléter" }, fillColor: "#FFEB9C" },
    ]);
    const ws = sheet(first.mine, LIST);
    expect(rules(ws)).toEqual([
      {
        ref: "E4:E40",
        type: "cellIs",
        operator: "equal",
        formulae: ['"Oui ""sensible"""'],
        style: { font: { color: { argb: "FF9C0006" } }, fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
      {
        ref: "F4:G40",
        type: "containsText",
        operator: "containsText",
        formulae: ['NOT(ISERROR(SEARCH("à compléter",F4)))'],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } } },
      },
    ]);
    expect(rules(ws)).toEqual(rules(sheet(first.reference, LIST)));
    expect(priorities(ws)).toEqual([1, 2]);
    // ExcelJS does not read the text Excel shows in its rule manager
    expect(partText(first.saved, "xl/worksheets/sheet2.xml")).toContain('operator="containsText" text="à compléter"');
    expect(changedParts(cnil, first.saved)).toEqual(["xl/styles.xml", "xl/worksheets/sheet2.xml"]);
    expect(outOfOrder(first.saved, "xl/worksheets/sheet2.xml")).toEqual([]);

    const second = await run(first.saved, [
      { op: "conditionalFormat", sheet: LIST, range: "B4", rule: { operator: "equals", text: "x" }, fillColor: "#C6EFCE" },
    ]);
    expect(rules(sheet(second.mine, LIST))).toHaveLength(3);
    expect(rules(sheet(second.mine, LIST)).slice(0, 2)).toEqual(rules(ws));
    expect(priorities(sheet(second.mine, LIST))).toEqual([1, 2, 3]);
  });
});

describe("autoFilter", () => {
  it("puts filter buttons on a table, then moves them, one filter per sheet", async () => {
    const first = await run(cnil, [{ op: "autoFilter", sheet: LIST, range: "A3:K31" }]);
    expect(sheet(first.mine, LIST).autoFilter).toBe("A3:K31");
    expect(sheet(first.mine, LIST).autoFilter).toEqual(sheet(first.reference, LIST).autoFilter);
    expect(changedParts(cnil, first.saved)).toEqual(["xl/worksheets/sheet2.xml"]);
    expect(outOfOrder(first.saved, "xl/worksheets/sheet2.xml")).toEqual([]);

    // the hidden name Excel keeps with a filter follows it
    const withName = XlsxPackage.open(first.saved);
    const database = `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'${LIST}'!$A$3:$K$31</definedName>`;
    withName.put("/xl/workbook.xml", withName.text("/xl/workbook.xml").replace("</definedNames>", `${database}</definedNames>`));
    const second = await run(withName.save(), [{ op: "autoFilter", sheet: LIST, range: "B3:F3" }]);
    expect(sheet(second.mine, LIST).autoFilter).toBe("B3:F3");
    expect(partText(second.saved, "xl/worksheets/sheet2.xml").match(/<autoFilter /g)).toHaveLength(1);
    expect(partText(second.saved, "xl/workbook.xml")).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'${LIST}'!$B$3:$F$3</definedName>`,
    );
  });

  it("in a file written by ExcelJS too", async () => {
    const { mine, reference, saved, referenceBytes } = await run(register, [{ op: "autoFilter", sheet: LIST, range: "A3:K3" }]);
    expect(sheet(mine, LIST).autoFilter).toBe("A3:K3");
    expect(sheet(mine, LIST).autoFilter).toEqual(sheet(reference, LIST).autoFilter);
    expect(outOfOrder(saved, "xl/worksheets/sheet2.xml")).toEqual([]);
    // ExcelJS writes no `_xlnm._FilterDatabase`
    expect(partText(referenceBytes, "xl/workbook.xml")).not.toContain("_FilterDatabase");
  });
});

describe("printSetup", () => {
  /** How a sheet prints, as a user sees it in Excel's page setup. */
  function printing(ws: Worksheet): Record<string, unknown> {
    const p = ws.pageSetup;
    return {
      orientation: p.orientation,
      paperSize: p.paperSize,
      fitToPage: p.fitToPage === true,
      fitToWidth: p.fitToPage ? p.fitToWidth : undefined,
      fitToHeight: p.fitToPage ? p.fitToHeight : undefined,
      scale: p.fitToPage ? undefined : p.scale,
      printArea: p.printArea,
      printTitlesRow: p.printTitlesRow,
      printTitlesColumn: p.printTitlesColumn,
      header: ws.headerFooter?.oddHeader || undefined,
      footer: ws.headerFooter?.oddFooter || undefined,
    };
  }

  it("sets orientation, paper, fit to width, print area, titles, header and page numbers, then takes some back", async () => {
    const first = await run(cnil, [
      {
        op: "printSetup",
        sheet: MODEL,
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: true,
        printArea: "A1:H60",
        titleRows: { first: 1, last: 3 },
        headerText: "Registre R&D de la CPTS",
        pageNumbers: true,
      },
    ]);
    const ws = sheet(first.mine, MODEL);
    expect(printing(ws)).toEqual({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      scale: undefined,
      printArea: "A1:H60",
      printTitlesRow: "1:3",
      printTitlesColumn: undefined,
      header: "&CRegistre R&&D de la CPTS",
      footer: "&CPage &P / &N",
    });
    expect(printing(ws)).toEqual(printing(sheet(first.reference, MODEL)));
    // the other sheets print as before
    const before = await loadExcelBook(cnil);
    for (const name of [TUTORIAL, LIST, EXAMPLE]) expect([name, printing(sheet(first.mine, name))]).toEqual([name, printing(sheet(before, name))]);
    expect(changedParts(cnil, first.saved)).toEqual(["xl/workbook.xml", "xl/worksheets/sheet3.xml"]);
    expect(outOfOrder(first.saved, "xl/worksheets/sheet3.xml")).toEqual([]);
    expect(partText(first.saved, "xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="2">'${MODEL}'!$A$1:$H$60</definedName>`);

    // columns repeated at the left (set in Excel) stay when the title rows change
    const withColumns = XlsxPackage.open(first.saved);
    withColumns.put("/xl/workbook.xml", withColumns.text("/xl/workbook.xml").replace(`'${MODEL}'!$1:$3<`, `'${MODEL}'!$A:$A,'${MODEL}'!$1:$3<`));
    const second = await run(withColumns.save(), [{ op: "printSetup", sheet: MODEL, fitToWidth: false, titleRows: { first: 2, last: 4 }, pageNumbers: false }]);
    expect(printing(sheet(second.mine, MODEL))).toEqual({
      ...printing(ws),
      fitToPage: false,
      fitToWidth: undefined,
      fitToHeight: undefined,
      scale: 100,
      printTitlesRow: "2:4",
      printTitlesColumn: "A:A",
      footer: undefined,
    });
    expect(printing(sheet(second.mine, MODEL))).toEqual(printing(sheet(second.reference, MODEL)));
  });

  it("on a sheet written by ExcelJS, with no page setup yet", async () => {
    const { mine, reference, saved } = await run(register, [
      { op: "printSetup", sheet: LIST, orientation: "landscape", fitToWidth: true, printArea: "A1:K31" },
    ]);
    expect(printing(sheet(mine, LIST))).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: "A1:K31" });
    expect(printing(sheet(mine, LIST))).toEqual(printing(sheet(reference, LIST)));
    expect(outOfOrder(saved, "xl/worksheets/sheet2.xml")).toEqual([]);
  });
});

describe("layout ops with the rest of a plan", () => {
  it("styles a sheet the plan made, between writes, and every look reads back as the ExcelJS adapter's", async () => {
    const ops: WriteOp[] = [
      { op: "addSheet", name: "Synthèse", columnWidths: [30, 12] },
      {
        op: "write",
        sheet: "Synthèse",
        cells: [
          { address: "A1", kind: "text", value: "Traitement" },
          { address: "B1", kind: "text", value: "Mis à jour" },
          { address: "A2", kind: "text", value: "0612345678" },
          { address: "B2", kind: "date", value: 46000 },
        ],
      },
      { op: "format", sheet: "Synthèse", range: "A1:B1", format: { bold: true, fillColor: "#DDEBF7", borders: "thin" } },
      { op: "format", sheet: "Synthèse", range: "A2:B3", format: { wrapText: true, borders: "thin" } },
      { op: "write", sheet: "Synthèse", cells: [{ address: "B3", kind: "date", value: 46001 }] },
      { op: "columnWidths", sheet: "Synthèse", firstColumn: 3, widths: [18] },
      { op: "rowHeights", sheet: "Synthèse", firstRow: 1, heights: [28] },
      { op: "freezePanes", sheet: "Synthèse", rows: 1, columns: 0 },
      { op: "conditionalFormat", sheet: "Synthèse", range: "A2:A3", rule: { operator: "contains", text: "06" }, fillColor: "#FFC7CE" },
      { op: "autoFilter", sheet: "Synthèse", range: "A1:B3" },
      { op: "printSetup", sheet: "Synthèse", orientation: "landscape", fitToWidth: true, titleRows: { first: 1, last: 1 }, pageNumbers: true },
      { op: "sheetVisibility", sheet: TUTORIAL, visibility: "Hidden" },
      { op: "select", sheet: "Synthèse", address: "A2" },
    ];
    const { mine, reference } = await run(register, ops);
    const ws = sheet(mine, "Synthèse");
    const ref = sheet(reference, "Synthèse");
    for (const address of ["A1", "B1", "A2", "B2", "B3"]) {
      const cell = ws.getCell(address);
      const other = ref.getCell(address);
      expect([address, cell.value, cell.numFmt, cell.font?.bold, cell.fill, cell.alignment?.wrapText, cell.border?.top]).toEqual([
        address,
        other.value,
        other.numFmt,
        other.font?.bold,
        other.fill,
        other.alignment?.wrapText,
        other.border?.top,
      ]);
    }
    expect(ws.getCell("B3").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("A2").numFmt).toBe("@");
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([30, 12, 18]);
    expect(ws.getRow(1).height).toBe(28);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
    expect(ws.autoFilter).toBe("A1:B3");
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, printTitlesRow: "1:1" });
    expect(sheet(mine, TUTORIAL).state).toBe("hidden");
    expect(mine.excel.views[0].activeTab).toBe(reference.excel.views[0].activeTab);
  });

  it("a later cell write still finds the styles a layout op added, when the styles were only read before", async () => {
    const textCell = await run(register, [{ op: "format", sheet: FICHE, range: "D70:D72", format: { numberFormat: "@" } }]);
    const { mine, saved } = await run(textCell.saved, [
      { op: "write", sheet: FICHE, cells: [{ address: "D70", kind: "text", value: "0612345678" }] },
      { op: "format", sheet: FICHE, range: "D71", format: { bold: true, numberFormat: "dd/mm/yyyy hh:mm" } },
      { op: "write", sheet: FICHE, cells: [{ address: "D72", kind: "date", value: 46000 }] },
    ]);
    const ws = sheet(mine, FICHE);
    expect([ws.getCell("D70").numFmt, ws.getCell("D71").numFmt, ws.getCell("D71").font?.bold, ws.getCell("D72").numFmt]).toEqual([
      "@",
      "dd/mm/yyyy hh:mm",
      true,
      "dd/mm/yyyy",
    ]);
    const ids = [...partText(saved, "xl/styles.xml").matchAll(/<numFmt numFmtId="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses a plan with a layout op no Excel would take before anything is written", () => {
    const pkg = XlsxPackage.open(register);
    const ops: WriteOp[] = [
      { op: "write", sheet: LIST, cells: [{ address: "A5", kind: "text", value: "x" }] },
      { op: "format", sheet: LIST, range: "A:A", format: { bold: true } },
    ];
    expect(() => applyPlanToPackage(pkg, { title: "test", ops })).toThrow(XlsxPlanError);
    expect(() =>
      applyPlanToPackage(pkg, {
        title: "test",
        ops: [{ op: "conditionalFormat", sheet: LIST, range: "A1", rule: { operator: "equals", text: "x" }, fillColor: "rouge" }],
      }),
    ).toThrow(expect.objectContaining({ reason: "bad-format" }));
    expect(pkg.touched()).toEqual([]);
  });
});
