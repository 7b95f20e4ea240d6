/**
 * A new fiche written into the original package: every part the plan does not concern is kept byte
 * for byte, the concerned ones are edited in place, and the result opens in ExcelJS and in today's
 * reader with the new fiche's values and dropdowns.
 */
import { unzipSync } from "fflate";
import { Workbook } from "exceljs";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { readBook } from "../../../src/workbook/package/workbook";
import { applyPlanToPackage } from "../../../src/workbook/package/write";
import { loadXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { planNewFiche, readRegister } from "../../../src/register";
import type { WritePlan } from "../../../src/register/plan";
import type { WorkbookSnapshot } from "../../../src/register/snapshot";
import { buildCnilWorkbook, cellsOf, cleanRegister, cnilReferenceBytes, dropdownsOf, toExcelStyle } from "../../fixtures/xlsxFiles";
import { TEST_CLOCK } from "../../fixtures/clocks";

jest.setTimeout(120_000);

const NAME = "Gestion des rendez-vous";

interface Result {
  before: Uint8Array;
  after: Uint8Array;
  plan: WritePlan;
  snapBefore: WorkbookSnapshot;
  snapAfter: WorkbookSnapshot;
}

async function newFiche(bytes: Uint8Array): Promise<Result> {
  const snapBefore = snapshotOf(await loadXlsx(bytes));
  const plan = planNewFiche(readRegister(snapBefore), { name: NAME, clock: TEST_CLOCK });
  const pkg = XlsxPackage.open(bytes);
  applyPlanToPackage(pkg, plan);
  const after = pkg.save();
  return { before: bytes, after, plan, snapBefore, snapAfter: snapshotOf(await loadXlsx(after)) };
}

function entries(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/")));
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Parts whose content differs, and parts added or removed. */
function changedParts(before: Uint8Array, after: Uint8Array): { changed: string[]; added: string[]; removed: string[] } {
  const a = entries(before);
  const b = entries(after);
  return {
    changed: [...a.keys()].filter((k) => b.has(k) && !same(a.get(k)!, b.get(k)!)).sort(),
    added: [...b.keys()].filter((k) => !a.has(k)).sort(),
    removed: [...a.keys()].filter((k) => !b.has(k)).sort(),
  };
}

const files: Array<[string, () => Promise<Uint8Array>]> = [
  ["the CNIL's workbook", async () => cnilReferenceBytes()],
  ["a built register of 3 fiches", () => buildCnilWorkbook(cleanRegister(3))],
  ["a built register saved as Excel does", async () => toExcelStyle(await buildCnilWorkbook(cleanRegister(3)))],
];

describe.each(files)("a new fiche in %s", (_label, make) => {
  let r: Result;
  beforeAll(async () => {
    r = await newFiche(await make());
  });

  it("reads the new fiche with its name, reference, dates and the list's new line", () => {
    const copy = r.plan.ops.find((o) => o.op === "copySheet");
    if (!copy || copy.op !== "copySheet") throw new Error("no copy");
    const register = readRegister(r.snapAfter);
    const fiche = register.fiches.find((f) => f.sheet === copy.name);
    expect(fiche?.mainPurpose?.value ?? fiche?.name.value).toBeDefined();
    expect(fiche?.name.value).toBe(NAME);
    const cells = cellsOf(r.snapAfter);
    for (const op of r.plan.ops) {
      if (op.op !== "write") continue;
      for (const w of op.cells) {
        const v = cells.get(`${op.sheet}!${w.address}`) ?? "";
        if (w.kind === "text") expect(v).toBe(w.value);
        else if (w.kind === "date") expect(v).toBe(w.value);
        else if (w.kind === "clear") expect(v).toBe("");
      }
    }
  });

  it("gives the copy the source's dropdowns", () => {
    const copy = r.plan.ops.find((o) => o.op === "copySheet");
    if (!copy || copy.op !== "copySheet") throw new Error("no copy");
    const before = [...dropdownsOf(r.snapBefore)].filter(([k]) => k.startsWith(`${copy.source}!`)).map(([k, v]) => [k.slice(copy.source.length), v]);
    const after = [...dropdownsOf(r.snapAfter)].filter(([k]) => k.startsWith(`${copy.name}!`)).map(([k, v]) => [k.slice(copy.name.length), v]);
    expect(after.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it("changes exactly the parts the plan concerns and keeps every other one byte for byte", () => {
    const { changed, added, removed } = changedParts(r.before, r.after);
    expect(removed).toEqual([]);
    const pkg = XlsxPackage.open(r.before);
    const book = readBook(pkg);
    const zipName = (part: string): string => part.slice(1);
    const listSheet = readRegister(r.snapBefore).listTab?.sheet;
    const selected = book.sheets.filter((s) => /tabSelected="(1|true)"/.test(pkg.text(s.part)));
    const app = pkg.has("/docProps/app.xml") && pkg.text("/docProps/app.xml").includes("TitlesOfParts") ? ["docProps/app.xml"] : [];
    const expected = new Set([
      "[Content_Types].xml",
      zipName(book.part),
      zipName(pkg.relsPartOf(book.part)),
      ...app,
      ...book.sheets.filter((s) => s.name === listSheet).map((s) => zipName(s.part)),
      ...selected.map((s) => zipName(s.part)),
    ]);
    // the styles change only when a written date's cell did not show dates as dd/mm/yyyy yet
    expect(changed.filter((n) => n !== zipName(book.styles!))).toEqual([...expected].sort());
    // the copy: its sheet part and its relationships, and the notes it owns (copies of the source's)
    const copy = r.plan.ops.find((o) => o.op === "copySheet");
    if (!copy || copy.op !== "copySheet") throw new Error("no copy");
    const source = book.sheets.find((s) => s.name === copy.source)!;
    const owned = pkg
      .relationships(source.part)
      .filter((rel) => !rel.external && ["comments", "vmlDrawing", "drawing", "printerSettings", "table"].includes(rel.kind));
    expect(added.length).toBe(1 + (pkg.has(pkg.relsPartOf(source.part)) ? 1 : 0) + owned.length);
    const after = XlsxPackage.open(r.after);
    const copied = readBook(after).sheets.find((s) => s.name === copy.name)!;
    for (const rel of owned) {
      const twin = after.relationships(copied.part).find((x) => x.id === rel.id)!;
      expect(twin.target).not.toBe(rel.target);
      expect(added).toContain(zipName(twin.target));
      // notes and their boxes (VML anchors) are copied byte for byte
      expect(same(after.bytes(twin.target), pkg.bytes(rel.target))).toBe(true);
      expect(after.contentType(twin.target)).toBe(pkg.contentType(rel.target));
    }
  });

  it("opens in ExcelJS", async () => {
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(r.after) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(r.snapAfter.sheets.map((s) => s.name));
  });
});
