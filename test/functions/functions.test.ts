// The custom functions called the way Excel calls them: a range as a full rectangle (2-D array) with ""
// for empty cells, a date cell as its serial number, a typed date as text, an omitted optional argument
// as null. The fiches come from the real CNIL workbook (vendored under test/fixtures/cnil), read by the xlsx adapter.
import * as fs from "fs";
import { aipd, completude, conservation, manques, paysAdequat, prochaineRevue } from "../../src/functions/functions";
import { FunctionError } from "../../src/functions/errors";
import type { CellValue, WorkbookSnapshot } from "../../src/register/snapshot";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";

import { CNIL_LISTS_JSON_PATH as listsFile, CNIL_XLSX_PATH as workbookFile } from "../fixtures/cnilWorkbook";

/** Excel's serial of a calendar day (1900 system, from March 1900 on). */
const serial = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** What Excel passes for `'Sheet'!A1:H{rows}`: a full rectangle, "" where a cell is empty. */
function excelRange(values: CellValue[][], rows: number, cols = 8): CellValue[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => values[r]?.[c] ?? ""));
}

/** Calls `fn` and returns what it threw. */
function thrown(fn: () => unknown): { code?: string; message?: string } {
  try {
    fn();
  } catch (e) {
    return e as { code?: string; message?: string };
  }
  throw new Error("no error thrown");
}

let snapshot: WorkbookSnapshot | undefined;
const sheet = (keyword: RegExp): CellValue[][] => {
  const found = snapshot?.sheets.find((s) => keyword.test(s.name));
  if (!found) throw new Error(`no sheet matching ${keyword}`);
  return found.values;
};

beforeAll(async () => {
  if (fs.existsSync(workbookFile)) snapshot = snapshotOf(await loadXlsx(fs.readFileSync(workbookFile)));
});

