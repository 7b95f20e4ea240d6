/**
 * The breach register « Registre des violations »: what people type is read (dates with or without
 * their time, « non – aucun risque » in the CNIL column), the CNIL's 72 hours are counted in real hours
 * on the CPTS's wall clock (across the changes to and from summer time too), and the verdict says it at
 * the line's « CNIL » cell: the deadline while it runs, a warning once it has passed without a decision.
 */
import {
  OWNED_MARKS,
  incidentSummary,
  parseDateTimeText,
  readBreaches,
  readRegister,
  validateWorkbook,
  type CellValue,
  type Clock,
  type Finding,
  type WorkbookSnapshot,
} from "../../../src/register";
import { clockAt, REUNION } from "../../fixtures/clocks";
import { cnilSnapshot } from "../../fixtures/snapshots";

/** Excel serial of a wall-clock moment (month 1–12). */
function at(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) / 86_400_000 + 25569;
}

/** A register with a hand-made « Registre des violations » (the add-in's mark, lines from row 5). */
function withBreaches(rows: CellValue[][], mark = OWNED_MARKS.breaches): WorkbookSnapshot {
  const base = cnilSnapshot();
  const values: CellValue[][] = [[], [], [], ["Découverte le", "Ce qui s'est passé"], ...rows];
  values[0] = Array.from({ length: 26 }, (_, i) => (i === 25 ? mark : i === 0 ? "Registre des violations de données personnelles" : ""));
  return { ...base, sheets: [...base.sheets, { name: "Registre des violations", visibility: "Visible", values }] };
}

const breachFindings = (snapshot: WorkbookSnapshot, clock: Clock): Finding[] =>
  validateWorkbook(snapshot, { clock }).findings.filter((f) => f.rule.startsWith("breaches."));

describe("dates and times as people type them", () => {
  test.each([
    ["05/12/2026 14:30", at(2026, 12, 5, 14, 30), true],
    ["05/12/2026 à 14h30", at(2026, 12, 5, 14, 30), true],
    ["5/12/26 9h", at(2026, 12, 5, 9), true],
    ["05/12/2026 14:30:00", at(2026, 12, 5, 14, 30), true],
    ["2026-12-05T14:30", at(2026, 12, 5, 14, 30), true],
    ["05/12/2026", at(2026, 12, 5), false],
  ])("« %s »", (typed, serial, hasTime) => {
    const read = parseDateTimeText(typed);
    expect(read?.hasTime).toBe(hasTime);
    expect(read?.serial).toBeCloseTo(serial, 6);
  });

  test.each(["hier soir", "05/12/2026 25:00", "31/02/2026 10:00", "14:30"])("« %s » is not a date", (typed) => {
    expect(parseDateTimeText(typed)).toBeNull();
  });
});

describe("reading the register", () => {
  test("a date cell with its time, a typed date, a reason typed in the CNIL column, a line without its discovery", () => {
    const book = readBreaches(
      withBreaches([
        [at(2026, 12, 5, 14, 30), "Ordinateur volé", "Agenda des patients", "", "risque élevé", "Plainte", at(2026, 12, 6, 10), "", "", ""],
        ["05/12/2026 à 14h30", "Courriel envoyé au mauvais destinataire", "", "", "faible", "", "non – aucun risque", "", "", "pas de risque"],
        ["", "Clé USB perdue"],
        ["hier soir", "Rançongiciel", "", "", "", "", "oui", ""],
      ]),
    );
    expect(book.entries).toHaveLength(4);
    const [stolen, mail, usb, ransom] = book.entries;
    expect(stolen).toMatchObject({ row: 5, discoveredHasTime: true, risk: "high", cnil: { kind: "notified" }, cnilCell: "G5", persons: { kind: "undecided" } });
    expect(stolen.discovered).toBeCloseTo(at(2026, 12, 5, 14, 30), 6);
    expect(mail).toMatchObject({ risk: "none", cnil: { kind: "not-required", why: "aucun risque" }, persons: { kind: "not-required", why: "pas de risque" } });
    expect(mail.discovered).toBeCloseTo(at(2026, 12, 5, 14, 30), 6);
    expect(usb).toMatchObject({ discovered: null, cnil: { kind: "undecided" } });
    expect(ransom).toMatchObject({ discovered: null, cnil: { kind: "notified", at: null } });
    expect(book.problems).toEqual([
      { sheet: "Registre des violations", cell: "A7", problem: "missing-discovery", text: "" },
      { sheet: "Registre des violations", cell: "A8", problem: "unreadable-date", text: "hier soir" },
      { sheet: "Registre des violations", cell: "G8", problem: "unreadable-date", text: "oui" },
    ]);
  });

  test("a user's own sheet of the same name, without the add-in's mark, is not read", () => {
    const snapshot = withBreaches([[at(2026, 12, 5, 14, 30), "Ordinateur volé"]], "");
    expect(readBreaches(snapshot).entries).toEqual([]);
    expect(readRegister(snapshot).breaches?.entries).toEqual([]);
  });
});

