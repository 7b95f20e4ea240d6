/**
 * Hostile and huge files (test/fixtures/writers/hostile.ts), read by the built file layer in a child
 * process whose heap is capped at 300 MB: a hostile file ends with an XlsxReadError of the reason that
 * fits, within seconds and without exhausting memory; a huge range (a merge or dropdowns over a whole
 * sheet or whole columns, which Excel allows) is read as one range and the register is checked as
 * usual, with the findings of the same file without it, and « ajouter-fiche » works on the file.
 */
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { parseAddress, rectAddress, validateWorkbook } from "../../src/register";
import { buildCnilWorkbook, cleanRegister } from "../fixtures/xlsxFiles";
import { TEST_CLOCK } from "../fixtures/clocks";
import { DRAFT_SHEET, HOSTILE, HUGE_RANGES, withDraftSheet } from "../fixtures/writers";
import { builtLayer, readCapped } from "../fixtures/writers/capped";

// The layer may have to be compiled first (about 30 s), then each file is read in its own process.
jest.setTimeout(180_000);

/** Generous bounds for a loaded 2-core machine; the bench holds the layer to 5 s and 300 MB. */
const MAX_MS = 10_000;
const MAX_RSS_MB = 450;
const NEW_FICHE = "Prévention";

let base: Uint8Array;

beforeAll(async () => {
  base = await buildCnilWorkbook(cleanRegister(3));
  builtLayer();
});

/** `B:B`, `B1:B1048576` and `$B:$B` are one range: compare them as Excel writes them. */
function normalRange(range: string): string {
  const rect = parseAddress(range.split("$").join(""));
  return rect ? rectAddress(rect) : range;
}

describe("hostile files end with a clear refusal, in bounded time and memory", () => {
  test.each(Object.entries(HOSTILE).map(([name, c]) => [name, c.what]))("%s: %s", (name) => {
    const c = HOSTILE[name];
    const started = Date.now();
    const file = c.make(base);
    // the generator itself stays small and quick: the test machine is not the one under attack
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(file.length).toBeLessThan(4 * 1024 * 1024);

    const result = readCapped(file);
    expect({ what: c.what, read: result.read !== undefined, readError: result.error?.readError }).toEqual({ what: c.what, read: false, readError: true });
    expect(c.reasons).toContain(result.error?.reason);
    expect(result.ms).toBeLessThan(MAX_MS);
    expect(result.maxRssMB).toBeLessThan(MAX_RSS_MB);
  });
});

describe("huge ranges are read as ranges, the register is checked as usual, a fiche can be added", () => {
  let baseline: { findings: unknown; summary: unknown; values: unknown };

  beforeAll(async () => {
    const snapshot = snapshotOf(await loadXlsx(withDraftSheet(base)));
    const report = validateWorkbook(snapshot, { clock: TEST_CLOCK });
    // through JSON, as the child's answer comes
    baseline = JSON.parse(
      JSON.stringify({ findings: report.findings, summary: report.summary, values: snapshot.sheets.find((s) => s.name === DRAFT_SHEET)?.values }),
    ) as typeof baseline;
  });

  test.each(Object.entries(HUGE_RANGES).map(([name, c]) => [name, c.what]))("%s: %s", (name) => {
    const c = HUGE_RANGES[name];
    const result = readCapped(c.make(base), { newFiche: NEW_FICHE });
    expect({ what: c.what, error: result.error }).toEqual({ what: c.what, error: undefined });
    const read = result.read;
    if (!read) throw new Error("not read");
    const dropdowns = read.validations
      .filter((v) => v.sheet === DRAFT_SHEET)
      .map((v) => ({ range: normalRange(v.range), source: v.source }))
      .sort((a, b) => a.range.localeCompare(b.range));
    expect(dropdowns).toEqual(c.dropdowns.map((d) => ({ range: normalRange(d.range), source: d.source })));
    expect(read.sheets.find((s) => s.name === DRAFT_SHEET)?.values).toEqual(baseline.values);
    expect(read.findings).toEqual(baseline.findings);
    expect(read.summary).toEqual(baseline.summary);
    // « ajouter-fiche » then works as on any register
    expect(result.written?.sheets).toContain(NEW_FICHE);
    expect(result.written?.sheets).toContain(DRAFT_SHEET);
    expect(result.ms).toBeLessThan(MAX_MS);
    expect(result.maxRssMB).toBeLessThan(MAX_RSS_MB);
  });
});
