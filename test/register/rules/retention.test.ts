import { validateRegister } from "../../../src/register/validate";
import { buildFiche, buildRegister, cleanFicheSpec, expectFrenchAboutCell, CLOCK, where } from "../../fixtures/registers";

const check = (r: ReturnType<typeof buildRegister>) => validateRegister(r, { clock: CLOCK });

describe("retention", () => {
  test.each(["Illimitée", "indéfiniment", "durée indéterminée", "À vie", "Conservation permanente", "Pour toujours"])(
    "%p is endless retention, an error (art. 5.1.e)",
    (value) => {
      const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { data: { identity: ["Nom", value] } }));
      const report = check(buildRegister({ fiches: [fiche] }));
      expect(where(report.findings, "retention.endless")).toEqual(["Adhérents!E25"]);
      const f = report.findings.find((x) => x.rule === "retention.endless");
      expect(f?.severity).toBe("error");
      expectFrenchAboutCell(f?.message ?? "", "E25");
    },
  );

  test("a bare number is flagged, with its unit and starting point asked for", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { data: { identity: ["Nom", "5"], economic: ["RIB", "3,5"] } }));
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(where(report.findings, "retention.bare-number")).toEqual(["Adhérents!E25", "Adhérents!E27"]);
  });

  test("ordinary periods are not flagged", () => {
    const fiche = buildFiche(
      cleanFicheSpec("Adhérents", "ref-002", {
        data: {
          identity: ["Nom", "5 ans après la fin de l'adhésion"],
          economic: ["RIB", "Jusqu'au désabonnement"],
          connection: ["Logs", "6 mois"],
          location: ["Commune", "Tant que la personne est toujours adhérente, puis 1 an"],
        },
      }),
    );
    const report = check(buildRegister({ fiches: [fiche] }));
    expect(report.findings.filter((f) => f.rule.startsWith("retention."))).toEqual([]);
  });
});
