import type { Register, WorkbookSnapshot } from "../../../src/register";
import { readRegister } from "../../../src/register/read";
import { validateRegister } from "../../../src/register/validate";
import { planAuditRun } from "../../../src/register/audit/plans";
import { addMonthsClamped, reevaluateBy } from "../../../src/register/audit/reevaluate";
import { serialOfDay } from "../../../src/register/dates";
import type { BreachEntry } from "../../../src/register/breaches/model";
import { applyPlanToSnapshot } from "../../fixtures/snapshots";
import { buildFiche, cleanFicheSpec, expectFrenchAboutCell, healthFicheSpec, LIST_SHEET, registerBook, where } from "../../fixtures/registers";
import { dayClock } from "../../fixtures/clocks";

const AUDIT = "Auto-diagnostic cyber";
/** The run's day in these tests: 31/08/2026 (six months later is the end of February). */
const RUN_DAY = dayClock(2026, 8, 31);

const backupFiche = () =>
  buildFiche(
    cleanFicheSpec("Adhérents", "ref-001", {
      measures: [
        ["Contrôle d'accès des utilisateurs", "Accès réservé au bureau"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire du disque partagé"],
      ],
    }),
  );
const healthFiche = () => buildFiche(healthFicheSpec("Accès MT", "ref-002"));

function snapshotWith(answers: Record<string, string> | null, fiches = [backupFiche(), healthFiche()]): WorkbookSnapshot {
  const snap = registerBook({ fiches }).snapshot();
  return answers === null ? snap : applyPlanToSnapshot(snap, planAuditRun(snap, answers, "Marie", RUN_DAY));
}

const check = (register: Register, day = dayClock(2026, 9, 15)) => validateRegister(register, { clock: day });
const findings = (answers: Record<string, string> | null, day?: ReturnType<typeof dayClock>) => check(readRegister(snapshotWith(answers)), day).findings;

/** The answer cell of a question in the first block (its row tagged with its id in column E). */
function answerCell(snap: WorkbookSnapshot, id: string): string {
  const rows = snap.sheets.find((s) => s.name === AUDIT)!.values;
  return `C${rows.findIndex((r) => r[4] === id) + 1}`;
}

describe("re-evaluating six months later", () => {
  test("same day six months later, or the month's last day when it has none", () => {
    expect(reevaluateBy({ date: serialOfDay(2026, 11, 24) })).toBe(serialOfDay(2027, 5, 24));
    expect(reevaluateBy({ date: serialOfDay(2026, 8, 31) })).toBe(serialOfDay(2027, 2, 28));
    expect(addMonthsClamped(serialOfDay(2027, 8, 31)!, 6)).toBe(serialOfDay(2028, 2, 29));
    expect(reevaluateBy({ date: serialOfDay(2026, 12, 31) })).toBe(serialOfDay(2027, 6, 30));
    expect(reevaluateBy({ date: null })).toBeNull();
  });

  test("no warning up to the due day; the day after, a warning at the last run's date cell", () => {
    const answers = { "gov-referent": "designe" };
    expect(where(findings(answers, dayClock(2027, 2, 28)), "audit.reevaluate")).toEqual([]);
    const late = findings(answers, dayClock(2027, 3, 1)).filter((f) => f.rule === "audit.reevaluate");
    expect(late.map((f) => `${f.sheet}!${f.cell} ${f.severity}`)).toEqual([`${AUDIT}!B5 warning`]);
    expect(late[0].message).toBe(
      "Réévaluer : la dernière évaluation date du 31/08/2026 (cellule B5) et devait être refaite avant le 28/02/2027. Refaites l'auto-diagnostic depuis l'onglet « Sécurité » du volet.",
    );
  });

  test("a newer run resets the clock: only the last run counts", () => {
    const first = snapshotWith({ "gov-referent": "designe" });
    const second = applyPlanToSnapshot(first, planAuditRun(first, { "gov-referent": "designe" }, "Paul", dayClock(2027, 2, 20)));
    expect(where(check(readRegister(second), dayClock(2027, 3, 1)).findings, "audit.reevaluate")).toEqual([]);
  });
});

describe("no audit yet", () => {
  test("a conseil at tab 2's A1 inviting one, and nothing else of the audit", () => {
    const f = findings(null);
    expect(f.filter((x) => x.rule.startsWith("audit.")).map((x) => `${x.rule} ${x.sheet}!${x.cell} ${x.severity}`)).toEqual([
      `audit.none ${LIST_SHEET}!A1 info`,
    ]);
  });

  test("once a run is kept, the conseil is gone", () => {
    expect(where(findings({ "gov-referent": "designe" }), "audit.none")).toEqual([]);
  });
});

describe("cells of the audit the engine cannot read", () => {
  test("an answer that is no choice is a warning at its cell, naming what was typed", () => {
    const snap = snapshotWith({ "gov-referent": "designe" });
    const cell = answerCell(snap, "sup-hds");
    const rows = snap.sheets.find((s) => s.name === AUDIT)!.values;
    rows[Number(cell.slice(1)) - 1][2] = "Chez OVH";
    const f = check(readRegister(snap)).findings.filter((x) => x.rule === "audit.unreadable");
    expect(f.map((x) => `${x.sheet}!${x.cell} ${x.severity}`)).toEqual([`${AUDIT}!${cell} warning`]);
    expectFrenchAboutCell(f[0].message, cell);
    expect(f[0].message).toContain("« Chez OVH »");
  });
});

describe("the audit and the register agree", () => {
  test("a fiche announcing backups while the audit says no restore was tested: a warning at the fiche's measure", () => {
    const f = findings({ "bak-restore": "non-testee" }).filter((x) => x.rule === "audit.backup-untested");
    expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["Adhérents!B55"]);
    expect(f[0].message).toContain("aucune restauration n'a été testée");
    expect(f[0].message).toContain("du 31/08/2026");
    expectFrenchAboutCell(f[0].message, "B55");
    // No backup at all says so; a tested backup, or « Je ne sais pas », says nothing.
    expect(findings({ "bak-restore": "aucune" }).find((x) => x.rule === "audit.backup-untested")?.message).toContain("pas de sauvegarde régulière");
    expect(where(findings({ "bak-restore": "testee" }), "audit.backup-untested")).toEqual([]);
    expect(where(findings({ "bak-restore": "nsp" }), "audit.backup-untested")).toEqual([]);
  });

  test("a fiche holding health data while the audit says no HDS hosting: a warning at the cell where the fiche names its health data", () => {
    const f = findings({ "sup-hds": "non" }).filter((x) => x.rule === "audit.hds-missing");
    expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["Accès MT!B39"]);
    expectFrenchAboutCell(f[0].message, "B39");
    // « The CPTS keeps no health data » contradicts the fiche as much.
    expect(findings({ "sup-hds": "aucune" }).find((x) => x.rule === "audit.hds-missing")?.message).toContain("ne conserve aucune donnée de santé");
    expect(where(findings({ "sup-hds": "hds" }), "audit.hds-missing")).toEqual([]);
  });

  test("staff's sick leaves in an HR fiche are not care data: no HDS cross-check", () => {
    const hr = buildFiche(
      cleanFicheSpec("Paie", "ref-003", {
        name: "Ressources humaines et paie",
        persons: [["Salariés", ""]],
        sensitive: { health: ["Arrêts de travail", "5 ans après le départ du salarié"] },
      }),
    );
    const snap = snapshotWith({ "sup-hds": "non" }, [hr]);
    expect(where(check(readRegister(snap)).findings, "audit.hds-missing")).toEqual([]);
  });

  test("an incident in the audit while the breach register is empty: a warning at the audit's answer", () => {
    const snap = snapshotWith({ "inc-last-year": "oui-non-note" });
    const register = readRegister(snap);
    const cell = answerCell(snap, "inc-last-year");
    const f = check(register).findings.filter((x) => x.rule === "audit.incident-unrecorded");
    expect(f.map((x) => `${x.sheet}!${x.cell} ${x.severity}`)).toEqual([`${AUDIT}!${cell} warning`]);
    expectFrenchAboutCell(f[0].message, cell);
    // With a line in the breach register, nothing to say; nor when the audit says there was none.
    const entry: BreachEntry = {
      sheet: "Registre des violations",
      row: 5,
      discovered: serialOfDay(2026, 3, 2)! + 0.4,
      discoveredCell: "A5",
      what: "Courriel envoyé au mauvais destinataire",
      dataAndPersons: "Nom et téléphone d'un patient",
      consequences: "Faible",
      measures: "Demande de suppression au destinataire",
      cnil: { kind: "not-required", why: "Risque faible" },
      cnilCell: "F5",
      persons: { kind: "not-required", why: "Risque faible" },
      personsCell: "G5",
    };
    expect(where(check({ ...register, breaches: { entries: [entry], problems: [] } }).findings, "audit.incident-unrecorded")).toEqual([]);
    expect(where(findings({ "inc-last-year": "aucun" }), "audit.incident-unrecorded")).toEqual([]);
  });

  test("only the last run's answers count", () => {
    const first = snapshotWith({ "bak-restore": "aucune", "sup-hds": "non" });
    const second = applyPlanToSnapshot(first, planAuditRun(first, { "bak-restore": "testee", "sup-hds": "hds" }, "Paul", dayClock(2026, 9, 10)));
    const f = check(readRegister(second)).findings;
    expect(f.filter((x) => x.rule.startsWith("audit."))).toEqual([]);
  });
});
