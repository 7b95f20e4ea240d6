/**
 * The « Rapport de vérification » sheet as a user gets it in a real workbook: written by the file layer
 * and by the Office adapter over the in-memory Excel, saved, and read back from the file's XML. It
 * reads and prints like a document (bold headers, wrapped messages, severity colours, frozen header
 * row, A4 landscape one page wide with a title and page numbers), shows no internal tag, recognises
 * the reports of older versions, and undoing a second report brings the first one back.
 */
import type { Worksheet } from "exceljs";
import { createMemoryExcel } from "../../src/memoryExcel";
import {
  cellAddress,
  findOwnedSheets,
  isOwnedSheet,
  planReportSheet,
  readRegister,
  validateRegister,
  type Report,
  type SheetSnapshot,
  type WorkbookSnapshot,
  type WritePlan,
} from "../../src/register";
import { buildExampleRegister } from "../../src/workbook/template";
import { applyPlan, readSnapshot } from "../../src/workbook/office";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { loadExcelBook, saveExcelBook } from "../../src/workbook/exceljs";
import { undoPlanFor } from "../../src/taskpane/state/undoPlan";
import { clockAt } from "../fixtures/clocks";
import { printLayoutOf } from "../fixtures/printLayout";
import { wrappedLines } from "../../src/register/owned/report";

jest.setTimeout(60_000);

const REPORT = "Rapport de vérification";
const meta = { clock: clockAt("2026-11-24T14:05:00+01:00"), addinVersion: "0.1.0" };

/** The example register, and a report of it with one point of each severity, in the engine's order. */
async function example(): Promise<{ bytes: Uint8Array; report: (snapshot: WorkbookSnapshot) => { plan: WritePlan; report: Report } }> {
  const bytes = await saveXlsx(await buildExampleRegister({ clock: meta.clock }));
  return {
    bytes,
    report: (snapshot) => {
      const register = readRegister(snapshot);
      const [first, second] = register.fiches.map((f) => f.sheet);
      const report: Report = {
        ...validateRegister(register, { clock: meta.clock }),
        findings: [
          { rule: "art30.fiche.purpose-missing", severity: "error", sheet: first, cell: "B17", message: "La finalité principale n'est pas indiquée." },
          {
            rule: "retention.vague",
            severity: "warning",
            sheet: second,
            cell: "E29",
            message:
              "La durée de conservation « illimité » n'est pas une durée : indiquez combien de temps les données sont gardées, par exemple « 3 ans après la fin de l'adhésion », puis ce qu'elles deviennent (suppression, archivage).",
          },
          { rule: "aipd.to-examine", severity: "info", sheet: first, cell: "B60", message: "Examinez si une AIPD est nécessaire." },
        ],
      };
      return { plan: planReportSheet(snapshot, register, report, meta), report };
    },
  };
}

/** The values a plan writes into the report sheet, as a grid anchored at A1. */
function gridOf(plan: WritePlan): string[][] {
  const grid: string[][] = [];
  for (const op of plan.ops) {
    if (op.op !== "write") continue;
    for (const c of op.cells) {
      const at = /^([A-Z]+)(\d+)$/.exec(c.address);
      if (!at || c.kind === "clear") continue;
      const col = at[1].charCodeAt(0) - 64;
      (grid[Number(at[2]) - 1] ??= [])[col - 1] = String(c.value);
    }
  }
  return grid;
}

function rowIndexOf(grid: string[][], label: string): number {
  const i = grid.findIndex((r) => r?.[0] === label);
  if (i < 0) throw new Error(`no row « ${label} »`);
  return i;
}

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The 1-based row whose column A says `text`. */
function rowOf(sheet: SheetSnapshot, text: string): number {
  const i = sheet.values.findIndex((r) => r[0] === text);
  if (i < 0) throw new Error(`no row « ${text} »`);
  return i + 1;
}

