/**
 * Findings set aside for good (« Ne plus signaler pour cette fiche »): the hidden sheet « Constats
 * écartés » read from the snapshot, the findings and counts it leaves out, errors that it never can,
 * and the lines a user damaged, reported at their cell instead of breaking the check.
 */
import {
  canSetAside,
  findOwnedSheets,
  isOwnedSheet,
  lastSetAsideAuthor,
  OWNED_MARKS,
  MARK_CELL,
  planRestoreSetAside,
  planSetAside,
  readRegister,
  readSetAside,
  validateSheet,
  validateWorkbook,
  type Finding,
  type WorkbookSnapshot,
} from "../../src/register";
import { applyPlanToSnapshot } from "../fixtures/snapshots";
import { buildFiche, cleanFicheSpec, CLOCK, registerBook } from "../fixtures/registers";

/** Fiche « Adhérents » (ref-002): a missing purpose (error, B17) and « salariés » for « Salariés » (warning, B44). */
function planted(): WorkbookSnapshot {
  const a = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { persons: [["salariés", "Salariés de la CPTS"]], mainPurpose: "" }));
  return registerBook({ fiches: [a] }).snapshot();
}

const check = (snapshot: WorkbookSnapshot) => validateWorkbook(snapshot, { clock: CLOCK });
const nearMiss = (findings: Finding[]) => findings.filter((f) => f.rule === "dropdowns.near-miss" && f.sheet === "Adhérents");

/** The workbook after « Ne plus signaler pour cette fiche » on `finding`. */
function setAside(snapshot: WorkbookSnapshot, finding: Finding, who = "Claire Martin", why = "Salariés de la CPTS : écrit ainsi à dessein"): WorkbookSnapshot {
  return applyPlanToSnapshot(snapshot, planSetAside(snapshot, readRegister(snapshot), finding, { who, why }, CLOCK));
}

/** A hand-made set-aside sheet (the add-in's mark, the usual layout) holding `rows` from row 5. */
function withSheet(snapshot: WorkbookSnapshot, rows: (string | number | boolean)[][], mark = OWNED_MARKS.setAside): WorkbookSnapshot {
  const values: (string | number | boolean)[][] = [[], [], [], ["Règle", "Fiche (RÉF)", "Quand", "Qui", "Pourquoi"], ...rows];
  values[0] = Array.from({ length: 26 }, (_, i) => (i === 25 ? mark : i === 0 ? "Constats écartés par la CPTS" : ""));
  return { ...snapshot, sheets: [...snapshot.sheets, { name: "Constats écartés", visibility: "Hidden", values }] };
}

describe("the order of the findings", () => {
  test("errors first, then warnings, then conseils, whatever the sheet; tab order then row inside a severity", () => {
    // « Adhérents » comes first in tab order but has only a warning; « Zeta » has an error.
    const a = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { persons: [["salariés", "Salariés de la CPTS"]] }));
    const z = buildFiche(cleanFicheSpec("Zeta", "ref-003", { mainPurpose: "", persons: [["salariés", "x"]] }));
    const report = check(registerBook({ fiches: [a, z] }).snapshot());
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const ranks = report.findings.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(report.findings[0]).toMatchObject({ severity: "error", sheet: "Zeta", cell: "B17" });
    // Inside the warnings: « Adhérents » before « Zeta » (tab order).
    const warnings = report.findings.filter((f) => f.severity === "warning" && f.rule === "dropdowns.near-miss").map((f) => f.sheet);
    expect(warnings).toEqual(["Adhérents", "Zeta"]);
  });
});