/** The row (0-based) whose column A reads like `label` (case, accents and spaces folded). */
function rowOf(values: CellValue[][], label: RegExp): number {
  const fold = (v: CellValue | undefined) =>
    String(v ?? "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase();
  const row = values.findIndex((r) => label.test(fold(r[0])));
  if (row < 0) throw new Error(`no row ${label}`);
  return row;
}

/** A copy of the model fiche with some cells typed in (column index 1 = B, 4 = E). */
function filledModel(entries: [RegExp, number, CellValue][]): CellValue[][] {
  const values = excelRange(sheet(/mod[eè]le/i), 80);
  for (const [label, col, value] of entries) values[rowOf(values, label)][col] = value;
  return values;
}

describe("COMPLETUDE, MANQUES, AIPD on the CNIL workbook", () => {
  test("the CNIL example fiche is complete; its payroll data with the NIR is not a « Requise » AIPD", () => {
    const example = excelRange(sheet(/exemple/i), 45);
    expect(completude(example)).toBe(1);
    expect(manques(example)).toBe("");
    expect(["À examiner", "Non requise"]).toContain(aipd(example));
  });

  test("the blank model lacks everything but its default reference", () => {
    const model = excelRange(sheet(/mod[eè]le/i), 62);
    expect(completude(model)).toBeGreaterThan(0);
    expect(completude(model)).toBeLessThan(0.2);
    const missing = manques(model);
    for (const word of [/nom du traitement/i, /finalit/i, /personnes/i, /destinataires/i, /mesures de s[ée]curit/i]) expect(missing).toMatch(word);
    expect(missing).not.toMatch(/r[ée]f[ée]rence/i);
    expect(missing[0]).toBe(missing[0].toUpperCase());
    // Nothing typed yet: « À déterminer », not a reassuring « Non requise ».
    expect(aipd(model)).toBe("À déterminer");
  });

  test("a bigger range than the fiche (A1:H200), with null cells, reads the same", () => {
    const example = excelRange(sheet(/exemple/i), 200);
    example[150][2] = null as unknown as CellValue; // what a custom function may receive for a blank cell
    expect(completude(example)).toBe(1);
  });

  test("filling the model raises the score and empties MANQUES step by step", () => {
    const partial = filledModel([
      [/^nom du traitement/, 1, "Orientation des patients sans médecin traitant"],
      [/^finalite principale/, 1, "Trouver un médecin traitant aux patients qui n'en ont pas"],
    ]);
    // 3 of the 8 article 30 criteria (name, reference, purpose); the engine rounds to a whole percent
    expect(Math.abs(completude(partial) - 3 / 8)).toBeLessThanOrEqual(0.01);
    expect(completude(partial)).toBeGreaterThan(completude(excelRange(sheet(/mod[eè]le/i), 80)));
    expect(manques(partial)).not.toMatch(/nom du traitement|finalit/i);
  });

  test("health data about patients (two EDPB criteria) makes the AIPD « Probable »", () => {
    const patients = filledModel([
      [/^nom du traitement/, 1, "Orientation des patients sans médecin traitant"],
      [/^donnees concernant la sante/, 1, "Pathologies, traitement en cours"],
      [/^donnees concernant la sante/, 4, "Jusqu'à l'orientation, puis 3 mois"],
      [/^categorie de personnes 1/, 4, "Patients du territoire sans médecin traitant"],
    ]);
    expect(aipd(patients)).toBe("Probable");
  });

  test("members' management with no sensitive data needs no AIPD", () => {
    const members = filledModel([
      [/^nom du traitement/, 1, "Gestion des adhérents"],
      [/^etat civil/, 1, "Nom, prénom, profession, adresse professionnelle"],
      [/^etat civil/, 4, "Durée de l'adhésion"],
      [/^categorie de personnes 1/, 4, "Adhérents de la CPTS"],
    ]);
    expect(aipd(members)).toBe("Non requise");
  });

  test("a range that is not a fiche gives #VALUE! with a French explanation", () => {
    const listTab = excelRange(sheet(/liste_des_traitements|liste des traitements/i), 30);
    for (const fn of [completude, manques, aipd]) {
      const error = thrown(() => fn(listTab));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(/n'est pas une fiche/);
    }
    expect(thrown(() => completude([[""]])).code).toBe("#VALUE!");
  });
});

describe("PAYS_ADEQUAT", () => {
  test("countries with an adequacy decision, whatever the case and accents", () => {
    for (const name of [
      "Suisse",
      "SUISSE",
      " suisse ",
      "Japon",
      "Corée du Sud",
      "coree du sud",
      "Royaume-Uni",
      "Uruguay",
      "Canada",
      "Israël",
      "israel",
      "Nouvelle-Zélande",
    ]) {
      expect({ name, adequate: paysAdequat(name) }).toEqual({ name, adequate: true });
    }
  });

  test("the United States are not (only DPF-certified organisations are), nor China, nor an empty cell", () => {
    for (const name of ["Etats-Unis", "États-Unis", "USA", "Chine", "Inde", "", "Sélectionnez un élément dans cette liste déroulante ►"]) {
      expect({ name, adequate: paysAdequat(name) }).toEqual({ name, adequate: false });
    }
  });

  test("on the CNIL country list, exactly the countries of the Commission's list are adequate", () => {
    const lists = JSON.parse(fs.readFileSync(listsFile, "utf8")) as Record<string, string[]>;
    const countries = lists[Object.keys(lists).find((k) => /^Pays/.test(k)) ?? ""];
    expect(countries.length).toBeGreaterThan(150);
    const adequate = countries.filter((c) => paysAdequat(c)).sort();
    // reference §8, the CNIL spellings (Royaume-Uni is missing from the CNIL list; Brésil since 26/01/2026)
    expect(adequate).toEqual(
      [
        "Andorre",
        "Argentine",
        "Brésil",
        "Canada",
        "Corée du Sud",
        "Guernesey",
        "Ile de Man",
        "Iles FEROE",
        "Israël",
        "Japon",
        "Jersey",
        "Nouvelle-Zélande",
        "Suisse",
        "Uruguay",
      ].sort(),
    );
  });
});

describe("CONSERVATION", () => {
  test("gives the recommended retention for the usual kinds of data", () => {
    expect(conservation("paie")).toMatch(/5 ans/);
    expect(conservation("PAIE")).toBe(conservation("paie"));
    expect(conservation("candidats")).toMatch(/2 ans/);
    expect(conservation("prospects")).toMatch(/3 ans/);
    expect(conservation("adherents")).toMatch(/adh[ée]sion/i);
    expect(conservation("Adhérents")).toBe(conservation("adherents"));
    expect(conservation("journaux")).toMatch(/mois|an/);
    expect(conservation("cookies")).toMatch(/13 mois/);
    expect(conservation("video")).toMatch(/1 mois|un mois/i);
    expect(conservation("mt")).toMatch(/médecin traitant \+ 3 mois/);
    expect(conservation("médecin traitant")).toBe(conservation("mt"));
  });

  test("an unknown kind gives #VALUE! and a message listing the known kinds", () => {
    const error = thrown(() => conservation("lait cru"));
    expect(error.code).toBe("#VALUE!");
    for (const known of ["paie", "candidats", "prospects", "adherents", "mt"]) expect(error.message).toContain(known);
    // A CPTS holds no medical file: no 20-year preset to copy.
    expect(thrown(() => conservation("dossier-medical")).code).toBe("#VALUE!");
    expect(thrown(() => conservation("")).code).toBe("#VALUE!");
  });

  test("uses CustomFunctions.Error when Excel's runtime is there", () => {
    class RuntimeError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = { Error: RuntimeError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" }, associate: () => undefined };
    try {
      const error = thrown(() => conservation("inconnu"));
      expect(error).toBeInstanceOf(RuntimeError);
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toMatch(/Types reconnus/);
    } finally {
      delete g.CustomFunctions;
    }
    expect(thrown(() => conservation("inconnu"))).toBeInstanceOf(FunctionError);
  });
});

describe("PROCHAINE_REVUE", () => {
  test("12 months after a date cell (a serial), by default: the optional argument arrives as null", () => {
    expect(prochaineRevue(serial(2025, 3, 15), null as unknown as undefined)).toBe(serial(2026, 3, 15));
    expect(prochaineRevue(serial(2025, 3, 15))).toBe(serial(2026, 3, 15));
    // a time of day is dropped
    expect(prochaineRevue(serial(2025, 3, 15) + 0.75, null as unknown as undefined)).toBe(serial(2026, 3, 15));
  });

  test("another number of months, and month ends kept inside the month", () => {
    expect(prochaineRevue(serial(2025, 3, 15), 6)).toBe(serial(2025, 9, 15));
    expect(prochaineRevue(serial(2025, 1, 31), 1)).toBe(serial(2025, 2, 28));
    expect(prochaineRevue(serial(2024, 2, 29), 12)).toBe(serial(2025, 2, 28));
    expect(prochaineRevue(serial(2025, 11, 30), 3)).toBe(serial(2026, 2, 28));
  });

  test("a date typed as text", () => {
    expect(prochaineRevue("13/05/2019", null as unknown as undefined)).toBe(serial(2020, 5, 13));
    expect(prochaineRevue("2019-05-13", 24)).toBe(serial(2021, 5, 13));
    expect(prochaineRevue(" 1/2/2024 ", 1)).toBe(serial(2024, 3, 1));
  });

  test("on the CNIL example: creation date as a date cell, update date as text", () => {
    const example = sheet(/exemple/i);
    const created = example[rowOf(example, /^date de creation/)][1];
    const updated = example[rowOf(example, /^mise a jour/)][1];
    expect(typeof created).toBe("number");
    expect(prochaineRevue(created as number, null as unknown as undefined)).toBe(serial(2019, 5, 26));
    expect(typeof updated).toBe("string");
    expect(prochaineRevue(updated as string, null as unknown as undefined)).toBe(serial(2020, 5, 13));
  });

  test("an empty date gives #N/A, an unreadable one or a bad number of months #VALUE!", () => {
    expect(thrown(() => prochaineRevue("", null as unknown as undefined)).code).toBe("#N/A");
    const unreadable = thrown(() => prochaineRevue("bientôt", null as unknown as undefined));
    expect(unreadable.code).toBe("#VALUE!");
    expect(unreadable.message).toMatch(/bientôt/);
    expect(thrown(() => prochaineRevue("31/02/2025", 12)).code).toBe("#VALUE!");
    expect(thrown(() => prochaineRevue(-3, 12)).code).toBe("#VALUE!");
    expect(thrown(() => prochaineRevue(true as unknown as number, 12)).code).toBe("#VALUE!");
    for (const months of [0, -6, 2.5, 500]) expect(thrown(() => prochaineRevue(serial(2025, 3, 15), months)).code).toBe("#VALUE!");
  });
});
