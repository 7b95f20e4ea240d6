import { sheetNameFor, sanitizeSheetName, uniqueSheetName, truncateSheetName } from "../../../src/register";

describe("sheet names for new fiches", () => {
  it("strips the characters Excel forbids and apostrophes at either end", () => {
    expect(sanitizeSheetName("Paie / RH : salariés [2026]?*\\")).toBe("Paie RH salariés 2026");
    expect(sanitizeSheetName("'Adhérents'")).toBe("Adhérents");
    expect(sanitizeSheetName("  Soins\tnon\nprogrammés  ")).toBe("Soins non programmés");
    expect(sanitizeSheetName("???")).toBe("Fiche");
  });

  it("keeps at most 31 characters, cutting at a word when one is near, never half a character", () => {
    const long = "Orientation des patients sans médecin traitant";
    const name = sanitizeSheetName(long);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe("Orientation des patients sans");
    expect(truncateSheetName("Abcdefghijklmnopqrstuvwxyzabcdefghij")).toHaveLength(31);
    const emoji = `${"a".repeat(30)}😀b`;
    const cut = truncateSheetName(emoji);
    expect(cut.length).toBeLessThanOrEqual(31);
    expect(cut).toBe("a".repeat(30));
    expect(truncateSheetName("Adhésions - 'liste' complète des membres")).not.toMatch(/['\s-]$/);
  });

  it("does not leave a half word at the end of a long name", () => {
    expect(sanitizeSheetName("Soins non programmés / participation au SAS")).toBe("Soins non programmés");
  });

  it("is unique without regard to case, numbering within 31 characters", () => {
    expect(uniqueSheetName("Adhérents", ["Tutoriel", "adhérents"])).toBe("Adhérents (2)");
    expect(uniqueSheetName("Adhérents", ["ADHÉRENTS", "Adhérents (2)"])).toBe("Adhérents (3)");
    const long = "Coordination ville hôpital ville";
    const taken = [sanitizeSheetName(long)];
    const second = sheetNameFor(long, taken);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).toMatch(/ \(2\)$/);
    expect(sheetNameFor("History", [])).toBe("History (2)");
  });
});
