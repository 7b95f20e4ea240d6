import { validateRegister } from "../../../src/register/validate";
import type { WriteOp } from "../../../src/register/plan";
import {
  buildFiche,
  buildRegister,
  cleanFicheSpec,
  expectFrenchAboutCell,
  healthFicheSpec,
  lineFor,
  LIST_SHEET,
  MODEL_SHEET,
  serial,
  CLOCK,
  where,
} from "../../fixtures/registers";

const check = (r: ReturnType<typeof buildRegister>) => validateRegister(r, { clock: CLOCK });

describe("tab 2 and the fiches", () => {
  test("a tab-2 line whose reference has no fiche is an error at the line's reference cell", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
    const report = check(buildRegister({ fiches: [fiche], lines: [lineFor(fiche), { name: "Vidéosurveillance", ref: "ref-009" }] }));
    expect(where(report.findings, "consistency.line-without-fiche")).toEqual([`${LIST_SHEET}!B11`]);
    expectFrenchAboutCell(report.findings.find((f) => f.rule === "consistency.line-without-fiche")?.message ?? "", "B11");
  });

  test("a fiche missing from tab 2 is an error at the fiche's reference cell, with a fix that writes its line in the first free row", () => {
    const a = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
    const b = buildFiche(healthFicheSpec("Accès MT", "ref-003"));
    const report = check(buildRegister({ fiches: [a, b], lines: [lineFor(a)] }));
    expect(where(report.findings, "consistency.fiche-not-listed")).toEqual(["Accès MT!B5"]);
    const f = report.findings.find((x) => x.rule === "consistency.fiche-not-listed");
    expect(f?.severity).toBe("error");
    const ops: WriteOp[] = f?.fix?.plan.ops ?? [];
    expect(ops).toEqual([
      {
        op: "write",
        sheet: LIST_SHEET,
        cells: [
          { address: "A11", kind: "text", value: "Accès à un médecin traitant" },
          { address: "B11", kind: "text", value: "ref-003" },
          { address: "C11", kind: "date", value: serial("2026-02-01") },
          { address: "D11", kind: "date", value: serial("2026-10-15") },
          { address: "E11", kind: "text", value: "Faciliter l'accès à un médecin traitant des patients du territoire" },
          { address: "H11", kind: "text", value: "Oui" },
        ],
      },
    ]);
  });

  test("two missing fiches get two different free rows", () => {
    const a = buildFiche(cleanFicheSpec("A", "ref-002"));
    const b = buildFiche(cleanFicheSpec("B", "ref-003", { name: "Autre" }));
    const report = check(buildRegister({ fiches: [a, b], lines: [] }));
    const rows = report.findings
      .filter((f) => f.rule === "consistency.fiche-not-listed")
      .map((f) => (f.fix?.plan.ops[0].op === "write" ? f.fix.plan.ops[0].cells[0].address : ""));
    expect(rows).toEqual(["A10", "A11"]);
  });

  test("'Données sensibles ?' saying Non or empty while the fiche's sensitive block is filled is an error, fixed by writing Oui", () => {
    const fiche = buildFiche(healthFicheSpec("Accès MT", "ref-002"));
    for (const value of ["Non", ""]) {
      const report = check(buildRegister({ fiches: [fiche], lines: [lineFor(fiche, value)] }));
      expect(where(report.findings, "consistency.sensitive-mismatch")).toEqual([`${LIST_SHEET}!H10`]);
      const f = report.findings.find((x) => x.rule === "consistency.sensitive-mismatch");
      expect(f?.fix?.plan.ops).toEqual([{ op: "write", sheet: LIST_SHEET, cells: [{ address: "H10", kind: "text", value: "Oui" }] }]);
    }
  });

  test("the NIR alone does not make a fiche 'sensitive'", () => {
    const fiche = buildFiche(cleanFicheSpec("Paie", "ref-002", { name: "Paie", data: { nir: ["NIR des salariés (DSN)", "5 ans"] } }));
    const report = check(buildRegister({ fiches: [fiche], lines: [lineFor(fiche, "Non")] }));
    expect(where(report.findings, "consistency.sensitive-mismatch")).toEqual([]);
  });

  test("a line whose name differs from its fiche is a warning with a fix", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
    const report = check(buildRegister({ fiches: [fiche], lines: [{ ...lineFor(fiche), name: "Adhérents" }] }));
    expect(where(report.findings, "consistency.line-name-differs")).toEqual([`${LIST_SHEET}!A10`]);
  });

  test("a line with the fiche's name but a wrong reference gets a fix writing the fiche's reference (one finding, not two)", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
    const report = check(buildRegister({ fiches: [fiche], lines: [{ ...lineFor(fiche), ref: "ref-2" }] }));
    expect(where(report.findings, "consistency.line-without-fiche")).toEqual([`${LIST_SHEET}!B10`]);
    expect(where(report.findings, "consistency.fiche-not-listed")).toEqual([]);
    expect(report.findings.find((f) => f.rule === "consistency.line-without-fiche")?.fix?.plan.ops).toEqual([
      { op: "write", sheet: LIST_SHEET, cells: [{ address: "B10", kind: "text", value: "ref-002" }] },
    ]);
  });

  test("a tab-2 line with a name but no reference is an error at its empty reference cell; a fiche of that name gets a fix", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
    // No fiche of that name: the line is an error at B11, without a fix.
    const orphan = check(buildRegister({ fiches: [fiche], lines: [lineFor(fiche), { name: "Vidéosurveillance", ref: "" }] }));
    expect(where(orphan.findings, "consistency.line-ref-missing")).toEqual([`${LIST_SHEET}!B11`]);
    const f = orphan.findings.find((x) => x.rule === "consistency.line-ref-missing");
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain("« Vidéosurveillance »");
    expectFrenchAboutCell(f?.message ?? "", "B11");
    expect(f?.fix).toBeUndefined();
    // The fiche's own line without its reference: one finding, whose fix writes the reference there.
    const own = check(buildRegister({ fiches: [fiche], lines: [{ ...lineFor(fiche), ref: "" }] }));
    expect(where(own.findings, "consistency.line-ref-missing")).toEqual([`${LIST_SHEET}!B10`]);
    expect(where(own.findings, "consistency.fiche-not-listed")).toEqual([]);
    expect(own.findings.find((x) => x.rule === "consistency.line-ref-missing")?.fix?.plan.ops).toEqual([
      { op: "write", sheet: LIST_SHEET, cells: [{ address: "B10", kind: "text", value: "ref-002" }] },
    ]);
  });

  test("two tab-2 lines with the same reference: a warning at the second one's reference cell, naming the first row", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
    const report = check(buildRegister({ fiches: [fiche], lines: [lineFor(fiche), lineFor(fiche)] }));
    expect(where(report.findings, "consistency.duplicate-line")).toEqual([`${LIST_SHEET}!B11`]);
    const f = report.findings.find((x) => x.rule === "consistency.duplicate-line");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("ligne 10");
    expect(where(report.findings, "consistency.line-without-fiche")).toEqual([]);
  });

  test("duplicate references are an error at the second fiche", () => {
    const a = buildFiche(cleanFicheSpec("A", "ref-002"));
    const b = buildFiche(cleanFicheSpec("B", "REF-002 ", { name: "Autre traitement" }));
    const report = check(buildRegister({ fiches: [a, b], lines: [lineFor(a)] }));
    expect(where(report.findings, "consistency.duplicate-ref")).toEqual(["B!B5"]);
    expect(where(report.findings, "consistency.fiche-not-listed")).toEqual([]);
  });

  test("a register with no real fiche is an error at the model's name cell", () => {
    const report = check(buildRegister({ fiches: [] }));
    expect(where(report.findings, "consistency.no-fiche")).toEqual([`${MODEL_SHEET}!B4`]);
    expect(report.verdict).toBe("not-ready");
  });

  test("an unused copy is a warning, the model filled in directly a conseil", () => {
    // With the model filled in directly, the reader takes the first copy left empty as the blank model
    // (locate.ts): the second one is the unused copy.
    const blank = buildFiche({ sheet: "3_-_Modèle_de_fiche_de_r (2)", ref: "ref-001" });
    const copy = buildFiche({ sheet: "3_-_Modèle_de_fiche_de_r (3)", ref: "ref-001" });
    const filledModel = buildFiche(cleanFicheSpec(MODEL_SHEET, "ref-001", { isModelTab: true }));
    const register = buildRegister({ fiches: [filledModel, blank, copy], model: false });
    expect(register.fiches.find((f) => f.sheet === "3_-_Modèle_de_fiche_de_r (2)")?.kind).toBe("model");
    const report = check(register);
    expect(where(report.findings, "consistency.unused-copy")).toEqual(["3_-_Modèle_de_fiche_de_r (3)!B4"]);
    expect(where(report.findings, "consistency.model-filled")).toEqual([`${MODEL_SHEET}!B4`]);
    // An empty copy is a warning (a DPO would ask to fill or delete it); the model filled in directly is a
    // conseil: the fiche counts, only the next fiche's blank model is gone.
    expect(report.findings.find((f) => f.rule === "consistency.unused-copy")?.severity).toBe("warning");
    expect(report.findings.find((f) => f.rule === "consistency.model-filled")?.severity).toBe("info");
  });

  test("the CNIL example line is part of the template, never a finding", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(report.findings.filter((f) => f.sheet === LIST_SHEET && f.cell.endsWith("9"))).toEqual([]);
  });
});
