/**
 * Writing the breach register: the sheet made on first use (the add-in's mark, its head, print setup),
 * each incident on a new line after the last non-empty row, its date a real date with its time, and
 * the CNIL's decision written in its one cell. Each plan read back as the verdict would.
 */
import {
  PlanError,
  invertPlan,
  planAddBreach,
  planRecordCnil,
  planRecordPersons,
  readBreaches,
  type NewBreach,
  type PrintSetupOp,
  type WorkbookSnapshot,
} from "../../../src/register";
import { applyPlanToSnapshot, cnilSnapshot, contentOf } from "../../fixtures/snapshots";
import { clockAt } from "../../fixtures/clocks";
import { printLayoutOf } from "../../fixtures/printLayout";
import { buildTemplateWorkbook } from "../../../src/workbook/template";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../../src/workbook/xlsx";

const clock = clockAt("2026-12-07T10:00:00+01:00");
const serialAt = (year: number, month: number, day: number, hour = 0, minute = 0): number => Date.UTC(year, month - 1, day, hour, minute) / 86_400_000 + 25569;

const stolen: NewBreach = {
  discovered: serialAt(2026, 12, 5, 14, 30),
  what: "Ordinateur portable volé dans la voiture de la coordinatrice",
  dataAndPersons: "Agenda des patients (120 personnes)",
  consequences: "Accès possible aux rendez-vous",
  risk: "high",
  measures: "Plainte, mots de passe changés",
};

function add(snapshot: WorkbookSnapshot, fields: NewBreach = stolen): WorkbookSnapshot {
  return applyPlanToSnapshot(snapshot, planAddBreach(snapshot, fields, clock));
}

describe("adding an incident", () => {
  test("the first one makes the add-in's sheet, with its head, and a line read back as typed", () => {
    const plan = planAddBreach(cnilSnapshot(), stolen, clock);
    expect(plan.title).toBe("Noter la violation découverte le 05/12/2026 à 14:30 dans le registre des violations");
    const after = applyPlanToSnapshot(cnilSnapshot(), plan);
    const sheet = after.sheets.find((s) => s.name === "Registre des violations");
    expect(sheet?.values[0][0]).toBe("Registre des violations de données personnelles");
    expect(String(sheet?.values[1][0])).toContain("article 33.5");
    expect(sheet?.values[3].slice(0, 3)).toEqual(["Découverte le (date et heure)", "Ce qui s'est passé", "Données et personnes concernées"]);
    const book = readBreaches(after);
    expect(book.problems).toEqual([]);
    expect(book.entries).toHaveLength(1);
    expect(book.entries[0]).toMatchObject({ row: 5, what: stolen.what, risk: "high", cnil: { kind: "undecided" }, cnilCell: "G5", discoveredHasTime: true });
    expect(book.entries[0].discovered).toBeCloseTo(stolen.discovered, 6);
  });

  test("the date is written as a date with its time shown, the text as text", () => {
    const plan = planAddBreach(cnilSnapshot(), stolen, clock);
    const cells = plan.ops.flatMap((op) => (op.op === "write" ? op.cells : []));
    expect(cells.find((c) => c.address === "A5")).toEqual({ address: "A5", kind: "date", value: stolen.discovered });
    expect(cells.find((c) => c.address === "B5")).toEqual({ address: "B5", kind: "text", value: stolen.what });
    const formats = plan.ops.filter((op) => op.op === "format" && op.range === "A5");
    expect(formats).toContainEqual(expect.objectContaining({ format: expect.objectContaining({ numberFormat: "dd/mm/yyyy hh:mm" }) }));
  });

  test("the sheet prints on A4 landscape, one page wide, its header row on every page", () => {
    const plan = planAddBreach(cnilSnapshot(), stolen, clock);
    const print = plan.ops.find((op): op is PrintSetupOp => op.op === "printSetup");
    expect(print).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true, titleRows: { first: 4, last: 4 }, printArea: "A:J" });
  });

  test("the next one goes after the last non-empty row, never over a note typed below", () => {
    let book = add(cnilSnapshot());
    const sheet = book.sheets.find((s) => s.name === "Registre des violations");
    sheet!.values[6] = ["", "Note de la coordinatrice : voir le dossier papier"];
    book = add(book, { ...stolen, what: "Courriel au mauvais destinataire", risk: undefined });
    const entries = readBreaches(book).entries;
    expect(entries.map((e) => [e.row, e.what])).toEqual([
      [5, stolen.what],
      [7, "Note de la coordinatrice : voir le dossier papier"],
      [8, "Courriel au mauvais destinataire"],
    ]);
    expect(book.sheets.filter((s) => s.name.startsWith("Registre des violations"))).toHaveLength(1);
  });

  test("a user's own sheet of the same name is left alone: the register is made beside it", () => {
    const base = cnilSnapshot();
    const mine = { ...base, sheets: [...base.sheets, { name: "Registre des violations", visibility: "Visible" as const, values: [["Mes notes"]] }] };
    const after = add(mine);
    expect(after.sheets.find((s) => s.name === "Registre des violations")?.values).toEqual([["Mes notes"]]);
    expect(readBreaches(after).entries[0].sheet).toBe("Registre des violations (2)");
  });

  test("undo takes the new sheet away", () => {
    const before = cnilSnapshot();
    const plan = planAddBreach(before, stolen, clock);
    const after = applyPlanToSnapshot(before, plan);
    expect(contentOf(applyPlanToSnapshot(after, invertPlan(plan, before)))).toEqual(contentOf(before));
  });

  test.each([
    [{ ...stolen, what: "  " }, "Décrivez ce qui s'est passé"],
    [{ ...stolen, discovered: serialAt(2026, 12, 7, 12) }, "dans le futur"],
    [{ ...stolen, discovered: Number.NaN }, "pas lisibles"],
  ])("refused with a French reason: %#", (fields, reason) => {
    expect(() => planAddBreach(cnilSnapshot(), fields, clock)).toThrow(PlanError);
    expect(() => planAddBreach(cnilSnapshot(), fields, clock)).toThrow(reason);
  });
});

