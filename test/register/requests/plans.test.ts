/**
 * Writing the register « Demandes d'exercice des droits »: the sheet made on first use (the add-in's
 * mark, its head, print setup), each request on a new line after the last non-empty row, its dates real
 * dates, its texts text (never a formula), and on a line the identity check, the extension and the
 * answer, each read back as the verdict would; a real .xlsx written and read again.
 */
import {
  PlanError,
  invertPlan,
  planAddRequest,
  planRecordAnswer,
  planRecordExtension,
  planRecordIdentity,
  readRequests,
  requestDeadline,
  serialOfDay,
  formatFrenchDate,
  type NewRequest,
  type WorkbookSnapshot,
} from "../../../src/register";
import { applyPlanToSnapshot, cnilSnapshot, contentOf } from "../../fixtures/snapshots";
import { dayClock } from "../../fixtures/clocks";
import { printLayoutOf } from "../../fixtures/printLayout";
import { buildTemplateWorkbook } from "../../../src/workbook/template";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../../src/workbook/xlsx";

const SHEET = "Demandes d'exercice des droits";
const clock = dayClock(2026, 12, 7);
const day = (d: number, m: number, y: number): number => serialOfDay(y, m, d) as number;

const access: NewRequest = { received: day(5, 12, 2026), person: "M. D.", rights: ["rectification", "access"], ficheRef: "ref-002", identityChecked: "Oui" };

function add(snapshot: WorkbookSnapshot, fields: NewRequest = access): WorkbookSnapshot {
  return applyPlanToSnapshot(snapshot, planAddRequest(snapshot, fields, clock));
}

describe("adding a request", () => {
  test("the first one makes the add-in's sheet, with its head, and a line read back as typed", () => {
    const plan = planAddRequest(cnilSnapshot(), access, clock);
    expect(plan.title).toBe("Noter la demande reçue le 05/12/2026 dans le registre des demandes");
    const after = applyPlanToSnapshot(cnilSnapshot(), plan);
    const sheet = after.sheets.find((s) => s.name === SHEET);
    expect(sheet?.values[0][0]).toBe("Registre des demandes d'exercice des droits");
    expect(sheet?.values[3].slice(0, 9)).toEqual([
      "Reçue le",
      "Personne (le moins possible)",
      "Droit(s) exercé(s)",
      "Fiche concernée (RÉF)",
      "Identité vérifiée",
      "Prolongation annoncée le",
      "Répondu le",
      "Issue",
      "Motifs (prolongation, refus)",
    ]);
    const book = readRequests(after)!;
    expect(book.problems).toEqual([]);
    expect(book.entries).toEqual([
      expect.objectContaining({
        row: 5,
        received: access.received,
        person: "M. D.",
        rights: ["access", "rectification"],
        rightsText: "Accès, Rectification",
        ficheRef: "ref-002",
        identityChecked: "Oui",
        answeredCell: "G5",
      }),
    ]);
  });

  test("the date is written as a date shown dd/mm/yyyy, the texts as text, even one starting with =", () => {
    const plan = planAddRequest(cnilSnapshot(), { ...access, person: '=HYPERLINK("x")' }, clock);
    const cells = plan.ops.flatMap((op) => (op.op === "write" ? op.cells : []));
    expect(cells.find((c) => c.address === "A5")).toEqual({ address: "A5", kind: "date", value: access.received });
    expect(cells.find((c) => c.address === "B5")).toEqual({ address: "B5", kind: "text", value: '=HYPERLINK("x")' });
    expect(cells.every((c) => c.kind === "text" || c.kind === "date")).toBe(true);
    expect(plan.ops).toContainEqual(expect.objectContaining({ op: "format", range: "A5", format: expect.objectContaining({ numberFormat: "dd/mm/yyyy" }) }));
  });

  test("the next one goes after the last non-empty row, never over a note typed below", () => {
    let book = add(cnilSnapshot());
    const sheet = book.sheets.find((s) => s.name === SHEET);
    sheet!.values[6] = ["", "Note : demande orale au secrétariat"];
    book = add(book, { ...access, person: "Mme L.", rights: ["erasure"] });
    expect(readRequests(book)!.entries.map((e) => [e.row, e.person])).toEqual([
      [5, "M. D."],
      [7, "Note : demande orale au secrétariat"],
      [8, "Mme L."],
    ]);
    expect(book.sheets.filter((s) => s.name.startsWith("Demandes"))).toHaveLength(1);
  });

  test("a user's own sheet of the same name is left alone: the register is made beside it", () => {
    const base = cnilSnapshot();
    const mine = { ...base, sheets: [...base.sheets, { name: SHEET, visibility: "Visible" as const, values: [["Mes notes"]] }] };
    const after = add(mine);
    expect(after.sheets.find((s) => s.name === SHEET)?.values).toEqual([["Mes notes"]]);
    const made = readRequests(after)!.entries[0].sheet;
    expect(made).toMatch(/ \(2\)$/);
    expect(made.length).toBeLessThanOrEqual(31);
  });

  test("undo takes the new sheet away", () => {
    const before = cnilSnapshot();
    const plan = planAddRequest(before, access, clock);
    const after = applyPlanToSnapshot(before, plan);
    expect(contentOf(applyPlanToSnapshot(after, invertPlan(plan, before)))).toEqual(contentOf(before));
  });

  test.each([
    [{ ...access, person: " " }, "le moins d'informations possible"],
    [{ ...access, rights: [] }, "au moins un droit"],
    [{ ...access, received: day(8, 12, 2026) }, "dans le futur"],
    [{ ...access, received: Number.NaN }, "pas lisible"],
  ])("refused with a French reason: %#", (fields, reason) => {
    expect(() => planAddRequest(cnilSnapshot(), fields, clock)).toThrow(PlanError);
    expect(() => planAddRequest(cnilSnapshot(), fields, clock)).toThrow(reason);
  });
});

