/**
 * The in-memory Excel records charts as Excel makes them (source, type, title, name, place, size),
 * finds them by name, deletes them, refuses them on a protected sheet, and lets them go with their sheet.
 */
import { Workbook } from "exceljs";
import { createMemoryExcel, type MemoryExcel } from "../../src/memoryExcel";
import type { ExcelBook } from "../../src/workbook/exceljs";

const SHEET = "Auto-diagnostic cyber";

function book(): ExcelBook {
  const wb = new Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "Thème";
  ws.getCell("B1").value = "Précédente";
  ws.getCell("C1").value = "Cette évaluation";
  ws.getCell("A2").value = "Sauvegardes";
  ws.getCell("B2").value = 40;
  ws.getCell("C2").value = 75;
  wb.addWorksheet("Autre");
  return { excel: wb, x14: new Map() };
}

async function caught(p: Promise<unknown>): Promise<{ code?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code?: string };
  }
  throw new Error("expected a failure");
}

async function names(m: MemoryExcel, sheet: string): Promise<string[]> {
  return m.Excel.run(async (ctx) => {
    const charts = ctx.workbook.worksheets.getItem(sheet).charts.load("items/name");
    await ctx.sync();
    return charts.items.map((c) => c.name);
  });
}

test("a chart is made of a range's figures, named, titled and placed; it reads back and is listed", async () => {
  const m = createMemoryExcel(book());
  const read = await m.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:C2"), "Columns");
    chart.name = "Comparaison 2026-12-07";
    chart.title.text = "Score par thème";
    chart.setPosition("E2");
    chart.width = 420;
    await ctx.sync();
    const again = ws.charts.getItem("comparaison 2026-12-07").load("name,chartType,width,height");
    const title = again.title.load("text");
    await ctx.sync();
    return { name: again.name, type: again.chartType, width: again.width, height: again.height, title: title.text };
  });
  expect(read).toEqual({ name: "Comparaison 2026-12-07", type: "ColumnClustered", width: 420, height: 216, title: "Score par thème" });
  expect(m.charts(SHEET)).toEqual([
    { name: "Comparaison 2026-12-07", title: "Score par thème", type: "ColumnClustered", source: `'${SHEET}'!A1:C2`, anchor: "E2" },
  ]);
  expect(m.charts("Autre")).toEqual([]);
});

test("new charts are named « Chart N »; setPosition with an end cell stretches the chart over the cells", async () => {
  const m = createMemoryExcel(book());
  const size = await m.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    ws.charts.add("ColumnClustered", ws.getRange("A1:C2"));
    const second = ws.charts.add("ColumnClustered", ws.getRange("A1:B2"));
    ws.getRange("E:F").format.columnWidth = 50;
    ws.getRange("2:3").format.rowHeight = 20;
    second.setPosition("E2", "F3");
    second.load("width,height");
    await ctx.sync();
    return [second.width, second.height];
  });
  expect(size).toEqual([100, 40]);
  expect(await names(m, SHEET)).toEqual(["Chart 1", "Chart 2"]);
});

test("getItemOrNullObject tells whether a chart of that name exists; delete removes it", async () => {
  const m = createMemoryExcel(book());
  await m.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    ws.charts.add("ColumnClustered", ws.getRange("A1:C2")).name = "Comparaison";
    await ctx.sync();
  });
  const found = await m.Excel.run(async (ctx) => {
    const charts = ctx.workbook.worksheets.getItem(SHEET).charts;
    const there = charts.getItemOrNullObject("Comparaison");
    const absent = charts.getItemOrNullObject("Autre");
    const count = charts.getCount();
    await ctx.sync();
    const result = [there.isNullObject, absent.isNullObject, count.value];
    there.delete();
    await ctx.sync();
    return result;
  });
  expect(found).toEqual([false, true, 1]);
  expect(await names(m, SHEET)).toEqual([]);
  const e = await caught(
    m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).charts.getItem("Comparaison").delete();
      await ctx.sync();
    }),
  );
  expect(e.code).toBe("ItemNotFound");
});

test("a chart goes with its sheet, is copied with it, and cannot be added on a protected sheet", async () => {
  const b = book();
  const m = createMemoryExcel(b);
  await m.Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    ws.charts.add("ColumnClustered", ws.getRange("A1:C2")).name = "Comparaison";
    const copy = ws.copy("End");
    copy.name = "Copie";
    await ctx.sync();
  });
  expect(m.charts("Copie")).toEqual([{ name: "Comparaison", title: "", type: "ColumnClustered", source: "Copie!A1:C2", anchor: null }]);
  await m.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(SHEET).delete();
    await ctx.sync();
  });
  expect(m.charts(SHEET)).toEqual([]);

  (b.excel.getWorksheet("Autre") as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection = { sheet: true };
  const e = await caught(
    m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Autre");
      ws.charts.add("ColumnClustered", ws.getRange("A1:B2"));
      await ctx.sync();
    }),
  );
  expect(e.code).toBe("AccessDenied");
  expect(m.charts("Autre")).toEqual([]);
});

test("a chart type Excel does not know is refused", async () => {
  const m = createMemoryExcel(book());
  const e = await caught(
    m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(SHEET);
      ws.charts.add("Invalid", ws.getRange("A1:C2"));
      await ctx.sync();
    }),
  );
  expect(e.code).toBe("InvalidArgument");
});
