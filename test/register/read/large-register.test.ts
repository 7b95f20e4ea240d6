import { readRegister, dropdownProbeCells } from "../../../src/register";
import { RegisterBook, serial } from "../../fixtures/snapshots";

describe("a large register", () => {
  it("reads every fiche, line and dropdown of a 200-fiche register (its speed is measured by npm run bench)", () => {
    const book = RegisterBook.cnil();
    for (let i = 1; i <= 200; i++) {
      book.addFiche(
        {
          name: `Traitement ${i}`,
          ref: `ref-${String(i).padStart(3, "0")}`,
          created: serial(2025, 1, 1),
          mainPurpose: "Finalité",
          persons: ["Salariés"],
          recipients: ["Sous-traitants"],
          measures: ["Sauvegarde des données"],
          data: { identity: ["Nom", "5 ans"] },
        },
        { sheetName: `Fiche ${i}`, listLine: true },
      );
    }
    const snap = book.snapshot();
    const r = readRegister(snap);
    const probes = dropdownProbeCells(snap.sheets);
    expect(r.fiches.filter((f) => f.kind === "fiche")).toHaveLength(200);
    expect(r.listTab?.lines).toHaveLength(201);
    expect(r.dropdowns.length).toBeGreaterThan(200 * 13);
    expect(probes.length).toBe(202 * 5 + 1);
  });
});
