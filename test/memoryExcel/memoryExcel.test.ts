/**
 * The in-memory Excel behaves like Excel where the add-in could get it wrong: loads and syncs,
 * null objects, typed input, failed batches, data validation, sheet copies, selection and events.
 */
import { Workbook } from "exceljs";
import { createMemoryExcel, type MemoryExcel } from "../../src/memoryExcel";
import { loadExcelBook, saveExcelBook, excelBookSnapshot, type ExcelBook } from "../../src/workbook/exceljs";

const LISTS = "5_-_Listes";
const FICHE = "Fiche 1";

/** A small register-like workbook: a fiche with merged value areas and dropdowns, and a hidden list tab. */
function smallBook(options: { x14?: boolean } = {}): ExcelBook {
  const wb = new Workbook();
  const fiche = wb.addWorksheet(FICHE);
  const lists = wb.addWorksheet(LISTS);
  lists.state = "hidden";
  ["Catégories", "Salariés", "Clients", "Patients"].forEach((v, i) => (lists.getCell(i + 1, 1).value = v));
  fiche.getCell("A1").value = "Nom du traitement";
  fiche.getCell("B1").value = "Paie";
  fiche.mergeCells("B1:H1");
  fiche.getCell("A2").value = "Catégorie de personnes 1";
  fiche.getCell("B2").value = "Salariés";
  fiche.getCell("B2").font = { bold: true };
  fiche.mergeCells("B2:D2");
  fiche.getCell("A3").value = "Catégorie de personnes 2";
  fiche.mergeCells("B3:D3");
  fiche.getCell("A4").value = "Après";
  fiche.getCell("C5").value = new Date(Date.UTC(2025, 0, 15));
  const book: ExcelBook = { excel: wb, x14: new Map() };
  const rule = { type: "list", allowBlank: true, formulae: [`'${LISTS}'!$A$2:$A$4`] };
  if (options.x14) {
    book.x14.set(fiche.id, {
      attributes: "",
      validations: [
        { attributes: 'type="list" allowBlank="1"', type: "list", formula1: `'${LISTS}'!$A$2:$A$4`, ranges: [{ top: 2, bottom: 3, left: 2, right: 2 }] },
      ],
    });
  } else {
    for (const a of ["B2", "B3"]) (fiche as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model[a] = rule;
  }
  return book;
}

async function values(m: MemoryExcel, sheet: string, address: string): Promise<unknown[][]> {
  return m.Excel.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await ctx.sync();
    return r.values;
  });
}

async function caught(
  p: Promise<unknown>,
): Promise<{ name?: string; code?: string; message?: string; traceMessages?: string[]; debugInfo?: { errorLocation?: string } }> {
  try {
    await p;
  } catch (e) {
    return e as { name?: string; code?: string };
  }
  throw new Error("expected a rejection");
}

describe("loads and syncs", () => {
  test("a property read before load and sync throws RichApi.Error PropertyNotLoaded", async () => {
    const m = createMemoryExcel(smallBook());
    await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      expect(() => ws.name).toThrow(expect.objectContaining({ name: "RichApi.Error", code: "PropertyNotLoaded" }));
      ws.load("name");
      // loaded but not synced yet
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(ws.name).toBe(FICHE);
      // only what was loaded
      expect(() => ws.visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const r = ws.getRange("A1");
      expect(() => r.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("writes wait for sync, and a load queued before a write sees the old value", async () => {
    const m = createMemoryExcel(smallBook());
    await m.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(FICHE).getRange("A4");
      const before = ctx.workbook.worksheets.getItem(FICHE).getRange("A4").load("values");
      r.values = [["Changé"]];
      const after = ctx.workbook.worksheets.getItem(FICHE).getRange("A4").load("values");
      expect(excelBookSnapshot(m.toXlsxWorkbook()).sheets[0].values[3][0]).toBe("Après");
      await ctx.sync();
      expect(before.values).toEqual([["Après"]]);
      expect(after.values).toEqual([["Changé"]]);
    });
  });

  test("Excel.run sends pending writes in a last implicit sync; an explicit empty sync still counts", async () => {
    const m = createMemoryExcel(smallBook());
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).getRange("A4").values = [["Fin"]];
    });
    expect(m.syncCount()).toBe(1);
    expect(await values(m, FICHE, "A4")).toEqual([["Fin"]]);
    m.resetSyncCount();
    await m.Excel.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(m.syncCount()).toBe(2);
  });

  test("each sync waits the configured delay", async () => {
    const m = createMemoryExcel(smallBook(), { syncDelayMs: 60 });
    const t0 = Date.now();
    await m.Excel.run(async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(110);
  });

  test("…OrNullObject: isNullObject is known after a sync; getItem of a missing sheet fails the sync", async () => {
    const m = createMemoryExcel(smallBook());
    await m.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Absente");
      const present = ctx.workbook.worksheets.getItemOrNullObject(FICHE.toUpperCase());
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      const empty = ctx.workbook.worksheets.add("Vide").getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
    });
    const err = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Absente").load("name");
        await ctx.sync();
      }),
    );
    expect(err).toMatchObject({ name: "RichApi.Error", code: "ItemNotFound" });
  });

  test("a sync inside a loop shows in the counter", async () => {
    const m = createMemoryExcel(smallBook());
    await m.Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      for (const ws of sheets.items) {
        ws.getUsedRange(true).load("values");
        await ctx.sync();
      }
    });
    expect(m.syncCount()).toBe(3);
  });
});

