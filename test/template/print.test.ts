/**
 * How our template and the example register print, read back from the written file's XML: every tab
 * on A4 and one page wide, its header rows repeated at the top of each page, the page number at the
 * bottom; tab 2 and the fiches in landscape. The fiches the add-in makes (the example register's) take
 * the model's settings along. (How many pages LibreOffice makes of the example is measured by hand,
 * see the README: no test depends on LibreOffice.)
 */
import { CPTS_TAB_NAMES, parseAddress, planAddRow, readRegister } from "../../src/register";
import { buildExampleRegister, buildTemplateWorkbook } from "../../src/workbook/template";
import { applyPlanToXlsx, saveXlsx, loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { dayClock } from "../fixtures/clocks";
import { printLayoutOf, printLayouts, type SheetPrintLayout } from "../fixtures/printLayout";

jest.setTimeout(120_000);

const CLOCK = dayClock(2026, 11, 24);
const A4_ONE_PAGE_WIDE = { paperSize: "9", fitToPage: true, fitToWidth: "1", fitToHeight: "0", oddFooter: "&CPage &P / &N" };
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

function expectFiche(layout: SheetPrintLayout, name: string): void {
  expect({ name, ...layout }).toMatchObject({
    name,
    ...A4_ONE_PAGE_WIDE,
    orientation: "landscape",
    // the fiche's title and reference on every page, the links column of the CNIL's site left out
    printTitles: `${quoted(name)}!$1:$1`,
    printArea: `${quoted(name)}!$A:$I`,
  });
}

describe.each([
  ["our template", () => buildTemplateWorkbook({ clock: CLOCK })],
  ["the example register", () => buildExampleRegister({ clock: CLOCK })],
])("%s prints like a document", (_, build) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await saveXlsx(await build());
  });

  it("every tab: A4, one page wide, numbered pages", () => {
    const layouts = printLayouts(bytes);
    expect(layouts.size).toBeGreaterThanOrEqual(5);
    for (const [name, layout] of layouts) expect({ name, ...layout }).toMatchObject({ name, ...A4_ONE_PAGE_WIDE });
  });

  it("tab 2 in landscape, its two header rows repeated on every page, every line it may hold printed", () => {
    const name = CPTS_TAB_NAMES.list;
    expect(printLayoutOf(bytes, name)).toMatchObject({
      orientation: "landscape",
      printTitles: `${quoted(name)}!$7:$8`,
      printArea: `${quoted(name)}!$A:$I`,
    });
  });

  it("the tutorial in portrait; the lists tab with its header row repeated", () => {
    expect(printLayoutOf(bytes, CPTS_TAB_NAMES.tutorial).orientation).toBe("portrait");
    const lists = CPTS_TAB_NAMES.lists;
    expect(printLayoutOf(bytes, lists).printTitles).toBe(`${quoted(lists)}!$1:$1`);
  });

  it("a row added after a fiche's last transfer prints too", async () => {
    const book = await loadXlsx(bytes);
    const register = readRegister(snapshotOf(book));
    const fiche = register.fiches[0] ?? null;
    if (!fiche) return; // the blank template has no fiche yet: the model is checked below
    applyPlanToXlsx(book, planAddRow(register, fiche.sheet, "transfers"));
    const after = snapshotOf(book);
    const sheet = after.sheets.find((s) => s.name === fiche.sheet)!;
    const lastRow = sheet.values.length;
    const area = printLayoutOf(await saveXlsx(book), fiche.sheet).printArea!;
    const rect = parseAddress(area.slice(area.lastIndexOf("!") + 1).replace(/\$/g, ""))!;
    expect(rect.bottom).toBeGreaterThanOrEqual(lastRow);
  });

  it("the model, the example fiche and every fiche made from the model print alike", async () => {
    const fiches = readRegister(snapshotOf(await loadXlsx(bytes))).fiches.map((f) => f.sheet);
    for (const name of [CPTS_TAB_NAMES.model, CPTS_TAB_NAMES.example, ...fiches]) expectFiche(printLayoutOf(bytes, name), name);
  });
});
