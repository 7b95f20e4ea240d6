import { countryAdequacy, suggestGuarantee } from "../../src/register/guarantees";
import { fieldHelp } from "../../src/register/help";
import { isVoidGuarantee } from "../../src/register/data/adequacy";
import { CNIL_GUARANTEES } from "../../src/register/data/cnilLists";
import { GUARANTEES } from "../../src/register/data/cptsLists";
import { buildFiche, buildRegister, cleanFicheSpec } from "../fixtures/registers";

const DAY = new Date(Date.UTC(2026, 11, 7));

describe("the guarantee a country calls for", () => {
  test("each country's adequacy today, whatever its spelling", () => {
    expect(["Suisse", "royaume uni", "Japon", "Brésil", "Canada", "Etats-Unis", "USA", "Inde", "Chine"].map((c) => `${c}: ${countryAdequacy(c, DAY)}`)).toEqual(
      [
        "Suisse: adequate",
        "royaume uni: adequate",
        "Japon: adequate",
        "Brésil: adequate",
        "Canada: partial",
        "Etats-Unis: certified-only",
        "USA: certified-only",
        "Inde: none",
        "Chine: none",
      ],
    );
    // Brazil had no decision before 26 January 2026; the DPF began on 10 July 2023.
    expect(countryAdequacy("Brésil", new Date(Date.UTC(2025, 11, 31)))).toBe("none");
    expect(countryAdequacy("Etats-Unis", new Date(Date.UTC(2023, 6, 9)))).toBe("none");
  });

  test("in the CNIL's list words, and in our template's", () => {
    expect(suggestGuarantee("Suisse", CNIL_GUARANTEES, DAY)).toEqual({ country: "Suisse", status: "adequate", item: "Pays adéquat" });
    expect(suggestGuarantee("Suisse", GUARANTEES, DAY)).toEqual({ country: "Suisse", status: "adequate", item: "Décision d'adéquation (art. 45)" });
    expect(suggestGuarantee("Inde", CNIL_GUARANTEES, DAY)).toEqual({ country: "Inde", status: "none", item: "Clauses contractuelles types (CCT)" });
    expect(suggestGuarantee("Inde", GUARANTEES, DAY)?.item).toBe("Clauses contractuelles types 2021 (art. 46.2.c)");
    expect(suggestGuarantee("Canada", GUARANTEES, DAY)).toEqual({
      country: "Canada",
      status: "partial",
      item: "Décision d'adéquation (art. 45)",
      alternative: "Clauses contractuelles types 2021 (art. 46.2.c)",
    });
    expect(suggestGuarantee("Etats-Unis", GUARANTEES, DAY)).toEqual({
      country: "Etats-Unis",
      status: "certified-only",
      item: "Clauses contractuelles types 2021 (art. 46.2.c)",
      alternative: "EU-US Data Privacy Framework (organisme certifié)",
    });
    expect(suggestGuarantee("  ", GUARANTEES, DAY)).toBeUndefined();
  });

  test("the void Privacy Shield is never the suggestion, not even for the United States of the CNIL's list", () => {
    const us = suggestGuarantee("Etats-Unis", CNIL_GUARANTEES, DAY);
    expect(us).toEqual({ country: "Etats-Unis", status: "certified-only", item: "Clauses contractuelles types (CCT)" });
    expect(CNIL_GUARANTEES.filter(isVoidGuarantee)).toEqual(["Privacy shield"]);
    expect(suggestGuarantee("USA", ["Privacy Shield", "Pays adéquat"], DAY)).toEqual({ country: "USA", status: "certified-only" });
  });
});

describe("the « Aide » of a transfer row", () => {
  const fiche = buildFiche(
    cleanFicheSpec("Newsletter", "ref-002", {
      transfers: [
        ["Hébergeur", "Suisse", "", ""],
        ["Emailing", "Etats-Unis", "Privacy shield", ""],
      ],
    }),
  );
  const register = buildRegister({ fiches: [fiche] });

  test("the guarantee's values leave Privacy shield out, though the workbook's list has it", () => {
    expect(register.lists.guarantees?.items).toContain("Privacy shield");
    const h = fieldHelp(register, "Newsletter", "D60", [], { today: DAY });
    expect(h?.allowed).not.toContain("Privacy shield");
    expect(h?.allowed).toContain("Clauses contractuelles types (CCT)");
  });

  test("each country comes with its adequacy, and the guarantee is suggested from the row's country", () => {
    const country = fieldHelp(register, "Newsletter", "C59", [], { today: DAY });
    const status = new Map(country?.allowed?.map((c, i) => [c, country.adequacy?.[i]]));
    expect([status.get("Suisse"), status.get("Etats-Unis"), status.get("Canada"), status.get("Chine")]).toEqual([
      "adequate",
      "certified-only",
      "partial",
      "none",
    ]);
    expect(fieldHelp(register, "Newsletter", "D59:E59", [], { today: DAY })?.suggestion).toMatchObject({ country: "Suisse", item: "Pays adéquat" });
    expect(fieldHelp(register, "Newsletter", "D60", [], { today: DAY })?.suggestion).toMatchObject({
      country: "Etats-Unis",
      item: "Clauses contractuelles types (CCT)",
    });
    // No country yet: nothing to suggest.
    expect(fieldHelp(register, "Newsletter", "D61", [], { today: DAY })?.suggestion).toBeUndefined();
    // Without the day, no adequacy is claimed.
    expect(fieldHelp(register, "Newsletter", "C59")?.adequacy).toBeUndefined();
  });
});
