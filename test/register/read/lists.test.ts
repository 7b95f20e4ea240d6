import { readRegister, dropdownProbeCells, parseListSource } from "../../../src/register";
import type { Register } from "../../../src/register/model";
import { RegisterBook, CNIL_SHEETS, CNIL_RECIPIENTS, CNIL_PERSONS, CNIL_COUNTRY_ZONES } from "../../fixtures/snapshots";

const cellsOf = (r: Register, sheet: string, list?: string): string[] =>
  r.dropdowns.filter((d) => d.sheet === sheet && (!list || d.list === list)).map((d) => d.cell);

describe("list sources", () => {
  it("parses the forms Office.js and files give", () => {
    expect(parseListSource("='5_-_Listes'!$F$2:$F$10")).toMatchObject({
      kind: "range",
      sheet: "5_-_Listes",
      range: { top: 2, left: 6, bottom: 10, right: 6 },
    });
    expect(parseListSource("'5_-_Listes'!$F$2:$F$10")).toMatchObject({ kind: "range", sheet: "5_-_Listes" });
    expect(parseListSource("=Listes!$A$2:$A$9")).toMatchObject({ kind: "range", sheet: "Listes" });
    expect(parseListSource("=$A$2:$A$9")).toMatchObject({ kind: "range", sheet: undefined });
    expect(parseListSource("Oui,Non")).toEqual({ kind: "inline", items: ["Oui", "Non"] });
    expect(parseListSource('"Oui, Non"')).toEqual({ kind: "inline", items: ["Oui", "Non"] });
    expect(parseListSource("=Personnes")).toEqual({ kind: "unresolvable" });
  });
});

describe("resolving lists", () => {
  it("takes the whole list-tab column under its header, past the CNIL's cut ranges", () => {
    const r = readRegister(RegisterBook.cnil().snapshot());
    expect(r.lists.recipients).toEqual({ key: "recipients", origin: "workbook", items: CNIL_RECIPIENTS, range: "'5_-_Listes'!H3:H7" });
    expect(r.lists.recipients?.items).toContain("Autre (Préciser)");
    expect(r.lists.persons?.items).toEqual(CNIL_PERSONS);
    expect(r.lists.persons?.items).not.toContain("Sélectionnez un élément dans cette liste déroulante ►");
    expect(r.lists.measures?.items).toHaveLength(7);
    expect(r.lists.guarantees?.items).toContain("Privacy shield");
    expect(r.lists.countries?.items).toEqual(CNIL_COUNTRY_ZONES.map((c) => c[0]));
    expect(r.lists.countries?.zones).toEqual(CNIL_COUNTRY_ZONES.map((c) => c[1]));
  });

  it("reads items a CPTS appended under a column, beyond the rule's range", () => {
    const book = RegisterBook.cnil().set(CNIL_SHEETS.lists, "F11", "Patients / usagers").set(CNIL_SHEETS.lists, "F13", "Professionnels de santé adhérents");
    const r = readRegister(book.snapshot());
    expect(r.lists.persons?.items.slice(-2)).toEqual(["Patients / usagers", "Professionnels de santé adhérents"]);
    expect(r.lists.persons?.range).toBe("'5_-_Listes'!F3:F13");
  });

  it("falls back on the column with the same header when the rule points at a missing tab", () => {
    const book = RegisterBook.cnil()
      .renameSheet(CNIL_SHEETS.lists, "5 - Liste déroulante", { updateSources: false })
      .set("5 - Liste déroulante", "H8", "Coordinateur de la CPTS");
    const r = readRegister(book.snapshot());
    expect(r.lists.recipients?.origin).toBe("header");
    expect(r.lists.recipients?.items).toEqual([...CNIL_RECIPIENTS, "Coordinateur de la CPTS"]);
    expect(r.lists.recipients?.range).toBe("'5 - Liste déroulante'!H3:H8");
  });

  it("with no validation at all, reads the list tab by header", () => {
    const r = readRegister(RegisterBook.cnil({ validations: "none" }).snapshot());
    expect(r.lists.persons?.origin).toBe("header");
    expect(r.lists.persons?.items).toEqual(CNIL_PERSONS);
    expect(r.lists.countries?.zones?.[0]).toBe("adéquat");
    // The dropdown cells are known from the layout all the same.
    expect(cellsOf(r, CNIL_SHEETS.model, "recipients")).toEqual(["B48", "B49", "B50", "B51"]);
  });

  it("with neither validations nor a list tab, uses the CNIL lists shipped with the add-in", () => {
    const r = readRegister(RegisterBook.cnil({ validations: "none" }).removeSheet(CNIL_SHEETS.lists).snapshot());
    expect(r.tabs.lists).toBeUndefined();
    expect(r.lists.recipients).toMatchObject({ origin: "builtin", items: CNIL_RECIPIENTS });
    expect(r.lists.countries?.origin).toBe("builtin");
    expect(r.lists.countries?.items).toHaveLength(175);
    expect(r.lists.countries?.zones?.filter((z) => z === "adéquat")).toHaveLength(12);
    expect(r.lists.yesNo).toMatchObject({ origin: "builtin", items: ["Oui", "Non"] });
    expect(r.lists.legalBases).toBeUndefined();
  });

  it("reads our template's extra lists by their headers", () => {
    const book = RegisterBook.cnil({ listTab: "Visible" })
      .set(CNIL_SHEETS.lists, "L1", "Oui / Non")
      .set(CNIL_SHEETS.lists, "L2", "Oui")
      .set(CNIL_SHEETS.lists, "L3", "Non")
      .set(CNIL_SHEETS.lists, "N1", "Base légale")
      .set(CNIL_SHEETS.lists, "N2", "Consentement (art. 6.1.a)")
      .set(CNIL_SHEETS.lists, "N3", "Mission d'intérêt public (art. 6.1.e)")
      .set(CNIL_SHEETS.lists, "P1", "Exception article 9")
      .set(CNIL_SHEETS.lists, "P2", "Consentement explicite")
      .set(CNIL_SHEETS.lists, "R1", "Durées de conservation")
      .set(CNIL_SHEETS.lists, "R2", "Durée de l'adhésion")
      .addFiche({ name: "X", legalBasis: "Consentement (art. 6.1.a)" }, { sheetName: "X" });
    const r = readRegister(book.snapshot());
    expect(r.lists.yesNo).toMatchObject({ origin: "header", items: ["Oui", "Non"] });
    expect(r.lists.legalBases?.items).toHaveLength(2);
    expect(r.lists.art9Exceptions?.items).toEqual(["Consentement explicite"]);
    expect(r.lists.retentions?.items).toEqual(["Durée de l'adhésion"]);
    expect(cellsOf(r, "X", "legalBases")).toEqual(["B18"]);
    // Retention presets are suggestions: no retention cell is a dropdown.
    expect(r.dropdowns.some((d) => d.list === "retentions")).toBe(false);
    // No art. 9 row in this fiche: no art. 9 dropdown.
    expect(cellsOf(r, "X", "art9Exceptions")).toEqual([]);
  });
});

