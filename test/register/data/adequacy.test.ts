import {
  ADEQUACY_CHECKED_ON,
  REVOKED_FRAMEWORKS,
  adequacyDecision,
  adequacyInForce,
  countryZoneToday,
  isAdequateCountry,
} from "../../../src/register/data/adequacy";

const day = (iso: string): Date => new Date(`${iso}T12:00:00Z`);
const DEC_2026 = day("2026-12-07");

describe("adequacy list, as checked in December 2026 (reference §8)", () => {
  test("the list says when it was checked", () => {
    expect(ADEQUACY_CHECKED_ON).toBe("2026-12");
  });

  test("Brazil is adequate from 26 January 2026 (decision (EU) 2026/179), whatever the spelling", () => {
    for (const name of ["Brésil", "BRESIL", "brazil", "Brasil"]) expect(isAdequateCountry(name, DEC_2026)).toBe(true);
    expect(adequacyDecision("Brésil")?.decision).toContain("2026/179");
    expect(isAdequateCountry("Brésil", day("2026-01-25"))).toBe(false);
    expect(isAdequateCountry("Brésil", day("2026-01-26"))).toBe(true);
    expect(countryZoneToday("Brésil", DEC_2026)).toBe("Adéquat");
  });

  test("the United Kingdom is adequate until 27 December 2031 after its renewal of 19 December 2025", () => {
    const uk = adequacyDecision("Royaume-Uni");
    expect(uk?.renewedOn).toBe("2025-12-19");
    expect(uk?.until).toBe("2031-12-27");
    expect(isAdequateCountry("Royaume Uni", DEC_2026)).toBe(true);
    expect(isAdequateCountry("UK", day("2031-12-27"))).toBe(true);
    expect(isAdequateCountry("UK", day("2031-12-28"))).toBe(false);
  });

  test("the United States: decision (EU) 2023/1795 of 10 July 2023, certified organisations only", () => {
    const us = adequacyDecision("États-Unis");
    expect(us?.decision).toContain("2023/1795");
    expect(us?.since).toBe("2023-07-10");
    expect(us?.scope).toBe("certified-only");
    expect(isAdequateCountry("USA", DEC_2026)).toBe(false);
    expect(adequacyInForce("USA", DEC_2026)).toBeDefined();
    expect(countryZoneToday("Etats-Unis", DEC_2026)).toMatch(/DPF/);
  });

  test("Canada is adequate only for commercial organisations under PIPEDA", () => {
    const ca = adequacyInForce("Canada", DEC_2026);
    expect(ca?.scope).toBe("partial");
    expect(ca?.scopeNote).toMatch(/PIPEDA/);
    expect(ca?.scopeNote).toMatch(/commerciaux/);
  });

  test("countries without a decision stay non adequate", () => {
    for (const name of ["Chine", "Inde", "Maroc", "Russie"]) expect(isAdequateCountry(name, DEC_2026)).toBe(false);
  });

  test("the Privacy Shield was « invalidé » by the Court of Justice (C-311/18, 16 July 2020), never « annulé »", () => {
    const ps = REVOKED_FRAMEWORKS.find((f) => f.name === "Privacy Shield");
    expect(ps?.revokedOn).toBe("2020-07-16");
    expect(ps?.verb).toBe("invalidé");
    expect(ps?.by).toContain("C-311/18");
    expect(ps?.note).toContain("invalidé");
    expect(ps?.note).not.toMatch(/annul/i);
  });
});
