import { validateRegister } from "../../../src/register/validate";
import { isAdequateCountry } from "../../../src/register";
import { todayDate } from "../../../src/register/clock";
import { dayClock } from "../../fixtures/clocks";
import { buildFiche, buildRegister, cleanFicheSpec, expectFrenchAboutCell, CLOCK, registerBook, where } from "../../fixtures/registers";
import { CNIL_SHEETS, applyPlanToSnapshot } from "../../fixtures/snapshots";
import { readRegister } from "../../../src/register/read";

const check = (transfers: [string, string, string, string][], clock = CLOCK) =>
  validateRegister(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers }))] }), { clock });

describe("transfers outside the EU", () => {
  test("a transfer row without country or guarantee is an error at the empty cell", () => {
    const report = check([
      ["Outil d'emailing", "", "", ""],
      ["Hébergeur", "Suisse", "", ""],
    ]);
    expect(where(report.findings, "transfers.country-missing")).toEqual(["Newsletter!C59"]);
    expect(where(report.findings, "transfers.guarantee-missing")).toEqual(["Newsletter!D59", "Newsletter!D60"]);
    for (const f of report.findings.filter((x) => x.rule.startsWith("transfers."))) {
      expect(f.severity).toBe("error");
      expectFrenchAboutCell(f.message, f.cell);
    }
  });

  test("'Privacy shield' is an error that names Schrems II", () => {
    const report = check([["Outil", "Etats-Unis", "Privacy shield", ""]]);
    expect(where(report.findings, "transfers.privacy-shield")).toEqual(["Newsletter!D59"]);
    expect(report.findings.find((f) => f.rule === "transfers.privacy-shield")?.message).toMatch(/Schrems II/);
    expect(where(report.findings, "transfers.us-dpf")).toEqual([]);
  });

  test("'Privacy shield' in a workbook whose list no longer offers it (our template) is one error, not two", () => {
    const guarantees = ["Décision d'adéquation (art. 45)", "Clauses contractuelles types 2021 (art. 46.2.c)", "Aucun transfert"];
    const fiche = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["Outil", "Etats-Unis", "Privacy shield", ""]] }));
    const report = validateRegister(buildRegister({ fiches: [fiche], lists: { guarantees } }), { clock: CLOCK });
    expect(report.findings.filter((f) => f.cell === "D59").map((f) => f.rule)).toEqual(["transfers.privacy-shield"]);
    expect(report.summary.errors).toBe(1);
    // Nor a "near miss" offering the CNIL list's void item when typed with another case.
    const cased = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["Outil", "Etats-Unis", "Privacy Shield", ""]] }));
    const r1 = validateRegister(buildRegister({ fiches: [cased] }), { clock: CLOCK });
    expect(r1.findings.filter((f) => f.cell === "D59").map((f) => f.rule)).toEqual(["transfers.privacy-shield"]);
    // Any other value missing from that list is still an error of the list.
    const other = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["Outil", "Suisse", "Contrat maison", ""]] }));
    const r2 = validateRegister(buildRegister({ fiches: [other], lists: { guarantees } }), { clock: CLOCK });
    expect(where(r2.findings, "dropdowns.not-in-list")).toEqual(["Newsletter!D59"]);
  });

  test("'Pays adéquat' for a country with no adequacy decision is an error", () => {
    const report = check([["Prestataire", "Inde", "Pays adéquat", ""]]);
    expect(where(report.findings, "transfers.not-adequate")).toEqual(["Newsletter!D59"]);
    expect(report.verdict).toBe("not-ready");
  });

  test("'Pays adéquat' for the United States (marked adéquat by the workbook) is a warning about the DPF", () => {
    const report = check([["Outil", "Etats-Unis", "Pays adéquat", ""]]);
    expect(where(report.findings, "transfers.us-dpf")).toEqual(["Newsletter!D59"]);
    expect(report.findings.find((f) => f.rule === "transfers.us-dpf")).toMatchObject({ severity: "warning" });
    expect(report.findings.find((f) => f.rule === "transfers.us-dpf")?.message).toMatch(/Data Privacy Framework/);
    expect(report.verdict).toBe("ready");
  });

  test("'Pays adéquat' for Japan, South Korea or Brazil (adequate today, 'Non adéquat' in the CNIL list) is fine", () => {
    const report = check([
      ["A", "Japon", "Pays adéquat", ""],
      ["B", "Corée du Sud", "Pays adéquat", ""],
      ["C", "Brésil", "Pays adéquat", ""],
    ]);
    expect(report.findings.filter((f) => f.rule.startsWith("transfers."))).toEqual([]);
  });

  test("before its decision, a country is not adequate (dated list)", () => {
    const report = check([["A", "Japon", "Pays adéquat", ""]], dayClock(2018, 6, 1));
    expect(where(report.findings, "transfers.not-adequate")).toEqual(["Newsletter!D59"]);
  });

  test("Canada's partial adequacy is an info", () => {
    const report = check([["A", "Canada", "Pays adéquat", ""]]);
    expect(where(report.findings, "transfers.partial-adequacy")).toEqual(["Newsletter!D59"]);
    expect(report.findings.find((f) => f.rule === "transfers.partial-adequacy")?.severity).toBe("info");
  });

  test("a country the workbook marks adéquat but the EU list does not is a warning", () => {
    const fiche = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["A", "Maroc", "Pays adéquat", ""]] }));
    // An amended list tab that (wrongly) marks Morocco adequate in its « Zone » column.
    const book = registerBook({ fiches: [fiche] });
    const row = book.findColumnRow(CNIL_SHEETS.lists, "C", "Maroc");
    book.set(CNIL_SHEETS.lists, `D${row}`, "adéquat");
    const register = readRegister(book.snapshot());
    expect(register.lists.countries?.zones?.[register.lists.countries.items.indexOf("Maroc")]).toBe("adéquat");
    const report = validateRegister(register, { clock: CLOCK });
    expect(where(report.findings, "transfers.zone-outdated")).toEqual(["Newsletter!D59"]);
    expect(where(report.findings, "transfers.not-adequate")).toEqual([]);
  });

  test("'Aucun transfert' (our template's item) is not a transfer: nothing to complete", () => {
    const report = check([["", "", "Aucun transfert", ""]]);
    expect(report.findings.filter((f) => f.rule.startsWith("transfers."))).toEqual([]);
  });

  test("a recipient in a third country with no transfer described is a warning", () => {
    const fiche = buildFiche(
      cleanFicheSpec("Newsletter", "ref-002", { recipients: [["Destinataires dans des pays tiers ou organisations internationales", "Outil US"]] }),
    );
    const report = validateRegister(buildRegister({ fiches: [fiche] }), { clock: CLOCK });
    expect(where(report.findings, "transfers.recipient-abroad-without-transfer")).toEqual(["Newsletter!B48"]);
  });
});

