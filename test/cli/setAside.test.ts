/**
 * `valider` on a real .xlsx whose hidden sheet « Constats écartés » sets a warning aside: the command
 * line honours it with no option (the finding leaves the findings and the counts), says how many were
 * set aside (text and `summary.setAside` in JSON), and reports a damaged line at its cell.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { isOwnedSheet, planSetAside, readRegister, validateWorkbook, type WorkbookSnapshot } from "../../src/register";
import { ValidateLineJson } from "../../src/register/report/schema";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { buildCnilWorkbook, cleanFiche, cleanRegister } from "../fixtures/xlsxFiles";
import { TEST_CLOCK as CLOCK } from "../fixtures/clocks";
import { ensureBuilt, runCli, snapshotOfFile, tempDir } from "./helpers";

jest.setTimeout(120_000);

const NEAR_MISS = /ressemble à l'élément de liste « Salariés »/;

let dir: string;
let plain: string;
let setAside: string;
let damaged: string;

/** A ready register whose fiche says « salariés » for « Salariés » (a warning). */
const planted = () => cleanRegister(1, { fiches: [cleanFiche(1, { persons: [["salariés", "Salariés de la CPTS"]] })] });

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const bytes = await buildCnilWorkbook(planted());
  plain = join(dir, "registre.xlsx");
  writeFileSync(plain, bytes);

  // What the pane writes on « Ne plus signaler pour cette fiche », through the file layer.
  const book = await loadXlsx(bytes);
  const snapshot: WorkbookSnapshot = snapshotOf(book);
  const finding = validateWorkbook(snapshot, { clock: CLOCK }).findings.find((f) => NEAR_MISS.test(f.message));
  if (!finding) throw new Error("the planted warning is missing");
  applyPlanToXlsx(book, planSetAside(snapshot, readRegister(snapshot), finding, { who: "Claire Martin", why: "Écrit ainsi à dessein" }, CLOCK));
  setAside = join(dir, "registre-ecarte.xlsx");
  writeFileSync(setAside, await saveXlsx(book));

  // The user then damaged the sheet: a line naming no rule that exists.
  applyPlanToXlsx(book, {
    title: "abîmer",
    ops: [
      {
        op: "write",
        sheet: "Constats écartés",
        cells: [
          { address: "A6", kind: "text", value: "regle.inventee" },
          { address: "B6", kind: "text", value: "CPTS-001" },
        ],
      },
    ],
  });
  damaged = join(dir, "registre-abime.xlsx");
  writeFileSync(damaged, await saveXlsx(book));
}, 120_000);

test("the written file keeps the set-aside sheet hidden, with the add-in's mark", async () => {
  const snap = await snapshotOfFile(setAside);
  const sheet = snap.sheets.find((s) => s.name === "Constats écartés");
  expect(sheet?.visibility).toBe("Hidden");
  expect(sheet && isOwnedSheet(sheet, "setAside")).toBe(true);
});

test("valider --json: the set-aside warning leaves the findings and the counts; summary.setAside gives their number", () => {
  const before = runCli(["valider", "--json", plain], dir);
  const after = runCli(["valider", "--json", setAside], dir);
  expect(before.code).toBe(0);
  expect(after.code).toBe(0);
  const a = JSON.parse(before.out.trim()) as { summary: Record<string, number>; findings: { message: string }[] };
  const b = JSON.parse(after.out.trim()) as { summary: Record<string, number>; findings: { message: string }[] };
  expect(ValidateLineJson.safeParse(b).success).toBe(true);
  expect(a.findings.some((f) => NEAR_MISS.test(f.message))).toBe(true);
  expect(b.findings.some((f) => NEAR_MISS.test(f.message))).toBe(false);
  expect(a.summary.setAside).toBe(0);
  expect(b.summary).toEqual({ ...a.summary, warnings: a.summary.warnings - 1, setAside: 1 });
});

test("valider (text) says how many findings were set aside", () => {
  const r = runCli(["valider", setAside], dir);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Bilan : .*\. 1 constat écarté pour de bon \(feuille « Constats écartés » du classeur\), non compté\./);
  expect(r.out).not.toMatch(NEAR_MISS);
  expect(runCli(["valider", plain], dir).out).not.toMatch(/écarté/);
});

test("a damaged line is a French finding naming the sheet and the cell, never a crash", () => {
  const r = runCli(["valider", damaged], dir);
  expect(r.code).toBe(0);
  expect(r.err).toBe("");
  expect(r.out).toContain("La ligne 6 de la feuille « Constats écartés » (cellule A6) nomme une règle inconnue, « regle.inventee »");
  // The good line still sets its warning aside.
  expect(r.out).not.toMatch(NEAR_MISS);
});

test("cpts-registre schema shows summary.setAside", () => {
  const r = runCli(["schema"], dir);
  expect(r.code).toBe(0);
  expect(r.out).toContain('"setAside"');
  expect(r.out).toContain("Constats écartés");
});
