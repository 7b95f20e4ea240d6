import { validateRegister } from "../../../src/register/validate";
import type { WriteOp } from "../../../src/register/plan";
import { buildFiche, buildRegister, cleanFicheSpec, expectFrenchAboutCell, lineFor, LIST_SHEET, CLOCK, registerBook, where } from "../../fixtures/registers";
import { readRegister } from "../../../src/register/read";

const check = (r: ReturnType<typeof buildRegister>) => validateRegister(r, { clock: CLOCK });

describe("dropdowns", () => {
  test("a value that is not in its list is an error at its cell", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { recipients: [["Le bureau", "Président, trésorier"]] }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "dropdowns.not-in-list")).toEqual(["Adhérents!B48"]);
    const f = report.findings.find((x) => x.rule === "dropdowns.not-in-list");
    expect(f?.severity).toBe("error");
    expectFrenchAboutCell(f?.message ?? "", "B48");
    // The message lists the allowed items of a short list.
    expect(f?.message).toContain("« Sous-traitants »");
  });

  test("a near miss (case, accents, spaces) is a warning with a fix that writes the exact item in that cell only", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { persons: [["  salaries ", "Coordinatrice"]] }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "dropdowns.not-in-list")).toEqual([]);
    const f = report.findings.find((x) => x.rule === "dropdowns.near-miss");
    expect(f).toMatchObject({ severity: "warning", sheet: "Adhérents", cell: "B44" });
    expect(f?.fix?.label).toBe("Remplacer par « Salariés »");
    const ops: WriteOp[] = f?.fix?.plan.ops ?? [];
    expect(ops).toEqual([{ op: "write", sheet: "Adhérents", cells: [{ address: "B44", kind: "text", value: "Salariés" }] }]);
  });

  test("a country adequate today but absent from the workbook's old list (Royaume-Uni) is only a warning", () => {
    const fiche = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["Outil", "Royaume-Uni", "Pays adéquat", "Décision 2021/1772"]] }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "dropdowns.country-not-in-list")).toEqual(["Newsletter!C59"]);
    expect(where(report.findings, "dropdowns.not-in-list")).toEqual([]);
    expect(where(report.findings, "transfers.not-adequate")).toEqual([]);
  });

  test("a country the list has under another spelling or name is a near miss offering the list's item, not an 'old list'", () => {
    const cases: [string, string, string[] | undefined][] = [
      ["Etats Unis", "Etats-Unis", undefined],
      ["USA", "Etats-Unis", undefined],
      // Our template's list has the United Kingdom.
      ["Royaume Uni", "Royaume-Uni", ["Royaume-Uni", "Suisse", "Etats-Unis"]],
      ["UK", "Royaume-Uni", ["Royaume-Uni", "Suisse", "Etats-Unis"]],
    ];
    for (const [typed, item, countries] of cases) {
      const fiche = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["Outil", typed, "Clauses contractuelles types (CCT)", "Contrat"]] }));
      const report = check(buildRegister({ fiches: [fiche], ...(countries ? { lists: { countries } } : {}) }));
      expect({ typed, rules: report.findings.filter((f) => f.rule.startsWith("dropdowns.")).map((f) => `${f.rule}@${f.cell}`) }).toEqual({
        typed,
        rules: ["dropdowns.near-miss@C59"],
      });
      const f = report.findings.find((x) => x.rule === "dropdowns.near-miss");
      expect(f?.severity).toBe("warning");
      expect(f?.message).toContain(`« ${item} »`);
      expect(f?.message).not.toMatch(/ancienne/);
      expectFrenchAboutCell(f?.message ?? "", "C59");
      expect(f?.fix?.plan.ops).toEqual([{ op: "write", sheet: "Newsletter", cells: [{ address: "C59", kind: "text", value: item }] }]);
    }
  });

  test("a country that is in no list and not adequate is an error", () => {
    const fiche = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["Outil", "Atlantide", "Clauses contractuelles types (CCT)", "Contrat"]] }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "dropdowns.not-in-list")).toEqual(["Newsletter!C59"]);
  });

  test("tab 2 'Données sensibles ?' is checked only when the workbook puts a list on it", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
    const lines = [{ ...lineFor(fiche), sensitive: "non" }];
    const withList = check(buildRegister({ fiches: [fiche], lines, sensitiveDropdowns: true }));
    expect(where(withList.findings, "dropdowns.near-miss")).toEqual([`${LIST_SHEET}!H10`]);
    const freeText = check(buildRegister({ fiches: [fiche], lines }));
    expect(where(freeText.findings, "dropdowns.near-miss")).toEqual([]);
  });

  test("a workbook whose dropdowns were lost is still checked against its list tab", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { recipients: [["Le bureau", "x"]] }));
    const lost = registerBook({ fiches: [fiche] }).withoutValidations();
    const report = check(readRegister(lost.snapshot()));
    expect(where(report.findings, "dropdowns.not-in-list")).toEqual(["Adhérents!B48"]);
  });

  test("a register with no dropdown cell gives no list finding", () => {
    // The reader always knows the CNIL dropdown cells from the layout: only a register made otherwise
    // (a face's own, an empty workbook) has none.
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { recipients: [["Le bureau", "x"]] }));
    const report = check({ ...buildRegister({ fiches: [fiche] }), dropdowns: [] });
    expect(report.findings.filter((f) => f.rule.startsWith("dropdowns."))).toEqual([]);
  });

  describe("near misses as people type them: one click replaces them with the list's item", () => {
    const fixOf = (report: ReturnType<typeof check>, cell: string) => report.findings.find((f) => f.rule.startsWith("dropdowns.") && f.cell === cell);

    test.each<[string, string]>([
      ["sous-traitant", "Sous-traitants"],
      ["sous traitant", "Sous-traitants"],
      ["Soustraitants", "Sous-traitants"],
      ["Partenaire institutionnel ou commercial", "Partenaires institutionnels ou commerciaux"],
    ])("singular, plural and hyphens: « %s » is a warning offering « %s »", (typed, item) => {
      const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { recipients: [[typed, "Hébergeur du site"]] }));
      const report = check(buildRegister({ fiches: [fiche] }));
      const f = fixOf(report, "B48");
      expect(f).toMatchObject({ rule: "dropdowns.near-miss", severity: "warning" });
      expect(f?.message).toContain(`désigne l'élément de liste « ${item} »`);
      expect(f?.fix?.label).toBe(`Remplacer par « ${item} »`);
      expect(f?.fix?.plan.ops).toEqual([{ op: "write", sheet: "Adhérents", cells: [{ address: "B48", kind: "text", value: item }] }]);
    });

    test("words in another order are the item too", () => {
      const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { measures: [["Données chiffrement", "Disque chiffré"]] }));
      const f = fixOf(check(buildRegister({ fiches: [fiche] })), "B54");
      expect(f).toMatchObject({ rule: "dropdowns.near-miss", severity: "warning" });
      expect(f?.fix?.label).toBe("Remplacer par « Chiffrement des données »");
    });

    test("a list value that contains what was typed: still an error, its message names it, and the fix writes it", () => {
      const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { measures: [["Chiffrement", "Disque chiffré"]] }));
      const f = fixOf(check(buildRegister({ fiches: [fiche] })), "B54");
      expect(f).toMatchObject({ rule: "dropdowns.not-in-list", severity: "error" });
      expect(f?.message).toContain("L'élément de la liste le plus proche est « Chiffrement des données »");
      expect(f?.fix?.plan.ops).toEqual([{ op: "write", sheet: "Adhérents", cells: [{ address: "B54", kind: "text", value: "Chiffrement des données" }] }]);
    });

    test("a value with a précision after the item offers the item; the preview shows what the précision loses", () => {
      const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { persons: [["Salariés de la CPTS", ""]] }));
      const f = fixOf(check(buildRegister({ fiches: [fiche] })), "B44");
      expect(f).toMatchObject({ rule: "dropdowns.not-in-list", fix: { label: "Remplacer par « Salariés »" } });
    });

    test("no fix when two items would do, or when the value says the opposite", () => {
      const persons = ["Patients / usagers", "Patients sans médecin traitant", "Salariés", "Autres (préciser)"];
      const two = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { persons: [["Patients", "Du territoire"]] }));
      const r1 = check(buildRegister({ fiches: [two], lists: { persons } }));
      expect(fixOf(r1, "B44")).toMatchObject({ rule: "dropdowns.not-in-list" });
      expect(fixOf(r1, "B44")?.fix).toBeUndefined();
      const none = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { recipients: [["Pas de sous-traitant", ""]] }));
      expect(fixOf(check(buildRegister({ fiches: [none] })), "B48")?.fix).toBeUndefined();
    });

    test("a void guarantee (Privacy Shield) is never offered, even though the CNIL's list still has it", () => {
      const fiche = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["Outil", "Etats-Unis", "Shield", "Contrat"]] }));
      const f = fixOf(check(buildRegister({ fiches: [fiche] })), "D59");
      expect(f).toMatchObject({ rule: "dropdowns.not-in-list" });
      expect(f?.fix).toBeUndefined();
      expect(f?.message).not.toMatch(/Privacy/i);
    });

    test("tab 2 « non » for a fiche with health data: one finding, whose fix writes « Oui », not a « Non » beside it", () => {
      const fiche = buildFiche({ ...cleanFicheSpec("Adhérents", "ref-002"), sensitive: { health: ["Arrêts de travail", "5 ans"] } });
      const report = check(buildRegister({ fiches: [fiche], lines: [{ ...lineFor(fiche), sensitive: "non" }], sensitiveDropdowns: true }));
      const here = report.findings.filter((f) => f.cell === "H10");
      expect(here.map((f) => f.rule)).toEqual(["consistency.sensitive-mismatch"]);
      expect(here[0].fix?.plan.ops).toEqual([{ op: "write", sheet: LIST_SHEET, cells: [{ address: "H10", kind: "text", value: "Oui" }] }]);
    });
  });
});
