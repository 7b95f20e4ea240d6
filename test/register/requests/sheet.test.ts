/**
 * The register « Demandes d'exercice des droits » read as people fill it by hand (dates as date cells or
 * typed « 05/12/2026 », rights and outcomes in their own words), and what the verdict says of it on a
 * fixed clock: the overdue warning at the line's « Répondu le » cell, a conseil in the last days, an
 * extension announced too late, unreadable or missing dates at their cell, and the report's counts.
 */
import {
  OWNED_MARKS,
  readOutcome,
  readRegister,
  readRequests,
  readRights,
  serialOfDay,
  validateWorkbook,
  type CellValue,
  type Clock,
  type Finding,
  type WorkbookSnapshot,
} from "../../../src/register";
import { registerReportJson as reportJson } from "../../../src/register/report/json";
import { RegisterReportJson } from "../../../src/register/report/schema";
import { dayClock } from "../../fixtures/clocks";
import { cnilSnapshot } from "../../fixtures/snapshots";

const SHEET = "Demandes d'exercice des droits";
const day = (d: number, m: number, y: number): number => serialOfDay(y, m, d) as number;

/** A register with a hand-made requests sheet (the add-in's mark, lines from row 5). */
function withRequests(rows: CellValue[][], mark = OWNED_MARKS.requests): WorkbookSnapshot {
  const base = cnilSnapshot();
  const values: CellValue[][] = [[], [], [], ["Reçue le", "Personne"], ...rows];
  values[0] = Array.from({ length: 26 }, (_, i) => (i === 25 ? mark : i === 0 ? "Registre des demandes d'exercice des droits" : ""));
  return { ...base, sheets: [...base.sheets, { name: SHEET, visibility: "Visible", values }] };
}

const requestFindings = (snapshot: WorkbookSnapshot, clock: Clock): Finding[] =>
  validateWorkbook(snapshot, { clock }).findings.filter((f) => f.rule.startsWith("requests."));

describe("reading lines typed by hand", () => {
  test("dates as date cells or typed, rights and outcomes in words, a line without its receipt date", () => {
    const book = readRequests(
      withRequests([
        [day(5, 12, 2026), "M. D.", "Accès", "ref-002", "Oui", "", day(10, 12, 2026), "Accordée"],
        ["05/12/2026", "Mme L.", "droit d'accès et rectification", "", "non", "", "", ""],
        ["3/11/26", "X", "Suppression de mon compte", "", "", "20/11/2026", "", "", "Dossier archivé à retrouver"],
        ["", "Y", "opposition", "", "", "", "", ""],
        ["hier", "Z", "Portabilité, limitation", "", "", "", "bientôt", "Refusée"],
      ]),
    )!;
    expect(book.entries.map((e) => [e.row, e.received, e.rights, e.outcome])).toEqual([
      [5, day(5, 12, 2026), ["access"], "granted"],
      [6, day(5, 12, 2026), ["access", "rectification"], "unknown"],
      [7, day(3, 11, 2026), ["erasure"], "unknown"],
      [8, null, ["objection"], "unknown"],
      [9, null, ["restriction", "portability"], "refused"],
    ]);
    expect(book.entries[0]).toMatchObject({ person: "M. D.", ficheRef: "ref-002", identityChecked: "Oui", answered: day(10, 12, 2026), answeredCell: "G5" });
    expect(book.entries[2]).toMatchObject({ extendedOn: day(20, 11, 2026), reasons: "Dossier archivé à retrouver" });
    expect(book.problems).toEqual([
      { sheet: SHEET, cell: "A8", problem: "missing-received", text: "" },
      { sheet: SHEET, cell: "A9", problem: "unreadable-date", text: "hier" },
      { sheet: SHEET, cell: "G9", problem: "unreadable-date", text: "bientôt" },
    ]);
  });

  test.each([
    ["Accès", ["access"]],
    ["Droit de rectification", ["rectification"]],
    ["effacement / droit à l'oubli", ["erasure"]],
    ["s'oppose à la prospection", ["objection"]],
    ["ACCES + PORTABILITE", ["access", "portability"]],
    ["Limitation du traitement", ["restriction"]],
    ["je ne sais pas", []],
  ])("rights « %s »", (typed, rights) => {
    expect(readRights(typed)).toEqual(rights);
  });

  test.each([
    ["Accordée", "granted"],
    ["accordée en partie", "partly-granted"],
    ["Refus (secret médical)", "refused"],
    ["Non accordée", "refused"],
    ["Retirée par la personne", "withdrawn"],
    ["Fait", "granted"],
    ["", "unknown"],
    ["voir courrier", "unknown"],
  ])("outcome « %s »", (typed, outcome) => {
    expect(readOutcome(typed)).toBe(outcome);
  });

  test("no sheet: no book; a user's sheet of that name without the add-in's mark is not read", () => {
    expect(readRequests(cnilSnapshot())).toBeUndefined();
    expect(readRegister(cnilSnapshot()).requests).toBeUndefined();
    expect(readRequests(withRequests([[day(5, 12, 2026), "M. D.", "Accès"]], "mon registre"))).toBeUndefined();
    expect(readRegister(withRequests([[day(5, 12, 2026), "M. D.", "Accès"]])).requests?.entries).toHaveLength(1);
  });
});

