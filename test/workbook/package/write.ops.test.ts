/**
 * Each op of a write plan on a real register, read back by ExcelJS-based today's reader and by
 * looking at the XML the way Excel would: text that Excel would parse stays text (format `@`), dates
 * show as dd/mm/yyyy, links are internal hyperlinks, formulas pointing at written cells show the new
 * value, sheet positions stay on their sheets.
 */
import { Workbook } from "exceljs";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { readBook } from "../../../src/workbook/package/workbook";
import { parseDom } from "../../../src/workbook/package/xml";
import { elements } from "../../../src/workbook/package/opc";
import { applyPlanToPackage } from "../../../src/workbook/package/write";
import { XlsxPlanError } from "../../../src/workbook/package/errors";
import { loadXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import type { WriteOp } from "../../../src/register/plan";
import type { WorkbookSnapshot } from "../../../src/register/snapshot";
import { buildCnilWorkbook, cellsOf, cleanRegister, cnilReferenceBytes, toExcelStyle } from "../../fixtures/xlsxFiles";

jest.setTimeout(120_000);

const MODEL = "3_-_Modèle_de_fiche_de_registre";
const LIST = "2_-_Liste_des_traitements";

let cnil: Uint8Array;
let built: Uint8Array;
beforeAll(async () => {
  cnil = cnilReferenceBytes();
  built = await toExcelStyle(await buildCnilWorkbook(cleanRegister(3)));
});

function run(bytes: Uint8Array, ops: WriteOp[]): { pkg: XlsxPackage; saved: Uint8Array } {
  const pkg = XlsxPackage.open(bytes);
  applyPlanToPackage(pkg, { title: "test", ops });
  const saved = pkg.save();
  return { pkg: XlsxPackage.open(saved), saved };
}

async function snap(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadXlsx(bytes));
}

const parsed = new WeakMap<XlsxPackage, Map<string, Document>>();

/** The `c` element of `address` in sheet `name` of a saved package. */
function cellXml(pkg: XlsxPackage, name: string, address: string): Element | undefined {
  const docs = parsed.get(pkg) ?? new Map<string, Document>();
  parsed.set(pkg, docs);
  if (!docs.has(name)) {
    const sheet = readBook(pkg).sheets.find((s) => s.name === name)!;
    docs.set(name, parseDom(pkg.bytes(sheet.part), sheet.part) as unknown as Document);
  }
  const doc = docs.get(name)!;
  const all = doc.getElementsByTagNameNS(doc.documentElement.namespaceURI, "c");
  for (let i = 0; i < all.length; i++) if (all.item(i)!.getAttribute("r") === address) return all.item(i)!;
  return undefined;
}

/** The number format code a cell shows with. */
function formatOf(pkg: XlsxPackage, cell: Element): string {
  const book = readBook(pkg);
  const doc = parseDom(pkg.bytes(book.styles!), book.styles!);
  const root = doc.documentElement!;
  const xf = elements(elements(root, "cellXfs")[0], "xf")[Number(cell.getAttribute("s") ?? 0)];
  const id = Number(xf.getAttribute("numFmtId"));
  if (id === 49) return "@";
  const fmt = elements(elements(root as never, "numFmts")[0] ?? null, "numFmt").find((f) => Number(f.getAttribute("numFmtId")) === id);
  return fmt?.getAttribute("formatCode") ?? `builtin ${id}`;
}

