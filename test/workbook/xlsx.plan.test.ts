/**
 * Carrying out write plans on files: what the plan asks is done, and nothing else changes
 * (every cell and every dropdown compared before and after), for files saved either way.
 */
import JSZip from "jszip";
import { Workbook, Worksheet } from "exceljs";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf, XlsxPlanError } from "../../src/workbook/xlsx";
import type { WorkbookSnapshot } from "../../src/register/snapshot";
import type { WritePlan } from "../../src/register/plan";
import {
  buildCnilWorkbook,
  cellsOf,
  cleanRegister,
  cnilReferenceBytes,
  diffMaps,
  dropdownsOf,
  onSheets,
  PLACEHOLDER,
  shiftKeys,
  toExcelStyle,
} from "../fixtures/xlsxFiles";

jest.setTimeout(120_000);

const reference = cnilReferenceBytes();
const MODEL = "3_-_Modèle_de_fiche_de_registre";
const EXAMPLE = "4_-_Exemple_de_fiche";
const LIST = "2_-_Liste_des_traitements";
const EMPTY = { added: [], removed: [], changed: [] };

let sourcesOnce: Promise<Array<[string, Uint8Array]>> | undefined;

/** The files every test runs on: the CNIL's when present, and built ones; each saved both ways. */
function sources(): Promise<Array<[string, Uint8Array]>> {
  sourcesOnce ??= (async () => {
    const built = await buildCnilWorkbook();
    const out: Array<[string, Uint8Array]> = [
      ["built, LibreOffice style", built],
      ["built, Excel style", await toExcelStyle(built)],
      ["CNIL reference, LibreOffice style", reference],
      ["CNIL reference, Excel style", await toExcelStyle(reference)],
    ];
    return out;
  })();
  return sourcesOnce;
}

const snapshots = new WeakMap<Uint8Array, Promise<WorkbookSnapshot>>();
/** The snapshot of a file as loaded (kept: several tests compare against it). */
function snapshotOfFile(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  if (!snapshots.has(bytes)) snapshots.set(bytes, loadXlsx(bytes).then(snapshotOf));
  return snapshots.get(bytes)!;
}

const results = new WeakMap<Uint8Array, Map<WritePlan, Promise<{ saved: Uint8Array; snap: WorkbookSnapshot }>>>();
/** Load, apply, save, load again (kept per file and plan object). */
function afterPlan(bytes: Uint8Array, plan: WritePlan): Promise<{ saved: Uint8Array; snap: WorkbookSnapshot }> {
  const perFile = results.get(bytes) ?? new Map<WritePlan, Promise<{ saved: Uint8Array; snap: WorkbookSnapshot }>>();
  results.set(bytes, perFile);
  if (!perFile.has(plan)) {
    perFile.set(
      plan,
      (async () => {
        const book = await loadXlsx(bytes);
        applyPlanToXlsx(book, plan);
        const saved = await saveXlsx(book);
        return { saved, snap: snapshotOf(await loadXlsx(saved)) };
      })(),
    );
  }
  return perFile.get(plan)!;
}

async function excelJs(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

function mergesOf(ws: Worksheet): string[] {
  return Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges)
    .map((m) => m.range)
    .sort();
}

/** `map` with the keys of sheet `from` renamed to sheet `to`, other sheets dropped. */
function asSheet<V>(map: Map<string, V>, from: string, to: string): Map<string, V> {
  const out = new Map<string, V>();
  for (const [k, v] of map) if (k.startsWith(`${from}!`)) out.set(`${to}!${k.slice(from.length + 1)}`, v);
  return out;
}

async function sheetPartXml(bytes: Uint8Array, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
}

const copyPlan: WritePlan = {
  title: "Nouvelle fiche",
  ops: [{ op: "copySheet", source: MODEL, name: "Fiche 1", after: EXAMPLE }],
};

