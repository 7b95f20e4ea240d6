import { fieldHelp, findingsAt } from "../../src/register/help";
import { validateRegister, validateWorkbook } from "../../src/register/validate";
import { readRegister } from "../../src/register";
import { LEGAL_BASES } from "../../src/register/data/cptsLists";
import { buildFiche, buildRegister, cleanFicheSpec, healthFicheSpec, lineFor, LIST_SHEET, CLOCK } from "../fixtures/registers";
import { RegisterBook, serial } from "../fixtures/snapshots";

describe("fieldHelp on a fiche", () => {
  const health = buildFiche(healthFicheSpec("Accès MT", "ref-002"));
  const register = buildRegister({ fiches: [health] });

  test("the name cell: label, meaning, what is expected, current value, an example", () => {
    const h = fieldHelp(register, "Accès MT", "B4");
    expect(h).toMatchObject({ sheet: "Accès MT", cell: "B4", field: "fiche.name", label: "Nom du traitement", value: "Accès à un médecin traitant" });
    expect(h?.meaning).toMatch(/activité/);
    expect(h?.expected.length).toBeGreaterThan(10);
    expect(h?.example).toBeTruthy();
    expect(h?.allowed).toBeUndefined();
  });

  test("a click on a merged area (B44:D44) is the persons dropdown: its list, and a patient example for a patient fiche", () => {
    const h = fieldHelp(register, "Accès MT", "B44:D44");
    expect(h?.field).toBe("fiche.persons.value");
    expect(h?.cell).toBe("B44");
    expect(h?.allowed).toEqual(register.lists.persons?.items);
    expect(h?.validated).toBe(true);
    expect(h?.example).toMatch(/[Pp]atients/);
    expect(h?.exampleFrom).toMatch(/médecin traitant/);
  });

  test("the précision next to it and the label in column A", () => {
    expect(fieldHelp(register, "Accès MT", "E44:H44")?.field).toBe("fiche.persons.detail");
    expect(fieldHelp(register, "Accès MT", "A44")?.field).toBe("fiche.persons.value");
  });

  test("the health row's retention names the category and explains it", () => {
    const h = fieldHelp(register, "Accès MT", "E39:H39");
    expect(h?.field).toBe("fiche.sensitive.retention");
    expect(h?.label).toMatch(/^Données concernant la santé : durée de conservation/);
    expect(h?.meaning).toMatch(/ALD/);
    expect(h?.example).toMatch(/médecin traitant/);
  });

  test("transfers: country and guarantee are dropdowns, documentation is not", () => {
    expect(fieldHelp(register, "Accès MT", "C59")).toMatchObject({ field: "fiche.transfers.country", listKey: "countries" });
    expect(fieldHelp(register, "Accès MT", "D59:E59")).toMatchObject({ field: "fiche.transfers.guarantee", listKey: "guarantees" });
    expect(fieldHelp(register, "Accès MT", "F59:H59")?.allowed).toBeUndefined();
    expect(fieldHelp(register, "Accès MT", "F59:H59")?.field).toBe("fiche.transfers.documentation");
  });

  test("rows inserted above move the fields: the template's legal-basis row is recognised with its list", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { insertTop: 3, legalRows: true }));
    const r = buildRegister({ fiches: [fiche] });
    expect(fieldHelp(r, "Adhérents", "B20:H20")?.field).toBe("fiche.mainPurpose");
    const h = fieldHelp(r, "Adhérents", "B21:H21");
    expect(h?.field).toBe("fiche.legalBasis");
    expect(h?.allowed).toEqual([...LEGAL_BASES]);
    expect(fieldHelp(r, "Adhérents", "B22")?.field).toBe("fiche.art9Exception");
  });

  test("cells outside the fiche's fields, and unknown sheets, give null", () => {
    expect(fieldHelp(register, "Accès MT", "J5")).toBeNull();
    expect(fieldHelp(register, "Accès MT", "B3")).toBeNull();
    expect(fieldHelp(register, "Feuille inconnue", "B4")).toBeNull();
    expect(fieldHelp(register, "Accès MT", "pas une cellule")).toBeNull();
  });

  test("the findings passed in are filtered to the field's cell", () => {
    const fiche = buildFiche(healthFicheSpec("Accès MT", "ref-002", { mainPurpose: "" }));
    const r = buildRegister({ fiches: [fiche] });
    const report = validateRegister(r, { clock: CLOCK });
    const h = fieldHelp(r, "Accès MT", "B17:H17", report.findings);
    expect(h?.findings.map((f) => f.rule)).toEqual(["art30.fiche.purpose-missing"]);
    expect(fieldHelp(r, "Accès MT", "B4", report.findings)?.findings).toEqual([]);
    expect(findingsAt(report.findings, "Accès MT", "$B$17:$H$17").map((f) => f.rule)).toEqual(["art30.fiche.purpose-missing"]);
  });
});

