/**
 * The copy sent to SESAN (planStripForSending): written through the real file layer, read back, it holds
 * no person's name in any cell of any sheet, and gives the same verdict and the same incidents and
 * requests figures as the register it came from.
 */
import { planStripForSending, readRegister, validateRegister, validateWorkbook, type WorkbookSnapshot } from "../../../src/register";
import { registerReportJson } from "../../../src/register/report/json";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { applyPlanToXlsx, forgetUnusedTexts, loadXlsx, saveXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { clockAt, TEST_CLOCK } from "../../fixtures/clocks";
import { cnilXlsxBytes } from "../../fixtures/cnilWorkbook";
import { FACTS, PEOPLE, registerWithPeopleBytes } from "./sendingFixtures";

/** Every cell of every sheet that contains one of `words`, as « Sheet!row:col ». */
function cellsHolding(snapshot: WorkbookSnapshot, words: readonly string[]): string[] {
  const found: string[] = [];
  for (const sheet of snapshot.sheets)
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (words.some((w) => String(v).includes(w))) found.push(`${sheet.name}!${r + 1}:${c + 1}`);
      }),
    );
  return found;
}

async function strippedCopy(bytes: Uint8Array, clock = TEST_CLOCK) {
  const book = await loadXlsx(bytes);
  const strip = planStripForSending(snapshotOf(book), clock);
  applyPlanToXlsx(book, strip.plan);
  const copy = await saveXlsx(book);
  return { strip, copy, snapshot: snapshotOf(await loadXlsx(copy)) };
}

describe("planStripForSending on a register with requests, breaches and a set-aside finding", () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await registerWithPeopleBytes(3, TEST_CLOCK);
  });

  it("the fixture really holds the people's names (else the test below proves nothing)", async () => {
    const snapshot = snapshotOf(await loadXlsx(original));
    for (const name of [...PEOPLE, ...FACTS]) expect(cellsHolding(snapshot, [name]).length).toBeGreaterThan(0);
  });

  it("leaves no person's name nor fact in any cell of any sheet of the copy", async () => {
    const { snapshot } = await strippedCopy(original);
    expect(cellsHolding(snapshot, [...PEOPLE, ...FACTS, "Oudinot", "Quintard"])).toEqual([]);
  });

  it("gives the same verdict, set-aside count, and incidents and requests figures", async () => {
    const before = validateWorkbook(snapshotOf(await loadXlsx(original)), { clock: TEST_CLOCK });
    const { snapshot } = await strippedCopy(original);
    const after = validateWorkbook(snapshot, { clock: TEST_CLOCK });
    expect(before.requests).toEqual({ open: 2, overdue: 1 });
    expect(before.incidents).toEqual({ open: 1, overdue: 1 });
    expect(before.summary.setAside).toBe(1);
    expect(after.verdict).toBe(before.verdict);
    expect(after.requests).toEqual(before.requests);
    expect(after.incidents).toEqual(before.incidents);
    expect(after.summary.setAside).toBe(before.summary.setAside);
    expect(after.summary.errors).toBe(before.summary.errors);
  });

  it("keeps counting the deadlines after the day of the copy: a request in time then is overdue a month later in both", async () => {
    const later = clockAt("2027-01-15T10:00:00+01:00");
    const { snapshot } = await strippedCopy(original);
    const before = validateWorkbook(snapshotOf(await loadXlsx(original)), { clock: later });
    const after = validateWorkbook(snapshot, { clock: later });
    expect(before.requests).toEqual({ open: 2, overdue: 2 });
    expect(after.requests).toEqual(before.requests);
    expect(after.incidents).toEqual(before.incidents);
  });

  it("keeps the set-aside findings' rule, RÉF and reason, and clears when and who", async () => {
    const { snapshot } = await strippedCopy(original);
    const book = readRegister(snapshot).setAside;
    expect(book?.entries).toHaveLength(1);
    const [e] = book?.entries ?? [];
    expect(e.why).toBe("Voir avec SESAN");
    expect(e.ref).not.toBe("");
    expect([e.when, e.who]).toEqual(["", ""]);
  });

  it("says what it reduced, and the reduced sheets are read as such", async () => {
    const { strip, snapshot } = await strippedCopy(original);
    expect(strip.reduced.map((r) => [r.kind, r.lines])).toEqual([
      ["breaches", 2],
      ["requests", 3],
      ["setAside", 1],
    ]);
    const register = readRegister(snapshot);
    expect(register.breaches?.reduced).toBe(true);
    expect(register.requests?.reduced).toBe(true);
    expect(register.breaches?.entries).toHaveLength(2);
    expect(register.requests?.entries).toHaveLength(3);
  });

  it("a copy of the copy is the same copy: nothing more to reduce but the set-aside lines already cleared", async () => {
    const { copy } = await strippedCopy(original);
    const again = planStripForSending(snapshotOf(await loadXlsx(copy)), TEST_CLOCK);
    expect(again.plan.ops).toEqual([]);
    expect(again.reduced).toEqual([]);
  });

  it("the JSON report of the copy has the same verdict and figures", async () => {
    const s0 = snapshotOf(await loadXlsx(original));
    const { snapshot } = await strippedCopy(original);
    const json = (s: WorkbookSnapshot) => {
      const r = readRegister(s);
      return registerReportJson("registre.xlsx", r, validateRegister(r, { clock: TEST_CLOCK }));
    };
    const [a, b] = [json(s0), json(snapshot)];
    expect([b.verdict, b.incidents, b.requests, b.summary.setAside, b.organisation]).toEqual([
      a.verdict,
      a.incidents,
      a.requests,
      a.summary.setAside,
      a.organisation,
    ]);
  });
});