describe("copySheet", () => {
  test("the copy has the model's values, merges, styles, formulas and dropdowns; nothing else changes", async () => {
    for (const [label, bytes] of await sources()) {
      const before = await snapshotOfFile(bytes);
      const { saved, snap } = await afterPlan(bytes, copyPlan);

      // placed right after the example tab
      const names = before.sheets.map((s) => s.name);
      names.splice(names.indexOf(EXAMPLE) + 1, 0, "Fiche 1");
      expect([label, snap.sheets.map((s) => s.name)]).toEqual([label, names]);
      expect(snap.sheets.find((s) => s.name === "Fiche 1")?.visibility).toBe("Visible");

      // every other cell and dropdown as before
      const others = (s: string) => s !== "Fiche 1";
      expect([label, diffMaps(cellsOf(before), onSheets(cellsOf(snap), others))]).toEqual([label, EMPTY]);
      expect([label, diffMaps(dropdownsOf(before), onSheets(dropdownsOf(snap), others))]).toEqual([label, EMPTY]);

      // the copy: same values and dropdowns as the model
      expect([label, diffMaps(asSheet(cellsOf(before), MODEL, "Fiche 1"), asSheet(cellsOf(snap), "Fiche 1", "Fiche 1"))]).toEqual([label, EMPTY]);
      expect([label, diffMaps(asSheet(dropdownsOf(before), MODEL, "Fiche 1"), asSheet(dropdownsOf(snap), "Fiche 1", "Fiche 1"))]).toEqual([label, EMPTY]);
      expect(dropdownsOf(snap).get("Fiche 1!B44")).toBe(dropdownsOf(before).get(`${MODEL}!B44`));

      // styles, merges, widths, heights, notes, formulas
      const wb = await excelJs(saved);
      const model = wb.getWorksheet(MODEL)!;
      const copy = wb.getWorksheet("Fiche 1")!;
      expect(mergesOf(copy)).toEqual(mergesOf(model));
      for (const a of ["A4", "B4", "B44", "E44", "A3", "C59", "H1"]) {
        expect([label, a, copy.getCell(a).style]).toEqual([label, a, model.getCell(a).style]);
      }
      for (let c = 1; c <= 10; c++) expect(copy.getColumn(c).width).toBe(model.getColumn(c).width);
      for (const r of [2, 4, 44]) expect(copy.getRow(r).height).toBe(model.getRow(r).height);
      expect(copy.getCell("A3").note).toEqual(model.getCell("A3").note);
      expect(copy.getCell("H1").formula).toBe("B5");

      // Excel-style files keep the copy's dropdowns where Excel looks for them
      if (label.includes("Excel")) {
        const xml = await sheetPartXml(saved, "Fiche 1");
        expect(xml).toContain("<xm:sqref>B44:B45</xm:sqref>");
        expect(xml).not.toContain("<dataValidations");
      }
    }
  });

  test("the copy's formula follows its own cells: H1 = B5 shows the fiche's reference", async () => {
    const bytes = await buildCnilWorkbook();
    const { snap } = await afterPlan(bytes, {
      title: "Nouvelle fiche",
      ops: [...copyPlan.ops, { op: "write", sheet: "Fiche 1", cells: [{ address: "B5", kind: "text", value: "CPTS-007" }] }],
    });
    const cells = cellsOf(snap);
    expect(cells.get("Fiche 1!H1")).toBe("CPTS-007");
    expect(cells.get(`${MODEL}!H1`)).toBe("ref-001");
  });

  test("refuses a name already taken or a missing source, in French", async () => {
    const book = await loadXlsx(await buildCnilWorkbook());
    expect(() => applyPlanToXlsx(book, { title: "x", ops: [{ op: "copySheet", source: MODEL, name: EXAMPLE, after: EXAMPLE }] })).toThrow(/existe déjà/);
    expect(() => applyPlanToXlsx(book, { title: "x", ops: [{ op: "copySheet", source: "Absente", name: "Fiche", after: EXAMPLE }] })).toThrow(XlsxPlanError);
  });
});

