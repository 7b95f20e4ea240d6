/**
 * End to end through the reader: snapshot → readRegister → validate, on CNIL-shaped
 * workbooks built by test/fixtures/snapshots.ts and on the real CNIL file when it is there.
 */
import * as fs from "fs";
import { validateWorkbook, validateRegister } from "../../src/register/validate";
import { readRegister } from "../../src/register";
import type { Report } from "../../src/register/findings";
import type { WorkbookSnapshot } from "../../src/register/snapshot";
import { applyPlanToSnapshot, CNIL_SHEETS, cnilSnapshot, EXCEL_MODEL_COPY, RegisterBook, serial, type FicheData } from "../fixtures/snapshots";
import { where } from "../fixtures/registers";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { CNIL_XLSX_PATH } from "../fixtures/cnilWorkbook";
import { dayClock } from "../fixtures/clocks";

const CLOCK = dayClock(2026, 11, 24);
const LIST = CNIL_SHEETS.list;
const MODEL = CNIL_SHEETS.model;

const ORG = { controller: { name: "CPTS du Val de Seine", address: "12 rue des Tilleuls", email: "contact@cpts-exemple.fr" } };

const members: FicheData = {
  name: "Gestion des adhérents",
  ref: "ref-002",
  created: serial(2026, 1, 10),
  updated: serial(2026, 9, 1),
  mainPurpose: "Gestion administrative des membres de l'association",
  subPurposes: ["Adhésions et cotisations", "Base légale : exécution du contrat d'adhésion (art. 6.1.b)"],
  data: { identity: ["Nom, prénom, RPPS, courriel professionnel", "Durée de l'adhésion"], economic: ["Cotisations", "10 ans (pièces comptables)"] },
  persons: [["Autres (préciser)", "Professionnels de santé adhérents"]],
  recipients: [["Service interne qui traite les données", "Bureau et coordination"]],
  measures: [["Contrôle d'accès des utilisateurs", "Accès réservé au bureau"]],
};

const patients: FicheData = {
  name: "Accès à un médecin traitant",
  ref: "ref-003",
  created: serial(2026, 2, 1),
  updated: "15/10/2026",
  mainPurpose: "Faciliter l'accès à un médecin traitant des patients du territoire",
  legalBasis: "Mission d'intérêt public (art. 6.1.e)",
  art9Exception: "Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)",
  data: {
    identity: ["Nom, prénom, téléphone", "Jusqu'à l'attribution d'un médecin traitant + 3 mois"],
    health: ["ALD : oui/non", "Jusqu'à l'attribution d'un médecin traitant + 3 mois"],
  },
  persons: [["Autres (préciser)", "Patients sans médecin traitant"]],
  recipients: [
    ["Service interne qui traite les données", "Coordinateur"],
    ["Sous-traitants", "Éditeur du formulaire, hébergeur certifié HDS"],
  ],
  measures: [
    ["Chiffrement des données", "Base chiffrée"],
    ["Contrôle d'accès des utilisateurs", "Comptes nominatifs, accès réservé au coordinateur"],
  ],
};

function cleanBook(): RegisterBook {
  return RegisterBook.cnil()
    .fillOrganisation(ORG)
    .addFiche(members, { listLine: true, sensitive: "Non" })
    .addFiche(patients, { listLine: true, sensitive: "Oui" });
}

const errors = (r: Report) => r.findings.filter((f) => f.severity === "error");