/** What a user sees of the report once saved: its print settings, styles and values. */
async function expectADocument(bytes: Uint8Array): Promise<void> {
  const sheet = sheetOf(snapshotOf(await loadXlsx(bytes)), REPORT);
  const header = rowOf(sheet, "Gravité");
  const lastRow = sheet.values.length;
  const layout = printLayoutOf(bytes, REPORT);
  expect(layout).toMatchObject({
    orientation: "landscape",
    paperSize: "9",
    fitToPage: true,
    fitToWidth: "1",
    fitToHeight: "0",
    oddHeader: "&CRapport de vérification du registre RGPD — 24/11/2026 à 14:05",
    oddFooter: "&CPage &P / &N",
    frozen: { rows: header, columns: 0 },
    autoFilter: `A${header}:E${header + 3}`,
  });
  // (the in-memory Excel's ExcelJS writes the area as `$A1:$E21`, Excel and the file layer `$A$1:$E$21`)
  expect(layout.printArea?.replace(/\$/g, "")).toBe(`'${REPORT}'!A1:E${lastRow}`);
  // The findings, errors first as the engine gave them, right under the frozen header row.
  expect(sheet.values.slice(header, header + 3).map((r) => r[0])).toEqual(["Erreur", "Avertissement", "Conseil"]);

  // No internal tag in sight: the add-in's mark is only in a hidden column, out of the print area.
  const tagged: string[] = [];
  sheet.values.forEach((r, i) => r.forEach((v, j) => String(v).includes("cpts-registre") && tagged.push(cellAddress(i + 1, j + 1))));
  expect(tagged).toEqual(["Z1"]);
  expect(layout.hiddenColumns).toEqual([26]);

  const ws: Worksheet = (await loadExcelBook(bytes)).excel.getWorksheet(REPORT)!;
  expect(ws.getCell("A1").font?.bold).toBe(true);
  for (const col of ["A", "B", "C", "D", "E"]) {
    expect({ col, bold: ws.getCell(`${col}${header}`).font?.bold, fill: ws.getCell(`${col}${header}`).fill }).toMatchObject({
      col,
      bold: true,
      fill: { pattern: "solid", fgColor: { argb: "FF1F4E79" } },
    });
  }
  expect(ws.getCell(`D${header + 1}`).alignment?.wrapText).toBe(true);
  expect(ws.getCell(`D${header + 1}`).border?.left?.style).toBe("thin");
  // A wrapped message shows whole: each finding's row is as tall as its lines (nothing fits it by itself).
  const width = ws.getColumn("D").width ?? 0;
  const findingRows = [1, 2, 3].map((i) => header + i);
  const lines = findingRows.map((r) => wrappedLines(ws.getCell(`D${r}`).text, width));
  expect(Math.max(...lines)).toBeGreaterThan(1);
  findingRows.forEach((r, i) => expect(ws.getRow(r).height ?? 0).toBeGreaterThanOrEqual(lines[i] * 15));
  // Column widths that fit: the message column is the widest, every column of the report is set.
  const widths = ["A", "B", "C", "D", "E"].map((c) => ws.getColumn(c).width ?? 0);
  expect(Math.max(...widths)).toBe(widths[3]);
  expect(widths.every((w) => w >= 10)).toBe(true);
  // Severity colours, on the severity column of the findings.
  const rules = (
    ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }
  ).conditionalFormattings;
  const colourOf = (label: string) =>
    rules.find((cf) => cf.ref === `A${header + 1}:A${header + 3}` && cf.rules.some((r) => r.formulae?.[0] === `"${label}"`))?.rules[0].style?.fill?.bgColor
      ?.argb;
  expect([colourOf("Erreur"), colourOf("Avertissement"), colourOf("Conseil")]).toEqual(["FFFFC7CE", "FFFFEB9C", "FFDDEBF7"]);
}

