import { validateRegister } from "../../../src/register/validate";
import { buildFiche, buildRegister, cleanFicheSpec, healthFicheSpec, CLOCK, where } from "../../fixtures/registers";

const check = (r: ReturnType<typeof buildRegister>) => validateRegister(r, { clock: CLOCK });

describe("legal basis and art. 9 exception", () => {
  test("with the template's rows: empty rows are warnings at those rows", () => {
    const fiche = buildFiche(healthFicheSpec("Accès MT", "ref-002", { legalRows: true, subPurposes: ["Recensement des demandes"] }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "legal.basis-missing")).toEqual(["Accès MT!B18"]);
    expect(where(report.findings, "legal.art9-missing")).toEqual(["Accès MT!B19"]);
    expect(report.findings.filter((f) => f.rule.startsWith("legal.")).every((f) => f.severity === "warning")).toBe(true);
  });

  test("'Non applicable' as art. 9 exception while sensitive data is described is a warning", () => {
    const fiche = buildFiche(
      healthFicheSpec("Accès MT", "ref-002", {
        legalRows: true,
        legalBasis: "Mission d'intérêt public (art. 6.1.e)",
        art9Exception: "Non applicable (pas de données sensibles)",
      }),
    );
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "legal.basis-missing")).toEqual([]);
    expect(where(report.findings, "legal.art9-missing")).toEqual(["Accès MT!B19"]);
  });

  test("without those rows (CNIL model): read from the purposes, else pointed at the first empty sub-purpose", () => {
    const stated = buildFiche(healthFicheSpec("Accès MT", "ref-002"));
    const silent = buildFiche(healthFicheSpec("SNP", "ref-003", { name: "Soins non programmés", subPurposes: ["Orientation des patients"] }));
    const report = check(buildRegister({ fiches: [stated, silent] }));
    expect(where(report.findings, "legal.basis-missing")).toEqual(["SNP!B19"]);
    expect(where(report.findings, "legal.art9-missing")).toEqual(["SNP!B19"]);
    expect(report.findings.find((f) => f.rule === "legal.basis-missing")?.message).toContain("cellule B19");
  });

  test("no art. 9 warning without sensitive data", () => {
    const report = check(
      buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002", { legalRows: true, legalBasis: "Intérêt légitime (art. 6.1.f)" }))] }),
    );
    expect(report.findings.filter((f) => f.rule.startsWith("legal."))).toEqual([]);
  });
});