describe("setting a finding aside", () => {
  test("the plan adds the hidden add-in sheet « Constats écartés » with one line of text: rule, RÉF, when, who, why", () => {
    const before = planted();
    const finding = nearMiss(check(before).findings)[0];
    const plan = planSetAside(before, readRegister(before), finding, { who: " Claire Martin ", why: "Écrit ainsi à dessein" }, CLOCK);
    expect(plan.title).toMatch(/^Ne plus signaler « .+ » pour la fiche ref-002$/);
    expect(plan.ops[0]).toMatchObject({ op: "addSheet", name: "Constats écartés" });
    // Hidden once written: the user has no reason to see it (the pane lists its lines).
    expect(plan.ops.at(-1)).toEqual({ op: "sheetVisibility", sheet: "Constats écartés", visibility: "Hidden" });
    // The add-in's mark, its column hidden like its other sheets'.
    expect(plan.ops).toContainEqual(expect.objectContaining({ op: "columnWidths", sheet: "Constats écartés", hidden: true }));
    const writes = plan.ops.flatMap((op) => (op.op === "write" ? op.cells : []));
    expect(writes.every((c) => c.kind === "text")).toBe(true);
    const byAddress = Object.fromEntries(writes.map((c) => [c.address, c.kind === "text" ? c.value : null]));
    expect(byAddress[MARK_CELL]).toBe(OWNED_MARKS.setAside);
    // CLOCK is 24/11/2026 at noon UTC: 13:00 in Paris.
    expect([byAddress.A5, byAddress.B5, byAddress.C5, byAddress.D5, byAddress.E5]).toEqual([
      "dropdowns.near-miss",
      "ref-002",
      "24/11/2026 à 13:00",
      "Claire Martin",
      "Écrit ainsi à dessein",
    ]);
    const after = applyPlanToSnapshot(before, plan);
    expect(isOwnedSheet(after.sheets[after.sheets.length - 1], "setAside")).toBe(true);
  });

  test("the set-aside finding leaves the findings and the counts, and summary.setAside counts it", () => {
    const before = planted();
    const was = check(before);
    const after = setAside(before, nearMiss(was.findings)[0]);
    const now = check(after);
    expect(nearMiss(now.findings)).toEqual([]);
    expect(now.summary).toEqual({ ...was.summary, warnings: was.summary.warnings - 1, setAside: 1 });
    expect(was.summary.setAside).toBe(0);
    // The error of the same fiche is still there: the verdict does not change.
    expect(now.verdict).toBe("not-ready");
    expect(now.findings.some((f) => f.rule === "art30.fiche.purpose-missing")).toBe(true);
    // « Vérifier cette feuille » honours it too.
    expect(nearMiss(validateSheet(readRegister(after), "Adhérents", { clock: CLOCK }).findings)).toEqual([]);
  });

  test("a second set-aside goes on the next line, and the name typed last is offered next time", () => {
    const a = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { persons: [["salariés", "x"]] }));
    const b = buildFiche(cleanFicheSpec("Bénévoles", "ref-003", { persons: [["salariés", "y"]] }));
    let snap = registerBook({ fiches: [a, b] }).snapshot();
    expect(lastSetAsideAuthor(readSetAside(snap))).toBe("");
    snap = setAside(
      snap,
      check(snap).findings.find((f) => f.sheet === "Adhérents" && f.rule === "dropdowns.near-miss")!,
      "Claire",
    );
    snap = setAside(
      snap,
      check(snap).findings.find((f) => f.sheet === "Bénévoles" && f.rule === "dropdowns.near-miss")!,
      "Paul",
    );
    expect(findOwnedSheets(snap, "setAside")).toHaveLength(1);
    const book = readSetAside(snap);
    expect(book.entries.map((e) => [e.row, e.ref, e.who])).toEqual([
      [5, "ref-002", "Claire"],
      [6, "ref-003", "Paul"],
    ]);
    expect(lastSetAsideAuthor(book)).toBe("Paul");
    expect(check(snap).summary.setAside).toBe(2);
  });

  test("the key is the rule and the fiche's RÉF: a renamed sheet keeps its set-aside, a RÉF written otherwise still matches", () => {
    const before = planted();
    let after = setAside(before, nearMiss(check(before).findings)[0]);
    after = { ...after, sheets: after.sheets.map((s) => (s.name === "Adhérents" ? { ...s, name: "Gestion des adhérents" } : s)) };
    const renamed = check(after);
    expect(renamed.findings.filter((f) => f.rule === "dropdowns.near-miss")).toEqual([]);
    expect(renamed.summary.setAside).toBe(1);
    // The line says « REF-002 » with spaces: the engine folds references the same way everywhere.
    const typed = withSheet(planted(), [["dropdowns.near-miss", "  REF-002 ", "", "Claire", "x"]]);
    expect(check(typed).summary.setAside).toBe(1);
    // Another fiche's RÉF does not hide this one's finding.
    const other = withSheet(planted(), [["dropdowns.near-miss", "ref-099", "", "Claire", "x"]]);
    expect(nearMiss(check(other).findings)).toHaveLength(1);
    expect(check(other).summary.setAside).toBe(0);
  });

  test("« Signaler de nouveau » empties the line: the finding comes back", () => {
    const before = planted();
    const after = setAside(before, nearMiss(check(before).findings)[0]);
    const entry = readSetAside(after).entries[0];
    const restored = applyPlanToSnapshot(after, planRestoreSetAside(after, entry));
    expect(nearMiss(check(restored).findings)).toHaveLength(1);
    expect(check(restored).summary.setAside).toBe(0);
    // The line changed since it was read: nothing is planned on a stale line.
    expect(() => planRestoreSetAside(restored, entry)).toThrow(/a changé depuis la dernière vérification/);
  });

  test("a sheet called « Constats écartés » without the add-in's mark is the user's own: it sets nothing aside", () => {
    const snap = withSheet(planted(), [["dropdowns.near-miss", "ref-002", "", "Claire", "x"]], "");
    expect(nearMiss(check(snap).findings)).toHaveLength(1);
    expect(check(snap).summary.setAside).toBe(0);
  });
});