describe("typed input", () => {
  test("strings are parsed as if typed, unless the cell is Text or the string starts with an apostrophe", async () => {
    const m = createMemoryExcel(smallBook(), { today: () => new Date(Date.UTC(2026, 5, 10)) });
    const typed = ["0612345678", "1/2", "=1+1", "12,5", "50 %", "VRAI", "-Salariés", "Paie"];
    await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      ws.getRange("J1:J8").values = typed.map((t) => [t]);
      ws.getRange("K1:K8").numberFormat = typed.map(() => ["@"]);
      ws.getRange("K1:K8").values = typed.map((t) => [t]);
      ws.getRange("L1").values = [["'0612345678"]];
    });
    const general = (await values(m, FICHE, "J1:J8")).map((r) => r[0]);
    expect(general[0]).toBe(612345678);
    expect(general[1]).toBe(46054); // 1 February 2026
    expect(general[2]).toBe(""); // a formula: the in-memory Excel does not compute it
    expect(general[3]).toBe(12.5);
    expect(general[4]).toBe(0.5);
    expect(general[5]).toBe(true);
    expect(general[6]).toBe("");
    expect(general[7]).toBe("Paie");
    const formulas = await m.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(FICHE).getRange("J3").load("formulas,numberFormat");
      const d = ctx.workbook.worksheets.getItem(FICHE).getRange("J2").load("numberFormat");
      await ctx.sync();
      return [r.formulas[0][0] as unknown, d.numberFormat[0][0] as unknown];
    });
    expect(formulas).toEqual(["=1+1", "d-mmm"]);
    expect((await values(m, FICHE, "K1:K8")).map((r) => r[0])).toEqual(typed);
    expect(await values(m, FICHE, "L1")).toEqual([["0612345678"]]);
  });

  test("dates read as serial numbers; a value array of the wrong size is refused", async () => {
    const m = createMemoryExcel(smallBook());
    expect(await values(m, FICHE, "C5")).toEqual([[45672]]);
    const err = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(FICHE).getRange("A1:B1").values = [["x"]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });
});

