/** The playground's view of a workbook, read from the same ExcelJS workbook the in-memory Excel changes. */
import { excelBookOf } from "../fixtures/excelBook";
import { gridView, listItemsAt, parseRange, rectAddress, stepSelection, type GridSheet } from "../../src/playground/gridModel";
import { readRegister } from "../../src/register";
import { excelBookSnapshot } from "../../src/workbook/exceljs";
import { buildExampleRegister } from "../../src/workbook/template";
import { dayClock } from "../fixtures/clocks";

const CLOCK = dayClock(2026, 11, 24);

describe("gridView", () => {
  it("shows a fiche as Excel would: merged areas, dates as dd/mm/yyyy, labels in bold", async () => {
    const book = await excelBookOf(await buildExampleRegister({ clock: CLOCK }));
    const register = readRegister(excelBookSnapshot(book));
    const fiche = register.fiches.find((f) => f.kind === "fiche")!;
    const view = gridView(book, fiche.sheet);
    expect(view.tabs.map((t) => t.name)).toEqual(excelBookSnapshot(book).sheets.map((s) => s.name));
    const sheet = view.sheet!;
    expect(sheet.name).toBe(fiche.sheet);
    const at = (address: string) => {
      const r = parseRange(address)!;
      return sheet.cells[r.top - 1][r.left - 1];
    };
    expect(at(fiche.name.cell)).toBe(fiche.name.value);
    expect(at(fiche.created.cell)).toBe("24/11/2026");
    // The name is typed in a merged area (B:H in the model): drawn as one cell.
    const name = parseRange(fiche.name.cell)!;
    expect(sheet.merges.some((m) => m.top === name.top && m.left === name.left && m.right > m.left)).toBe(true);
    const label = sheet.styles[name.top - 1][0];
    expect(label?.bold).toBe(true);
    expect(sheet.widths[0]).toBeGreaterThan(sheet.widths[1] / 2);
  });

  it("falls back to the first visible sheet when the active one is gone", async () => {
    const book = await excelBookOf(await buildExampleRegister({ clock: CLOCK }));
    const view = gridView(book, "Feuille disparue");
    expect(view.sheet?.name).toBe(view.tabs.find((t) => !t.hidden)!.name);
  });
});

describe("addresses", () => {
  it("reads what Excel reports and writes it back", () => {
    expect(parseRange("B44:D44")).toEqual({ top: 44, left: 2, bottom: 44, right: 4 });
    expect(parseRange("'Fiche 1'!$B$4")).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
    expect(rectAddress({ top: 4, left: 2, bottom: 4, right: 8 })).toBe("B4:H4");
    expect(rectAddress({ top: 1, left: 27, bottom: 1, right: 27 })).toBe("AA1");
    expect(parseRange("pas une adresse")).toBeNull();
  });
});

describe("listItemsAt", () => {
  it("offers a dropdown cell's list as Excel shows it, and nothing for a cell without one", async () => {
    const book = await excelBookOf(await buildExampleRegister({ clock: CLOCK }));
    const register = readRegister(excelBookSnapshot(book));
    const fiche = register.fiches.find((f) => f.kind === "fiche" && f.persons.length > 0)!;
    const persons = register.lists.persons!.items;
    expect(persons.length).toBeGreaterThan(2);
    // The list's range as Excel shows it: the template's « Sélectionnez… » prompt first, then the items, in order.
    const items = listItemsAt(book, fiche.sheet, fiche.persons[0].value.cell)!;
    expect(items.slice(-persons.length)).toEqual(persons);
    expect(items.length - persons.length).toBeLessThanOrEqual(1);
    expect(listItemsAt(book, fiche.sheet, fiche.name.cell)).toBeNull();
    expect(listItemsAt(book, "Feuille disparue", "A1")).toBeNull();
  });
});

describe("stepSelection", () => {
  // Five rows of five columns; B2:D2 merged, as a fiche's name area.
  const sheet: GridSheet = {
    name: "Fiche 1",
    cells: Array.from({ length: 5 }, () => ["", "", "", "", ""]),
    styles: Array.from({ length: 5 }, () => [undefined, undefined, undefined, undefined, undefined]),
    merges: [{ top: 2, left: 2, bottom: 2, right: 4 }],
    widths: [80, 80, 80, 80, 80],
    links: new Map(),
  };

  it("moves one cell, and lands on a merged area whole", () => {
    expect(stepSelection(sheet, "A1", "right")).toBe("B1");
    expect(stepSelection(sheet, "B1", "down")).toBe("B2:D2");
    expect(stepSelection(sheet, "C3", "up")).toBe("B2:D2");
  });

  it("steps past a merged area from its far edge, as Excel does", () => {
    expect(stepSelection(sheet, "B2:D2", "right")).toBe("E2");
    expect(stepSelection(sheet, "B2:D2", "down")).toBe("B3");
    expect(stepSelection(sheet, "B2:D2", "left")).toBe("A2");
  });

  it("stops at the sheet's edges", () => {
    expect(stepSelection(sheet, "A1", "up")).toBe("A1");
    expect(stepSelection(sheet, "A1", "left")).toBe("A1");
    expect(stepSelection(sheet, "E5", "right")).toBe("E5");
    expect(stepSelection(sheet, "E5", "down")).toBe("E5");
  });
});
