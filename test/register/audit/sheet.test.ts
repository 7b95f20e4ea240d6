import type { CellValue, WorkbookSnapshot, WriteOp } from "../../../src/register";
import { readAudit, auditComparisonRange } from "../../../src/register/audit/sheet";
import { planAuditRun } from "../../../src/register/audit/plans";
import { scoreAudit } from "../../../src/register/audit/score";
import { AUDIT_QUESTIONS } from "../../../src/register/audit/themes/index";
import { OWNED_MARKS } from "../../../src/register/ownedSheets";
import { PlanError } from "../../../src/register/errors";
import { serialOfDay } from "../../../src/register/dates";
import { applyPlanToSnapshot, cnilSnapshot } from "../../fixtures/snapshots";
import { TEST_CLOCK, dayClock } from "../../fixtures/clocks";

const SHEET = "Auto-diagnostic cyber";

/** A first run: a tested backup, no HDS hosting, the rest « Je ne sais pas » except a few. */
const FIRST: Record<string, string> = {
  "gov-referent": "informel",
  "acc-passwords": "regles",
  "bak-restore": "testee",
  "sup-hds": "non",
  "inc-last-year": "aucun",
};
/** Six months later: better. */
const SECOND: Record<string, string> = { ...FIRST, "gov-referent": "designe", "sup-hds": "hds", "acc-mfa": "partout" };

function run(snapshot: WorkbookSnapshot, answers: Record<string, string>, who: string, clock = TEST_CLOCK): WorkbookSnapshot {
  return applyPlanToSnapshot(snapshot, planAuditRun(snapshot, answers, who, clock));
}

