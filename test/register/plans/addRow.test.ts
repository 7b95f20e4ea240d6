import * as fs from "fs";
import { readRegister, planAddRow, planNewFiche, PlanError, PLACEHOLDER, type CellValue, type WorkbookSnapshot } from "../../../src/register";
import { loadXlsx, snapshotOf, applyPlanToXlsx } from "../../../src/workbook/xlsx";
import { RegisterBook, CNIL_SHEETS, applyPlanToSnapshot } from "../../fixtures/snapshots";
import { CNIL_XLSX_PATH } from "../../fixtures/cnilWorkbook";
import { dayClock } from "../../fixtures/clocks";

const cell = (snap: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue | undefined =>
  snap.sheets.find((s) => s.name === sheet)?.values[row - 1]?.[col - 1];

describe("adding a row to a block", () => {
  it("inserts a fifth recipient after the fourth, with its format and its label", () => {
    const before = RegisterBook.cnil()
      .addFiche({ name: "X", recipients: ["Sous-traitants"] }, { sheetName: "X" })
      .snapshot();
    const plan = planAddRow(readRegister(before), "X", "recipients");
    expect(plan.ops).toEqual([
      { op: "insertRows", sheet: "X", beforeRow: 52, count: 1, templateRow: 51 },
      {
        op: "write",
        sheet: "X",
        cells: [
          { address: "A52", kind: "text", value: "Destinataire 5" },
          { address: "B52", kind: "text", value: PLACEHOLDER },
        ],
      },
      { op: "select", sheet: "X", address: "B52" },
    ]);
    const r = readRegister(applyPlanToSnapshot(before, plan));
    const f = r.fiches.find((x) => x.sheet === "X")!;
    expect(f.recipients.map((c) => c.label)).toEqual(["Destinataire 1", "Destinataire 2", "Destinataire 3", "Destinataire 4", "Destinataire 5"]);
    expect(r.dropdowns.filter((d) => d.sheet === "X" && d.list === "recipients").map((d) => d.cell)).toContain("B52");
    expect(f.measures[0].row).toBe(55);
  });

  it("labels persons, measures and transfers the CNIL way, after inserted rows too", () => {
    const book = RegisterBook.cnil().addFiche({ name: "X", legalBasis: "Consentement (art. 6.1.a)" }, { sheetName: "X" });
    const r = readRegister(book.snapshot());
    const first = (block: "persons" | "measures" | "transfers"): unknown => planAddRow(r, "X", block).ops.slice(0, 2);
    expect(first("persons")).toEqual([
      { op: "insertRows", sheet: "X", beforeRow: 47, count: 1, templateRow: 46 },
      {
        op: "write",
        sheet: "X",
        cells: [
          { address: "A47", kind: "text", value: "Catégorie de personnes 3" },
          { address: "B47", kind: "text", value: PLACEHOLDER },
        ],
      },
    ]);
    expect(first("measures")).toEqual([
      { op: "insertRows", sheet: "X", beforeRow: 58, count: 1, templateRow: 57 },
      {
        op: "write",
        sheet: "X",
        cells: [
          { address: "A58", kind: "text", value: "Mesure de sécurité 4" },
          { address: "B58", kind: "text", value: PLACEHOLDER },
        ],
      },
    ]);
    expect(first("transfers")).toEqual([
      { op: "insertRows", sheet: "X", beforeRow: 64, count: 1, templateRow: 63 },
      {
        op: "write",
        sheet: "X",
        // The recipient's name is free text; the country and the guarantee are dropdowns.
        cells: [
          { address: "A64", kind: "text", value: "Organisme destinataire 5" },
          { address: "C64", kind: "text", value: PLACEHOLDER },
          { address: "D64", kind: "text", value: PLACEHOLDER },
        ],
      },
    ]);
  });

  it("numbers after an unlabelled extra row", () => {
    const book = RegisterBook.cnil().addFiche({ name: "X" }, { sheetName: "X" }).set("X", "B57", "Chiffrement des données");
    const plan = planAddRow(readRegister(book.snapshot()), "X", "measures");
    expect(plan.ops[0]).toEqual({ op: "insertRows", sheet: "X", beforeRow: 58, count: 1, templateRow: 57 });
    expect(plan.ops[1]).toMatchObject({
      op: "write",
      sheet: "X",
      cells: [{ address: "A58", kind: "text", value: "Mesure de sécurité 5" }, { address: "B58" }],
    });
  });

  it("refuses an unknown sheet or a block the fiche lacks, in French", () => {
    const book = RegisterBook.cnil();
    book.sheet(CNIL_SHEETS.example).values.splice(37, 2);
    const r = readRegister(book.snapshot());
    expect(() => planAddRow(r, "Nulle part", "persons")).toThrow(PlanError);
    expect(() => planAddRow(r, CNIL_SHEETS.example, "transfers")).toThrow(/Transferts hors UE/);
  });

  it("on the CNIL's own workbook, a new row shows « Sélectionnez un élément… » like the block's first row, and reads as empty", async () => {
    const book = await loadXlsx(fs.readFileSync(CNIL_XLSX_PATH));
    // The CNIL's model shows the placeholder in the first row of each dropdown block.
    const model = snapshotOf(book);
    expect([cell(model, CNIL_SHEETS.model, 48, 2), cell(model, CNIL_SHEETS.model, 59, 3), cell(model, CNIL_SHEETS.model, 59, 4)]).toEqual([
      PLACEHOLDER,
      PLACEHOLDER,
      PLACEHOLDER,
    ]);
    applyPlanToXlsx(book, planNewFiche(readRegister(model), { name: "Soins non programmés", clock: dayClock(2026, 3, 15) }));
    applyPlanToXlsx(book, planAddRow(readRegister(snapshotOf(book)), "Soins non programmés", "recipients"));
    applyPlanToXlsx(book, planAddRow(readRegister(snapshotOf(book)), "Soins non programmés", "transfers"));
    const after = snapshotOf(book);
    const f = readRegister(after).fiches.find((x) => x.sheet === "Soins non programmés")!;
    const fifth = f.recipients[4];
    expect(fifth.label).toBe("Destinataire 5");
    expect(cell(after, "Soins non programmés", fifth.row, 2)).toBe(PLACEHOLDER);
    expect(fifth.value.value).toBe("");
    const transfer = f.transfers[4];
    expect([3, 4].map((c) => cell(after, "Soins non programmés", transfer.row, c))).toEqual([PLACEHOLDER, PLACEHOLDER]);
    expect(String(cell(after, "Soins non programmés", transfer.row, 2) ?? "")).not.toMatch(/lectionnez/);
    expect([transfer.country.value, transfer.guarantee.value]).toEqual(["", ""]);
  });
});
