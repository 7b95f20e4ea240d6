/**
 * The « Synthèse pour SESAN » sheet (planSesanSummary), written through the real file layer and read
 * back: what it says matches the report, it prints on one A4 page, and writing it again replaces the
 * add-in's sheet, never a user's sheet of the same name.
 */
import {
  findOwnedSheets,
  isOwnedSheet,
  organisationName,
  planSesanSummary,
  readRegister,
  SUMMARY_FIRST_ROW,
  validateRegister,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../../src/register";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { readBook } from "../../../src/workbook/package/workbook";
import { TEST_CLOCK } from "../../fixtures/clocks";
import { cnilXlsxBytes } from "../../fixtures/cnilWorkbook";
import { registerWithPeopleBytes } from "./sendingFixtures";

const SHEET = "Synthèse pour SESAN";

/** Writes the summary into the workbook of `bytes`, and gives the saved file opened again. */
async function withSummary(
  bytes: Uint8Array,
): Promise<{ book: XlsxWorkbook; snapshot: WorkbookSnapshot; report: ReturnType<typeof validateRegister>; name: string }> {
  const book = await loadXlsx(bytes);
  const s = snapshotOf(book);
  const register = readRegister(s);
  const report = validateRegister(register, { clock: TEST_CLOCK });
  applyPlanToXlsx(book, planSesanSummary(s, register, report, TEST_CLOCK));
  const saved = await loadXlsx(await saveXlsx(book));
  return { book: saved, snapshot: snapshotOf(saved), report, name: organisationName(register, "") };
}

/** The label → value lines of the head of the sheet. */
function head(sheet: SheetSnapshot): Map<string, string> {
  const lines = new Map<string, string>();
  for (let r = SUMMARY_FIRST_ROW - 1; r < sheet.values.length; r++) {
    const [label, value] = sheet.values[r] ?? [];
    if (label === undefined || label === "") break;
    lines.set(String(label), String(value));
  }
  return lines;
}

describe("planSesanSummary on a register with fiches, requests and breaches", () => {
  let written: Awaited<ReturnType<typeof withSummary>>;
  beforeAll(async () => {
    written = await withSummary(await registerWithPeopleBytes(3, TEST_CLOCK));
  });

  it("is the add-in's own sheet, and says the CPTS, the day, the verdict and the counts of the report", () => {
    const sheet = written.snapshot.sheets.find((s) => s.name === SHEET)!;
    expect(isOwnedSheet(sheet, "sesanSummary")).toBe(true);
    const r = written.report;
    const h = head(sheet);
    expect(written.name).not.toBe("");
    expect(h.get("CPTS")).toBe(written.name);
    expect(h.get("Préparée le")).toBe("24/11/2026");
    expect(h.get("Verdict")).toMatch(r.verdict === "ready" ? /^Prêt à envoyer/ : /^Pas prêt/);
    expect(h.get("Erreurs (à corriger avant l'envoi)")).toBe(String(r.summary.errors));
    expect(h.get("Avertissements (à revoir)")).toBe(String(r.summary.warnings));
    expect(h.get("Conseils")).toBe(String(r.summary.infos));
    expect(h.get("Constats écartés par la CPTS")).toBe("1");
    expect(h.get("Fiches de traitement")).toBe("3");
    expect(h.get("Registre des violations")).toBe("1 incident en attente de décision sur la notification à la CNIL, dont 1 hors délai (72 heures dépassées)");
    expect(h.get("Demandes d'exercice des droits")).toBe("2 demandes en attente de réponse, dont 1 hors délai");
    expect(h.get("Auto-diagnostic cyber")).toBe("Pas encore fait");
    expect(h.get("Plus ancienne mise à jour d'une fiche")).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  });

  it("lists every fiche with its RÉF, name, completeness and AIPD", () => {
    const sheet = written.snapshot.sheets.find((s) => s.name === SHEET)!;
    const headerRow = sheet.values.findIndex((row) => row[0] === "RÉF");
    expect(headerRow).toBeGreaterThan(0);
    const rows = sheet.values.slice(headerRow + 1, headerRow + 1 + written.report.fiches.length).map((row) => row.slice(0, 4));
    expect(rows.map((row) => row.slice(0, 3))).toEqual(written.report.fiches.map((f) => [f.ref, f.name, `${Math.round(f.completeness)} %`]));
    for (const row of rows) expect(String(row[3])).toMatch(/^(Requise|Probable|À examiner|Non requise|À déterminer)/);
  });

  it("prints on one A4 page, portrait, its print area the sheet's content", () => {
    const info = readBook(written.book);
    const entry = info.sheets.find((s) => s.name === SHEET)!;
    const xml = written.book.text(entry.part);
    expect(xml).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    const setup = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? "";
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/orientation="portrait"/);
    expect(setup).toMatch(/fitToWidth="1"/);
    expect(setup).toMatch(/fitToHeight="1"/);
    const sheetIndex = info.allSheets.findIndex((s) => s.name === SHEET);
    const area = info.definedNames.find((d) => d.name === "_xlnm.Print_Area" && d.localSheetId === sheetIndex);
    const lastRow = written.snapshot.sheets.find((s) => s.name === SHEET)!.values.length;
    expect(area?.text).toBe(`'${SHEET}'!$A$1:$D$${lastRow}`);
  });

  it("written again, replaces the add-in's sheet: one summary, up to date", async () => {
    const s = written.snapshot;
    const register = readRegister(s);
    const report = validateRegister(register, { clock: TEST_CLOCK });
    applyPlanToXlsx(written.book, planSesanSummary(s, register, report, TEST_CLOCK));
    const again = snapshotOf(await loadXlsx(await saveXlsx(written.book)));
    expect(findOwnedSheets(again, "sesanSummary").map((x) => x.name)).toEqual([SHEET]);
    expect(again.sheets.filter((x) => x.name.startsWith("Synthèse"))).toHaveLength(1);
  });
});

describe("planSesanSummary beside a user's sheet of the same name, on the CNIL's workbook", () => {
  it("never touches the user's sheet, and says what the empty register lacks", async () => {
    const book = await loadXlsx(cnilXlsxBytes());
    applyPlanToXlsx(book, {
      title: "La feuille de l'utilisateur",
      ops: [
        { op: "addSheet", name: SHEET },
        { op: "write", sheet: SHEET, cells: [{ address: "A1", kind: "text", value: "Mes notes" }] },
      ],
    });
    const { snapshot } = await withSummary(await saveXlsx(book));
    expect(snapshot.sheets.find((s) => s.name === SHEET)?.values).toEqual([["Mes notes"]]);
    const ours = findOwnedSheets(snapshot, "sesanSummary");
    expect(ours.map((s) => s.name)).toEqual([`${SHEET} (2)`]);
    const h = head(ours[0]);
    expect(h.get("CPTS")).toMatch(/non renseigné/);
    expect(h.get("Fiches de traitement")).toBe("0");
    expect(ours[0].values.some((row) => row[0] === "Aucune fiche de traitement remplie.")).toBe(true);
  });
});