describe("writing cells", () => {
  const texts = ["0612345678", "=1/2", "1/2", "+33 6 12", "Vrai", " espaces autour ", "ligne 1\nligne 2", "A & B < C > D \"q\" 'a'"];
  const ops: WriteOp[] = [
    { op: "write", sheet: MODEL, cells: texts.map((value, i) => ({ address: `D${70 + i}`, kind: "text" as const, value })) },
    { op: "write", sheet: MODEL, cells: [{ address: "B5", kind: "text", value: "Mon traitement" }] },
    { op: "write", sheet: MODEL, cells: [{ address: "B6", kind: "date", value: 46350 }] },
    { op: "write", sheet: MODEL, cells: [{ address: "C80", kind: "number", value: 12.5 }] },
    { op: "write", sheet: MODEL, cells: [{ address: "C81", kind: "text", value: "_x0041_ et \u0001" }] },
    { op: "write", sheet: LIST, cells: [{ address: "A30", kind: "link", value: "Voir la fiche", target: { sheet: MODEL, address: "$B$4" } }] },
  ];

  it.each([
    ["the CNIL's workbook", () => cnil],
    ["a register saved as Excel does", () => built],
  ])("keeps text as text, shows dates as dates, links and refreshes formulas in %s", async (_label, source) => {
    const { pkg, saved } = run(source(), ops);
    const cells = cellsOf(await snap(saved));
    texts.forEach((t, i) => expect(cells.get(`${MODEL}!D${70 + i}`)).toBe(t));
    for (const i of [0, 1, 2, 3, 4]) expect(formatOf(pkg, cellXml(pkg, MODEL, `D${70 + i}`)!)).toBe("@");
    expect(cellXml(pkg, MODEL, "D70")!.getAttribute("t")).toBe("inlineStr");
    expect(cells.get(`${MODEL}!B6`)).toBe(46350);
    expect(formatOf(pkg, cellXml(pkg, MODEL, "B6")!)).toBe("dd/mm/yyyy");
    expect(cells.get(`${MODEL}!C80`)).toBe(12.5);
    // OOXML's escapes: a literal `_x0041_` keeps its underscore, a control character is written `_x0001_`
    expect(cellXml(pkg, MODEL, "C81")!.textContent).toBe("_x005F_x0041_ et _x0001_");
    expect(cells.get(`${LIST}!A30`)).toBe("Voir la fiche");
    // the fiche's H1 is `=B5`: its cached value follows, and Excel recalculates on opening
    const h1 = cellXml(pkg, MODEL, "H1");
    if (h1 && h1.getElementsByTagNameNS(h1.namespaceURI, "f").length > 0) expect(cells.get(`${MODEL}!H1`)).toBe("Mon traitement");
    const wb = parseDom(pkg.bytes(readBook(pkg).part), "wb");
    expect(wb.getElementsByTagNameNS(wb.documentElement!.namespaceURI, "calcPr").item(0)!.getAttribute("fullCalcOnLoad")).toBe("1");
    // an internal hyperlink as Excel writes one: a location, no relationship
    const list = readBook(pkg).sheets.find((x) => x.name === LIST)!;
    const listDoc = parseDom(pkg.bytes(list.part), list.part);
    const links = listDoc.getElementsByTagNameNS(listDoc.documentElement!.namespaceURI, "hyperlink");
    const link = Array.from({ length: links.length }, (_, i) => links.item(i)!).find((h) => h.getAttribute("ref") === "A30")!;
    expect([link.getAttribute("location"), link.getAttribute("display")]).toEqual([`'${MODEL}'!B4`, "Voir la fiche"]);
    const excel = new Workbook();
    await excel.xlsx.load(Buffer.from(saved) as unknown as ArrayBuffer);
    expect(excel.getWorksheet(MODEL)!.getCell("D70").value).toBe("0612345678");
  });

  it("writes into the top-left cell of a merged area and keeps the style of a cleared cell", async () => {
    // B5:H5 is merged on the CNIL's model (the processing's name)
    const { pkg, saved } = run(cnil, [
      { op: "write", sheet: MODEL, cells: [{ address: "D5", kind: "text", value: "Titre" }] },
      { op: "write", sheet: MODEL, cells: [{ address: "A3", kind: "clear" }] },
    ]);
    const cells = cellsOf(await snap(saved));
    expect(cells.get(`${MODEL}!B5`)).toBe("Titre");
    expect(cells.get(`${MODEL}!D5`)).toBeUndefined();
    const before = cellXml(XlsxPackage.open(cnil), MODEL, "A3")!;
    const after = cellXml(pkg, MODEL, "A3")!;
    expect(after.getAttribute("s")).toBe(before.getAttribute("s"));
    expect(after.getAttribute("t")).toBeNull();
    expect(cells.get(`${MODEL}!A3`)).toBeUndefined();
  });

  it("creates rows and cells in order, far below and right of the data", async () => {
    const { saved, pkg } = run(built, [
      {
        op: "write",
        sheet: LIST,
        cells: [
          { address: "Z2000", kind: "number", value: 3 },
          { address: "B2000", kind: "number", value: 1 },
          { address: "M2000", kind: "number", value: 2 },
          { address: "C1500", kind: "text", value: "milieu" },
        ],
      },
    ]);
    const cells = cellsOf(await snap(saved));
    expect([cells.get(`${LIST}!B2000`), cells.get(`${LIST}!M2000`), cells.get(`${LIST}!Z2000`), cells.get(`${LIST}!C1500`)]).toEqual([1, 2, 3, "milieu"]);
    const sheet = readBook(pkg).sheets.find((s) => s.name === LIST)!;
    const doc = parseDom(pkg.bytes(sheet.part), sheet.part);
    const rows = doc.getElementsByTagNameNS(doc.documentElement!.namespaceURI, "row");
    const numbers: number[] = [];
    for (let i = 0; i < rows.length; i++) numbers.push(Number(rows.item(i)!.getAttribute("r")));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const last = rows.item(rows.length - 1)!;
    const refs: string[] = [];
    for (let n = last.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) refs.push((n as unknown as Element).getAttribute("r")!);
    expect(refs).toEqual(["B2000", "M2000", "Z2000"]);
  });

  it("refuses a bad address and a missing sheet in French", () => {
    expect(() => run(cnil, [{ op: "write", sheet: MODEL, cells: [{ address: "B0", kind: "clear" }] }])).toThrow(XlsxPlanError);
    expect(() => run(cnil, [{ op: "write", sheet: "Absente", cells: [] }])).toThrow(/introuvable/);
    expect(() => run(cnil, [{ op: "select", sheet: MODEL, address: "pas une adresse" }])).toThrow(/adresse/);
  });
});