describe("insertRows and deleteRows", () => {
  const insert: WritePlan = {
    title: "Ajouter deux destinataires",
    ops: [...copyPlan.ops, { op: "insertRows", sheet: "Fiche 1", beforeRow: 52, count: 2, templateRow: 51 }],
  };

  test("new rows get the template row's format, merges and dropdown; everything below moves down", async () => {
    for (const [label, bytes] of await sources()) {
      const { snap: copied } = await afterPlan(bytes, copyPlan);
      const { saved, snap } = await afterPlan(bytes, insert);

      // cells: above unchanged, below moved by 2, nothing else anywhere
      expect([label, diffMaps(shiftKeys(cellsOf(copied), "Fiche 1", 52, 2), cellsOf(snap))]).toEqual([label, EMPTY]);
      // dropdowns: moved by 2, and the recipients' rule extended to the two new rows
      const expected = shiftKeys(dropdownsOf(copied), "Fiche 1", 52, 2);
      expected.set("Fiche 1!B52", expected.get("Fiche 1!B51")!);
      expected.set("Fiche 1!B53", expected.get("Fiche 1!B51")!);
      expect([label, diffMaps(expected, dropdownsOf(snap))]).toEqual([label, EMPTY]);
      const ranges = snap.validations.filter((v) => v.sheet === "Fiche 1").map((v) => v.range);
      expect(ranges).toEqual(expect.arrayContaining(["B44:B45", "B48:B53", "B56:B58", "B59", "C61:C64", "D61:D64"]));

      const wb = await excelJs(saved);
      const ws = wb.getWorksheet("Fiche 1")!;
      const merges = mergesOf(ws);
      // template row merges reproduced on the new rows, merges below moved
      expect(merges).toEqual(expect.arrayContaining(["B51:D51", "E51:H51", "B52:D52", "E52:H52", "B53:D53", "E53:H53", "B56:D56", "D61:E61", "F64:G64"]));
      expect(merges).not.toContain("B54:D54");
      expect(merges).toHaveLength(mergesOf(wb.getWorksheet(MODEL)!).length + 4);
      expect(ws.getCell("B52").style).toEqual(ws.getCell("B51").style);
      expect(ws.getCell("E53").style).toEqual(ws.getCell("E51").style);
      expect(ws.getRow(52).height).toBe(ws.getRow(51).height);
      expect(ws.getCell("A55").value).toBe("Mesures de sécurité");
      const note = ws.getCell("A55").note as unknown as { texts: unknown; anchor?: string } | string;
      const modelNote = wb.getWorksheet(MODEL)!.getCell("A53").note as unknown as { texts: unknown; anchor?: string } | string;
      expect(modelNote).toBeDefined();
      if (typeof note === "string" || typeof modelNote === "string") expect(note).toEqual(modelNote);
      else expect(note.texts).toEqual(modelNote.texts);
      // the note's box moved with its cell (0-based rows in the anchor)
      if (typeof note !== "string" && typeof modelNote !== "string" && modelNote.anchor) {
        const rows = (a: string) =>
          a
            .split(",")
            .map((x) => Number(x.trim()))
            .filter((_, i) => i === 2 || i === 6);
        expect(rows(note.anchor!)).toEqual(rows(modelNote.anchor).map((r) => r + 2));
      }
      if (label.includes("Excel")) {
        const xml = await sheetPartXml(saved, "Fiche 1");
        expect(xml).toContain("<xm:sqref>B48:B53</xm:sqref>");
        expect(xml).toContain("<xm:sqref>C61:C64</xm:sqref>");
      }
    }
  });

  test("inserting inside a block (before its last row) extends its dropdown and merges", async () => {
    const bytes = await toExcelStyle(await buildCnilWorkbook());
    const { snap, saved } = await afterPlan(bytes, {
      title: "x",
      ops: [{ op: "insertRows", sheet: MODEL, beforeRow: 45, count: 1, templateRow: 44 }],
    });
    expect(snap.validations.filter((v) => v.sheet === MODEL).map((v) => v.range)).toEqual(expect.arrayContaining(["B44:B46", "B49:B52", "C60:C63"]));
    const ws = (await excelJs(saved)).getWorksheet(MODEL)!;
    expect(mergesOf(ws)).toEqual(expect.arrayContaining(["B44:D44", "B45:D45", "B46:D46", "E45:H45"]));
    expect(cellsOf(snap).get(`${MODEL}!A46`)).toBe("Catégorie de personnes 2");
    expect(cellsOf(snap).get(`${MODEL}!A45`)).toBeUndefined();
  });

  test("formulas pointing at moved cells follow them, in the sheet and from other sheets", async () => {
    const wb = await excelJs(await buildCnilWorkbook());
    wb.getWorksheet(LIST)!.getCell("K10").value = { formula: `'${MODEL}'!B54&" / "&'${MODEL}'!B5`, result: "x" };
    wb.getWorksheet(MODEL)!.getCell("J60").value = { formula: "COUNTA(B48:B51)+LEN(B54)", result: 1 };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { saved } = await afterPlan(bytes, { title: "x", ops: [{ op: "insertRows", sheet: MODEL, beforeRow: 52, count: 2, templateRow: 51 }] });
    const after = await excelJs(saved);
    expect(after.getWorksheet(LIST)!.getCell("K10").formula).toBe(`'${MODEL}'!B56&" / "&'${MODEL}'!B5`);
    expect(after.getWorksheet(MODEL)!.getCell("J62").formula).toBe("COUNTA(B48:B51)+LEN(B56)");
    expect(after.getWorksheet(MODEL)!.getCell("H1").formula).toBe("B5");
  });

  test("deleteRows undoes insertRows exactly: cells, dropdowns and merges", async () => {
    for (const [label, bytes] of await sources()) {
      const before = await snapshotOfFile(bytes);
      const { saved, snap } = await afterPlan(bytes, {
        title: "aller-retour",
        ops: [
          { op: "insertRows", sheet: MODEL, beforeRow: 52, count: 3, templateRow: 51 },
          { op: "deleteRows", sheet: MODEL, firstRow: 52, count: 3 },
        ],
      });
      expect([label, diffMaps(cellsOf(before), cellsOf(snap))]).toEqual([label, EMPTY]);
      expect([label, diffMaps(dropdownsOf(before), dropdownsOf(snap))]).toEqual([label, EMPTY]);
      expect(mergesOf((await excelJs(saved)).getWorksheet(MODEL)!)).toEqual(mergesOf((await excelJs(bytes)).getWorksheet(MODEL)!));
    }
  });
});