describe("the verdict on a fixed day", () => {
  // Received Saturday 05/12/2026: answer by Tuesday 05/01/2027.
  const pending = withRequests([[day(5, 12, 2026), "M. D.", "Accès"]]);

  test("past its deadline without an answer: a warning at the line's « Répondu le » cell", () => {
    const findings = requestFindings(pending, dayClock(2027, 1, 6));
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([["requests.overdue", "warning", SHEET, "G5"]]);
    expect(findings[0].message).toContain("Demande reçue le 05/12/2026");
    expect(findings[0].message).toContain("le délai a pris fin le 05/01/2027");
    expect(validateWorkbook(pending, { clock: dayClock(2027, 1, 6) }).requests).toEqual({ open: 1, overdue: 1 });
  });

  test("in its last week: a conseil with the deadline and the days left; before, nothing", () => {
    const findings = requestFindings(pending, dayClock(2026, 12, 31));
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["requests.due-soon", "info", "G5"]]);
    expect(findings[0].message).toContain("répondez au plus tard le 05/01/2027 (reste 5 jours");
    expect(requestFindings(pending, dayClock(2027, 1, 5))[0].message).toContain("c'est aujourd'hui");
    expect(requestFindings(pending, dayClock(2026, 12, 20))).toEqual([]);
    expect(validateWorkbook(pending, { clock: dayClock(2026, 12, 20) }).requests).toEqual({ open: 1, overdue: 0 });
  });

  test("answered, or extended in time: no warning", () => {
    const answered = withRequests([[day(5, 12, 2026), "M. D.", "Accès", "", "", "", "04/01/2027", "Accordée"]]);
    expect(requestFindings(answered, dayClock(2027, 2, 1))).toEqual([]);
    const extended = withRequests([[day(5, 12, 2026), "M. D.", "Accès", "", "", "28/12/2026"]]);
    expect(requestFindings(extended, dayClock(2027, 1, 20))).toEqual([]);
    expect(requestFindings(extended, dayClock(2027, 3, 8)).map((f) => f.rule)).toEqual(["requests.overdue"]);
  });

  test("an extension announced after the first month: a warning at its cell, and the one-month deadline stands", () => {
    const late = withRequests([[day(5, 12, 2026), "M. D.", "Accès", "", "", "07/01/2027"]]);
    const findings = requestFindings(late, dayClock(2027, 1, 8));
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ["requests.extension-late", "F5"],
      ["requests.overdue", "G5"],
    ]);
    expect(findings[0].message).toContain("après la fin du premier mois (le 05/01/2027");
  });

  test("an unreadable date or a missing receipt date: a warning at that cell", () => {
    const findings = requestFindings(
      withRequests([
        ["la semaine dernière", "M. D.", "Accès"],
        ["", "Mme L.", "Effacement"],
      ]),
      dayClock(2027, 1, 6),
    );
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["requests.date-unreadable", "warning", "A5"],
      ["requests.received-missing", "warning", "A6"],
    ]);
    expect(findings[0].message).toContain("« la semaine dernière » n'est pas une date lisible");
  });

  test("the JSON report carries `requests: { open, overdue }`, valid against its schema", () => {
    const report = validateWorkbook(pending, { clock: dayClock(2027, 1, 6) });
    const json = reportJson("registre.xlsx", readRegister(pending), report);
    expect(json.requests).toEqual({ open: 1, overdue: 1 });
    expect(RegisterReportJson.parse(json).requests).toEqual({ open: 1, overdue: 1 });
    const none = reportJson("registre.xlsx", readRegister(cnilSnapshot()), validateWorkbook(cnilSnapshot(), { clock: dayClock(2027, 1, 6) }));
    expect(none.requests).toEqual({ open: 0, overdue: 0 });
  });
});
