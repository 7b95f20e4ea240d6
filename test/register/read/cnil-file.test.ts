/**
 * The real CNIL workbook, read through the xlsx adapter: what the engine must see in it.
 */
import * as fs from "fs";
import { loadXlsx, snapshotOf, applyPlanToXlsx } from "../../../src/workbook/xlsx";
import { readRegister, planNewFiche, dropdownProbeCells } from "../../../src/register";
import { CNIL_SHEETS, serial } from "../../fixtures/snapshots";

import { CNIL_XLSX_PATH as FILE } from "../../fixtures/cnilWorkbook";
import { dayClock } from "../../fixtures/clocks";

describe("the CNIL's own workbook", () => {
  it("reads as a register with its model, its example, its example line and whole lists", async () => {
    const snap = snapshotOf(await loadXlsx(fs.readFileSync(FILE)));
    const r = readRegister(snap);
    expect(r.tabs).toEqual({
      tutorial: CNIL_SHEETS.tutorial,
      list: CNIL_SHEETS.list,
      model: CNIL_SHEETS.model,
      example: CNIL_SHEETS.example,
      lists: CNIL_SHEETS.lists,
    });
    expect(r.fiches.map((f) => [f.sheet, f.kind])).toEqual([
      [CNIL_SHEETS.model, "model"],
      [CNIL_SHEETS.example, "example"],
    ]);
    const example = r.fiches[1];
    expect(example.created.serial).toBe(serial(2018, 5, 26));
    expect(example.updated).toEqual({ serial: serial(2019, 5, 13), text: "13/05/2019", cell: "B7" });
    expect(r.listTab?.lines.map((l) => [l.row, l.isExample])).toEqual([[9, true]]);
    expect(r.listTab?.nextFreeRow).toBe(10);
    expect(r.lists.recipients).toMatchObject({ origin: "workbook", range: "'5_-_Listes'!H3:H7" });
    expect(r.lists.recipients?.items).toContain("Autre (Préciser)");
    expect(r.lists.countries?.items).toHaveLength(175);
    expect(r.lists.countries?.zones?.filter((z) => z === "adéquat")).toHaveLength(12);
    expect(r.lists.guarantees?.items).toHaveLength(7);
    expect(r.dropdowns.filter((d) => d.sheet === CNIL_SHEETS.model)).toHaveLength(17);
    expect(
      dropdownProbeCells(snap.sheets)
        .filter((p) => p.sheet === CNIL_SHEETS.model)
        .map((p) => p.cell),
    ).toEqual(["B44", "B48", "B54", "C59", "D59"]);
  });

  it("takes a new fiche planned by the engine and carried out by the adapter", async () => {
    const book = await loadXlsx(fs.readFileSync(FILE));
    const clock = dayClock(2026, 3, 15);
    applyPlanToXlsx(book, planNewFiche(readRegister(snapshotOf(book)), { name: "Gestion des adhérents", clock }));
    const r = readRegister(snapshotOf(book));
    const f = r.fiches.find((x) => x.kind === "fiche");
    expect(f).toMatchObject({ sheet: "Gestion des adhérents", ref: { value: "ref-001" }, created: { serial: serial(2026, 3, 15) } });
    expect(r.dropdowns.filter((d) => d.sheet === "Gestion des adhérents")).toHaveLength(17);
    expect(r.listTab?.lines.map((l) => [l.row, l.ref.value])).toEqual([
      [9, "1 - Exemple"],
      [10, "ref-001"],
    ]);
  });
});