describe("failed batches", () => {
  test("what ran before the failure stays done, nothing loaded is delivered, traces tell how far it went", async () => {
    const m = createMemoryExcel(smallBook());
    let loaded: { values: unknown } | null = null;
    const err = await caught(
      m.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(FICHE);
        loaded = ws.getRange("A1").load("values");
        ws.getRange("A4").values = [["Écrit avant"]];
        ctx.trace("étape 1");
        ctx.workbook.worksheets.getItem("Absente").getRange("A1").values = [["x"]];
        ctx.trace("étape 2");
        ws.getRange("A5").values = [["Jamais écrit"]];
        await ctx.sync();
      }),
    );
    expect(err).toMatchObject({ name: "RichApi.Error", code: "ItemNotFound", traceMessages: ["étape 1"] });
    expect(() => loaded!.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(await values(m, FICHE, "A4:A5")).toEqual([["Écrit avant"], [""]]);
  });

  test("a protected sheet refuses writes with AccessDenied", async () => {
    const book = smallBook();
    (book.excel.getWorksheet(FICHE) as unknown as { sheetProtection: unknown }).sheetProtection = { sheet: true };
    const m = createMemoryExcel(book);
    const err = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(FICHE).getRange("A4").values = [["x"]];
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("AccessDenied");
    expect(await values(m, FICHE, "A4")).toEqual([["Après"]]);
  });

  test("a response over the payload limit fails with ResponsePayloadSizeLimitExceeded", async () => {
    const m = createMemoryExcel(smallBook(), { payloadLimitBytes: 50 });
    const err = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(LISTS).getRange("A1:A100").load("values");
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("data validation", () => {
  test.each([false, true])("the list rule of one cell, and mixed rules on a range (x14: %s)", async (x14) => {
    const m = createMemoryExcel(smallBook({ x14 }));
    const got = await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      const one = ws.getRange("B2").dataValidation.load("type,rule,valid");
      const mixed = ws.getRange("B2:B4").dataValidation.load("type,rule,valid");
      const none = ws.getRange("A1").dataValidation.load("type");
      await ctx.sync();
      return { one: [one.type, one.rule, one.valid], mixed: [mixed.type, mixed.rule, mixed.valid], none: none.type };
    });
    expect(got.one).toEqual(["List", { list: { inCellDropDown: true, source: `='${LISTS}'!$A$2:$A$4` } }, true]);
    expect(got.mixed).toEqual(["MixedCriteria", {}, true]);
    expect(got.none).toBe("None");
  });

  test("different rules on one range report Inconsistent; a value outside the list is not valid", async () => {
    const m = createMemoryExcel(smallBook());
    const got = await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      ws.getRange("B3").dataValidation.rule = { list: { inCellDropDown: true, source: "Oui,Non" } };
      ws.getRange("B3").values = [["Peut-être"]];
      const both = ws.getRange("B2:B3").dataValidation.load("type,valid");
      const b3 = ws.getRange("B3").dataValidation.load("rule,valid");
      await ctx.sync();
      return [both.type, both.valid, b3.rule, b3.valid];
    });
    expect(got).toEqual(["Inconsistent", null, { list: { inCellDropDown: true, source: "Oui,Non" } }, false]);
  });
});

describe("sheets", () => {
  async function order(m: MemoryExcel): Promise<string[]> {
    return m.Excel.run(async (ctx) => {
      const c = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      return c.items.map((w) => w.name);
    });
  }

  test("copy without a position lands first; After puts it next to relativeTo; names as Excel gives them", async () => {
    const m = createMemoryExcel(smallBook());
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).copy();
    });
    expect(await order(m)).toEqual(["Fiche 1 (2)", FICHE, LISTS]);
    await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      ws.copy("After", ws);
      ctx.workbook.worksheets.getItem("Fiche 1 (2)").copy("End");
    });
    expect(await order(m)).toEqual(["Fiche 1 (2)", FICHE, "Fiche 1 (3)", LISTS, "Fiche 1 (4)"]);
    const err = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(FICHE).copy("After");
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("a long name is cut to fit 31 characters", async () => {
    const wb = new Workbook();
    wb.addWorksheet("3_-_Modèle_de_fiche_de_registre");
    const m = createMemoryExcel({ excel: wb, x14: new Map() });
    const name = await m.Excel.run(async (ctx) => {
      const copy = ctx.workbook.worksheets.getItem("3_-_Modèle_de_fiche_de_registre").copy("End").load("name");
      await ctx.sync();
      return copy.name;
    });
    expect(name).toBe("3_-_Modèle_de_fiche_de_r (2)");
  });

  test.each([false, true])("a copy keeps values, styles, merges and dropdowns (x14: %s), and can be renamed in the same batch", async (x14) => {
    const m = createMemoryExcel(smallBook({ x14 }));
    await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      const copy = ws.copy("After", ws);
      copy.name = "Copie";
      copy.getRange("B1").values = [["Autre"]];
    });
    const book = m.toXlsxWorkbook();
    const copy = book.excel.getWorksheet("Copie")!;
    expect(copy.getCell("B2").font?.bold).toBe(true);
    const snap = excelBookSnapshot(book);
    const source = snap.sheets.find((s) => s.name === FICHE)!;
    const copied = snap.sheets.find((s) => s.name === "Copie")!;
    expect(copied.values.slice(1)).toEqual(source.values.slice(1));
    expect(copied.values[0][1]).toBe("Autre");
    expect(snap.validations.filter((v) => v.sheet === "Copie").map((v) => [v.range, v.source])).toEqual(
      snap.validations.filter((v) => v.sheet === FICHE).map((v) => [v.range, v.source]),
    );
    const merges = await m.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Copie").getRange("C1");
      r.select();
      const sel = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      return sel.address;
    });
    expect(merges).toBe("Copie!B1:H1");
  });

  test("delete, visibility and the last visible sheet", async () => {
    const m = createMemoryExcel(smallBook());
    const err = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(FICHE).delete();
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.add("Nouvelle");
      ctx.workbook.worksheets.getItem(FICHE).delete();
    });
    expect(await order(m)).toEqual([LISTS, "Nouvelle"]);
  });
});

