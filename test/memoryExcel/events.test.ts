/**
 * The in-memory Excel raises the change events live checking listens to, as Excel does: after the
 * batch that made the change, with Excel's argument shapes, for the add-in's own writes as for the
 * user's, and not at all while the add-in has turned events off.
 */
import { Workbook } from "exceljs";
import { createMemoryExcel, type MemoryExcel } from "../../src/memoryExcel";
import type { ExcelBook } from "../../src/workbook/exceljs";

const FICHE = "Fiche 1";
const OTHER = "Autre";

function book(): ExcelBook {
  const wb = new Workbook();
  const fiche = wb.addWorksheet(FICHE);
  fiche.getCell("A1").value = "Nom du traitement";
  fiche.getCell("B1").value = "Paie";
  fiche.getCell("A2").value = "Catégorie";
  wb.addWorksheet(OTHER).getCell("A1").value = "x";
  return { excel: wb, x14: new Map() };
}

/** Lets the handlers queued after a batch run (Excel calls them asynchronously). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

interface Heard {
  log: string[];
  ids: Record<string, string>;
}

/** Subscribes to every event live checking uses; `log` gets one line per call. */
async function listen(m: MemoryExcel): Promise<Heard> {
  const heard: Heard = { log: [], ids: {} };
  await m.Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/id,items/name");
    await ctx.sync();
    for (const ws of sheets.items) heard.ids[ws.name] = ws.id;
    sheets.onChanged.add(async (e) => {
      heard.log.push(`changed ${e.type} ${e.changeType} ${e.address} ${e.source} ${e.worksheetId}`);
    });
    sheets.getItem(FICHE).onChanged.add(async (e) => {
      heard.log.push(`fiche changed ${e.address}`);
    });
    sheets.onAdded.add(async (e) => {
      heard.log.push(`added ${e.type} ${e.worksheetId}`);
    });
    sheets.onDeleted.add(async (e) => {
      heard.log.push(`deleted ${e.type} ${e.worksheetId}`);
    });
    await ctx.sync();
  });
  return heard;
}

describe("change events", () => {
  test("a value written raises the collection's and the sheet's onChanged after the batch, with Excel's arguments", async () => {
    const m = createMemoryExcel(book());
    const heard = await listen(m);
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).getRange("B2").values = [["Salariés"]];
      await ctx.sync();
      // Excel calls handlers after the request, not during it.
      expect(heard.log).toEqual([]);
    });
    await settle();
    const id = heard.ids[FICHE];
    expect(heard.log).toEqual([`changed WorksheetChanged RangeEdited B2 Local ${id}`, "fiche changed B2"]);
  });

  test("the other sheet's edits do not reach the fiche's own handler; a cleared range is a change, its formats alone are not", async () => {
    const m = createMemoryExcel(book());
    const heard = await listen(m);
    await m.Excel.run(async (ctx) => {
      const other = ctx.workbook.worksheets.getItem(OTHER);
      other.getRange("A1:B2").values = [
        ["a", "b"],
        ["c", "d"],
      ];
      ctx.workbook.worksheets.getItem(FICHE).getRange("B1").clear("Formats");
      ctx.workbook.worksheets.getItem(FICHE).getRange("B1").clear("Contents");
      await ctx.sync();
    });
    await settle();
    expect(heard.log).toEqual([
      `changed WorksheetChanged RangeEdited A1:B2 Local ${heard.ids[OTHER]}`,
      `changed WorksheetChanged RangeEdited B1 Local ${heard.ids[FICHE]}`,
      "fiche changed B1",
    ]);
  });

  test("rows inserted and deleted are told apart (RowInserted, RowDeleted) with the rows' address", async () => {
    const m = createMemoryExcel(book());
    const heard = await listen(m);
    await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      ws.getRange("2:3").insert("Down");
      ws.getRange("5:5").delete("Up");
      await ctx.sync();
    });
    await settle();
    const id = heard.ids[FICHE];
    expect(heard.log.filter((l) => l.startsWith("changed"))).toEqual([
      `changed WorksheetChanged RowInserted 2:3 Local ${id}`,
      `changed WorksheetChanged RowDeleted 5:5 Local ${id}`,
    ]);
  });

  test("a sheet added or copied raises onAdded with its id, a sheet deleted raises onDeleted with the id it had", async () => {
    const m = createMemoryExcel(book());
    const heard = await listen(m);
    const ids = await m.Excel.run(async (ctx) => {
      const added = ctx.workbook.worksheets.add("Nouvelle").load("id");
      const copy = ctx.workbook.worksheets.getItem(FICHE).copy("End").load("id");
      ctx.workbook.worksheets.getItem(OTHER).delete();
      await ctx.sync();
      return [added.id, copy.id];
    });
    await settle();
    expect(heard.log).toEqual([`added WorksheetAdded ${ids[0]}`, `added WorksheetAdded ${ids[1]}`, `deleted WorksheetDeleted ${heard.ids[OTHER]}`]);
  });

  test("while the add-in has events off (context.runtime.enableEvents), it hears none of the changes made meanwhile", async () => {
    const m = createMemoryExcel(book());
    const heard = await listen(m);
    const seenOff = await m.Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.runtime.load("enableEvents");
      await ctx.sync();
      return ctx.runtime.enableEvents;
    });
    expect(seenOff).toBe(false);
    await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      ws.getRange("B2").values = [["Salariés"]];
      ws.getRange("3:3").insert("Down");
      ctx.workbook.worksheets.add("Nouvelle");
      await ctx.sync();
    });
    await settle();
    expect(heard.log).toEqual([]);

    // Events back on: the next change is heard again.
    await m.Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = true;
      await ctx.sync();
      ctx.workbook.worksheets.getItem(FICHE).getRange("C2").values = [["x"]];
      await ctx.sync();
    });
    await settle();
    expect(heard.log).toEqual([`changed WorksheetChanged RangeEdited C2 Local ${heard.ids[FICHE]}`, "fiche changed C2"]);
  });

  test("events turned off and on again around the writes of one batch leave those writes unheard", async () => {
    const m = createMemoryExcel(book());
    const heard = await listen(m);
    await m.Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem(FICHE).getRange("B2").values = [["Salariés"]];
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    });
    await settle();
    expect(heard.log).toEqual([]);
  });
});
