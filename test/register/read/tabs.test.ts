import { readRegister, NotARegisterError } from "../../../src/register";
import { RegisterBook, CNIL_SHEETS } from "../../fixtures/snapshots";

describe("recognising the five tabs", () => {
  it("finds the CNIL names", () => {
    const r = readRegister(RegisterBook.cnil().snapshot());
    expect(r.tabs).toEqual({
      tutorial: "Tutoriel",
      list: "2_-_Liste_des_traitements",
      model: "3_-_Modèle_de_fiche_de_registre",
      example: "4_-_Exemple_de_fiche",
      lists: "5_-_Listes",
    });
    expect(r.listTab?.sheet).toBe(CNIL_SHEETS.list);
  });

  it("finds CPTS renamings, 31-character cuts included", () => {
    const book = RegisterBook.cnil({ listTab: "Visible" })
      .renameSheet(CNIL_SHEETS.tutorial, "Tutoriel et questions fréquente")
      .renameSheet(CNIL_SHEETS.list, "2 - Liste des traitements")
      .renameSheet(CNIL_SHEETS.model, "3 - Modèle de fiche de registre")
      .renameSheet(CNIL_SHEETS.example, "4 - Exemple de fiche de registr")
      .renameSheet(CNIL_SHEETS.lists, "5 - Liste déroulante");
    const r = readRegister(book.snapshot());
    expect(r.tabs).toEqual({
      tutorial: "Tutoriel et questions fréquente",
      list: "2 - Liste des traitements",
      model: "3 - Modèle de fiche de registre",
      example: "4 - Exemple de fiche de registr",
      lists: "5 - Liste déroulante",
    });
    // The renamed lists were followed: Excel rewrote the rules' sources.
    expect(r.lists.recipients?.origin).toBe("workbook");
    expect(r.lists.recipients?.range).toBe("'5 - Liste déroulante'!H3:H7");
  });

  it("reads the list tab whether hidden or visible", () => {
    for (const visibility of ["Hidden", "Visible", "VeryHidden"] as const) {
      const r = readRegister(RegisterBook.cnil({ listTab: visibility }).snapshot());
      expect(r.tabs.lists).toBe(CNIL_SHEETS.lists);
      expect(r.lists.persons?.items).toContain("Candidats");
    }
  });

  it("finds tab 2 and the list tab by their content when their names say nothing", () => {
    const book = RegisterBook.cnil().renameSheet(CNIL_SHEETS.list, "Registre CPTS").renameSheet(CNIL_SHEETS.lists, "Données", { updateSources: false });
    const r = readRegister(book.snapshot());
    expect(r.tabs.list).toBe("Registre CPTS");
    expect(r.tabs.lists).toBe("Données");
    expect(r.listTab?.lines).toHaveLength(1);
  });

  it("reads a workbook that only has fiches (no tab 2)", () => {
    const book = RegisterBook.cnil().removeSheet(CNIL_SHEETS.list);
    const r = readRegister(book.snapshot());
    expect(r.listTab).toBeUndefined();
    expect(r.fiches.map((f) => f.kind)).toEqual(["model", "example"]);
  });

  it("refuses a workbook that is not a register, in French", () => {
    const snap = { sheets: [{ name: "Feuil1", visibility: "Visible" as const, values: [["Budget 2026", 1200]] }], validations: [] };
    expect(() => readRegister(snap)).toThrow(NotARegisterError);
    expect(() => readRegister(snap)).toThrow(/registre des traitements/);
    expect(() => readRegister({ sheets: [], validations: [] })).toThrow(NotARegisterError);
  });
});
