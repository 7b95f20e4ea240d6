/** The copy's name: `Registre-RGPD_<CPTS>_<AAAA-MM-JJ>.xlsx`, ASCII, `-` for spaces, the day of the CPTS's calendar. */
import { sendCopyName } from "../../../src/register";
import { clockAt, dayClock, REUNION, TEST_CLOCK } from "../../fixtures/clocks";

describe("sendCopyName", () => {
  it("writes the CPTS's name in ASCII with - for spaces, and the day", () => {
    expect(sendCopyName("CPTS du Val d'Oise", TEST_CLOCK)).toBe("Registre-RGPD_CPTS-du-Val-d-Oise_2026-11-24.xlsx");
    expect(sendCopyName("CPTS Sud-Essonne Étampes", dayClock(2027, 1, 5))).toBe("Registre-RGPD_CPTS-Sud-Essonne-Etampes_2027-01-05.xlsx");
  });

  it("drops accents, spells ligatures out, and turns every character Windows refuses into -", () => {
    expect(sendCopyName("CPTS Cœur de Loire", TEST_CLOCK)).toBe("Registre-RGPD_CPTS-Coeur-de-Loire_2026-11-24.xlsx");
    expect(sendCopyName('  CPTS <Nord>: "Lille/Roubaix" | Tourcoing? *  ', TEST_CLOCK)).toBe("Registre-RGPD_CPTS-Nord-Lille-Roubaix-Tourcoing_2026-11-24.xlsx");
    expect(sendCopyName("Ça « Île-de-France » ÀÉÎÕÜ ñ", TEST_CLOCK)).toMatch(/^Registre-RGPD_Ca-Ile-de-France-AEIOU-n_2026-11-24\.xlsx$/);
  });

  it("is plain ASCII without spaces, whatever the name", () => {
    for (const name of ["CPTS 東京", "😀 CPTS", "CPTS\tdes\nBords", "C:\\CPTS\\..\\x"]) {
      expect(sendCopyName(name, TEST_CLOCK)).toMatch(/^Registre-RGPD_[A-Za-z0-9-]+_2026-11-24\.xlsx$/);
    }
  });

  it("says CPTS when the register gives no name it can write", () => {
    expect(sendCopyName("", TEST_CLOCK)).toBe("Registre-RGPD_CPTS_2026-11-24.xlsx");
    expect(sendCopyName("東京", TEST_CLOCK)).toBe("Registre-RGPD_CPTS_2026-11-24.xlsx");
  });

  it("keeps a long name within reason", () => {
    const name = sendCopyName(`CPTS ${"très ".repeat(60)}longue`, TEST_CLOCK);
    expect(name.length).toBeLessThanOrEqual("Registre-RGPD__2026-11-24.xlsx".length + 80);
    expect(name).not.toMatch(/-_/);
  });

  it("dates the copy on the CPTS's own calendar, not UTC's", () => {
    // 23:30 UTC on 6 December is already 7 December in Paris; in La Réunion (UTC+4) the day turns at 20:00 UTC.
    expect(sendCopyName("CPTS", clockAt("2026-12-06T23:30:00Z"))).toBe("Registre-RGPD_CPTS_2026-12-07.xlsx");
    expect(sendCopyName("CPTS", clockAt("2026-12-06T20:30:00Z", REUNION))).toBe("Registre-RGPD_CPTS_2026-12-07.xlsx");
    expect(sendCopyName("CPTS", clockAt("2026-12-06T19:30:00Z", REUNION))).toBe("Registre-RGPD_CPTS_2026-12-06.xlsx");
  });
});
