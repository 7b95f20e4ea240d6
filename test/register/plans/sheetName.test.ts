import { sheetNameFor, sanitizeSheetName, shortenSheetName, sheetNameChange, uniqueSheetName, truncateSheetName } from "../../../src/register";
import { CPTS_EXAMPLES } from "../../../src/register/data/cptsExamples";
import { SHEET_ABBREVIATIONS } from "../../../src/register/data/sheetAbbreviations";

/**
 * The CPTS processings of the reference (/work/shared/reference/registre-cnil-et-regles.md §5, the table
 * « Traitement (nom) »), as a coordinator would type them.
 */
const REFERENCE_NAMES = [
  "Gestion des adhérents",
  "Ressources humaines et paie",
  "Recrutement",
  "Indemnisation des professionnels de santé et bénévoles",
  "Accès à un médecin traitant (patients sans MT)",
  "Soins non programmés / participation au SAS",
  "Parcours pluriprofessionnels / coordination ville-hôpital-ville",
  "Maintien à domicile / repérage des patients fragiles",
  "Actions de prévention et dépistage",
  "Gestion de crise sanitaire (plan SSE de la CPTS)",
  "Qualité et pertinence des soins",
  "Accompagnement des professionnels / attractivité",
  "Formations, réunions et événements",
  "Site web, formulaire de contact, cookies",
  "Newsletter et communication",
  "Messagerie sécurisée, outils collaboratifs, visioconférences",
  "Gestion des partenaires, financeurs et fournisseurs",
  "Reporting ACI et indicateurs ARS / CPAM",
  "Demandes d'exercice des droits et registre des violations",
];
const NAMES = [...new Set([...REFERENCE_NAMES, ...CPTS_EXAMPLES.map((e) => e.name)])];

const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
const wordsOf = (s: string): string[] => fold(s).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

describe("sheet names for new fiches", () => {
  it("turns the characters Excel forbids into what they meant, and strips apostrophes at either end", () => {
    expect(sanitizeSheetName("Paie / RH : salariés [2026]?*\\")).toBe("Paie - RH - salariés (2026)");
    expect(sanitizeSheetName("Coordination ville/hôpital")).toBe("Coordination ville-hôpital");
    expect(sanitizeSheetName("'Adhérents'")).toBe("Adhérents");
    expect(sanitizeSheetName("  Soins\tnon\nprogrammés  ")).toBe("Soins non programmés");
    expect(sanitizeSheetName("???")).toBe("Fiche");
  });

  it("keeps a name that fits whole", () => {
    for (const name of NAMES.filter((n) => n.length <= 31 && !/[\\/?*[\]:]/.test(n))) expect(shortenSheetName(name)).toBe(name);
  });

  it("shortens every long CPTS processing name of the reference to 31 characters, in whole words only", () => {
    const abbreviations = new Set(SHEET_ABBREVIATIONS.map((a) => fold(a.abbreviation)));
    const long = NAMES.filter((n) => n.length > 31);
    expect(long.length).toBeGreaterThanOrEqual(10);
    for (const name of long) {
      const sheet = shortenSheetName(name);
      expect(sheet.length).toBeLessThanOrEqual(31);
      expect(sheet).not.toMatch(/[\\/?*[\]:]|^'|'$/);
      // Never a word cut in the middle: each word is one of the name's words, or a known abbreviation.
      const words = new Set(wordsOf(name).flatMap((w) => [w, ...w.split(/['’]/)]));
      for (const w of wordsOf(sheet)) expect({ name, word: w, ok: words.has(w) || abbreviations.has(w) }).toEqual({ name, word: w, ok: true });
      // Never ends on a word that means nothing alone (« de », « et », « sans »).
      expect(sheet).not.toMatch(/\s(de|des|du|la|le|les|à|au|aux|et|ou|sans|non|d'|l')$/i);
      // Enough to be recognised among the other tabs: at least two words.
      expect({ name, sheet, words: wordsOf(sheet).length >= 2 }).toEqual({ name, sheet, words: true });
    }
  });

  it("reads like the processing it names: abbreviations a CPTS uses, no dangling « sans »", () => {
    expect(shortenSheetName("Accès à un médecin traitant (patients sans médecin traitant)")).toBe("Accès MT (patients sans MT)");
    expect(shortenSheetName("Soins non programmés / participation au SAS")).toBe("SNP - participation au SAS");
    expect(shortenSheetName("Indemnisation des professionnels de santé et bénévoles")).toBe("Indemnisation PS et bénévoles");
    expect(shortenSheetName("Parcours pluriprofessionnels (coordination ville-hôpital-ville)")).toBe("Parcours pluriprofessionnels");
    expect(shortenSheetName("Gestion de crise sanitaire (plan SSE de la CPTS)")).toBe("Gestion de crise sanitaire");
    expect(shortenSheetName("Demandes d'exercice des droits et registre des violations")).toBe("Demandes d'exercice des droits");
    // Cutting this one at 31 characters used to give « Orientation des patients sans »: the opposite of its meaning.
    expect(shortenSheetName("Orientation des patients sans médecin traitant")).toBe("Orientation patients sans MT");
    expect(shortenSheetName("Accès / orientation : patients sans médecin traitant")).toBe("Orientation - patients sans MT");
  });

  it("cuts a single word longer than Excel allows, never half a character", () => {
    expect(truncateSheetName("Abcdefghijklmnopqrstuvwxyzabcdefghij")).toHaveLength(31);
    expect(shortenSheetName("Abcdefghijklmnopqrstuvwxyzabcdefghij")).toHaveLength(31);
    const emoji = `${"a".repeat(30)}😀b`;
    expect(truncateSheetName(emoji)).toBe("a".repeat(30));
    expect(truncateSheetName("Adhésions - 'liste' complète des membres")).not.toMatch(/['\s-]$/);
  });

  it("is unique without regard to case, numbering within 31 characters, still in whole words", () => {
    expect(uniqueSheetName("Adhérents", ["Tutoriel", "adhérents"])).toBe("Adhérents (2)");
    expect(uniqueSheetName("Adhérents", ["ADHÉRENTS", "Adhérents (2)"])).toBe("Adhérents (3)");
    const long = "Gestion des partenaires, financeurs et fournisseurs";
    const first = sheetNameFor(long, []);
    expect(first).toBe("Gestion partenaires, financeurs");
    const second = sheetNameFor(long, [first]);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second).toBe("Gestion des partenaires (2)");
    expect(sheetNameFor("History", [])).toBe("History (2)");
  });

  it("says why a sheet name differs from the processing's name", () => {
    expect(sheetNameChange("Gestion des adhérents", "Gestion des adhérents")).toBeNull();
    expect(sheetNameChange("Paie / RH", "Paie - RH")).toBe("adapted");
    expect(sheetNameChange("Paie", "Paie (2)")).toBe("adapted");
    expect(sheetNameChange("Soins non programmés / participation au SAS", "SNP - participation au SAS")).toBe("shortened");
  });
});