describe("write", () => {
  test("text stays text after save and reload, whatever it looks like", async () => {
    const bytes = await buildCnilWorkbook({ style: "excel" });
    const { saved, snap } = await afterPlan(bytes, {
      title: "x",
      ops: [
        {
          op: "write",
          sheet: MODEL,
          cells: [
            { address: "B4", kind: "text", value: "=SOMME(A1)" },
            { address: "B5", kind: "text", value: "0612345678" },
            { address: "B6", kind: "text", value: "1/2" },
            { address: "B7", kind: "text", value: "VRAI" },
            { address: "B17", kind: "text", value: "Gestion des adhérents" },
          ],
        },
      ],
    });
    const cells = cellsOf(snap);
    expect(cells.get(`${MODEL}!B4`)).toBe("=SOMME(A1)");
    expect(cells.get(`${MODEL}!B5`)).toBe("0612345678");
    expect(cells.get(`${MODEL}!B6`)).toBe("1/2");
    expect(cells.get(`${MODEL}!B7`)).toBe("VRAI");
    const ws = (await excelJs(saved)).getWorksheet(MODEL)!;
    expect(ws.getCell("B4").formula).toBeUndefined();
    expect(ws.getCell("B4").value).toBe("=SOMME(A1)");
    // Excel would parse them again when the user edits the cell: they get the text format
    for (const a of ["B4", "B5", "B6", "B7"]) expect(ws.getCell(a).numFmt).toBe("@");
    const xml = await sheetPartXml(saved, MODEL);
    expect(xml).not.toMatch(/<c r="B4"[^>]*>\s*<f>/);
  });

  test("numbers, dates (dd/mm/yyyy), clearing and links to a cell of the workbook", async () => {
    const bytes = await buildCnilWorkbook(cleanRegister(1));
    const before = snapshotOf(await loadXlsx(bytes));
    const { saved, snap } = await afterPlan(bytes, {
      title: "x",
      ops: [
        {
          op: "write",
          sheet: LIST,
          cells: [
            { address: "A12", kind: "link", value: "Fiche 1", target: { sheet: "Fiche 1", address: "B4" } },
            { address: "B12", kind: "number", value: 7 },
            { address: "C12", kind: "date", value: 46000 },
            { address: "A10", kind: "clear" },
          ],
        },
      ],
    });
    const after = cellsOf(snap);
    expect(after.get(`${LIST}!A12`)).toBe("Fiche 1");
    expect(after.get(`${LIST}!B12`)).toBe(7);
    expect(after.get(`${LIST}!C12`)).toBe(46000);
    expect(after.has(`${LIST}!A10`)).toBe(false);
    const ws = (await excelJs(saved)).getWorksheet(LIST)!;
    expect(ws.getCell("C12").numFmt).toBe("dd/mm/yyyy");
    const xml = await sheetPartXml(saved, LIST);
    expect(xml).toContain(`<hyperlink ref="A12" location="'Fiche 1'!B4" display="Fiche 1"/>`);
    // nothing else changed
    const untouched = (m: Map<string, unknown>) => new Map([...m].filter(([k]) => ![`${LIST}!A12`, `${LIST}!B12`, `${LIST}!C12`, `${LIST}!A10`].includes(k)));
    expect(diffMaps(untouched(cellsOf(before)), untouched(after))).toEqual(EMPTY);
    expect(diffMaps(dropdownsOf(before), dropdownsOf(snap))).toEqual(EMPTY);
  });

  test("a write into a merged area lands in its top-left cell", async () => {
    const { snap } = await afterPlan(await buildCnilWorkbook(), {
      title: "x",
      ops: [
        {
          op: "write",
          sheet: MODEL,
          cells: [
            { address: "B44", kind: "text", value: "Salariés" },
            { address: "E44", kind: "text", value: "Tous" },
          ],
        },
      ],
    });
    const cells = cellsOf(snap);
    expect(cells.get(`${MODEL}!B44`)).toBe("Salariés");
    expect(cells.get(`${MODEL}!E44`)).toBe("Tous");
    expect(cells.has(`${MODEL}!C44`)).toBe(false);
  });
});