describe("isAdequateCountry", () => {
  test.each([
    ["Suisse", true],
    ["suisse", true],
    ["Royaume-Uni", true],
    ["royaume uni", true],
    ["Japon", true],
    ["COREE DU SUD", true],
    ["Iles FEROE", true],
    ["Îles Féroé", true],
    ["Canada", true],
    ["Etats-Unis", false],
    ["États-Unis", false],
    ["Chine", false],
    ["Corée du Nord", false],
    ["", false],
  ])("%p → %p", (name, expected) => {
    expect(isAdequateCountry(name, todayDate(CLOCK))).toBe(expected);
  });

  test("a decision does not apply before its date", () => {
    expect(isAdequateCountry("Royaume-Uni", new Date(Date.UTC(2020, 0, 1)))).toBe(false);
  });

  describe("the guarantee a country calls for", () => {
    test("an empty guarantee for a country with an adequacy decision: the fix writes the workbook's own adequacy item", () => {
      const report = check([
        ["Hébergeur", "Suisse", "", ""],
        ["Visio", "Royaume-Uni", "", ""],
      ]);
      const fixes = report.findings.filter((f) => f.rule === "transfers.guarantee-missing").map((f) => [f.cell, f.fix?.label, f.fix?.plan.ops]);
      expect(fixes).toEqual([
        ["D59", "Écrire « Pays adéquat »", [{ op: "write", sheet: "Newsletter", cells: [{ address: "D59", kind: "text", value: "Pays adéquat" }] }]],
        ["D60", "Écrire « Pays adéquat »", [{ op: "write", sheet: "Newsletter", cells: [{ address: "D60", kind: "text", value: "Pays adéquat" }] }]],
      ]);
      // Our template's list names it otherwise.
      const guarantees = [
        "Décision d'adéquation (art. 45)",
        "EU-US Data Privacy Framework (organisme certifié)",
        "Clauses contractuelles types 2021 (art. 46.2.c)",
      ];
      const fiche = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["Hébergeur", "Japon", "", ""]] }));
      const r = validateRegister(buildRegister({ fiches: [fiche], lists: { guarantees } }), { clock: CLOCK });
      expect(r.findings.find((f) => f.rule === "transfers.guarantee-missing")?.fix?.label).toBe("Écrire « Décision d'adéquation (art. 45) »");
    });

    test("no fix where the answer is not certain: United States (DPF or not), Canada (PIPEDA or not), no decision, no country", () => {
      const report = check([
        ["Emailing", "Etats-Unis", "", ""],
        ["Formulaires", "Canada", "", ""],
        ["Support", "Inde", "", ""],
        ["Autre", "", "", ""],
      ]);
      const missing = report.findings.filter((f) => f.rule === "transfers.guarantee-missing");
      expect(missing.map((f) => f.cell)).toEqual(["D59", "D60", "D61", "D62"]);
      expect(missing.filter((f) => f.fix)).toEqual([]);
    });

    test("applied, the fix leaves no transfer finding", () => {
      const fiche = buildFiche(cleanFicheSpec("Newsletter", "ref-002", { transfers: [["Hébergeur", "Suisse", "", "Contrat"]] }));
      const snapshot = registerBook({ fiches: [fiche] }).snapshot();
      const f = validateRegister(readRegister(snapshot), { clock: CLOCK }).findings.find((x) => x.rule === "transfers.guarantee-missing");
      if (!f?.fix) throw new Error("no fix");
      const after = validateRegister(readRegister(applyPlanToSnapshot(snapshot, f.fix.plan)), { clock: CLOCK });
      expect(after.findings.filter((x) => x.rule.startsWith("transfers.") || x.rule.startsWith("dropdowns."))).toEqual([]);
    });
  });
});