describe("snapshot → readRegister → validate", () => {
  test("the untouched CNIL workbook is not ready: no organisation contact, no real fiche; findings only on sheets that exist", () => {
    const snap = cnilSnapshot();
    const report = validateWorkbook(snap, { clock: CLOCK });
    expect(report.verdict).toBe("not-ready");
    expect(errors(report).map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([
      `art30.org.controller-missing@${LIST}!C1`,
      `art30.org.contact-missing@${LIST}!G1`,
      `consistency.no-fiche@${MODEL}!B4`,
    ]);
    const names = new Set(snap.sheets.map((s) => s.name));
    for (const f of report.findings) expect(names.has(f.sheet)).toBe(true);
    // Nothing about the CNIL's own example (tab 4, its tab-2 line).
    expect(report.findings.some((f) => f.sheet === CNIL_SHEETS.example)).toBe(false);
    expect(report.summary.fiches).toBe(0);
  });

  test("a filled register is ready with zero errors and zero warnings", () => {
    const report = validateWorkbook(cleanBook().snapshot(), { clock: CLOCK });
    expect(errors(report)).toEqual([]);
    expect(report.findings.filter((f) => f.severity === "warning")).toEqual([]);
    expect(report.verdict).toBe("ready");
    expect(report.fiches.map((f) => [f.name, f.completeness, f.aipd])).toEqual([
      ["Gestion des adhérents", 100, "not-required"],
      ["Accès à un médecin traitant", 100, "likely"],
    ]);
  });

  test("planted mistakes are found at their cells, and their quick fixes remove them", () => {
    const book = cleanBook();
    const fiche = "Accès à un médecin traitant";
    // Rows were inserted for the legal basis and the art. 9 exception: find the cells through the book.
    const recipientsRow = book.findRow(fiche, "Destinataire 2");
    if (recipientsRow === null) throw new Error("fixture");
    book.set(fiche, `B${recipientsRow}`, "sous-traitants"); // near miss
    const transferRow = book.findRow(fiche, "Organisme destinataire 1");
    if (transferRow === null) throw new Error("fixture");
    book.set(fiche, `B${transferRow}`, "Outil d'emailing").set(fiche, `C${transferRow}`, "Etats-Unis").set(fiche, `D${transferRow}`, "Privacy shield");
    book.set(LIST, "H11", "Non"); // the health fiche's line says no sensitive data
    const snap = book.snapshot();

    const report = validateWorkbook(snap, { clock: CLOCK });
    expect(where(report.findings, "dropdowns.near-miss")).toEqual([`${fiche}!B${recipientsRow}`]);
    expect(where(report.findings, "transfers.privacy-shield")).toEqual([`${fiche}!D${transferRow}`]);
    expect(where(report.findings, "consistency.sensitive-mismatch")).toEqual([`${LIST}!H11`]);
    expect(report.verdict).toBe("not-ready");

    let fixed: WorkbookSnapshot = snap;
    for (const f of report.findings) if (f.fix) fixed = applyPlanToSnapshot(fixed, f.fix.plan);
    const after = validateWorkbook(fixed, { clock: CLOCK });
    expect(where(after.findings, "dropdowns.near-miss")).toEqual([]);
    expect(where(after.findings, "consistency.sensitive-mismatch")).toEqual([]);
    expect(where(after.findings, "transfers.privacy-shield")).toEqual([`${fiche}!D${transferRow}`]); // no automatic answer for that one
  });

  test("a fiche missing from tab 2: the fix adds its line, and the register becomes consistent", () => {
    const snap = RegisterBook.cnil().fillOrganisation(ORG).addFiche(members, { listLine: true, sensitive: "Non" }).addFiche(patients).snapshot();
    const report = validateWorkbook(snap, { clock: CLOCK });
    const missing = report.findings.filter((f) => f.rule === "consistency.fiche-not-listed");
    expect(missing.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Accès à un médecin traitant!B5"]);
    const fix = missing[0].fix;
    if (!fix) throw new Error("a fix is expected");
    const fixed = applyPlanToSnapshot(snap, fix.plan);
    const after = validateWorkbook(fixed, { clock: CLOCK });
    expect(errors(after)).toEqual([]);
    expect(fixed.sheets.find((s) => s.name === LIST)?.values[10]?.[7]).toBe("Oui");
  });

  test("a tab-2 line with no fiche is an error at its reference cell", () => {
    const snap = cleanBook().addListLine({ name: "Vidéosurveillance", ref: "ref-010" }).snapshot();
    const report = validateWorkbook(snap, { clock: CLOCK });
    expect(where(report.findings, "consistency.line-without-fiche")).toEqual([`${LIST}!B12`]);
  });

  test("an Excel copy of the model left blank is an unused copy (warning)", () => {
    const snap = cleanBook().copySheet(MODEL).snapshot();
    const report = validateWorkbook(snap, { clock: CLOCK });
    expect(where(report.findings, "consistency.unused-copy")).toEqual([`${EXCEL_MODEL_COPY}!B4`]);
    expect(report.verdict).toBe("ready");
  });

  test("the model filled in directly counts as a fiche, with a warning", () => {
    const snap = RegisterBook.cnil()
      .fillOrganisation(ORG)
      .fillFiche(MODEL, members)
      .addListLine({ name: members.name, ref: members.ref, sensitive: "Non" })
      .snapshot();
    const report = validateWorkbook(snap, { clock: CLOCK });
    expect(where(report.findings, "consistency.model-filled")).toEqual([`${MODEL}!B4`]);
    expect(report.summary.fiches).toBe(1);
  });

  test("validateRegister on readRegister's result gives the same report", () => {
    const snap = cleanBook().snapshot();
    const a = validateWorkbook(snap, { clock: CLOCK });
    const b = validateRegister(readRegister(snap), { clock: CLOCK, sheetOrder: snap.sheets.map((s) => s.name) });
    expect(b).toEqual(a);
  });
});

describe("the real CNIL workbook", () => {
  const file = CNIL_XLSX_PATH;
  test("reads as a register, not ready, with findings only on its sheets", async () => {
    const snap = snapshotOf(await loadXlsx(fs.readFileSync(file)));
    const report = validateWorkbook(snap, { clock: CLOCK });
    expect(report.verdict).toBe("not-ready");
    expect(
      errors(report)
        .map((f) => f.rule)
        .sort(),
    ).toEqual(["art30.org.contact-missing", "art30.org.controller-missing", "consistency.no-fiche"]);
    const names = new Set(snap.sheets.map((s) => s.name));
    for (const f of report.findings) expect(names.has(f.sheet)).toBe(true);
  });
});
