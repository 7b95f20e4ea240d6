import { readRegister, planAddRow, PlanError } from "../../../src/register";
import { RegisterBook, CNIL_SHEETS, applyPlanToSnapshot } from "../../fixtures/snapshots";

describe("adding a row to a block", () => {
  it("inserts a fifth recipient after the fourth, with its format and its label", () => {
    const before = RegisterBook.cnil()
      .addFiche({ name: "X", recipients: ["Sous-traitants"] }, { sheetName: "X" })
      .snapshot();
    const plan = planAddRow(readRegister(before), "X", "recipients");
    expect(plan.ops).toEqual([
      { op: "insertRows", sheet: "X", beforeRow: 52, count: 1, templateRow: 51 },
      { op: "write", sheet: "X", cells: [{ address: "A52", kind: "text", value: "Destinataire 5" }] },
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
      { op: "write", sheet: "X", cells: [{ address: "A47", kind: "text", value: "Catégorie de personnes 3" }] },
    ]);
    expect(first("measures")).toEqual([
      { op: "insertRows", sheet: "X", beforeRow: 58, count: 1, templateRow: 57 },
      { op: "write", sheet: "X", cells: [{ address: "A58", kind: "text", value: "Mesure de sécurité 4" }] },
    ]);
    expect(first("transfers")).toEqual([
      { op: "insertRows", sheet: "X", beforeRow: 64, count: 1, templateRow: 63 },
      { op: "write", sheet: "X", cells: [{ address: "A64", kind: "text", value: "Organisme destinataire 5" }] },
    ]);
  });

  it("numbers after an unlabelled extra row", () => {
    const book = RegisterBook.cnil().addFiche({ name: "X" }, { sheetName: "X" }).set("X", "B57", "Chiffrement des données");
    const plan = planAddRow(readRegister(book.snapshot()), "X", "measures");
    expect(plan.ops[0]).toEqual({ op: "insertRows", sheet: "X", beforeRow: 58, count: 1, templateRow: 57 });
    expect(plan.ops[1]).toEqual({ op: "write", sheet: "X", cells: [{ address: "A58", kind: "text", value: "Mesure de sécurité 5" }] });
  });

  it("refuses an unknown sheet or a block the fiche lacks, in French", () => {
    const book = RegisterBook.cnil();
    book.sheet(CNIL_SHEETS.example).values.splice(37, 2);
    const r = readRegister(book.snapshot());
    expect(() => planAddRow(r, "Nulle part", "persons")).toThrow(PlanError);
    expect(() => planAddRow(r, CNIL_SHEETS.example, "transfers")).toThrow(/Transferts hors UE/);
  });
});