describe("sheet ops", () => {
  it("adds a sheet at the end with its column widths, and deleting it gives the workbook back", async () => {
    const { saved, pkg } = run(built, [{ op: "addSheet", name: "Synthèse", columnWidths: [30, 12] }]);
    const s = await snap(saved);
    expect(s.sheets.map((x) => x.name).slice(-1)).toEqual(["Synthèse"]);
    const excel = new Workbook();
    await excel.xlsx.load(Buffer.from(saved) as unknown as ArrayBuffer);
    expect(excel.getWorksheet("Synthèse")!.getColumn(1).width).toBe(30);
    expect(excel.getWorksheet("Synthèse")!.getColumn(2).width).toBe(12);
    const entry = readBook(pkg).sheets.find((x) => x.name === "Synthèse")!;
    const back = run(saved, [{ op: "deleteSheet", name: "Synthèse" }]);
    expect(back.pkg.has(entry.part)).toBe(false);
    expect((await snap(back.saved)).sheets.map((x) => x.name)).toEqual((await snap(built)).sheets.map((x) => x.name));
    expect(back.pkg.text("/[Content_Types].xml")).not.toContain(entry.part);
    expect(back.pkg.relationships(readBook(back.pkg).part).some((r) => r.target === entry.part)).toBe(false);
  });

  it("keeps sheet-scoped names and the active tab on their sheets when a sheet is copied before them", async () => {
    // an Excel-style file: give the model sheet a print area, make the list tab active
    const base = XlsxPackage.open(built);
    const book = readBook(base);
    const modelIndex = book.allSheets.findIndex((x) => x.name === MODEL);
    const listIndex = book.allSheets.findIndex((x) => x.name === LIST);
    const wbText = base
      .text(book.part)
      .replace(/<definedNames>|<calcPr|<\/workbook>/, (m) =>
        m === "<definedNames>"
          ? `${m}<definedName name="_xlnm.Print_Area" localSheetId="${modelIndex}">'${MODEL}'!$A$1:$H$60</definedName>`
          : `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="${modelIndex}">'${MODEL}'!$A$1:$H$60</definedName></definedNames>${m}`,
      );
    base.put(book.part, wbText.replace(/activeTab="\d+"/, `activeTab="${modelIndex}"`));
    const prepared = base.save();
    const { pkg } = run(prepared, [{ op: "copySheet", source: MODEL, name: "Copie", after: LIST }]);
    const after = readBook(pkg);
    const copyIndex = after.allSheets.findIndex((x) => x.name === "Copie");
    expect(copyIndex).toBe(listIndex + 1);
    const names = after.definedNames.filter((d) => d.name === "_xlnm.Print_Area");
    const modelAfter = after.allSheets.findIndex((x) => x.name === MODEL);
    expect(names.map((d) => [d.localSheetId, d.text]).sort()).toEqual(
      [
        [modelAfter, `'${MODEL}'!$A$1:$H$60`],
        [copyIndex, "Copie!$A$1:$H$60"],
      ].sort(),
    );
    const wb = pkg.text(after.part);
    if (/activeTab=/.test(prepared.length ? XlsxPackage.open(prepared).text(book.part) : "")) expect(wb).toContain(`activeTab="${modelAfter}"`);
  });

  it("selects a cell: the file opens on that tab, that cell, with no other tab selected", () => {
    const { pkg } = run(cnil, [{ op: "select", sheet: MODEL, address: "B5" }]);
    const book = readBook(pkg);
    const index = book.allSheets.findIndex((x) => x.name === MODEL);
    expect(pkg.text(book.part)).toContain(`activeTab="${index}"`);
    for (const sheet of book.sheets) {
      const doc = parseDom(pkg.bytes(sheet.part), sheet.part);
      const view = doc.getElementsByTagNameNS(doc.documentElement!.namespaceURI, "sheetView").item(0)!;
      const selected = ["1", "true"].includes(view.getAttribute("tabSelected") ?? "");
      expect([sheet.name, selected]).toEqual([sheet.name, sheet.name === MODEL]);
      if (sheet.name === MODEL) {
        const sel = view.getElementsByTagNameNS(view.namespaceURI, "selection").item(0)!;
        expect([sel.getAttribute("activeCell"), sel.getAttribute("sqref")]).toEqual(["B5", "B5"]);
      }
    }
  });

  it("refuses what today's adapter refuses", () => {
    expect(() => run(cnil, [{ op: "copySheet", source: MODEL, name: "2_-_LISTE_des_traitements", after: MODEL }])).toThrow(/existe déjà/);
    expect(() => run(cnil, [{ op: "copySheet", source: MODEL, name: "a/b", after: MODEL }])).toThrow(/nom de feuille/);
    expect(() => run(cnil, [{ op: "copySheet", source: "Absente", name: "X", after: MODEL }])).toThrow(/introuvable/);
    expect(() => run(cnil, [{ op: "addSheet", name: "x".repeat(32) }])).toThrow(XlsxPlanError);
    const one = run(cnil, [
      { op: "addSheet", name: "Seule" },
      ...["Tutoriel", LIST, MODEL, "4_-_Exemple_de_fiche", "5_-_Listes"].map((name): WriteOp => ({ op: "deleteSheet", name })),
    ]);
    expect(readBook(one.pkg).sheets.map((s) => s.name)).toEqual(["Seule"]);
    expect(() => run(one.saved, [{ op: "deleteSheet", name: "Seule" }])).toThrow(/seule/);
  });
});
