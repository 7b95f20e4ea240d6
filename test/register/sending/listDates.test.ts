/**
 * Tab 2's dates taken from the fiches (planListDatesRefresh), on the example register written through
 * the real file layer: the preview lists each change (tab-2 cell, before as shown, after, the fiche's
 * cell), the plan writes exactly those, and a second look finds nothing left to do.
 */
import { planListDatesRefresh, readRegister, type Register, type WritePlan } from "../../../src/register";
import { buildRegisterWithFiches } from "../../../src/bench/registers";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { TEST_CLOCK } from "../../fixtures/clocks";
import { cnilXlsxBytes } from "../../fixtures/cnilWorkbook";
import { serial } from "../../fixtures/registers";

const write = (book: XlsxWorkbook, plan: WritePlan) => applyPlanToXlsx(book, plan);

async function readBack(book: XlsxWorkbook): Promise<Register> {
  return readRegister(snapshotOf(await loadXlsx(await saveXlsx(book))));
}

describe("planListDatesRefresh on the example register", () => {
  let book: XlsxWorkbook;
  let register: Register;
  beforeAll(async () => {
    book = await buildRegisterWithFiches(3, TEST_CLOCK);
    const r = readRegister(snapshotOf(book));
    const [f1, f2, f3] = r.fiches.filter((f) => f.kind === "fiche");
    const tab = r.listTab!;
    const lineOf = (ref: string) => tab.lines.find((l) => l.ref.value === ref)!;
    write(book, {
      title: "Dates décalées",
      ops: [
        // Fiche 1 updated after tab 2 was written.
        { op: "write", sheet: f1.sheet, cells: [{ address: f1.updated.cell, kind: "date", value: serial("2026-11-20") }] },
        // Tab 2's creation date of fiche 2 typed as text, and wrong.
        { op: "write", sheet: tab.sheet, cells: [{ address: lineOf(f2.ref.value).created.cell, kind: "text", value: "01/01/2020" }] },
        // Fiche 3 has no update date: the one typed in tab 2 stays.
        { op: "write", sheet: f3.sheet, cells: [{ address: f3.updated.cell, kind: "clear" }] },
        { op: "write", sheet: tab.sheet, cells: [{ address: lineOf(f3.ref.value).updated.cell, kind: "date", value: serial("2026-10-10") }] },
      ],
    });
    register = await readBack(book);
  });

  it("lists each change with tab 2's cell, what it shows, the fiche's date and where it comes from", () => {
    const [f1, f2] = register.fiches.filter((f) => f.kind === "fiche");
    const tab = register.listTab!;
    const { changes } = planListDatesRefresh(register);
    const line1 = tab.lines.find((l) => l.ref.value === f1.ref.value)!;
    const line2 = tab.lines.find((l) => l.ref.value === f2.ref.value)!;
    expect(changes).toEqual([
      {
        field: "updated",
        ref: f1.ref.value,
        listSheet: tab.sheet,
        listCell: line1.updated.cell,
        before: line1.updated.text,
        after: "20/11/2026",
        ficheSheet: f1.sheet,
        ficheCell: f1.updated.cell,
      },
      {
        field: "created",
        ref: f2.ref.value,
        listSheet: tab.sheet,
        listCell: line2.created.cell,
        before: "01/01/2020",
        after: f2.created.text,
        ficheSheet: f2.sheet,
        ficheCell: f2.created.cell,
      },
    ]);
    expect(line1.updated.text).not.toBe("20/11/2026");
    expect(f2.created.text).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    expect(f2.created.text).not.toBe("01/01/2020");
  });

  it("writes them as dates: read back, tab 2 agrees with every fiche, and the date the fiche lacks is kept", async () => {
    const copy = await loadXlsx(await saveXlsx(book));
    applyPlanToXlsx(copy, planListDatesRefresh(register).plan);
    const after = await readBack(copy);
    const tab = after.listTab!;
    for (const f of after.fiches.filter((x) => x.kind === "fiche")) {
      const line = tab.lines.find((l) => l.ref.value === f.ref.value)!;
      expect(line.created.serial).toBe(f.created.serial);
      if (f.updated.serial !== null) expect(line.updated.serial).toBe(f.updated.serial);
      else expect(line.updated.serial).toBe(serial("2026-10-10"));
    }
    expect(planListDatesRefresh(after).changes).toEqual([]);
    expect(planListDatesRefresh(after).plan.ops).toEqual([]);
  });

  it("finds a fiche by its RÉF as the engine folds it (case, spaces)", async () => {
    const copy = await loadXlsx(await saveXlsx(book));
    const [f1] = register.fiches.filter((f) => f.kind === "fiche");
    const line1 = register.listTab!.lines.find((l) => l.ref.value === f1.ref.value)!;
    applyPlanToXlsx(copy, {
      title: "RÉF",
      ops: [{ op: "write", sheet: register.listTab!.sheet, cells: [{ address: line1.ref.cell, kind: "text", value: ` ${f1.ref.value.toUpperCase()} ` }] }],
    });
    const changes = planListDatesRefresh(await readBack(copy)).changes;
    expect(changes.map((c) => c.listCell)).toContain(line1.updated.cell);
  });
});

describe("planListDatesRefresh on the CNIL's workbook", () => {
  it("leaves the CNIL's example line alone: nothing to change", async () => {
    const register = readRegister(snapshotOf(await loadXlsx(cnilXlsxBytes())));
    const { changes, plan } = planListDatesRefresh(register);
    expect(changes).toEqual([]);
    expect(plan.ops).toEqual([]);
  });
});
