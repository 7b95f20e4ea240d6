import { readRegister, planNewFiche, previewNewFiche, nextRef, PlanError } from "../../../src/register";
import type { WritePlan, CellWrite } from "../../../src/register/plan";
import { RegisterBook, CNIL_SHEETS, applyPlanToSnapshot, serial } from "../../fixtures/snapshots";
import { dayClock } from "../../fixtures/clocks";

const clock = dayClock(2026, 3, 15);
const TODAY = serial(2026, 3, 15);

function writesOf(plan: WritePlan, sheet: string): CellWrite[] {
  return plan.ops.flatMap((op) => (op.op === "write" && op.sheet === sheet ? op.cells : []));
}

describe("planning a new fiche", () => {
  it("copies the blank model after it, names it, numbers it, dates it, lists it in tab 2 at row 10", () => {
    const register = readRegister(RegisterBook.cnil().snapshot());
    const plan = planNewFiche(register, { name: "  Gestion des adhérents ", clock });
    expect(plan.title).toBe("Créer la fiche « Gestion des adhérents »");
    expect(plan.ops[0]).toEqual({ op: "copySheet", source: CNIL_SHEETS.model, name: "Gestion des adhérents", after: CNIL_SHEETS.model });
    expect(writesOf(plan, "Gestion des adhérents")).toEqual([
      { address: "B4", kind: "text", value: "Gestion des adhérents" },
      { address: "B5", kind: "text", value: "ref-001" },
      { address: "B6", kind: "date", value: TODAY },
      { address: "B7", kind: "date", value: TODAY },
    ]);
    expect(writesOf(plan, CNIL_SHEETS.list)).toEqual([
      { address: "A10", kind: "text", value: "Gestion des adhérents" },
      { address: "B10", kind: "text", value: "ref-001" },
      { address: "C10", kind: "date", value: TODAY },
      { address: "D10", kind: "date", value: TODAY },
    ]);
    expect(plan.ops[plan.ops.length - 1]).toEqual({ op: "select", sheet: "Gestion des adhérents", address: "B4" });
    expect(previewNewFiche(register, { name: "Gestion des adhérents", clock })).toEqual({
      sheetName: "Gestion des adhérents",
      sheetNameChange: null,
      nameCell: "B4",
      ref: "ref-001",
      listRow: 10,
      existing: null,
    });
  });

  it("once applied, the workbook reads with the new fiche and its line, nothing else changed", () => {
    const before = RegisterBook.cnil().snapshot();
    const after = applyPlanToSnapshot(before, planNewFiche(readRegister(before), { name: "Soins non programmés", clock }));
    const r = readRegister(after);
    const f = r.fiches.find((x) => x.kind === "fiche");
    expect(f).toMatchObject({ sheet: "Soins non programmés", name: { value: "Soins non programmés" }, ref: { value: "ref-001" }, created: { serial: TODAY } });
    expect(r.fiches.find((x) => x.kind === "model")?.sheet).toBe(CNIL_SHEETS.model);
    expect(r.listTab?.lines.map((l) => [l.row, l.name.value, l.ref.value, l.created.serial])).toEqual([
      [9, "(EXEMPLE) Gestion de la paie", "1 - Exemple", serial(2018, 5, 26)],
      [10, "Soins non programmés", "ref-001", TODAY],
    ]);
    expect(after.sheets.map((s) => s.name)).toEqual([
      "Tutoriel",
      CNIL_SHEETS.list,
      CNIL_SHEETS.model,
      "Soins non programmés",
      CNIL_SHEETS.example,
      CNIL_SHEETS.lists,
    ]);
    for (const s of before.sheets) {
      if (s.name === CNIL_SHEETS.list) continue;
      expect(after.sheets.find((x) => x.name === s.name)?.values).toEqual(s.values);
    }
    // The second fiche goes after the first, with the next number and the next row.
    const r2 = readRegister(applyPlanToSnapshot(after, planNewFiche(r, { name: "Paie", clock })));
    expect(r2.fiches.filter((x) => x.kind === "fiche").map((x) => [x.sheet, x.ref.value])).toEqual([
      ["Soins non programmés", "ref-001"],
      ["Paie", "ref-002"],
    ]);
    expect(r2.listTab?.nextFreeRow).toBe(12);
  });

  it("places the copy after the last fiche, wherever fiches are", () => {
    const book = RegisterBook.cnil().addFiche({ name: "A", ref: "ref-001" }, { sheetName: "A", after: CNIL_SHEETS.lists });
    const plan = planNewFiche(readRegister(book.snapshot()), { name: "B", clock });
    expect(plan.ops[0]).toMatchObject({ op: "copySheet", source: CNIL_SHEETS.model, after: "A" });
  });

  it("takes the first free tab-2 row from row 10, even between lines", () => {
    const book = RegisterBook.cnil().addListLine({ name: "A", ref: "ref-001", row: 10 }).addListLine({ name: "C", ref: "ref-003", row: 12 });
    expect(previewNewFiche(readRegister(book.snapshot()), { name: "B", clock }).listRow).toBe(11);
  });

  it("writes at the rows the model's labels are on, and into the columns tab 2's headers name", () => {
    const book = RegisterBook.cnil().insertRows(CNIL_SHEETS.model, 2, 1, ["Fiche CPTS"]);
    const list = book.sheet(CNIL_SHEETS.list);
    // A "Responsable interne" column inserted at C on rows 7–9 (indexes 6–8).
    for (const i of [6, 7, 8]) list.values[i].splice(2, 0, i === 7 ? "Responsable interne" : "");
    const plan = planNewFiche(readRegister(book.snapshot()), { name: "X", clock });
    expect(writesOf(plan, "X").map((w) => w.address)).toEqual(["B5", "B6", "B7", "B8"]);
    expect(writesOf(plan, CNIL_SHEETS.list).map((w) => w.address)).toEqual(["A10", "B10", "D10", "E10"]);
  });

  it("follows the workbook's reference style and never reuses a reference", () => {
    const refs = (list: string[]): string => {
      const book = RegisterBook.cnil();
      list.forEach((ref, i) => book.addFiche({ name: `F${i}`, ref }, { sheetName: `F${i}` }));
      return nextRef(readRegister(book.snapshot()));
    };
    expect(refs([])).toBe("ref-001");
    expect(refs(["ref-001", "ref-002"])).toBe("ref-003");
    expect(refs(["ref-001", "ref-007"])).toBe("ref-008");
    expect(refs(["T01", "T02", "ref-005"])).toBe("T03");
    expect(refs(["RGPD-9"])).toBe("RGPD-10");
    expect(refs(["Paie", "Adhérents"])).toBe("ref-003");
    expect(refs(["ref-003", "Paie", "ref-004"])).toBe("ref-005");
    // A tab-2 line's reference is taken too, even without its fiche.
    const book = RegisterBook.cnil().addFiche({ name: "A", ref: "ref-001" }, { sheetName: "A" }).addListLine({ name: "B", ref: "ref-002" });
    expect(nextRef(readRegister(book.snapshot()))).toBe("ref-003");
    // The example's reference is never given, whatever its style.
    const ex = RegisterBook.cnil().set(CNIL_SHEETS.example, "B5", "ref-001").set(CNIL_SHEETS.list, "B9", "ref-001");
    expect(nextRef(readRegister(ex.snapshot()))).toBe("ref-002");
  });

  it("gives a unique, valid sheet name, also against sheets the register does not use", () => {
    const book = RegisterBook.cnil().addFiche({ name: "Paie", ref: "ref-001" }, { sheetName: "Paie" });
    book.copySheet(CNIL_SHEETS.tutorial, { name: "Rapport de vérification" });
    const r = readRegister(book.snapshot());
    expect(previewNewFiche(r, { name: "Rapport de vérification", clock })).toMatchObject({
      sheetName: "Rapport de vérification (2)",
      sheetNameChange: "adapted",
    });
    expect(previewNewFiche(r, { name: "Accès / orientation : patients sans médecin traitant", clock })).toMatchObject({
      sheetName: "Orientation - patients sans MT",
      sheetNameChange: "shortened",
    });
  });

  it("writes the full name in B4 and in tab 2 when the sheet name is a shortening", () => {
    const before = RegisterBook.cnil().snapshot();
    const name = "Accès à un médecin traitant (patients sans médecin traitant)";
    const r = readRegister(before);
    expect(previewNewFiche(r, { name, clock })).toMatchObject({ sheetName: "Accès MT (patients sans MT)", sheetNameChange: "shortened", nameCell: "B4" });
    const after = readRegister(applyPlanToSnapshot(before, planNewFiche(r, { name, clock })));
    expect(after.fiches.find((f) => f.kind === "fiche")).toMatchObject({ sheet: "Accès MT (patients sans MT)", name: { value: name, cell: "B4" } });
    expect(after.listTab?.lines.find((l) => !l.isExample)?.name.value).toBe(name);
  });

  it("refuses a name a fiche already has, accents, case and spaces aside, naming its sheet", () => {
    const book = RegisterBook.cnil()
      .addFiche({ name: "Gestion des adhérents", ref: "ref-001" }, { sheetName: "Adhérents", listLine: true })
      .addFiche({ name: "Paie", ref: "ref-002" }, { sheetName: "Paie" })
      .addListLine({ name: "Paie des salariés", ref: "ref-002" });
    const r = readRegister(book.snapshot());
    for (const typed of ["Gestion des adhérents", "  gestion  des ADHERENTS ", "Gestion des adhérents."]) {
      expect(previewNewFiche(r, { name: typed, clock }).existing).toEqual({ kind: "fiche", name: "Gestion des adhérents", sheet: "Adhérents", cell: "B4" });
      expect(() => planNewFiche(r, { name: typed, clock })).toThrow(
        /^Le registre a déjà une fiche « Gestion des adhérents » \(onglet « Adhérents », cellule B4\)\. S'il s'agit d'un autre traitement, donnez-lui un nom qui le distingue/,
      );
    }
    // Tab 2 names the fiche ref-002 differently: its line still belongs to it.
    expect(previewNewFiche(r, { name: "Paie des salaries", clock }).existing).toEqual({ kind: "fiche", name: "Paie des salariés", sheet: "Paie", cell: "B4" });
    expect(() => planNewFiche(r, { name: "Paie des salariés", clock })).toThrow(/onglet « Paie »/);
    // A clearly different name is another processing; the CNIL's example is not one of the CPTS's.
    expect(previewNewFiche(r, { name: "Gestion des adhérents (pharmaciens)", clock }).existing).toBeNull();
    expect(() => planNewFiche(r, { name: "Gestion des adhérents (pharmaciens)", clock })).not.toThrow();
    expect(previewNewFiche(r, { name: "Gestion de la paie", clock }).existing).toBeNull();
  });

  it("takes the tab-2 line of a processing listed without a fiche, instead of adding a second line", () => {
    const book = RegisterBook.cnil().addListLine({ name: "Soins non programmés", row: 10 }).addListLine({ name: "Newsletter", ref: "CPTS-007", row: 11 });
    const before = book.snapshot();
    const r = readRegister(before);
    const preview = previewNewFiche(r, { name: "soins non programmes", clock });
    expect(preview).toMatchObject({
      listRow: 10,
      ref: "CPTS-008",
      existing: { kind: "line", name: "Soins non programmés", sheet: CNIL_SHEETS.list, cell: "A10", row: 10 },
    });
    const plan = planNewFiche(r, { name: "soins non programmes", clock });
    // The line's spelling is the fiche's name; only the line's empty cells are filled.
    expect(writesOf(plan, "Soins non programmés")).toContainEqual({ address: "B4", kind: "text", value: "Soins non programmés" });
    expect(writesOf(plan, CNIL_SHEETS.list)).toEqual([
      { address: "B10", kind: "text", value: "CPTS-008" },
      { address: "C10", kind: "date", value: TODAY },
      { address: "D10", kind: "date", value: TODAY },
    ]);
    const after = readRegister(applyPlanToSnapshot(before, plan));
    expect(after.listTab?.lines.filter((l) => !l.isExample).map((l) => [l.row, l.name.value, l.ref.value])).toEqual([
      [10, "Soins non programmés", "CPTS-008"],
      [11, "Newsletter", "CPTS-007"],
    ]);
    // A line with its own reference gives it to the fiche (and its style to the next references).
    expect(previewNewFiche(r, { name: "Newsletter", clock })).toMatchObject({ ref: "CPTS-007", listRow: 11 });
    expect(writesOf(planNewFiche(r, { name: "Newsletter", clock }), "Newsletter")).toContainEqual({ address: "B5", kind: "text", value: "CPTS-007" });
  });

  it("refuses an empty name in French", () => {
    const r = readRegister(RegisterBook.cnil().snapshot());
    expect(() => planNewFiche(r, { name: "   ", clock })).toThrow(PlanError);
    expect(() => previewNewFiche(r, { name: "", clock })).toThrow(/Donnez un nom au traitement/);
  });

  it("copies the model tab filled in directly, emptied, when there is no blank model", () => {
    const book = RegisterBook.cnil().fillFiche(CNIL_SHEETS.model, {
      name: "Paie",
      ref: "ref-001",
      mainPurpose: "Payer",
      persons: ["Salariés"],
      data: { identity: ["Nom", "5 ans"] },
    });
    const before = book.snapshot();
    const plan = planNewFiche(readRegister(before), { name: "Adhérents", clock });
    expect(plan.ops[0]).toMatchObject({ op: "copySheet", source: CNIL_SHEETS.model, after: CNIL_SHEETS.model });
    const f = readRegister(applyPlanToSnapshot(before, plan)).fiches.find((x) => x.sheet === "Adhérents");
    expect(f?.name.value).toBe("Adhérents");
    expect(f?.ref.value).toBe("ref-002");
    expect(f?.mainPurpose.value).toBe("");
    expect(f?.persons[0].value.value).toBe("");
    expect(f?.dataCategories[0].description.value).toBe("");
  });

  it("says so when no model is left to copy", () => {
    const book = RegisterBook.cnil().removeSheet(CNIL_SHEETS.model);
    expect(() => planNewFiche(readRegister(book.snapshot()), { name: "X", clock })).toThrow(/modèle de fiche/);
  });

  it("adds no tab-2 line when the workbook has no tab 2", () => {
    const r = readRegister(RegisterBook.cnil().removeSheet(CNIL_SHEETS.list).snapshot());
    const plan = planNewFiche(r, { name: "X", clock });
    expect(plan.ops.map((o) => o.op)).toEqual(["copySheet", "write", "select"]);
    expect(previewNewFiche(r, { name: "X", clock }).listRow).toBe(0);
  });
});