/** The parts of an .xlsx file (every one, as text) that contain one of `words`. */
async function partsHolding(bytes: Uint8Array, words: readonly string[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found: string[] = [];
  for (const name of Object.keys(zip.files)) {
    const text = await zip.files[name].async("string");
    if (words.some((w) => text.includes(w))) found.push(name);
  }
  return found;
}

describe("the copy of a workbook saved by Excel-like software, its texts in the shared table", () => {
  let shared: Uint8Array;
  beforeAll(async () => {
    // ExcelJS writes every text in xl/sharedStrings.xml, as Excel does: clearing a cell leaves its text there.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await registerWithPeopleBytes(3, TEST_CLOCK)) as never);
    shared = new Uint8Array(await wb.xlsx.writeBuffer());
  });

  it("the stripped plan alone leaves the names in the file's shared texts", async () => {
    const book = await loadXlsx(shared);
    applyPlanToXlsx(book, planStripForSending(snapshotOf(book), TEST_CLOCK).plan);
    expect(await partsHolding(await saveXlsx(book), PEOPLE)).toEqual(["xl/sharedStrings.xml"]);
  });

  it("forgetUnusedTexts takes them out of every part of the file, and every other sheet reads the same", async () => {
    const book = await loadXlsx(shared);
    const untouched = (s: WorkbookSnapshot) =>
      s.sheets.filter((x) => !["Registre des violations", "Demandes d'exercice des droits", "Constats écartés"].includes(x.name));
    const before = untouched(snapshotOf(book));
    applyPlanToXlsx(book, planStripForSending(snapshotOf(book), TEST_CLOCK).plan);
    expect(forgetUnusedTexts(book)).toBeGreaterThan(0);
    const copy = await saveXlsx(book);
    expect(await partsHolding(copy, [...PEOPLE, ...FACTS])).toEqual([]);
    expect(untouched(snapshotOf(await loadXlsx(copy)))).toEqual(before);
  });
});

describe("planStripForSending on the CNIL's workbook", () => {
  it("has nothing to reduce: no plan op", async () => {
    const { strip } = await strippedCopy(cnilXlsxBytes());
    expect(strip.plan.ops).toEqual([]);
    expect(strip.reduced).toEqual([]);
  });
});
