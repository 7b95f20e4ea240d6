/**
 * readRegister's cache for live checking: a snapshot patched by putting new objects for the edited
 * sheets reads exactly as a fresh read does, and the fiches of the sheets left alone are not read again.
 */
import { createRegisterReadCache, readRegister, type SheetSnapshot, type WorkbookSnapshot } from "../../../src/register";
import { buildExampleRegister } from "../../../src/workbook/template";
import { loadXlsx, saveXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { clockAt } from "../../fixtures/clocks";

jest.setTimeout(60_000);

/** `snapshot` with one cell of `sheet` changed, as live checking's incremental read gives it: a new object for that sheet only. */
function patched(snapshot: WorkbookSnapshot, sheet: string, row: number, col: number, value: string): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((s): SheetSnapshot => {
      if (s.name !== sheet) return s;
      const values = s.values.map((r) => [...r]);
      (values[row - 1] ??= [])[col - 1] = value;
      return { ...s, values };
    }),
  };
}

describe("readRegister with a cache of unchanged sheets", () => {
  it("reads a patched snapshot as a fresh read does, re-reading only the edited fiche", async () => {
    const book = await loadXlsx(await saveXlsx(await buildExampleRegister({ clock: clockAt("2026-11-24T10:00:00+01:00") })));
    const first = snapshotOf(book);
    const cache = createRegisterReadCache();
    const before = readRegister(first, { cache });
    const [edited, untouched] = before.fiches.filter((f) => f.kind === "fiche");
    const purposeRow = Number(edited.mainPurpose.cell.replace(/^[A-Z]+/, ""));

    const next = patched(first, edited.sheet, purposeRow, 2, "Organiser les réunions de la CPTS");
    const after = readRegister(next, { cache });

    expect(after).toEqual(readRegister(next));
    expect(after.fiches.find((f) => f.sheet === edited.sheet)?.mainPurpose.value).toBe("Organiser les réunions de la CPTS");
    expect(after.fiches.find((f) => f.sheet === untouched.sheet)).toBe(untouched);
    expect(after.fiches.find((f) => f.sheet === edited.sheet)).not.toBe(edited);
  });
});
