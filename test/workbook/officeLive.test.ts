/**
 * Live checking's side of the Office adapter, over the in-memory Excel: the changes it hears, and the
 * incremental read, which must give exactly what a full read gives (and so the same report), in one
 * sync, or say that only a full read is safe.
 */
import { createMemoryExcel, type MemoryExcel } from "../../src/memoryExcel";
import { readRegister, validateWorkbook, type WorkbookSnapshot } from "../../src/register";
import { onWorkbookChanged, readChangedSheets, readSnapshot, type WorkbookChange } from "../../src/workbook/office";
import { loadExcelBook } from "../../src/workbook/exceljs";
import { buildCnilWorkbook, cleanFiche, cleanRegister } from "../fixtures/xlsxFiles";
import { dayClock } from "../fixtures/clocks";

const CLOCK = dayClock(2026, 11, 24);
const FICHE = "Fiche 2";

async function memory(): Promise<MemoryExcel> {
  const bytes = await buildCnilWorkbook(cleanRegister(2, { fiches: [cleanFiche(1), cleanFiche(2, { purpose: "" })] }));
  return createMemoryExcel(await loadExcelBook(bytes), { today: () => CLOCK.now() });
}

async function idOf(m: MemoryExcel, sheet: string): Promise<string> {
  return m.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet).load("id");
    await ctx.sync();
    return ws.id;
  });
}

async function write(m: MemoryExcel, sheet: string, cells: Record<string, string>): Promise<void> {
  await m.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (const [address, value] of Object.entries(cells)) ws.getRange(address).values = [[value]];
    await ctx.sync();
  });
}

/** The incremental read after edits, in one sync, compared with a full read of the same workbook. */
async function both(
  m: MemoryExcel,
  previous: WorkbookSnapshot,
  sheets: string[],
): Promise<{ incremental: WorkbookSnapshot | null; full: WorkbookSnapshot; syncs: number }> {
  const ids = await Promise.all(sheets.map((s) => idOf(m, s)));
  m.resetSyncCount();
  const incremental = await readChangedSheets(m.Excel, previous, ids);
  const syncs = m.syncCount();
  return { incremental, full: await readSnapshot(m.Excel), syncs };
}

describe("readChangedSheets", () => {
  test("after values typed in a fiche, one sync gives what a full read gives, formulas of that sheet included, and the same report", async () => {
    const m = await memory();
    const previous = await readSnapshot(m.Excel);
    const fiche = readRegister(previous).fiches.find((f) => f.sheet === FICHE)!;
    // The reference (B5): the fiche's H1 (= B5) follows it. The purpose, missing, is now given.
    // A value far below the fiche grows the used range.
    await write(m, FICHE, { [fiche.ref.cell]: "CPTS-099", [fiche.mainPurpose.cell]: "Organiser les réunions", B120: "note" });
    const { incremental, full, syncs } = await both(m, previous, [FICHE]);
    expect(syncs).toBe(1);
    expect(incremental).toEqual(full);
    expect(incremental!.sheets.find((s) => s.name === FICHE)!.values[0][7]).toBe("CPTS-099");
    expect(validateWorkbook(incremental!, { clock: CLOCK })).toEqual(validateWorkbook(full, { clock: CLOCK }));
    // The sheets that did not change are the previous snapshot's own (nothing else was read).
    expect(incremental!.sheets.filter((s) => s.name !== FICHE).every((s) => previous.sheets.includes(s))).toBe(true);
  });

  test("a cell cleared so that the used range shrinks reads as a full read does", async () => {
    const m = await memory();
    await write(m, FICHE, { B120: "note" });
    const previous = await readSnapshot(m.Excel);
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).getRange("B120").clear("Contents");
      await ctx.sync();
    });
    const { incremental, full } = await both(m, previous, [FICHE]);
    expect(incremental).toEqual(full);
  });

  test("tab 2 edited: the same snapshot as a full read, and its line's findings follow", async () => {
    const m = await memory();
    const previous = await readSnapshot(m.Excel);
    const list = readRegister(previous).listTab!;
    await write(m, list.sheet, { [list.lines[0].purpose.cell]: "Autre chose" });
    const { incremental, full } = await both(m, previous, [list.sheet]);
    expect(incremental).toEqual(full);
  });

  test("null (a full read is needed) when a label typed in column A moves the dropdown cells, after a rename, or for a sheet the last read did not know", async () => {
    const m = await memory();
    const previous = await readSnapshot(m.Excel);
    const fiche = readRegister(previous).fiches.find((f) => f.sheet === FICHE)!;
    // The label « Nom du traitement » erased: the sheet is no longer a fiche, its dropdown cells go.
    await write(m, FICHE, { [`A${fiche.name.cell.replace(/^[A-Z]+/, "")}`]: "" });
    expect((await both(m, previous, [FICHE])).incremental).toBeNull();

    const again = await readSnapshot(m.Excel);
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).name = "Renommée";
      await ctx.sync();
    });
    expect((await both(m, again, ["Renommée"])).incremental).toBeNull();

    const third = await readSnapshot(m.Excel);
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Notes");
      await ctx.sync();
    });
    expect((await both(m, third, ["Notes"])).incremental).toBeNull();
    // A snapshot this adapter did not read has no sheet ids to go by.
    expect(await readChangedSheets(m.Excel, { ...third }, [await idOf(m, "Renommée")])).toBeNull();
  });
});

describe("onWorkbookChanged", () => {
  test("cells edited are told with their sheet's id; rows inserted, sheets added and deleted as changes of structure; nothing after stopping", async () => {
    const m = await memory();
    const heard: WorkbookChange[] = [];
    const stop = await onWorkbookChanged(m.Excel, (c) => heard.push(c));
    const id = await idOf(m, FICHE);
    await write(m, FICHE, { B20: "x" });
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).getRange("30:30").insert("Down");
      ctx.workbook.worksheets.add("Notes");
      await ctx.sync();
    });
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Notes").delete();
      await ctx.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard.map((c) => JSON.stringify(c))).toEqual(
      [{ kind: "cells", worksheetId: id, address: "B20" }, { kind: "structure" }, { kind: "structure" }, { kind: "structure" }].map((c) => JSON.stringify(c)),
    );
    await stop();
    await write(m, FICHE, { B21: "y" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(heard).toHaveLength(4);
  });
});
