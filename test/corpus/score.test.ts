/** How the corpus is scored: what counts as found, as missed, as a false alarm. */
import type { Finding, RuleId } from "../../src/register";
import type { Attendu } from "./build";
import type { RegistreSaisi } from "./saisie";
import { score, totals } from "./score";

const registre = (correct: boolean): RegistreSaisi => ({ id: "r", qui: "test", correct, enregistre: "Excel", organisation: {}, fiches: [] });
const finding = (rule: RuleId, severity: Finding["severity"], cell = "E25", sheet = "Fiche"): Finding => ({ rule, severity, sheet, cell, message: "…" });
const attendu = (rule: string, severity: Attendu["severity"], cell = "E25"): Attendu => ({
  rule,
  severity,
  sheet: "Fiche",
  cell,
  value: "99 ans",
  where: "Fiche › E25",
});

describe("score", () => {
  it("counts a plant found only at its sheet and cell, with its rule and severity", () => {
    const r = score(registre(false), [attendu("retention.endless", "error")], [finding("retention.endless", "error")], "not-ready");
    expect([r.found.length, r.missed.length, r.falseAlarms.length]).toEqual([1, 0, 0]);
  });

  it("misses a plant reported at another cell, and calls that finding a false alarm", () => {
    const r = score(registre(false), [attendu("retention.endless", "error")], [finding("retention.endless", "error", "E26")], "not-ready");
    expect([r.found.length, r.missed.length, r.falseAlarms.map((f) => f.cell)]).toEqual([0, 1, ["E26"]]);
  });

  it("misses a plant reported with another severity, and says what the engine said there", () => {
    const r = score(registre(false), [attendu("retention.endless", "error")], [finding("retention.endless", "warning")], "ready");
    expect(r.missed.map((m) => m.instead)).toEqual([["retention.endless (warning)"]]);
    expect(r.falseAlarms).toHaveLength(1);
  });

  it("never counts a conseil as a false alarm, but every error and warning of a correct register", () => {
    const r = score(
      registre(true),
      [],
      [finding("aipd.required", "info"), finding("legal.basis-missing", "warning"), finding("art30.fiche.data-missing", "error")],
      "not-ready",
    );
    expect(r.falseAlarms.map((f) => f.rule)).toEqual(["legal.basis-missing", "art30.fiche.data-missing"]);
  });

  it("gives recall in % over all registers", () => {
    const a = score(
      registre(false),
      [attendu("retention.endless", "error"), attendu("retention.vague", "warning", "E26")],
      [finding("retention.endless", "error")],
      "not-ready",
    );
    const b = score(registre(false), [attendu("retention.too-long", "warning")], [finding("retention.too-long", "warning")], "ready");
    expect(totals([a, b])).toMatchObject({ planted: 3, found: 2, missed: 1, falseAlarms: 0, recall: 66.7 });
  });
});
