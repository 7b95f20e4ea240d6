/** What a value typed in the playground's grid becomes: a plan cell by cell, read as a French Excel reads it. */
import { planTypedEdit, typedWrite } from "../../src/playground/typed";
import { TEST_CLOCK } from "../fixtures/clocks";

const TODAY = TEST_CLOCK.now();

describe("typedWrite", () => {
  it("keeps a number a number, with the French decimal comma and spaces between thousands", () => {
    expect(typedWrite("B4", "12,5", "General", TODAY)).toEqual({ address: "B4", kind: "number", value: 12.5 });
    expect(typedWrite("B4", "1 200", "General", TODAY)).toEqual({ address: "B4", kind: "number", value: 1200 });
  });

  it("keeps a text a text, and an emptied cell is emptied", () => {
    expect(typedWrite("B4", "Dossier patient", "General", TODAY)).toEqual({ address: "B4", kind: "text", value: "Dossier patient" });
    expect(typedWrite("B4", "", "General", TODAY)).toEqual({ address: "B4", kind: "clear" });
  });

  it("writes a day as a date (the serial Excel keeps)", () => {
    expect(typedWrite("B4", "24/11/2026", "General", TODAY)).toEqual({ address: "B4", kind: "date", value: 46350 });
  });

  it("keeps as typed what a plan cannot carry: digits in a « Texte » cell, an apostrophe's text, a formula, a percentage", () => {
    expect(typedWrite("B4", "0612345678", "@", TODAY)).toEqual({ address: "B4", kind: "text", value: "0612345678" });
    expect(typedWrite("B4", "'0612", "General", TODAY)).toEqual({ address: "B4", kind: "text", value: "0612" });
    expect(typedWrite("B4", "=SOMME(A1:A3)", "General", TODAY)).toEqual({ address: "B4", kind: "text", value: "=SOMME(A1:A3)" });
    expect(typedWrite("B4", "50 %", "General", TODAY)).toEqual({ address: "B4", kind: "text", value: "50 %" });
  });
});

test("planTypedEdit writes in the top-left cell of a merged area, with a French title", () => {
  expect(planTypedEdit("Fiche 1", "B4:H4", "Accueil", "General", TODAY)).toEqual({
    title: "Saisie en B4 de « Fiche 1 »",
    ops: [{ op: "write", sheet: "Fiche 1", cells: [{ address: "B4", kind: "text", value: "Accueil" }] }],
  });
});
