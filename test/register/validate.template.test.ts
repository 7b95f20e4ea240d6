/**
 * Our own template (written by the template writer) and the example register built on it must read
 * back through the checks as expected: a blank template is not ready for the same reasons as the CNIL
 * file, and the example register filled from our typical CPTS processings is ready with no warning.
 */
import { buildExampleRegister, buildTemplateWorkbook } from "../../src/workbook/template";
import { snapshotOf } from "../../src/workbook/xlsx";
import { organisationName, readRegister, validateWorkbook } from "../../src/register";
import { dayClock } from "../fixtures/clocks";

const CLOCK = dayClock(2026, 11, 24);

test("the blank template: no organisation, no fiche, the invitation to a cyber self-audit — and nothing else", async () => {
  const report = validateWorkbook(snapshotOf(await buildTemplateWorkbook({ clock: CLOCK })), { clock: CLOCK });
  expect(report.verdict).toBe("not-ready");
  expect(report.findings.map((f) => f.rule).sort()).toEqual([
    "art30.org.contact-missing",
    "art30.org.controller-missing",
    "audit.none",
    "consistency.no-fiche",
  ]);
});

test("the example register is ready, without a single warning", async () => {
  const report = validateWorkbook(snapshotOf(await buildExampleRegister({ clock: CLOCK })), { clock: CLOCK });
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(report.verdict).toBe("ready");
  expect(report.summary.fiches).toBeGreaterThan(0);
  for (const f of report.fiches) expect(f.completeness).toBe(100);
});

test("the example register's report names the CPTS, as SESAN will read it, not a person", async () => {
  const register = readRegister(snapshotOf(await buildExampleRegister({ clock: CLOCK })));
  expect(organisationName(register, "exemple.xlsx")).toBe("CPTS du Val d'Exemple");
});