function auditSheet(snapshot: WorkbookSnapshot, name = SHEET) {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

const at = (values: CellValue[][], address: string): CellValue => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return values[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? "";
};

/** The row (1-based) whose column B holds `text`, after row `from`. */
const rowOfQuestion = (values: CellValue[][], id: string, from = 0) => values.findIndex((r, i) => i >= from && r[4] === id) + 1;

describe("writing a run of the self-audit into its sheet", () => {
  test("the first run makes the add-in's sheet, marked, with the block, its scores and an empty comparison", () => {
    const plan = planAuditRun(cnilSnapshot(), FIRST, "  Marie Curie ", TEST_CLOCK);
    expect(plan.title).toBe("Enregistrer l'auto-diagnostic cyber du 24/11/2026");
    expect(plan.sheet).toBe(SHEET);
    const snap = applyPlanToSnapshot(cnilSnapshot(), plan);
    const v = auditSheet(snap).values;
    expect(at(v, "Z1")).toBe(OWNED_MARKS.audit);
    expect([at(v, "A1"), at(v, "A4"), at(v, "A5"), at(v, "B5"), at(v, "A6"), at(v, "B6")]).toEqual([
      SHEET,
      "Évaluation du 24/11/2026",
      "Date",
      serialOfDay(2026, 11, 24),
      "Réalisée par",
      "Marie Curie",
    ]);
    expect(v[6].slice(0, 4)).toEqual(["Thème", "Question", "Réponse", "Points"]);
    const backup = rowOfQuestion(v, "bak-restore");
    expect(v[backup - 1].slice(0, 4)).toEqual([
      "Sauvegardes et restauration",
      AUDIT_QUESTIONS.find((q) => q.id === "bak-restore")!.text,
      "Oui, et une restauration a été testée cette année",
      "2 / 2",
    ]);
    // An unanswered question keeps its row, answer empty, no points.
    expect(v[rowOfQuestion(v, "upd-updates") - 1].slice(2, 4)).toEqual(["", "0 / 2"]);
    const score = scoreAudit(FIRST);
    const scoreRow = v.findIndex((r) => r[4] === "audit:score");
    expect(v[scoreRow].slice(0, 2)).toEqual(["Score global (sur 100)", score.score]);
    expect(String(v[scoreRow + 1][1])).toMatch(/^Insuffisant : /);
    // The priority measures, in their order, with how, why and the effort in words.
    const measures = v.filter((r) => String(r[4]).startsWith("measure:"));
    expect(measures.map((r) => r[4])).toEqual(score.measures.map((m) => `measure:${m.questionId}`));
    expect(measures[0].slice(0, 4)).toEqual([score.measures[0].title, score.measures[0].how, score.measures[0].why, "Faible"]);
    expect(v[v.findIndex((r) => r[4] === "audit:measures-header")].slice(0, 4)).toEqual(["Mesure", "Comment faire", "Pourquoi", "Effort"]);
    // The comparison: header, then one row per theme, the previous column empty on the first run.
    const [first, last] = plan.comparisonRange.split(":");
    expect(v[Number(first.slice(1)) - 1].slice(0, 3)).toEqual(["Thème", "Évaluation précédente", "Cette évaluation"]);
    expect(Number(last.slice(1)) - Number(first.slice(1))).toBe(8);
    const governance = v[Number(first.slice(1))];
    expect(governance.slice(0, 3)).toEqual(["Gouvernance et référents", "", score.themes[0].score]);
  });

  test("every best answer: no measures table, the comparison right under the level", () => {
    const best = Object.fromEntries(AUDIT_QUESTIONS.map((q) => [q.id, q.choices[0].id]));
    const v = auditSheet(run(cnilSnapshot(), best, "Marie")).values;
    expect(v.some((r) => String(r[4]).startsWith("measure:") || r[4] === "audit:measures")).toBe(false);
    const level = v.findIndex((r) => r[4] === "audit:level");
    expect(v[level + 2][4]).toBe("audit:comparison");
    expect(String(v[level][1])).toMatch(/^Avancé : /);
  });

  test("the layout: column widths, hidden tag column (E), never column Z but for the mark, A4 printing, the new block selected", () => {
    const plan = planAuditRun(cnilSnapshot(), FIRST, "Marie", TEST_CLOCK);
    const writes = plan.ops.flatMap((op) => (op.op === "write" ? op.cells.map((c) => c.address) : []));
    expect(writes.filter((a) => a.startsWith("Z"))).toEqual(["Z1"]);
    expect(writes.every((a) => /^[A-E]\d+$/.test(a) || a === "Z1")).toBe(true);
    const ops = (kind: WriteOp["op"]) => plan.ops.filter((op) => op.op === kind);
    expect(ops("columnWidths")).toEqual(expect.arrayContaining([expect.objectContaining({ firstColumn: 5, hidden: true })]));
    expect(ops("addSheet")).toEqual([{ op: "addSheet", name: SHEET, columnWidths: [30, 70, 40, 10] }]);
    expect(ops("printSetup")).toEqual([
      expect.objectContaining({ paperSize: "A4", orientation: "portrait", fitToWidth: true, printArea: `A1:D${plan.comparisonRange.split(":")[1].slice(1)}` }),
    ]);
    expect(plan.ops[plan.ops.length - 1]).toEqual({ op: "select", sheet: SHEET, address: "A4" });
    expect(plan.dateCell).toBe("B5");
  });

  test("a second run goes under the first, which stays as it was, and compares with it theme by theme", () => {
    const once = run(cnilSnapshot(), FIRST, "Marie");
    const before = auditSheet(once).values.map((r) => [...r]);
    const plan = planAuditRun(once, SECOND, "Paul", dayClock(2027, 5, 24));
    const twice = applyPlanToSnapshot(once, plan);
    const v = auditSheet(twice).values;
    expect(v.slice(0, before.length)).toEqual(before);
    expect(plan.headingRow).toBe(before.length + 3);
    expect(at(v, `A${plan.headingRow}`)).toBe("Évaluation du 24/05/2027");
    const header = Number(plan.comparisonRange.split(":")[0].slice(1));
    expect(v[header - 1].slice(0, 3)).toEqual(["Thème", "Évaluation précédente (24/11/2026)", "Cette évaluation"]);
    const firstScores = scoreAudit(FIRST).themes;
    const secondScores = scoreAudit(SECOND).themes;
    for (let i = 0; i < 8; i++) expect(v[header + i].slice(0, 3)).toEqual([firstScores[i].label, firstScores[i].score, secondScores[i].score]);

    const book = readAudit(twice);
    expect(book.problems).toEqual([]);
    expect(book.runs.map((r) => [r.date, r.who, r.dateCell, r.score, r.level])).toEqual([
      [serialOfDay(2026, 11, 24), "Marie", "B5", scoreAudit(FIRST).score, scoreAudit(FIRST).level.id],
      [serialOfDay(2027, 5, 24), "Paul", `B${plan.headingRow + 1}`, scoreAudit(SECOND).score, scoreAudit(SECOND).level.id],
    ]);
    expect(book.runs[1].answers).toEqual(SECOND);
    expect(auditComparisonRange(book.runs[1])).toEqual({ sheet: SHEET, range: plan.comparisonRange });
  });

  test("refused in plain French: no name, no answer at all, an answer the questionnaire does not know", () => {
    const snap = cnilSnapshot();
    expect(() => planAuditRun(snap, FIRST, "   ", TEST_CLOCK)).toThrow(
      new PlanError("Indiquez votre nom : il est enregistré avec l'évaluation, pour savoir qui l'a faite."),
    );
    expect(() => planAuditRun(snap, {}, "Marie", TEST_CLOCK)).toThrow(PlanError);
    expect(() => planAuditRun(snap, {}, "Marie", TEST_CLOCK)).toThrow(/Répondez au moins à une question/);
    expect(() => planAuditRun(snap, { "gov-referent": "peut-être" }, "Marie", TEST_CLOCK)).toThrow(/n'est pas l'une des réponses proposées/);
    expect(() => planAuditRun(snap, { "question-inconnue": "oui" }, "Marie", TEST_CLOCK)).toThrow(/ne fait pas partie/);
  });
});

describe("reading the sheet back after a user's edits", () => {
  function edited(edit: (values: CellValue[][]) => void): WorkbookSnapshot {
    const snap = run(cnilSnapshot(), FIRST, "Marie");
    edit(auditSheet(snap).values);
    return snap;
  }

  test("an answer retyped in lower case, without accents, is the same choice", () => {
    const snap = edited((v) => {
      v[rowOfQuestion(v, "bak-restore") - 1][2] = "  oui, mais aucune restauration n'a ete testee ";
    });
    const book = readAudit(snap);
    expect(book.problems).toEqual([]);
    expect(book.runs[0].answers["bak-restore"]).toBe("non-testee");
  });

  test("an answer that is no choice is a problem at its cell, the run still read and scored without it", () => {
    let cell = "";
    const snap = edited((v) => {
      const row = rowOfQuestion(v, "sup-hds");
      cell = `C${row}`;
      v[row - 1][2] = "On verra";
    });
    const book = readAudit(snap);
    expect(book.problems).toEqual([{ sheet: SHEET, cell, problem: "la réponse « On verra » n'est pas l'une des réponses proposées à cette question" }]);
    const { "sup-hds": _dropped, ...rest } = FIRST;
    expect(book.runs[0].answers).toEqual(rest);
    expect(book.runs[0].answerCells["sup-hds"]).toBe(cell);
    expect(book.runs[0].score).toBe(scoreAudit(rest).score);
  });

  test("a deleted row, moved rows and edited scores: answers still found by the hidden id, scores recomputed", () => {
    const snap = edited((v) => {
      v.splice(rowOfQuestion(v, "gov-referent") - 1, 1);
      const row = rowOfQuestion(v, "bak-restore") - 1;
      const [moved] = v.splice(row, 1);
      v.splice(8, 0, moved);
      v[v.findIndex((r) => r[4] === "audit:score")][1] = 100;
    });
    const book = readAudit(snap);
    const { "gov-referent": _deleted, ...rest } = FIRST;
    expect(book.problems).toEqual([]);
    expect(book.runs[0].answers).toEqual(rest);
    expect(book.runs[0].score).toBe(scoreAudit(rest).score);
    expect(book.runs[0].score).toBeLessThan(100);
  });

  test("a date typed as text is read; an unreadable one is a problem at the date cell, the run kept without a date", () => {
    const typed = readAudit(edited((v) => (v[4][1] = "03/02/2027")));
    expect(typed.runs[0].date).toBe(serialOfDay(2027, 2, 3));
    const unreadable = readAudit(edited((v) => (v[4][1] = "bientôt")));
    expect(unreadable.runs[0]).toMatchObject({ date: null, dateCell: "B5", who: "Marie" });
    expect(unreadable.problems).toEqual([{ sheet: SHEET, cell: "B5", problem: "la date de l'évaluation « bientôt » n'est pas une date lisible (JJ/MM/AAAA)" }]);
  });

  test("a user's own sheet of the same name, without the mark, is ignored, and a run goes beside it", () => {
    const base = cnilSnapshot();
    const mine: CellValue[][] = [["Mon auto-diagnostic"], [], [], ["Évaluation du 01/01/2026", "", "", "", "audit:run"]];
    base.sheets.push({ name: SHEET, visibility: "Visible", values: mine });
    expect(readAudit(base)).toEqual({ runs: [], problems: [] });
    const plan = planAuditRun(base, FIRST, "Marie", TEST_CLOCK);
    expect(plan.sheet).toBe(`${SHEET} (2)`);
    const after = applyPlanToSnapshot(base, plan);
    expect(auditSheet(after).values).toEqual(mine);
    expect(readAudit(after).runs.map((r) => r.sheet)).toEqual([`${SHEET} (2)`]);
  });
});

describe("a run in a real workbook (ExcelJS adapter, saved and opened again)", () => {
  test("the date is a date cell, the answers and the comparison are read back from the file", async () => {
    const { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } = await import("../../../src/workbook/xlsx");
    const { buildExampleRegister } = await import("../../../src/workbook/template");
    let book = await buildExampleRegister({ clock: TEST_CLOCK });
    applyPlanToXlsx(book, planAuditRun(snapshotOf(book), FIRST, "Marie", TEST_CLOCK));
    book = await loadXlsx(await saveXlsx(book));
    const plan = planAuditRun(snapshotOf(book), SECOND, "Paul", dayClock(2027, 6, 1));
    applyPlanToXlsx(book, plan);
    book = await loadXlsx(await saveXlsx(book));
    const audit = readAudit(snapshotOf(book));
    expect(audit.problems).toEqual([]);
    expect(audit.runs.map((r) => [r.date, r.who])).toEqual([
      [serialOfDay(2026, 11, 24), "Marie"],
      [serialOfDay(2027, 6, 1), "Paul"],
    ]);
    expect(audit.runs[1].answers).toEqual(SECOND);
    expect(audit.runs[1].comparisonRange).toBe(plan.comparisonRange);
  }, 30_000);
});
