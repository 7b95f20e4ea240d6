import { validateRegister } from "../../../src/register/validate";
import { PERSON_CATEGORIES } from "../../../src/register/data/cptsLists";
import { buildFiche, buildRegister, cleanFicheSpec, expectFrenchAboutCell, LIST_SHEET, MODEL_SHEET, CLOCK, where } from "../../fixtures/registers";

const check = (r: ReturnType<typeof buildRegister>) => validateRegister(r, { clock: CLOCK });

describe("article 30: the organisation in tab 2", () => {
  test("a missing controller name and contact are errors at C1 and G1", () => {
    const report = check(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))], controller: {} }));
    expect(where(report.findings, "art30.org.controller-missing")).toEqual([`${LIST_SHEET}!C1`]);
    expect(where(report.findings, "art30.org.contact-missing")).toEqual([`${LIST_SHEET}!G1`]);
    expect(report.verdict).toBe("not-ready");
    const f = report.findings.find((x) => x.rule === "art30.org.controller-missing");
    expectFrenchAboutCell(f?.message ?? "", "C1");
  });

  test("a name with a phone number only is enough", () => {
    const report = check(
      buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))], controller: { name: "CPTS", phone: "01 02 03 04 05" } }),
    );
    expect(report.findings.filter((f) => f.rule.startsWith("art30.org."))).toEqual([]);
  });

  test("a DPO without email nor phone is an error at its email cell (I6)", () => {
    const report = check(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))], dpo: { name: "Martin" } }));
    expect(where(report.findings, "art30.org.dpo-contact-missing")).toEqual([`${LIST_SHEET}!I6`]);
    // Art. 30.1.a asks for the DPO's contact details when there is one: the minimum, so an error.
    expect(report.findings.find((f) => f.rule === "art30.org.dpo-contact-missing")?.severity).toBe("error");
  });
});

describe("article 30: the minimum of each fiche", () => {
  test("a clean fiche has no art. 30 finding", () => {
    const report = check(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))] }));
    expect(report.findings.filter((f) => f.rule.startsWith("art30."))).toEqual([]);
    expect(report.fiches[0].completeness).toBe(100);
  });

  test("each missing part is an error at the cell where it should be typed", () => {
    const fiche = buildFiche(
      cleanFicheSpec("Vide", "", {
        mainPurpose: "",
        data: {},
        persons: [],
        recipients: [],
        measures: [],
      }),
    );
    const report = check(buildRegister({ fiches: [fiche], lines: [] }));
    expect(where(report.findings, "art30.fiche.ref-missing")).toEqual(["Vide!B5"]);
    expect(where(report.findings, "art30.fiche.purpose-missing")).toEqual(["Vide!B17"]);
    expect(where(report.findings, "art30.fiche.data-missing")).toEqual(["Vide!B25"]);
    expect(where(report.findings, "art30.fiche.persons-missing")).toEqual(["Vide!B44"]);
    expect(where(report.findings, "art30.fiche.recipients-missing")).toEqual(["Vide!B48"]);
    expect(where(report.findings, "art30.fiche.measures-missing")).toEqual(["Vide!B54"]);
    for (const f of report.findings.filter((x) => x.rule.startsWith("art30.fiche."))) {
      expect(f.severity).toBe("error");
      expectFrenchAboutCell(f.message, f.cell);
    }
    expect(report.fiches[0].completeness).toBe(13); // only the name: 1 of 8
  });

  test("the persons message only suggests items of the workbook's own list", () => {
    const noPersons = () => buildFiche(cleanFicheSpec("Adhérents", "ref-002", { persons: [] }));
    const message = (r: ReturnType<typeof check>) => r.findings.find((f) => f.rule === "art30.fiche.persons-missing")?.message ?? "";
    // The CNIL's list has no patients item: suggest « Autres (préciser) » with a précision.
    const cnil = message(check(buildRegister({ fiches: [noPersons()] })));
    expect(cnil).not.toContain("Patients / usagers");
    expect(cnil).toContain("« Autres (préciser) » avec « Patients » dans la précision");
    expect(cnil).toContain("« Salariés »");
    // Our template's list has one: suggest it.
    const ours = message(check(buildRegister({ fiches: [noPersons()], lists: { persons: [...PERSON_CATEGORIES] } })));
    expect(ours).toContain("« Patients / usagers »");
    for (const m of [cnil, ours]) expectFrenchAboutCell(m, "B44");
  });

  test("a described category without retention is an error at its retention cell, in the law's words", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { data: { identity: ["Nom, prénom", ""], economic: ["RIB", "10 ans"] } }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "art30.fiche.retention-missing")).toEqual(["Adhérents!E25"]);
    const f = report.findings.find((x) => x.rule === "art30.fiche.retention-missing");
    // The law's words, not an invented SESAN expectation.
    expect(f?.message).not.toContain("SESAN");
    expect(f?.message).toContain("dans la mesure du possible");
    expect(report.fiches[0].completeness).toBe(88);
  });

  test("the measures message says the law asks for them where possible, with no invented SESAN position", () => {
    const report = check(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002", { measures: [] }))] }));
    const f = report.findings.find((x) => x.rule === "art30.fiche.measures-missing");
    expect(f?.message).toMatch(/dans la mesure du possible/);
    expect(f?.message).not.toMatch(/SESAN/);
  });

  test("a sensitive row counts as a described category and needs a retention too", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { sensitive: { health: ["ALD", ""] } }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "art30.fiche.retention-missing")).toEqual(["Adhérents!E39"]);
  });

  test("a retention without a description is a warning at the description cell, and does not count as a described category", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { data: { identity: ["Nom, prénom", "3 ans"], economic: ["", "10 ans"] } }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "art30.fiche.description-missing")).toEqual(["Adhérents!B27"]);
    const f = report.findings.find((x) => x.rule === "art30.fiche.description-missing");
    expect(f?.severity).toBe("warning");
    expectFrenchAboutCell(f?.message ?? "", "B27");
    expect(report.fiches[0].completeness).toBe(100);
  });

  test("'Autres (préciser)' without précision, and a précision without a type, are warnings", () => {
    const fiche = buildFiche(
      cleanFicheSpec("Adhérents", "ref-002", {
        persons: [
          ["Autres (préciser)", ""],
          ["", "Bénévoles"],
        ],
      }),
    );
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "art30.fiche.detail-missing")).toEqual(["Adhérents!E44"]);
    expect(where(report.findings, "art30.fiche.choice-missing")).toEqual(["Adhérents!B45"]);
    expect(where(report.findings, "art30.fiche.persons-missing")).toEqual([]);
  });

  test("a model copy filled in but left without a name is an error at its name cell", () => {
    const unnamed = buildFiche({ sheet: "3_-_Modèle_de_fiche_de_r (2)", ref: "ref-001", mainPurpose: "Gestion des adhérents" });
    const report = check(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002")), unnamed] }));
    expect(where(report.findings, "art30.fiche.name-missing")).toEqual(["3_-_Modèle_de_fiche_de_r (2)!B4"]);
    expect(where(report.findings, "consistency.unused-copy")).toEqual([]);
    // The blank model itself is not judged.
    expect(report.findings.some((f) => f.sheet === MODEL_SHEET)).toBe(false);
  });

  test("rows inserted in the fiche move the cells the findings point at", () => {
    const fiche = buildFiche(
      cleanFicheSpec("Adhérents", "ref-002", { insertTop: 3, legalRows: true, legalBasis: "Intérêt légitime (art. 6.1.f)", mainPurpose: "" }),
    );
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "art30.fiche.purpose-missing")).toEqual(["Adhérents!B20"]);
  });
});