describe("the CNIL's 72 hours in the verdict", () => {
  const stolen = (discovered: CellValue, cnil: CellValue = "") => withBreaches([[discovered, "Ordinateur volé", "Agenda", "", "", "", cnil]]);

  test("while they run: a conseil at the CNIL cell with the deadline and the hours left", () => {
    // Discovered Saturday 05/12 at 14:30 in Paris; it is Monday 07/12 at 21:30 (Paris): 17 hours left.
    const findings = breachFindings(stolen(at(2026, 12, 5, 14, 30)), clockAt("2026-12-07T21:30:00+01:00"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "breaches.cnil-pending", severity: "info", sheet: "Registre des violations", cell: "G5" });
    expect(findings[0].message).toContain("à décider avant le 08/12/2026 à 14:30");
    expect(findings[0].message).toContain("il reste 17 h");
  });

  test("past them without a decision: a warning at the CNIL cell saying when the deadline passed", () => {
    const findings = breachFindings(stolen(at(2026, 12, 5, 14, 30)), clockAt("2026-12-08T14:31:00+01:00"));
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["breaches.cnil-overdue", "warning", "G5"]]);
    expect(findings[0].message).toContain("dépassé depuis le 08/12/2026 à 14:30");
    const report = validateWorkbook(stolen(at(2026, 12, 5, 14, 30)), { clock: clockAt("2026-12-08T14:31:00+01:00") });
    expect(report.incidents).toEqual({ open: 1, overdue: 1 });
  });

  test("a decision, either way, ends the clock", () => {
    const late = clockAt("2026-12-20T10:00:00+01:00");
    expect(breachFindings(stolen(at(2026, 12, 5, 14, 30), at(2026, 12, 6, 9)), late)).toEqual([]);
    expect(breachFindings(stolen(at(2026, 12, 5, 14, 30), "Non, aucun risque : données chiffrées"), late)).toEqual([]);
    expect(validateWorkbook(stolen(at(2026, 12, 5, 14, 30), at(2026, 12, 6, 9)), { clock: late }).incidents).toEqual({ open: 0, overdue: 0 });
  });

  test("a day typed without its time is counted from midnight, and the message says so", () => {
    const findings = breachFindings(stolen("05/12/2026"), clockAt("2026-12-07T21:30:00+01:00"));
    expect(findings[0].rule).toBe("breaches.cnil-pending");
    expect(findings[0].message).toContain("avant le 08/12/2026 à 00:00");
    expect(findings[0].message).toContain("L'heure de la découverte n'est pas écrite (cellule A5) : le délai est compté depuis minuit");
  });

  test("72 real hours across the end of summer time: discovered Friday 10:00, due Monday 09:00 on the wall clock", () => {
    // Clocks go back on Sunday 25/10/2026 at 03:00 in Paris: the weekend has 73 hours on the wall clock.
    const entry = stolen(at(2026, 10, 23, 10));
    const before = breachFindings(entry, clockAt("2026-10-26T08:59:00+01:00"));
    expect(before[0].message).toContain("avant le 26/10/2026 à 09:00");
    expect(before[0].message).toContain("il reste 0 h");
    const after = breachFindings(entry, clockAt("2026-10-26T09:01:00+01:00"));
    expect(after.map((f) => f.rule)).toEqual(["breaches.cnil-overdue"]);
  });

  test("72 real hours across the start of summer time: discovered Friday 10:00, due Monday 11:00", () => {
    // Clocks go forward on Sunday 29/03/2026 at 02:00 in Paris.
    const findings = breachFindings(stolen(at(2026, 3, 27, 10)), clockAt("2026-03-30T10:30:00+02:00"));
    expect(findings[0].message).toContain("avant le 30/03/2026 à 11:00");
  });

  test("read on La Réunion's wall clock, the same line has its deadline at the same wall-clock hour", () => {
    const findings = breachFindings(stolen(at(2026, 12, 5, 14, 30)), clockAt("2026-12-07T21:30:00+04:00", REUNION));
    expect(findings[0].message).toContain("avant le 08/12/2026 à 14:30");
  });
});

describe("the other findings of the register", () => {
  const clock = clockAt("2026-12-06T10:00:00+01:00");

  test("a high risk with the persons neither informed nor a reason: a warning at the persons' cell", () => {
    const snapshot = withBreaches([[at(2026, 12, 5, 14, 30), "Ordinateur volé", "Dossiers de patients", "", "Risque élevé", "", at(2026, 12, 6, 9)]]);
    const findings = breachFindings(snapshot, clock);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["breaches.persons-not-informed", "I5"]]);
  });

  test("a risk judged, yet the CNIL not notified: a warning at the CNIL cell", () => {
    const snapshot = withBreaches([[at(2026, 12, 5, 14, 30), "Ordinateur volé", "", "", "Risque", "", "", "pas la peine"]]);
    const findings = breachFindings(snapshot, clock);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["breaches.risk-not-notified", "G5"]]);
    expect(findings[0].message).toContain("présente un risque pour les personnes");
  });

  test("unreadable and missing dates are warnings at their cells, and the line is not counted overdue", () => {
    const snapshot = withBreaches([
      ["la semaine dernière", "Rançongiciel"],
      ["", "Clé USB perdue"],
    ]);
    const findings = breachFindings(snapshot, clock);
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ["breaches.date-unreadable", "warning", "A5"],
      ["breaches.discovery-missing", "warning", "A6"],
    ]);
    expect(findings[0].message).toContain("« la semaine dernière » n'est pas une date lisible");
    expect(incidentSummary(readBreaches(snapshot), clock)).toEqual({ open: 2, overdue: 0 });
  });
});