describe("rows", () => {
  test("inserted rows take the format and dropdown of the row above, not its merged areas; later rows move down", async () => {
    const m = createMemoryExcel(smallBook());
    const inserted = await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      const r = ws.getRange("3:3").insert("Down").load("address");
      await ctx.sync();
      return r.address;
    });
    expect(inserted).toBe("'Fiche 1'!3:3");
    const book = m.toXlsxWorkbook();
    const ws = book.excel.getWorksheet(FICHE)!;
    expect(ws.getCell("A4").value).toBe("Catégorie de personnes 2");
    expect(ws.getCell("A3").value).toBeNull();
    expect(ws.getCell("B3").font?.bold).toBe(true);
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
    expect(merges).toEqual(["B1", "B2", "B4"]);
    const rules = await m.Excel.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem(FICHE).getRange("B3").dataValidation.load("type");
      await ctx.sync();
      return dv.type;
    });
    expect(rules).toBe("List");
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).getRange("3:3").delete("Up");
    });
    expect((await values(m, FICHE, "A3:A4")).map((r) => r[0])).toEqual(["Catégorie de personnes 2", "Après"]);
  });
});

describe("selection", () => {
  test("activate, select and getSelectedRange; a merged area is selected whole", async () => {
    const m = createMemoryExcel(smallBook());
    const got = await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      ws.activate();
      ws.getRange("C2").select();
      const sel = ctx.workbook.getSelectedRange().load("address");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      return [sel.address, active.name];
    });
    expect(got).toEqual(["'Fiche 1'!B2:D2", FICHE]);
    expect(m.selection()).toEqual({ sheet: FICHE, address: "B2:D2" });
    const err = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(LISTS).activate();
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperation");
  });

  test("raiseSelectionChanged reaches the collection's and the sheet's handlers with the whole merged area; remove stops it", async () => {
    const m = createMemoryExcel(smallBook());
    const seen: string[] = [];
    const results = await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE).load("id");
      const a = ctx.workbook.worksheets.onSelectionChanged.add(async (e) => {
        seen.push(`collection ${e.address} ${e.worksheetId === ws.id}`);
      });
      const b = ws.onSelectionChanged.add(async (e) => {
        seen.push(`sheet ${e.address}`);
      });
      await ctx.sync();
      return [a, b];
    });
    await m.raiseSelectionChanged(FICHE, "D1");
    expect(seen).toEqual(["collection B1:H1 true", "sheet B1:H1"]);
    for (const r of results) {
      await m.Excel.run(r.context, async (ctx) => {
        r.remove();
        await ctx.sync();
      });
    }
    await m.raiseSelectionChanged(FICHE, "A4");
    expect(seen).toHaveLength(2);
    expect(m.selection()).toEqual({ sheet: FICHE, address: "A4" });
  });
});

describe("names, settings, and the workbook handed back", () => {
  test("named items and settings", async () => {
    const m = createMemoryExcel(smallBook());
    const got = await m.Excel.run(async (ctx) => {
      ctx.workbook.names.add("Nom_traitement", ctx.workbook.worksheets.getItem(FICHE).getRange("B1"));
      ctx.workbook.settings.add("suivi", { etape: 2 });
      const names = ctx.workbook.names.load("items/name,items/formula");
      const setting = ctx.workbook.settings.getItemOrNullObject("suivi").load("value");
      const none = ctx.workbook.settings.getItemOrNullObject("absent");
      await ctx.sync();
      return { names: names.items.map((n) => [n.name, n.formula as unknown]), setting: setting.value as unknown, none: none.isNullObject };
    });
    expect(got).toEqual({ names: [["Nom_traitement", "='Fiche 1'!$B$1"]], setting: { etape: 2 }, none: true });
  });

  test("toXlsxWorkbook saves what was done, dropdowns included", async () => {
    const m = createMemoryExcel(smallBook({ x14: true }));
    await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      const copy = ws.copy("After", ws);
      copy.name = "Fiche 2";
      copy.getRange("B2").values = [["Clients"]];
      copy.activate();
      copy.getRange("B1").select();
    });
    const reloaded = await loadExcelBook(await saveExcelBook(m.toXlsxWorkbook()));
    const snap = excelBookSnapshot(reloaded);
    expect(snap.sheets.map((s) => s.name)).toEqual([FICHE, "Fiche 2", LISTS]);
    expect(snap.sheets[1].values[1][1]).toBe("Clients");
    expect(snap.validations.filter((v) => v.sheet === "Fiche 2").map((v) => v.range)).toEqual(["B2:B3"]);
    const reopened = createMemoryExcel(reloaded);
    expect(reopened.selection()).toEqual({ sheet: "Fiche 2", address: "B1" });
  });
});

