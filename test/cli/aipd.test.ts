/**
 * `cpts-registre aipd FICHIER --fiche REF --sortie AIPD.json`, run as a user would (the built CLI): the
 * PIA tool's file written for a fiche the screening says needs an AIPD, its RÉF found after folding;
 * a French message and exit 65 for a fiche that needs none or a RÉF unknown or shared, 73 for an
 * existing output, 64 for a usage error. And `valider` says when an AIPD was noted as carried out.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { planAipdDone, readRegister, type WritePlan } from "../../src/register";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { clockAt } from "../fixtures/clocks";
import { ensureBuilt, runCli, tempDir } from "./helpers";

jest.setTimeout(120_000);

let dir: string;
let example: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  example = join(dir, "exemple.xlsx");
  expect(runCli(["modele", example, "--exemple"], dir).code).toBe(0);
}, 60_000);

/** A copy of the example register changed by `plan` (made on its snapshot). */
async function changedCopy(name: string, make: (s: ReturnType<typeof snapshotOf>) => WritePlan): Promise<string> {
  const book = await loadXlsx(new Uint8Array(readFileSync(example)));
  applyPlanToXlsx(book, make(snapshotOf(book)));
  const file = join(dir, name);
  writeFileSync(file, await saveXlsx(book));
  return file;
}

describe("cpts-registre aipd", () => {
  test("writes the PIA tool's file (UTF-8 JSON) for a fiche whose AIPD is likely, its RÉF typed in any case", () => {
    const out = join(dir, "AIPD SAS.json");
    const r = runCli(["aipd", example, "--fiche", " REF-002 ", "--sortie", out], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Fichier pour l'outil PIA de la CNIL écrit");
    expect(r.out).toContain("« Importer PIA »");
    const bytes = readFileSync(out);
    const file = JSON.parse(bytes.toString("utf8")) as {
      pia: { name: string };
      answers: { reference_to: number }[];
      evaluations: unknown[];
      comments: unknown[];
    };
    expect(file.pia.name).toBe("Soins non programmés / participation au SAS (RÉF ref-002)");
    expect(bytes.includes(Buffer.from("Soins non programmés", "utf8"))).toBe(true);
    expect(file.answers.map((a) => a.reference_to)).toContain(111);
    expect(file).toMatchObject({ evaluations: [], comments: [] });
  });

  test("an existing output is never written over (73)", () => {
    const out = join(dir, "deja.json");
    writeFileSync(out, "mon fichier");
    const r = runCli(["aipd", example, "--fiche", "ref-002", "--sortie", out], dir);
    expect(r.code).toBe(73);
    expect(r.err).toContain("existe déjà");
    expect(readFileSync(out, "utf8")).toBe("mon fichier");
  });

  test("a fiche the screening does not ask an AIPD for: a clear message, 65, nothing written", () => {
    const out = join(dir, "adherents.json");
    const r = runCli(["aipd", example, "--fiche", "ref-001", "--sortie", out], dir);
    expect(r.code).toBe(65);
    expect(r.err).toContain("La fiche ref-001 « Gestion des adhérents » n'a pas besoin d'une analyse d'impact selon le dépistage (AIPD : Non requise)");
    expect(existsSync(out)).toBe(false);
  });

  test("an unknown RÉF: 65 with the RÉFs of the register", () => {
    const r = runCli(["aipd", example, "--fiche", "ref-404", "--sortie", join(dir, "x.json")], dir);
    expect(r.code).toBe(65);
    expect(r.err).toContain("Aucune fiche n'a la RÉF « ref-404 ». RÉF des fiches du registre : ref-001, ref-002, ref-003.");
  });

  test("a RÉF two fiches share (after folding): 65 naming their tabs", async () => {
    const twice = await changedCopy("double.xlsx", (s) => {
      const f = readRegister(s).fiches.find((x) => x.ref.value === "ref-003");
      if (!f) throw new Error("fiche ref-003 introuvable");
      return { title: "RÉF en double", ops: [{ op: "write", sheet: f.sheet, cells: [{ address: f.ref.cell, kind: "text", value: "REF-002" }] }] };
    });
    const r = runCli(["aipd", twice, "--fiche", "ref-002", "--sortie", join(dir, "y.json")], dir);
    expect(r.code).toBe(65);
    expect(r.err).toContain("Plusieurs fiches ont la RÉF « ref-002 » (onglets « SNP - participation au SAS », « Ressources humaines et paie »)");
  });

  test("usage errors (64) and an unreadable register (2)", () => {
    expect(runCli(["aipd", example, "--sortie", "a.json"], dir)).toMatchObject({ code: 64, err: expect.stringContaining("--fiche") });
    expect(runCli(["aipd", example, "--fiche", "ref-002"], dir)).toMatchObject({ code: 64, err: expect.stringContaining("--sortie") });
    expect(runCli(["aipd", example, "--fiche", "ref-002", "--sortie", "a.xlsx"], dir)).toMatchObject({ code: 64, err: expect.stringContaining(".json") });
    expect(runCli(["aipd", "--fiche", "ref-002", "--sortie", "a.json"], dir).code).toBe(64);
    expect(runCli(["aipd", join(dir, "absent.xlsx"), "--fiche", "ref-002", "--sortie", join(dir, "z.json")], dir).code).toBe(2);
    expect(runCli(["--help"], dir).out).toContain("aipd FICHIER --fiche REF --sortie AIPD.json");
  });

  test("valider says the AIPD was carried out, in its text and in its JSON, and no longer asks for it", async () => {
    const clock = clockAt("2026-12-07T10:00:00+01:00");
    const done = await changedCopy("realisee.xlsx", (s) => planAipdDone(s, "ref-002", Date.UTC(2026, 10, 20) / 86_400_000 + 25569, clock));
    const text = runCli(["valider", done], dir);
    expect(text.out).toContain("AIPD : Probable, réalisée le 20/11/2026");
    expect(text.out).not.toContain("aipd.likely");
    const before = runCli(["valider", example], dir);
    expect(before.out).toContain("[aipd.likely]");
    const json = JSON.parse(runCli(["valider", "--json", done], dir).out.trim()) as { fiches: { ref: string; aipdDoneOn: string | null }[] };
    expect(json.fiches.map((f) => [f.ref, f.aipdDoneOn])).toEqual([
      ["ref-001", null],
      ["ref-002", "2026-11-20"],
      ["ref-003", null],
    ]);
  });
});
