/**
 * The contract between the two workbook adapters: the same register read through the xlsx adapter
 * (snapshotOf) and through the Office adapter over the in-memory Excel (readSnapshot) gives the same
 * snapshot, the same register and the same findings; the same plan carried out by each
 * (applyPlanToXlsx / applyPlan) leaves the same workbook.
 */
import * as fs from "fs";
import { createMemoryExcel } from "../../src/memoryExcel";
import {
  invertPlan,
  planAddRow,
  planNewFiche,
  readRegister,
  validateWorkbook,
  type ListValidation,
  type WorkbookSnapshot,
  type WritePlan,
} from "../../src/register";
import { buildExampleRegister } from "../../src/workbook/template";
import { applyPlan, readSnapshot } from "../../src/workbook/office";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf, type XlsxWorkbook } from "../../src/workbook/xlsx";
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

/** What a user would see of a workbook: values, sheets in order, dropdowns, merged areas, date formats. */
function stateOf(book: XlsxWorkbook): unknown {
  const snap = snapshotOf(book);
  const sheets = book.excel.worksheets.slice().sort((a, b) => a.name.localeCompare(b.name));
  return {
    sheets: snap.sheets,
    validations: snap.validations,
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

async function both(c: Case): Promise<{ xlsx: XlsxWorkbook; office: XlsxWorkbook; officeSnapshot: WorkbookSnapshot; run: (plan: WritePlan) => Promise<void> }> {
  const bytes = await c.bytes();
  const xlsx = await loadXlsx(bytes);
  const office = await loadXlsx(bytes);
  const memory = createMemoryExcel(office);
  const officeSnapshot = await readSnapshot(memory.Excel);
  return {
    xlsx,
    office,
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
    expect(stateOf(office)).toEqual(stateOf(xlsx));

    const copy = plan.ops.find((op) => op.op === "copySheet");
    const sheet = copy && copy.op === "copySheet" ? copy.name : "";
    await run(planAddRow(readRegister(snapshotOf(xlsx)), sheet, "recipients"));
    expect(stateOf(office)).toEqual(stateOf(xlsx));

    // and both files read back the same once saved
    const [a, b] = await Promise.all([saveXlsx(office).then(loadXlsx), saveXlsx(xlsx).then(loadXlsx)]);
    expect(snapshotOf(a)).toEqual(snapshotOf(b));
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
  expect(stateOf(office)).toEqual(stateOf(xlsx));
  const link = office.excel.getWorksheet("Rapport de vérification")!.getCell("A2").value;
  expect(link).toEqual(xlsx.excel.getWorksheet("Rapport de vérification")!.getCell("A2").value);

  await run(invertPlan(report, before));
  expect(stateOf(office)).toEqual(stateOf(xlsx));
  expect(snapshotOf(office).sheets).toEqual(before.sheets);

  const fiche = planNewFiche(readRegister(officeSnapshot), { name: "Prévention", clock: CLOCK });
  await run(fiche);
  await run(invertPlan(fiche, before));
  expect(snapshotOf(office).sheets).toEqual(before.sheets);
  expect(stateOf(office)).toEqual(stateOf(xlsx));
});

test("the CNIL workbook itself: same snapshot, findings and workbook after a new fiche", async () => {
  const c: Case = { name: "CNIL", bytes: async () => new Uint8Array(fs.readFileSync(REFERENCE)) };
  const { xlsx, office, officeSnapshot, run } = await both(c);
  const fromFile = snapshotOf(xlsx);
  expect(officeSnapshot.sheets).toEqual(fromFile.sheets);
  expectSameRules(officeSnapshot.validations, fromFile.validations);
  expect(validateWorkbook(officeSnapshot, { clock: CLOCK })).toEqual(validateWorkbook(fromFile, { clock: CLOCK }));
  await run(planNewFiche(readRegister(officeSnapshot), { name: "Gestion des adhérents", clock: CLOCK }));
  expect(stateOf(office)).toEqual(stateOf(xlsx));
});
