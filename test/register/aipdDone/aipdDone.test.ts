/**
 * « AIPD réalisée le … »: the add-in's hidden sheet « AIPD réalisées », one line per RÉF, written into a
 * real workbook and read back (hidden, marked, the day a date); noting the same fiche again updates its
 * line; undo takes the sheet away; the fiche itself is never touched. The screening's advice and the
 * report read it.
 */
import {
  OWNED_MARKS,
  PlanError,
  aipdDoneOn,
  invertPlan,
  planAipdDone,
  planReportSheet,
  readAipdDone,
  readRegister,
  validateRegister,
  type WorkbookSnapshot,
} from "../../../src/register";
import { registerReportJson } from "../../../src/register/report/json";
import { RegisterReportJson } from "../../../src/register/report/schema";
import { applyPlanToSnapshot } from "../../fixtures/snapshots";
import { clockAt } from "../../fixtures/clocks";
import { buildFiche, buildRegister, cleanFicheSpec, healthFicheSpec } from "../../fixtures/registers";
import { buildExampleRegister } from "../../../src/workbook/template";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../../src/workbook/xlsx";

const clock = clockAt("2026-12-07T10:00:00+01:00");
const day = (year: number, month: number, d: number): number => Date.UTC(year, month - 1, d) / 86_400_000 + 25569;
const SAS = "SNP - participation au SAS";

let example: WorkbookSnapshot;
beforeAll(async () => {
  example = snapshotOf(await buildExampleRegister({ clock }));
}, 60_000);

const sheetOf = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === "AIPD réalisées");

describe("noting an AIPD carried out", () => {
  test("the first one makes the hidden, marked sheet with one line for the RÉF, the day a date", () => {
    const plan = planAipdDone(example, "ref-002", day(2026, 11, 20), clock);
    expect(plan.title).toBe("Noter l'AIPD de la fiche ref-002 réalisée le 20/11/2026");
    expect(plan.ops).toContainEqual({ op: "sheetVisibility", sheet: "AIPD réalisées", visibility: "Hidden" });
    const cells = plan.ops.flatMap((op) => (op.op === "write" ? op.cells : []));
    expect(cells).toContainEqual({ address: "Z1", kind: "text", value: OWNED_MARKS.aipdDone });
    expect(cells).toContainEqual({ address: "A5", kind: "text", value: "ref-002" });
    expect(cells).toContainEqual({ address: "B5", kind: "date", value: day(2026, 11, 20) });
    expect(cells).toContainEqual({ address: "C5", kind: "date", value: day(2026, 12, 7) });
    // Only the add-in's sheet is written: the fiche's layout stays as it is.
    expect(new Set(plan.ops.map((op) => ("sheet" in op ? op.sheet : "name" in op ? op.name : "")))).toEqual(new Set(["AIPD réalisées"]));
    // (Hidden in a real file: the .xlsx test below; the snapshot fixture does not play visibility.)
    const after = applyPlanToSnapshot(example, plan);
    expect(readAipdDone(after).records).toEqual([{ sheet: "AIPD réalisées", row: 5, ref: "ref-002", doneOn: day(2026, 11, 20), doneOnCell: "B5" }]);
  });

  test("noting the same fiche again (RÉF folded) updates its line; another fiche gets the next line", () => {
    let book = applyPlanToSnapshot(example, planAipdDone(example, "ref-002", day(2026, 11, 20), clock));
    book = applyPlanToSnapshot(book, planAipdDone(book, "ref-001", day(2026, 10, 1), clock));
    book = applyPlanToSnapshot(book, planAipdDone(book, "  REF-002 ", day(2026, 12, 1), clock));
    expect(readAipdDone(book).records.map((r) => [r.row, r.ref, r.doneOn])).toEqual([
      [5, "REF-002", day(2026, 12, 1)],
      [6, "ref-001", day(2026, 10, 1)],
    ]);
    expect(book.sheets.filter((s) => s.name.startsWith("AIPD réalisées"))).toHaveLength(1);
  });

  test("undo takes the sheet away", () => {
    const plan = planAipdDone(example, "ref-002", day(2026, 11, 20), clock);
    const after = applyPlanToSnapshot(example, plan);
    const undone = applyPlanToSnapshot(after, invertPlan(plan, example));
    expect(undone.sheets.map((s) => s.name)).toEqual(example.sheets.map((s) => s.name));
  });

  test("a user's own sheet of the same name is left alone", () => {
    const mine = { ...example, sheets: [...example.sheets, { name: "AIPD réalisées", visibility: "Visible" as const, values: [["Mes notes"]] }] };
    const plan = planAipdDone(mine, "ref-002", day(2026, 11, 20), clock);
    const after = applyPlanToSnapshot(mine, plan);
    expect(sheetOf(after)?.values).toEqual([["Mes notes"]]);
    expect(readAipdDone(after).records[0]).toMatchObject({ sheet: "AIPD réalisées (2)", ref: "ref-002" });
  });

  test("refused without a RÉF, with an unreadable day, or a day after today", () => {
    expect(() => planAipdDone(example, "  ", day(2026, 11, 20), clock)).toThrow(PlanError);
    expect(() => planAipdDone(example, "ref-002", Number.NaN, clock)).toThrow("La date n'est pas lisible");
    expect(() => planAipdDone(example, "ref-002", day(2026, 12, 8), clock)).toThrow("Cette date est dans le futur");
    expect(() => planAipdDone(example, "ref-002", day(2026, 12, 7), clock)).not.toThrow();
  });

  test("written into a real .xlsx and read back: hidden, marked, the day a date", async () => {
    const book = await buildExampleRegister({ clock });
    applyPlanToXlsx(book, planAipdDone(snapshotOf(book), "ref-002", day(2026, 11, 20), clock));
    const back = snapshotOf(await loadXlsx(await saveXlsx(book)));
    const sheet = sheetOf(back);
    expect(sheet?.visibility).toBe("Hidden");
    expect(sheet?.values[0]?.[25]).toBe(OWNED_MARKS.aipdDone);
    expect(readAipdDone(back).records).toEqual([{ sheet: "AIPD réalisées", row: 5, ref: "ref-002", doneOn: day(2026, 11, 20), doneOnCell: "B5" }]);
    // The fiche reads the same as before.
    const before = readRegister(example).fiches.find((f) => f.sheet === SAS);
    expect(readRegister(back).fiches.find((f) => f.sheet === SAS)).toEqual(before);
    expect(aipdDoneOn(readRegister(back).aipdDone, "REF-002")).toBe(day(2026, 11, 20));
  }, 60_000);

  test("a day typed by hand as text is read; a line without RÉF is not a line", () => {
    const after = applyPlanToSnapshot(example, planAipdDone(example, "ref-002", day(2026, 11, 20), clock));
    const sheet = sheetOf(after)!;
    sheet.values[5] = ["ref-001", "03/02/2026"];
    sheet.values[6] = ["", "04/02/2026"];
    sheet.values[7] = ["ref-003", "bientôt"];
    expect(readAipdDone(after).records.map((r) => [r.ref, r.doneOn, r.doneOnCell])).toEqual([
      ["ref-002", day(2026, 11, 20), "B5"],
      ["ref-001", day(2026, 2, 3), "B6"],
      ["ref-003", null, "B8"],
    ]);
  });
});

