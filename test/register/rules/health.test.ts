import { validateRegister } from "../../../src/register/validate";
import { buildFiche, buildRegister, cleanFicheSpec, expectFrenchAboutCell, healthFicheSpec, LIST_SHEET, CLOCK, where } from "../../fixtures/registers";

const check = (r: ReturnType<typeof buildRegister>) => validateRegister(r, { clock: CLOCK });

describe("health data", () => {
  test("patients' health data at a processor without 'HDS' in its précisions is a warning at that précision", () => {
    const fiche = buildFiche(healthFicheSpec("Accès MT", "ref-002", { recipients: [["Sous-traitants", "Éditeur du formulaire en ligne"]] }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "health.hds-missing")).toEqual(["Accès MT!E48"]);
    const f = report.findings.find((x) => x.rule === "health.hds-missing");
    expect(f?.severity).toBe("warning");
    expectFrenchAboutCell(f?.message ?? "", "E48");
  });

  test("with 'HDS' in the précisions, no warning", () => {
    const report = check(buildRegister({ fiches: [buildFiche(healthFicheSpec("Accès MT", "ref-002"))] }));
    expect(where(report.findings, "health.hds-missing")).toEqual([]);
  });

  test("employees' sick leaves at a payroll firm need no HDS", () => {
    const fiche = buildFiche(
      cleanFicheSpec("Paie", "ref-002", {
        name: "Ressources humaines et paie",
        persons: [["Salariés", ""]],
        sensitive: { health: ["Arrêts de travail", "5 ans après le départ du salarié"] },
        recipients: [["Sous-traitants", "Cabinet de paie"]],
      }),
    );
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "health.hds-missing")).toEqual([]);
  });

  test("a NIR without a stated purpose is a warning at its description; payroll or INS are purposes", () => {
    const noPurpose = buildFiche(healthFicheSpec("Accès MT", "ref-002", { data: { identity: ["Nom", "3 mois"], nir: ["NIR du patient", "3 mois"] } }));
    const payroll = buildFiche(
      cleanFicheSpec("Paie", "ref-003", { name: "Gestion de la paie", data: { nir: ["Numéros de sécurité sociale des salariés", "5 ans"] } }),
    );
    const ins = buildFiche(cleanFicheSpec("Parcours", "ref-004", { name: "Parcours", data: { nir: ["Matricule INS pour l'identitovigilance", "5 ans"] } }));
    const report = check(buildRegister({ fiches: [noPurpose, payroll, ins] }));
    expect(where(report.findings, "health.nir-purpose")).toEqual(["Accès MT!B30"]);
  });

  test("no DPO while health data is processed is an info at tab 2's DPO name", () => {
    const report = check(buildRegister({ fiches: [buildFiche(healthFicheSpec("Accès MT", "ref-002"))] }));
    expect(where(report.findings, "health.dpo-missing")).toEqual([`${LIST_SHEET}!C5`]);
    expect(report.findings.find((f) => f.rule === "health.dpo-missing")?.severity).toBe("info");
    const withDpo = check(buildRegister({ fiches: [buildFiche(healthFicheSpec("Accès MT", "ref-002"))], dpo: { name: "DPO mutualisé", email: "dpo@x.fr" } }));
    expect(where(withDpo.findings, "health.dpo-missing")).toEqual([]);
    const noHealth = check(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))] }));
    expect(where(noHealth.findings, "health.dpo-missing")).toEqual([]);
  });

  test("the AIPD screening is advice (info) at the row that triggers it, and never blocks sending", () => {
    const patients = buildFiche(healthFicheSpec("Accès MT", "ref-002"));
    const payroll = buildFiche(
      cleanFicheSpec("Paie", "ref-003", { name: "Paie", mainPurpose: "Paie et déclarations sociales (DSN)", data: { nir: ["NIR (DSN)", "5 ans"] } }),
    );
    const union = buildFiche(cleanFicheSpec("Syndicat", "ref-004", { name: "Mandats", sensitive: { union: ["Mandat syndical", "Durée du mandat"] } }));
    const members = buildFiche(cleanFicheSpec("Adhérents", "ref-005"));
    const report = check(buildRegister({ fiches: [patients, payroll, union, members] }));
    expect(where(report.findings, "aipd.likely")).toEqual(["Accès MT!B39"]);
    expect(where(report.findings, "aipd.to-examine")).toEqual(["Paie!B30", "Syndicat!B36"]);
    for (const f of report.findings.filter((x) => x.rule.startsWith("aipd."))) {
      expect(f.severity).toBe("info");
      expectFrenchAboutCell(f.message, f.cell);
    }
    expect(report.findings.filter((f) => f.sheet === "Adhérents" && f.rule.startsWith("aipd."))).toEqual([]);
  });
});
