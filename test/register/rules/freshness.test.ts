import { validateRegister } from "../../../src/register/validate";
import { dayClock } from "../../fixtures/clocks";
import { buildFiche, buildRegister, cleanFicheSpec, serial, CLOCK, where } from "../../fixtures/registers";

const check = (overrides: Parameters<typeof cleanFicheSpec>[2], clock = CLOCK) =>
  validateRegister(buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002", overrides))] }), { clock });

describe("freshness", () => {
  test("a fiche not updated for more than 12 months is a warning at its update cell, with the date", () => {
    const report = check({ created: serial("2024-01-10"), updated: serial("2025-11-20") });
    expect(where(report.findings, "freshness.stale")).toEqual(["Adhérents!B7"]);
    expect(report.findings.find((f) => f.rule === "freshness.stale")?.message).toContain("20/11/2025");
  });

  test("exactly 12 months is still fresh; it depends on the clock", () => {
    expect(where(check({ created: serial("2025-11-24"), updated: serial("2025-11-24") }).findings, "freshness.stale")).toEqual([]);
    expect(where(check({ created: serial("2025-11-24"), updated: serial("2025-11-24") }, dayClock(2026, 11, 25)).findings, "freshness.stale")).toEqual([
      "Adhérents!B7",
    ]);
  });

  test("a text date dd/mm/yyyy is read; an unreadable one is a warning", () => {
    expect(where(check({ updated: "13/05/2026" }).findings, "freshness.stale")).toEqual([]);
    const report = check({ updated: "mai 2026" });
    expect(where(report.findings, "freshness.date-unreadable")).toEqual(["Adhérents!B7"]);
  });

  test("an update before the creation, or in the future, is a warning — in the fiche and on its tab-2 line", () => {
    expect(where(check({ created: serial("2026-05-01"), updated: serial("2026-04-01") }).findings, "freshness.date-order")).toEqual([
      "2_-_Liste_des_traitements!D10",
      "Adhérents!B7",
    ]);
    expect(where(check({ updated: serial("2027-01-01") }).findings, "freshness.date-future")).toEqual(["Adhérents!B7"]);
  });

  test("no dates at all is a warning: a DPO would ask for them", () => {
    const report = check({ created: undefined, updated: undefined });
    expect(where(report.findings, "freshness.date-missing")).toEqual(["Adhérents!B6"]);
    expect(report.findings.find((f) => f.rule === "freshness.date-missing")?.severity).toBe("warning");
  });
});