describe("the screening and the report read it", () => {
  const health = buildFiche(healthFicheSpec("Accès MT", "ref-003"));
  const members = buildFiche(cleanFicheSpec("Adhérents", "ref-001"));

  test("a fiche whose AIPD is noted is no longer asked for one; the others still are", () => {
    const register = buildRegister({ fiches: [health, members] });
    expect(validateRegister(register, { clock }).findings.map((f) => f.rule)).toContain("aipd.likely");
    register.aipdDone = { records: [{ sheet: "AIPD réalisées", row: 5, ref: "REF-003", doneOn: day(2026, 11, 20), doneOnCell: "B5" }] };
    const report = validateRegister(register, { clock });
    expect(report.findings.map((f) => f.rule)).not.toContain("aipd.likely");
    expect(report.fiches.find((f) => f.sheet === "Accès MT")).toMatchObject({ aipd: "likely", aipdDoneOn: day(2026, 11, 20) });
    expect(report.fiches.find((f) => f.sheet === "Adhérents")?.aipdDoneOn).toBeUndefined();
  });

  test("the report sheet's AIPD column says when it was carried out", () => {
    let book = applyPlanToSnapshot(example, planAipdDone(example, "ref-002", day(2026, 11, 20), clock));
    const register = readRegister(book);
    const plan = planReportSheet(book, register, validateRegister(register, { clock }), { clock, addinVersion: "0.1.0" });
    book = applyPlanToSnapshot(book, plan);
    const sheet = book.sheets.find((s) => s.name === "Rapport de vérification");
    const row = sheet?.values.find((r) => r[1] === "ref-002");
    expect(row?.[4]).toBe("Probable, réalisée le 20/11/2026");
    expect(sheet?.values.find((r) => r[1] === "ref-001")?.[4]).toBe("Non requise");
  });

  test("a line whose date cannot be read does not count as done", () => {
    const register = buildRegister({ fiches: [health] });
    register.aipdDone = { records: [{ sheet: "AIPD réalisées", row: 5, ref: "ref-003", doneOn: null, doneOnCell: "B5" }] };
    expect(validateRegister(register, { clock }).findings.map((f) => f.rule)).toContain("aipd.likely");
  });

  test("the JSON report gains aipdDoneOn (ISO day, or null), and a line without it is still valid", () => {
    const register = buildRegister({ fiches: [health, members] });
    register.aipdDone = { records: [{ sheet: "AIPD réalisées", row: 5, ref: "ref-003", doneOn: day(2026, 11, 20), doneOnCell: "B5" }] };
    const json = registerReportJson("r.xlsx", register, validateRegister(register, { clock }));
    expect(json.fiches.map((f) => [f.sheet, f.aipdDoneOn])).toEqual([
      ["Accès MT", "2026-11-20"],
      ["Adhérents", null],
    ]);
    expect(RegisterReportJson.safeParse(json).success).toBe(true);
    // A report written before this field existed still validates.
    const older = { ...json, fiches: json.fiches.map(({ aipdDoneOn: _gone, ...rest }) => rest) };
    expect(RegisterReportJson.safeParse(older).success).toBe(true);
    expect(RegisterReportJson.safeParse({ ...json, fiches: [{ ...json.fiches[0], aipdDoneOn: "20/11/2026" }] }).success).toBe(false);
  });
});