describe("recording on a line", () => {
  const book = add(cnilSnapshot(), { ...access, identityChecked: "" });
  const entry = readRequests(book)!.entries[0];

  test("the identity checked, in its one cell", () => {
    const plan = planRecordIdentity(book, entry, "Oui");
    expect(plan.ops).toEqual([{ op: "write", sheet: SHEET, cells: [{ address: "E5", kind: "text", value: "Oui" }] }]);
    expect(readRequests(applyPlanToSnapshot(book, plan))!.entries[0].identityChecked).toBe("Oui");
  });

  test("the extension within the first month: its date and reasons, the deadline pushed to three months", () => {
    const plan = planRecordExtension(book, entry, { on: day(7, 12, 2026), reasons: "Archives papier à rechercher" }, clock);
    const line = readRequests(applyPlanToSnapshot(book, plan))!.entries[0];
    expect(line).toMatchObject({ extendedOn: day(7, 12, 2026), reasons: "Prolongation : Archives papier à rechercher" });
    expect(formatFrenchDate(requestDeadline(line)!.due)).toBe("05/03/2027");
  });

  test("too late to extend after the first month, and an extension needs its reasons", () => {
    const later = dayClock(2027, 1, 7);
    expect(() => planRecordExtension(book, entry, { on: day(6, 1, 2027), reasons: "x" }, later)).toThrow("trop tard pour prolonger");
    expect(() => planRecordExtension(book, entry, { on: day(7, 12, 2026), reasons: " " }, clock)).toThrow("Écrivez les raisons");
  });

  test("the answer: its date and outcome; a refusal needs its reasons, written after the extension's", () => {
    const granted = planRecordAnswer(book, entry, { on: day(7, 12, 2026), outcome: "granted" }, clock);
    expect(readRequests(applyPlanToSnapshot(book, granted))!.entries[0]).toMatchObject({
      answered: day(7, 12, 2026),
      outcome: "granted",
      outcomeText: "Accordée",
    });
    expect(() => planRecordAnswer(book, entry, { on: day(7, 12, 2026), outcome: "refused" }, clock)).toThrow("Écrivez les raisons");
    const extended = applyPlanToSnapshot(book, planRecordExtension(book, entry, { on: day(6, 12, 2026), reasons: "Archives" }, clock));
    const refused = applyPlanToSnapshot(
      extended,
      planRecordAnswer(extended, entry, { on: day(7, 12, 2026), outcome: "refused", reasons: "Demande manifestement excessive" }, clock),
    );
    expect(readRequests(refused)!.entries[0]).toMatchObject({
      outcome: "refused",
      reasons: "Prolongation : Archives\nRefus : Demande manifestement excessive",
    });
  });

  test("refused: before the receipt, in the future, a line answered or changed since", () => {
    expect(() => planRecordAnswer(book, entry, { on: day(4, 12, 2026), outcome: "granted" }, clock)).toThrow("antérieure à la réception");
    expect(() => planRecordAnswer(book, entry, { on: day(8, 12, 2026), outcome: "granted" }, clock)).toThrow("dans le futur");
    const answered = applyPlanToSnapshot(book, planRecordAnswer(book, entry, { on: day(7, 12, 2026), outcome: "granted" }, clock));
    expect(() => planRecordAnswer(answered, entry, { on: day(7, 12, 2026), outcome: "granted" }, clock)).toThrow("déjà écrite");
    const changed = applyPlanToSnapshot(book, { title: "", ops: [{ op: "write", sheet: SHEET, cells: [{ address: "B5", kind: "text", value: "autre" }] }] });
    expect(() => planRecordAnswer(changed, entry, { on: day(7, 12, 2026), outcome: "granted" }, clock)).toThrow("a changé");
  });
});

describe("the register in a real file", () => {
  test("written into a real .xlsx and read back: the line, its date a date, A4 landscape one page wide", async () => {
    const book = await buildTemplateWorkbook({ clock });
    applyPlanToXlsx(book, planAddRequest(snapshotOf(book), access, clock));
    const first = readRequests(snapshotOf(book))!.entries[0];
    applyPlanToXlsx(book, planRecordAnswer(snapshotOf(book), first, { on: day(7, 12, 2026), outcome: "partly-granted", reasons: "Données d'un tiers" }, clock));
    const bytes = await saveXlsx(book);
    expect(printLayoutOf(bytes, SHEET)).toMatchObject({
      orientation: "landscape",
      paperSize: "9",
      fitToWidth: "1",
      // An apostrophe in a quoted sheet name is doubled in a defined name.
      printTitles: "'Demandes d''exercice des droits'!$4:$4",
      frozen: { rows: 4, columns: 1 },
      hiddenColumns: [26],
    });
    const back = readRequests(snapshotOf(await loadXlsx(bytes)))!;
    expect(back.problems).toEqual([]);
    expect(back.entries).toEqual([
      expect.objectContaining({
        received: access.received,
        person: "M. D.",
        rights: ["access", "rectification"],
        ficheRef: "ref-002",
        answered: day(7, 12, 2026),
        outcome: "partly-granted",
        reasons: "Refus : Données d'un tiers",
      }),
    ]);
  }, 60_000);
});