describe("addSheet, deleteSheet, select", () => {
  test("a sheet added at the end then deleted leaves the workbook as it was", async () => {
    const bytes = await buildCnilWorkbook({ style: "excel" });
    const before = snapshotOf(await loadXlsx(bytes));
    const { snap: added } = await afterPlan(bytes, {
      title: "x",
      ops: [
        { op: "addSheet", name: "Rapport" },
        { op: "write", sheet: "Rapport", cells: [{ address: "A1", kind: "text", value: "Vérification" }] },
      ],
    });
    expect(added.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), "Rapport"]);
    const { snap } = await afterPlan(bytes, {
      title: "x",
      ops: [
        { op: "addSheet", name: "Rapport" },
        { op: "deleteSheet", name: "Rapport" },
      ],
    });
    expect(snap.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(diffMaps(cellsOf(before), cellsOf(snap))).toEqual(EMPTY);
    expect(diffMaps(dropdownsOf(before), dropdownsOf(snap))).toEqual(EMPTY);
  });

  test("select opens the file on the sheet and cell; the active tab follows inserted sheets", async () => {
    const bytes = await buildCnilWorkbook();
    const { saved } = await afterPlan(bytes, {
      title: "x",
      ops: [...copyPlan.ops, { op: "select", sheet: "Fiche 1", address: "B4" }],
    });
    const zip = await JSZip.loadAsync(saved);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/activeTab="4"/);
    const xml = await sheetPartXml(saved, "Fiche 1");
    expect(xml).toMatch(/<sheetView [^>]*tabSelected="1"/);
    expect(xml).toContain('<selection activeCell="B4" sqref="B4"/>');
    expect(await sheetPartXml(saved, MODEL)).not.toMatch(/tabSelected="1"/);

    // without select, a copy placed before the active tab keeps the same sheet active
    const wb = await excelJs(bytes);
    wb.views = [{ x: 0, y: 0, width: 1000, height: 1000, firstSheet: 0, activeTab: 4, visibility: "visible" }];
    const { saved: saved2 } = await afterPlan(new Uint8Array(await wb.xlsx.writeBuffer()), copyPlan);
    const wbXml = await (await JSZip.loadAsync(saved2)).file("xl/workbook.xml")!.async("string");
    expect(wbXml).toMatch(/activeTab="5"/);
  });
});

test("placeholder cells of the model stay in the copy (an unused row reads as empty to the engine)", async () => {
  const { snap } = await afterPlan(await buildCnilWorkbook(), copyPlan);
  expect(cellsOf(snap).get("Fiche 1!B48")).toBe(PLACEHOLDER);
});