describe("errors cannot be set aside", () => {
  test("no set-aside is offered nor planned for an error", () => {
    const before = planted();
    const error = check(before).findings.find((f) => f.rule === "art30.fiche.purpose-missing")!;
    expect(error.severity).toBe("error");
    expect(canSetAside(readRegister(before), error)).toBe(false);
    expect(canSetAside(readRegister(before), nearMiss(check(before).findings)[0])).toBe(true);
    expect(() => planSetAside(before, readRegister(before), error, { who: "Claire", why: "x" }, CLOCK)).toThrow(/Une erreur ne peut pas être écartée/);
  });

  test("a line that sets an error aside is ignored: the error stays, and the line is reported at its cell", () => {
    const snap = withSheet(planted(), [["art30.fiche.purpose-missing", "ref-002", "", "Claire", "Pas le temps"]]);
    const report = check(snap);
    expect(report.findings.filter((f) => f.rule === "art30.fiche.purpose-missing")).toHaveLength(1);
    expect(report.verdict).toBe("not-ready");
    expect(report.summary.setAside).toBe(0);
    const line = report.findings.find((f) => f.rule === "structure.set-aside-row")!;
    expect(line).toMatchObject({ sheet: "Constats écartés", cell: "A5", severity: "warning" });
    expect(line.message).toMatch(/^La ligne 5 de la feuille « Constats écartés » \(cellule A5\) écarte une erreur/);
  });
});

describe("a set-aside sheet the user damaged", () => {
  test("each bad line is a French finding naming the sheet and the cell; good lines still count; nothing throws", () => {
    const snap = withSheet(planted(), [
      ["dropdowns.near-miss", "ref-002", 46350, "Claire", "à dessein"], // good (a date typed as a date)
      ["regle.inconnue", "ref-002", "", "", ""], // unknown rule: A6
      ["dropdowns.near-miss", "", "", "Claire", "x"], // no RÉF: B7
      ["", "ref-002", "", "Claire", "x"], // no rule: A8
      [],
      [true, 12, false, "", ""], // not text at all: A10
    ]);
    const report = check(snap);
    expect(report.summary.setAside).toBe(1);
    const lines = report.findings.filter((f) => f.rule === "structure.set-aside-row");
    expect(lines.map((f) => [f.sheet, f.cell])).toEqual([
      ["Constats écartés", "A6"],
      ["Constats écartés", "B7"],
      ["Constats écartés", "A8"],
      ["Constats écartés", "A10"],
    ]);
    expect(lines[0].message).toContain("nomme une règle inconnue, « regle.inconnue »");
    expect(lines[1].message).toContain("n'indique pas la référence (RÉF) de la fiche");
    expect(lines[2].message).toContain("n'indique pas l'identifiant de la règle écartée");
    for (const f of lines) expect(f.message).toContain(`(cellule ${f.cell})`);
  });
});
