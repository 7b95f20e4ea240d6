import { readRegister, planNewFiche, planAddRow, planWriteCell, invertPlan, PlanError } from "../../../src/register";
import type { WritePlan } from "../../../src/register/plan";
import type { WorkbookSnapshot } from "../../../src/register/snapshot";
import { RegisterBook, CNIL_SHEETS, applyPlanToSnapshot, contentOf } from "../../fixtures/snapshots";
import { dayClock } from "../../fixtures/clocks";

const clock = dayClock(2026, 3, 15);

function roundTrip(before: WorkbookSnapshot, plan: WritePlan): { after: WorkbookSnapshot; restored: WorkbookSnapshot; undo: WritePlan } {
  const after = applyPlanToSnapshot(before, plan);
  const undo = invertPlan(plan, before);
  return { after, restored: applyPlanToSnapshot(after, undo), undo };
}

describe("undoing a plan", () => {
  it("a new fiche: deletes the copy and clears tab 2's new line", () => {
    const before = RegisterBook.cnil().snapshot();
    const plan = planNewFiche(readRegister(before), { name: "Adhérents", clock });
    const { after, restored, undo } = roundTrip(before, plan);
    expect(contentOf(after)).not.toEqual(contentOf(before));
    expect(undo.title).toBe("Annuler : Créer la fiche « Adhérents »");
    expect(undo.ops).toEqual([
      {
        op: "write",
        sheet: CNIL_SHEETS.list,
        cells: ["A10", "B10", "C10", "D10"].map((address) => ({ address, kind: "clear" })),
      },
      { op: "deleteSheet", name: "Adhérents" },
    ]);
    expect(contentOf(restored)).toEqual(contentOf(before));
    expect(restored.validations).toEqual(before.validations);
  });

  it("written cells get their old text or number back", () => {
    const book = RegisterBook.cnil().addFiche({ name: "X", controller: { postcode: 78000, city: "Versailles" } }, { sheetName: "X" });
    const before = book.snapshot();
    const plan: WritePlan = {
      title: "Corriger",
      ops: [
        {
          op: "write",
          sheet: "X",
          cells: [
            { address: "D10", kind: "text", value: "78100" },
            { address: "E10", kind: "text", value: "Saint-Germain" },
            { address: "F10", kind: "text", value: "France" },
          ],
        },
      ],
    };
    const { restored, undo } = roundTrip(before, plan);
    expect(undo.ops).toEqual([
      {
        op: "write",
        sheet: "X",
        cells: [
          { address: "D10", kind: "number", value: 78000 },
          { address: "E10", kind: "text", value: "Versailles" },
          { address: "F10", kind: "clear" },
        ],
      },
    ]);
    expect(contentOf(restored)).toEqual(contentOf(before));
  });

  it("planWriteCell writes text (or clears) and undoes", () => {
    const before = RegisterBook.cnil().snapshot();
    const plan = planWriteCell(CNIL_SHEETS.list, "H9", "Oui", "Corriger « Données sensibles ? »");
    expect(plan.ops).toEqual([{ op: "write", sheet: CNIL_SHEETS.list, cells: [{ address: "H9", kind: "text", value: "Oui" }] }]);
    expect(planWriteCell("X", "B4", "", "Vider").ops[0]).toEqual({ op: "write", sheet: "X", cells: [{ address: "B4", kind: "clear" }] });
    expect(contentOf(roundTrip(before, plan).restored)).toEqual(contentOf(before));
  });

  it("an added row: the row goes, and writes below it are traced back to where they were", () => {
    const before = RegisterBook.cnil()
      .addFiche({ name: "X", measures: ["Sauvegarde des données"] }, { sheetName: "X" })
      .snapshot();
    const add = planAddRow(readRegister(before), "X", "recipients");
    // A plan that adds a row then writes in it and below it (the measures moved down by one).
    const plan: WritePlan = {
      title: add.title,
      ops: [
        ...add.ops,
        {
          op: "write",
          sheet: "X",
          cells: [
            { address: "B52", kind: "text", value: "Sous-traitants" },
            { address: "B55", kind: "text", value: "Chiffrement des données" },
          ],
        },
      ],
    };
    const { restored, undo } = roundTrip(before, plan);
    // The label and B52 sit in the inserted row: deleting the row undoes them.
    expect(undo.ops).toEqual([
      { op: "write", sheet: "X", cells: [{ address: "B55", kind: "text", value: "Sauvegarde des données" }] },
      { op: "deleteRows", sheet: "X", firstRow: 52, count: 1 },
    ]);
    expect(contentOf(restored)).toEqual(contentOf(before));
    expect(restored.validations).toEqual(before.validations);
  });

  it("refuses to invert a deletion", () => {
    expect(() => invertPlan({ title: "x", ops: [{ op: "deleteSheet", name: "A" }] }, RegisterBook.cnil().snapshot())).toThrow(PlanError);
  });
});