describe("dropdown cells", () => {
  it("lists every dropdown cell of every fiche-shaped sheet, inserted rows included", () => {
    const r = readRegister(
      RegisterBook.cnil()
        .addFiche({ name: "X", recipients: ["a", "b", "c", "d", "e"] }, { sheetName: "X" })
        .snapshot(),
    );
    expect(cellsOf(r, CNIL_SHEETS.model)).toEqual([
      "B44",
      "B45",
      "B48",
      "B49",
      "B50",
      "B51",
      "B54",
      "B55",
      "B56",
      "C59",
      "C60",
      "C61",
      "C62",
      "D59",
      "D60",
      "D61",
      "D62",
    ]);
    expect(cellsOf(r, "X", "recipients")).toEqual(["B48", "B49", "B50", "B51", "B52"]);
    expect(cellsOf(r, "X", "countries")).toEqual(["C60", "C61", "C62", "C63"]);
    expect(cellsOf(r, CNIL_SHEETS.example, "persons")).toEqual(["B26"]);
  });

  it("counts tab 2's Données sensibles cells only when a validation says so", () => {
    const plain = readRegister(RegisterBook.cnil().addListLine({ name: "A", ref: "ref-001", sensitive: "oui" }).snapshot());
    expect(cellsOf(plain, CNIL_SHEETS.list)).toEqual([]);
    expect(plain.lists.yesNo?.items).toEqual(["Oui", "Non"]);

    const validated = readRegister(
      RegisterBook.cnil()
        .addListLine({ name: "A", ref: "ref-001", sensitive: "Oui" })
        .addValidation({ sheet: CNIL_SHEETS.list, range: "H9:I30", source: "Oui,Non" })
        .snapshot(),
    );
    expect(validated.lists.yesNo).toEqual({ key: "yesNo", origin: "workbook", items: ["Oui", "Non"] });
    expect(validated.dropdowns.filter((d) => d.sheet === CNIL_SHEETS.list)).toEqual([
      { sheet: CNIL_SHEETS.list, cell: "H9", list: "yesNo" },
      { sheet: CNIL_SHEETS.list, cell: "H10", list: "yesNo" },
    ]);
  });

  it("the Office adapter probes the first cell of each dropdown field and tab 2's first line", () => {
    const book = RegisterBook.cnil().addFiche({ name: "X", legalBasis: "Consentement (art. 6.1.a)" }, { sheetName: "X" });
    const probes = dropdownProbeCells(book.snapshot().sheets);
    expect(probes.filter((p) => p.sheet === "X").map((p) => p.cell)).toEqual(["B45", "B49", "B55", "C60", "D60", "B18"]);
    expect(probes.filter((p) => p.sheet === CNIL_SHEETS.model).map((p) => p.cell)).toEqual(["B44", "B48", "B54", "C59", "D59"]);
    expect(probes).toContainEqual({ sheet: CNIL_SHEETS.list, cell: "H9" });
    expect(probes.some((p) => p.sheet === CNIL_SHEETS.tutorial || p.sheet === CNIL_SHEETS.lists)).toBe(false);
  });

  it("a rule read on the first cell only (as the Office adapter reports it) serves the whole field", () => {
    const book = RegisterBook.cnil().withoutValidations().set(CNIL_SHEETS.lists, "H8", "Coordinateur");
    book.addValidation({ sheet: CNIL_SHEETS.model, range: "B48", source: "='5_-_Listes'!$H$2:$H$6" });
    const r = readRegister(book.snapshot());
    expect(r.lists.recipients).toMatchObject({ origin: "workbook", items: [...CNIL_RECIPIENTS, "Coordinateur"] });
  });
});
