import { validateRegister } from "../../../src/register/validate";
import { buildFiche, buildRegister, cleanFicheSpec, expectFrenchAboutCell, LIST_SHEET, CLOCK, where, withoutSectionTitle } from "../../fixtures/registers";

describe("structure", () => {
  test("no list tab is an error on an existing sheet", () => {
    const report = validateRegister(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))], noListTab: true }), { clock: CLOCK });
    const f = report.findings.filter((x) => x.rule === "structure.list-tab-missing");
    expect(f).toHaveLength(1);
    expect(["3_-_Modèle_de_fiche_de_registre", "Adhérents"]).toContain(f[0].sheet);
    expect(report.verdict).toBe("not-ready");
    // Says what is missing, where the finding sits, and what to do.
    expect(f[0].message).toMatch(/^L'onglet « Liste des traitements » est introuvable dans ce classeur/);
    expectFrenchAboutCell(f[0].message, "A1");
    expect(f[0].message).toMatch(/rétablissez l'onglet/);
  });

  test("no blank model left is a warning on tab 2", () => {
    const report = validateRegister(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))], model: false }), { clock: CLOCK });
    expect(where(report.findings, "structure.model-missing")).toEqual([`${LIST_SHEET}!A1`]);
  });

  test("a fiche whose section title was removed gets a warning naming the section", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { edit: withoutSectionTitle("Mesures de sécurité") }));
    const report = validateRegister(buildRegister({ fiches: [fiche] }), { clock: CLOCK });
    const f = report.findings.find((x) => x.rule === "structure.block-missing");
    expect(f?.sheet).toBe("Adhérents");
    expect(f?.message).toContain("« Mesures de sécurité »");
    // The article 30 error then points at the name cell (no block to point into).
    expect(where(report.findings, "art30.fiche.measures-missing")).toEqual(["Adhérents!B4"]);
  });
});