describe("formats, panes, page layout, conditional formats and filters", () => {
  test("font, fill, alignment and wrap apply to every cell; a range of mixed cells reads null", async () => {
    const m = createMemoryExcel(smallBook());
    const read = await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      const head = ws.getRange("A6:C6");
      head.format.font.bold = true;
      head.format.font.italic = true;
      head.format.font.color = "#9c0006";
      head.format.fill.color = "#FFC7CE";
      head.format.horizontalAlignment = "Center";
      head.format.wrapText = true;
      const one = ws.getRange("C6").format;
      const font = one.font.load("bold,italic,color");
      const fill = one.fill.load("color");
      const format = one.load("horizontalAlignment,wrapText");
      const mixed = ws.getRange("C6:C7").format.font.load("bold");
      const plain = ws.getRange("E9").format.fill.load("color");
      const plainFont = ws.getRange("E9").format.font.load("color");
      await ctx.sync();
      return [font.bold, font.italic, font.color, fill.color, format.horizontalAlignment, format.wrapText, mixed.bold, plain.color, plainFont.color];
    });
    expect(read).toEqual([true, true, "#9C0006", "#FFC7CE", "Center", true, null, "#FFFFFF", "#000000"]);
    // another cell's shared style is untouched (ExcelJS shares style objects)
    expect(m.toXlsxWorkbook().excel.getWorksheet(FICHE)!.getCell("B2").font).toEqual({ bold: true });
  });

  test("a colour or an alignment Excel does not know fails the batch with InvalidArgument", async () => {
    const m = createMemoryExcel(smallBook());
    const e = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(FICHE).getRange("A6").format.fill.color = "rouge vif";
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
    const a = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(FICHE).getRange("A6").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment;
        await ctx.sync();
      }),
    );
    expect(a.code).toBe("InvalidArgument");
  });

  test("borders: edges on the outer cells, inside lines on both cells of each line; an inside line of one row is refused", async () => {
    const m = createMemoryExcel(smallBook());
    await m.Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(FICHE).getRange("B8:C9");
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
        r.format.borders.getItem(edge).style = "Continuous";
      }
      r.format.borders.getItem("EdgeTop").weight = "Medium";
      await ctx.sync();
    });
    const ws = m.toXlsxWorkbook().excel.getWorksheet(FICHE)!;
    expect(ws.getCell("B8").border).toEqual({ top: { style: "medium" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } });
    expect(ws.getCell("C9").border).toEqual({ top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } });
    expect(ws.getCell("D9").border).toBeUndefined();
    const e = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(FICHE).getRange("B10:C10").format.borders.getItem("InsideHorizontal").style = "Continuous";
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test("frozen panes: rows, columns, freezeAt and unfreeze, as the file keeps them", async () => {
    const m = createMemoryExcel(smallBook());
    const location = async (): Promise<string | null> =>
      m.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem(FICHE).freezePanes.getLocationOrNullObject().load("address");
        await ctx.sync();
        return r.isNullObject ? null : r.address;
      });
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).freezePanes.freezeRows(2);
      await ctx.sync();
    });
    expect(await location()).toBe(`'${FICHE}'!1:2`);
    await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      ws.freezePanes.freezeAt(ws.getRange("A1:B3"));
      await ctx.sync();
    });
    expect(await location()).toBe(`'${FICHE}'!A1:B3`);
    expect(m.toXlsxWorkbook().excel.getWorksheet(FICHE)!.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3, topLeftCell: "C4" });
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).freezePanes.unfreeze();
      await ctx.sync();
    });
    expect(await location()).toBeNull();
  });

  test("page layout: orientation, paper, fit to one page wide, print area, title rows, header and footer", async () => {
    const m = createMemoryExcel(smallBook());
    const read = await m.Excel.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem(FICHE).pageLayout;
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea("A1:H40");
      layout.setPrintTitleRows("$1:$2");
      layout.headersFooters.defaultForAllPages.centerHeader = "Registre && fiches";
      layout.headersFooters.defaultForAllPages.centerFooter = "Page &P / &N";
      const area = layout.getPrintAreaOrNullObject().load("address");
      layout.load("orientation,paperSize,zoom");
      await ctx.sync();
      return [layout.orientation, layout.paperSize, layout.zoom, area.address];
    });
    expect(read).toEqual(["Landscape", "A4", { horizontalFitToPages: 1, verticalFitToPages: 0 }, `'${FICHE}'!A1:H40`]);
    const saved = await loadExcelBook(await saveExcelBook(m.toXlsxWorkbook()));
    const ws = saved.excel.getWorksheet(FICHE)!;
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:H40",
      printTitlesRow: "1:2",
    });
    expect(ws.headerFooter).toMatchObject({ oddHeader: "&CRegistre && fiches", oddFooter: "&CPage &P / &N" });
    const e = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(FICHE).pageLayout.zoom = { scale: 5 };
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidArgument");
  });

  test("conditional formats: a cell-value and a text rule with their colours, kept in the saved file", async () => {
    const m = createMemoryExcel(smallBook());
    const read = await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      const equal = ws.getRange("B10:B20").conditionalFormats.add("CellValue");
      equal.cellValue.format.fill.color = "#FFC7CE";
      equal.cellValue.format.font.color = "#9C0006";
      equal.cellValue.rule = { formula1: '="En retard"', operator: "EqualTo" };
      const text = ws.getRange("C10:C20").conditionalFormats.add("ContainsText");
      text.textComparison.format.fill.color = "#FFEB9C";
      text.textComparison.rule = { operator: "Contains", text: "retard" };
      const count = ws.getRange("B15:C15").conditionalFormats.getCount();
      equal.load("type");
      const rule = equal.cellValue.load("rule");
      await ctx.sync();
      return [equal.type, rule.rule, count.value];
    });
    expect(read).toEqual(["CellValue", { operator: "EqualTo", formula1: '="En retard"' }, 2]);
    const saved = await loadExcelBook(await saveExcelBook(m.toXlsxWorkbook()));
    const rules = (saved.excel.getWorksheet(FICHE) as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] })
      .conditionalFormattings;
    expect(rules).toMatchObject([
      {
        ref: "B10:B20",
        rules: [
          {
            type: "cellIs",
            operator: "equal",
            formulae: ['"En retard"'],
            style: { fill: { bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } },
          },
        ],
      },
      {
        ref: "C10:C20",
        rules: [{ type: "containsText", formulae: ['NOT(ISERROR(SEARCH("retard",C10)))'], style: { fill: { bgColor: { argb: "FFFFEB9C" } } } }],
      },
    ]);
    const e = await caught(
      m.Excel.run(async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem(FICHE).getRange("B10").conditionalFormats.add("CellValue");
        cf.textComparison.rule = { operator: "Contains", text: "x" };
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("InvalidOperation");
  });

  test("filter: apply replaces the sheet's one filter, remove takes it away; criteria are not imitated", async () => {
    const m = createMemoryExcel(smallBook());
    const filterOf = async (): Promise<[boolean, string | null]> =>
      m.Excel.run(async (ctx) => {
        const f = ctx.workbook.worksheets.getItem(FICHE).autoFilter;
        f.load("enabled");
        const r = f.getRangeOrNullObject().load("address");
        await ctx.sync();
        return [f.enabled, r.isNullObject ? null : r.address];
      });
    await m.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(FICHE);
      ws.autoFilter.apply(ws.getRange("A1:C1"));
      ws.autoFilter.apply("A4:D12");
      await ctx.sync();
    });
    expect(await filterOf()).toEqual([true, `'${FICHE}'!A4:D12`]);
    expect(m.toXlsxWorkbook().excel.getWorksheet(FICHE)!.autoFilter).toBe("A4:D12");
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).autoFilter.remove();
      await ctx.sync();
    });
    expect(await filterOf()).toEqual([false, null]);
    const e = await caught(
      m.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(FICHE).autoFilter.apply("A1:C5", 0, { filterOn: "Values", values: ["x"] });
        await ctx.sync();
      }),
    );
    expect(e.code).toBe("NotImplemented");
  });

  test("hiding the active sheet makes the next visible one active", async () => {
    const book = smallBook();
    book.excel.addWorksheet("Autre");
    const m = createMemoryExcel(book);
    await m.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(FICHE).visibility = "Hidden";
      await ctx.sync();
    });
    expect(m.selection()?.sheet).toBe("Autre");
  });
});