describe("fieldHelp on tab 2", () => {
  const fiche = buildFiche(healthFicheSpec("Accès MT", "ref-002"));
  const register = buildRegister({ fiches: [fiche], lines: [lineFor(fiche, "Non")] });

  test("the organisation's fields, from their value or their label cell", () => {
    expect(fieldHelp(register, LIST_SHEET, "C1")).toMatchObject({
      field: "list.controller",
      cell: "C1",
      label: "Coordonnées du responsable de l'organisme : Nom",
    });
    expect(fieldHelp(register, LIST_SHEET, "B1")?.cell).toBe("C1");
    expect(fieldHelp(register, LIST_SHEET, "A1:A2")?.field).toBe("list.controller");
    expect(fieldHelp(register, LIST_SHEET, "I6")).toMatchObject({ field: "list.dpo", label: expect.stringMatching(/Adresse mél$/) });
  });

  test("the representative gets no example, since a CPTS has none and its help says to leave it empty", () => {
    const representative = fieldHelp(register, LIST_SHEET, "C3");
    expect(representative?.field).toBe("list.representative");
    expect(representative?.example).toBeUndefined();
    expect(fieldHelp(register, LIST_SHEET, "C1")?.example).toBeTruthy();
  });

  test("a line's 'Données sensibles ?' offers Oui/Non and shows its current value", () => {
    const h = fieldHelp(register, LIST_SHEET, "H10:I10");
    expect(h).toMatchObject({ field: "list.line.sensitive", cell: "H10", value: "Non", allowed: ["Oui", "Non"], validated: false });
    expect(h?.example).toBe("Oui");
  });

  test("an empty line row below still gets help, so a new line can be typed", () => {
    expect(fieldHelp(register, LIST_SHEET, "B25")).toMatchObject({ field: "list.line.ref", cell: "B25", value: "" });
    expect(fieldHelp(register, LIST_SHEET, "F12")?.field).toBe("list.line.purpose");
  });

  test("header rows and columns beyond the table give null", () => {
    expect(fieldHelp(register, LIST_SHEET, "A8")).toBeNull();
    expect(fieldHelp(register, LIST_SHEET, "K2")).toBeNull();
  });
});

describe("fieldHelp through the reader (amended workbook)", () => {
  test("rows inserted for the legal basis are recognised in a snapshot read by readRegister", () => {
    const snap = RegisterBook.cnil()
      .addFiche({
        name: "Soins non programmés",
        ref: "ref-002",
        created: serial(2026, 1, 1),
        mainPurpose: "Organiser les SNP",
        legalBasis: "Mission d'intérêt public (art. 6.1.e)",
      })
      .snapshot();
    const register = readRegister(snap);
    const fiche = register.fiches.find((f) => f.name.value === "Soins non programmés");
    if (!fiche?.legalBasis) throw new Error("the reader should find the inserted row");
    const h = fieldHelp(register, fiche.sheet, fiche.legalBasis.cell);
    expect(h?.field).toBe("fiche.legalBasis");
    expect(h?.value).toBe("Mission d'intérêt public (art. 6.1.e)");
    const report = validateWorkbook(snap, { clock: CLOCK });
    const persons = fieldHelp(register, fiche.sheet, fiche.persons[0].value.cell, report.findings);
    expect(persons?.findings.map((f) => f.rule)).toEqual(["art30.fiche.persons-missing"]);
  });
});