describe("recording a decision on a line", () => {
  const book = add(cnilSnapshot());
  const entry = readBreaches(book).entries[0];

  test("« CNIL notifiée le … » writes the date in the CNIL cell only, with its time", () => {
    const plan = planRecordCnil(book, entry, { kind: "notified", at: serialAt(2026, 12, 6, 9, 15) }, clock);
    const writes = plan.ops.filter((op) => op.op === "write");
    expect(writes).toEqual([{ op: "write", sheet: "Registre des violations", cells: [{ address: "G5", kind: "date", value: serialAt(2026, 12, 6, 9, 15) }] }]);
    const after = readBreaches(applyPlanToSnapshot(book, plan)).entries[0];
    expect(after.cnil.kind).toBe("notified");
    expect(after.cnil.kind === "notified" ? after.cnil.at : null).toBeCloseTo(serialAt(2026, 12, 6, 9, 15), 6);
    expect(after.what).toBe(stolen.what);
  });

  test("« pas de notification : … » writes the reason beside it", () => {
    const plan = planRecordCnil(book, entry, { kind: "not-required", why: "Données chiffrées, pas de risque pour les personnes" }, clock);
    expect(plan.ops).toEqual([
      { op: "write", sheet: "Registre des violations", cells: [{ address: "H5", kind: "text", value: "Données chiffrées, pas de risque pour les personnes" }] },
    ]);
    expect(readBreaches(applyPlanToSnapshot(book, plan)).entries[0].cnil).toEqual({
      kind: "not-required",
      why: "Données chiffrées, pas de risque pour les personnes",
    });
  });

  test("the persons informed, likewise in their own cell", () => {
    const plan = planRecordPersons(book, entry, { kind: "informed", at: serialAt(2026, 12, 6, 18) }, clock);
    expect(readBreaches(applyPlanToSnapshot(book, plan)).entries[0].persons).toEqual({ kind: "informed", at: expect.closeTo(serialAt(2026, 12, 6, 18), 6) });
  });

  test("refused: before the discovery, no reason, a line decided or changed since", () => {
    expect(() => planRecordCnil(book, entry, { kind: "notified", at: serialAt(2026, 12, 5, 10) }, clock)).toThrow("antérieure à la découverte");
    expect(() => planRecordCnil(book, entry, { kind: "not-required", why: " " }, clock)).toThrow("Écrivez pourquoi");
    const decided = applyPlanToSnapshot(book, planRecordCnil(book, entry, { kind: "notified", at: serialAt(2026, 12, 6, 9) }, clock));
    expect(() => planRecordCnil(decided, entry, { kind: "notified", at: serialAt(2026, 12, 6, 9) }, clock)).toThrow("déjà écrite");
    const changed = applyPlanToSnapshot(book, {
      title: "",
      ops: [{ op: "write", sheet: "Registre des violations", cells: [{ address: "B5", kind: "text", value: "autre" }] }],
    });
    expect(() => planRecordCnil(changed, entry, { kind: "notified", at: serialAt(2026, 12, 6, 9) }, clock)).toThrow("a changé");
  });
});

describe("the register on paper", () => {
  test("written into a real file: A4 landscape, one page wide, the header row on every page, the date a date with its time", async () => {
    const book = await buildTemplateWorkbook({ clock });
    applyPlanToXlsx(book, planAddBreach(snapshotOf(book), stolen, clock));
    const bytes = await saveXlsx(book);
    expect(printLayoutOf(bytes, "Registre des violations")).toMatchObject({
      orientation: "landscape",
      paperSize: "9",
      fitToPage: true,
      fitToWidth: "1",
      fitToHeight: "0",
      printTitles: "'Registre des violations'!$4:$4",
      frozen: { rows: 4, columns: 1 },
      hiddenColumns: [26],
    });
    const back = await loadXlsx(bytes);
    const entry = readBreaches(snapshotOf(back)).entries[0];
    expect(entry.discovered).toBeCloseTo(stolen.discovered, 6);
    expect(entry.discoveredHasTime).toBe(true);
  }, 60_000);
});
