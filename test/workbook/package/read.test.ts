/**
 * The package reader gives the engine the snapshot today's ExcelJS adapter gives, on the real files
 * the project knows: the CNIL's workbook, CNIL-shaped registers (as ExcelJS and as Excel save them)
 * and the example register the add-in makes.
 */
import { coalesceRects, parseRange, rectAddress, type ListValidation, type Rect, type WorkbookSnapshot } from "../../../src/register";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { snapshotOfPackage } from "../../../src/workbook/package/read/snapshot";
import { buildExampleRegister } from "../../../src/workbook/template";
import { loadXlsx, saveXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { TEST_CLOCK } from "../../fixtures/clocks";
import { buildCnilWorkbook, cleanRegister, cnilReferenceBytes, toExcelStyle } from "../../fixtures/xlsxFiles";

jest.setTimeout(120_000);

/** Validations as (sheet, source) → the rectangles they cover, joined where they touch or overlap. */
function coverage(validations: readonly ListValidation[]): string[] {
  const groups = new Map<string, Rect[]>();
  for (const v of validations) {
    const key = `${v.sheet}\u0000${v.source}`;
    const rect = parseRange(v.range);
    if (!rect) throw new Error(`unreadable range ${v.range}`);
    groups.set(key, [...(groups.get(key) ?? []), rect]);
  }
  const out: string[] = [];
  for (const [key, rects] of groups) {
    const [sheet, source] = key.split("\u0000");
    for (const r of coalesceRects(rects)) out.push(`${sheet}!${rectAddress(r)} ← ${source}`);
  }
  return out.sort();
}

async function bothReadings(bytes: Uint8Array): Promise<{ old: WorkbookSnapshot; now: WorkbookSnapshot }> {
  const old = snapshotOf(await loadXlsx(bytes));
  const now = snapshotOfPackage(XlsxPackage.open(bytes));
  return { old, now };
}

describe("the package reader reads what the ExcelJS adapter read", () => {
  const files: [string, () => Promise<Uint8Array>][] = [
    ["the CNIL's own workbook (LibreOffice's .xlsx)", async () => cnilReferenceBytes()],
    ["a three-fiche CNIL register saved by ExcelJS", () => buildCnilWorkbook(cleanRegister(3))],
    ["the same register as Excel saves it (x14 dropdowns)", async () => toExcelStyle(await buildCnilWorkbook(cleanRegister(3)))],
    ["the example register the add-in makes", async () => saveXlsx(await buildExampleRegister({ clock: TEST_CLOCK }))],
  ];

  test.each(files)("%s", async (_name, make) => {
    const { old, now } = await bothReadings(await make());
    expect(now.sheets.map((s) => s.name)).toEqual(old.sheets.map((s) => s.name));
    expect(now.sheets).toEqual(old.sheets);
    expect(coverage(now.validations)).toEqual(coverage(old.validations));
    expect(now.validations.length).toBeGreaterThan(0);
  });

  test("the dropdowns of each sheet come in the order of their top-left cells", async () => {
    const { now } = await bothReadings(await toExcelStyle(await buildCnilWorkbook(cleanRegister(2))));
    for (const sheet of new Set(now.validations.map((v) => v.sheet))) {
      const corners = now.validations.filter((v) => v.sheet === sheet).map((v) => parseRange(v.range) as Rect);
      const sorted = corners.slice().sort((a, b) => a.top - b.top || a.left - b.left);
      expect(corners).toEqual(sorted);
    }
  });
});