describe("the report sheet in a real workbook", () => {
  it("the file layer writes a report that reads and prints like a document", async () => {
    const { bytes, report } = await example();
    const book = await loadXlsx(bytes);
    applyPlanToXlsx(book, report(snapshotOf(book)).plan);
    await expectADocument(await saveXlsx(book));
  });

  it("the in-memory Excel (through the Office adapter) writes the same document", async () => {
    const { bytes, report } = await example();
    const memory = createMemoryExcel(await loadExcelBook(bytes));
    await applyPlan(memory.Excel, report(await readSnapshot(memory.Excel)).plan);
    await expectADocument(await saveExcelBook(memory.toXlsxWorkbook()));
  });

  it("says how the audit, the breach register and the rights requests stand, as `valider` does", async () => {
    const { bytes, report } = await example();
    const book = await loadXlsx(bytes);
    const snapshot = snapshotOf(book);
    const register = readRegister(snapshot);
    const base = report(snapshot).report;
    const stand = (r: Report) => {
      const sheet = gridOf(planReportSheet(snapshot, register, r, meta));
      const value = (label: string) => sheet[rowIndexOf(sheet, label)][1];
      return [value("Auto-diagnostic cyber"), value("Violations de données"), value("Demandes d'exercice des droits")];
    };
    expect(
      stand({
        ...base,
        audit: { date: "2026-10-05", score: 64, level: "intermediate" },
        incidents: { open: 2, overdue: 1 },
        requests: { open: 3, overdue: 0 },
      }),
    ).toEqual([
      "64/100, niveau intermédiaire, le 05/10/2026",
      "2 incidents en attente de décision sur la notification à la CNIL, dont 1 hors délai (72 heures dépassées)",
      "3 demandes en attente de réponse, dans le délai",
    ]);
    expect(stand({ ...base, audit: null, incidents: { open: 0, overdue: 0 }, requests: { open: 1, overdue: 1 } })).toEqual([
      "Pas encore fait (onglet « Sécurité » du complément)",
      "Aucun incident en attente de décision",
      "1 demande en attente de réponse, dont 1 hors délai",
    ]);
    // The counts sit in the summary, above the points found, which still start under a frozen header.
    applyPlanToXlsx(book, report(snapshot).plan);
    const written = sheetOf(snapshotOf(await loadXlsx(await saveXlsx(book))), REPORT);
    expect(rowOf(written, "Demandes d'exercice des droits")).toBeLessThan(rowOf(written, "Gravité"));
  });

  it("recognises and replaces a report of an older version (its mark in sight in Z1, fiches first)", async () => {
    const { bytes, report } = await example();
    const book = await loadXlsx(bytes);
    // The layout of version 0.1: the mark as visible text in Z1, the fiches' table above the findings.
    const old: WritePlan = {
      title: "ancien rapport",
      ops: [
        { op: "addSheet", name: REPORT },
        {
          op: "write",
          sheet: REPORT,
          cells: [
            { address: "Z1", kind: "text", value: "cpts-registre-rgpd:rapport:1" },
            { address: "A1", kind: "text", value: "Rapport de vérification du registre RGPD" },
            { address: "A5", kind: "text", value: "Date de la vérification" },
            { address: "B5", kind: "text", value: "02/10/2026 à 10:00" },
            { address: "A14", kind: "text", value: "Feuille" },
            { address: "B14", kind: "text", value: "N° / RÉF" },
            { address: "A17", kind: "text", value: "Gravité" },
            { address: "B17", kind: "text", value: "Feuille" },
            { address: "A18", kind: "text", value: "Erreur" },
            { address: "D18", kind: "text", value: "Une erreur d'octobre." },
          ],
        },
      ],
    };
    applyPlanToXlsx(book, old);
    const before = snapshotOf(book);
    expect(findOwnedSheets(before, "report").map((s) => s.name)).toEqual([REPORT]);
    const { plan } = report(before);
    expect(plan.ops[0]).toEqual({ op: "deleteSheet", name: REPORT });
    applyPlanToXlsx(book, plan);
    const after = snapshotOf(await loadXlsx(await saveXlsx(book)));
    expect(after.sheets.filter((s) => s.name.startsWith("Rapport")).map((s) => s.name)).toEqual([REPORT]);
    expect(sheetOf(after, REPORT).values.flat()).not.toContain("Une erreur d'octobre.");

    // …and undoing the new report brings the old one back, recognised as the add-in's.
    applyPlanToXlsx(book, undoPlanFor(plan, before)!);
    const undone = snapshotOf(await loadXlsx(await saveXlsx(book)));
    expect(sheetOf(undone, REPORT).values).toEqual(sheetOf(before, REPORT).values);
    expect(isOwnedSheet(sheetOf(undone, REPORT), "report")).toBe(true);
  });

  it("undoing a second report brings the first one back, values, links and looks (in-memory Excel)", async () => {
    const { bytes, report } = await example();
    const memory = createMemoryExcel(await loadExcelBook(bytes));
    const run = async (plan: WritePlan) => applyPlan(memory.Excel, plan);
    await run(report(await readSnapshot(memory.Excel)).plan);
    const saved = async () => saveExcelBook(memory.toXlsxWorkbook());
    const firstBytes = await saved();
    const first = await readSnapshot(memory.Excel);

    // A second report, written a day later on a workbook with no finding left.
    const later = { ...meta, clock: clockAt("2026-11-25T09:30:00+01:00") };
    const register = readRegister(first);
    const clean: Report = { ...validateRegister(register, { clock: later.clock }), findings: [] };
    const second = planReportSheet(first, register, clean, later);
    const undo = undoPlanFor(second, first);
    expect(undo).not.toBeNull();
    await run(second);
    expect(sheetOf(await readSnapshot(memory.Excel), REPORT).values.flat()).toContain("Aucun point relevé : bravo !");

    await run(undo!);
    const back = await readSnapshot(memory.Excel);
    expect(back.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    expect(sheetOf(back, REPORT).values).toEqual(sheetOf(first, REPORT).values);
    const restoredBytes = await saved();
    // The same print settings and looks as the first report had.
    expect(printLayoutOf(restoredBytes, REPORT)).toEqual(printLayoutOf(firstBytes, REPORT));
    await expectADocument(restoredBytes);
    // The links to the cells are back: a click still opens the fiche at the cell.
    const links = (b: Uint8Array) =>
      loadExcelBook(b).then((book) => {
        const out: string[] = [];
        book.excel.getWorksheet(REPORT)!.eachRow((row) =>
          row.eachCell((cell) => {
            const link = (cell.value as { hyperlink?: string } | null)?.hyperlink;
            if (link) out.push(`${cell.address} → ${link}`);
          }),
        );
        return out;
      });
    const restoredLinks = await links(restoredBytes);
    expect(restoredLinks.length).toBeGreaterThan(3);
    expect(restoredLinks).toEqual(await links(firstBytes));
  });
});
