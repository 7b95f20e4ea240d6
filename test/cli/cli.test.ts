/**
 * The command line as SESAN or an IT helper runs it: the BUILT JavaScript (`node dist/node/cli/cli.js`)
 * in a child process, on real files written to a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { readRegister } from "../../src/register";
import { CPTS_EXAMPLES } from "../../src/register/data/cptsExamples";
import { planNewFiche, previewNewFiche } from "../../src/register/plans";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { fillOfExample, planFillFiche, planFillOrganisation } from "../../src/workbook/template";
import { CLI, CNIL_XLSX, ensureBuilt, runCli, sha256, snapshotOfFile, tempDir } from "./helpers";
import { ValidateLineJson } from "../../src/register/report/schema";
import { TEST_CLOCK as CLOCK } from "../fixtures/clocks";

// Child processes and whole workbooks: slow on a busy 2-core machine.
jest.setTimeout(120_000);

let dir: string;
/** Written by `modele` once for the suite: our blank template. */
let template: string;
/** Written by `modele --exemple`: the example register (ready). */
let example: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  template = join(dir, "modele.xlsx");
  example = join(dir, "exemple.xlsx");
  expect(runCli(["modele", template], dir).code).toBe(0);
  expect(runCli(["modele", "--exemple", example], dir).code).toBe(0);
}, 120_000);

/** A template written by `modele`, then filled in by the test as a coordinator would. */
async function filledRegister(name: string): Promise<string> {
  const book = await loadXlsx(new Uint8Array(readFileSync(template)));
  applyPlanToXlsx(
    book,
    planFillOrganisation(readRegister(snapshotOf(book)), {
      name: "LEROY",
      firstName: "Anne",
      address: "3 avenue de la République",
      email: "contact@cpts-test.example",
      postcode: "78200",
      city: "Mantes-la-Jolie",
      phone: "01 30 00 00 00",
    }),
  );
  for (const id of ["acces-mt", "adherents"]) {
    const ex = CPTS_EXAMPLES.find((e) => e.id === id);
    if (!ex) throw new Error(id);
    const reg = readRegister(snapshotOf(book));
    const input = { name: ex.name, clock: CLOCK };
    const { sheetName } = previewNewFiche(reg, input);
    applyPlanToXlsx(book, planNewFiche(reg, input));
    applyPlanToXlsx(book, planFillFiche(readRegister(snapshotOf(book)), sheetName, fillOfExample(ex)));
  }
  const file = join(dir, name);
  writeFileSync(file, await saveXlsx(book));
  return file;
}

/** An .xlsx that is a fine workbook but not a register. */
async function budgetWorkbook(name: string): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet("Budget 2025");
  ws.addRow(["Poste", "Montant"]);
  ws.addRow(["Coordination", 42000]);
  const file = join(dir, name);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

describe("--help and --version", () => {
  test("--help prints the French help and exits 0", () => {
    const r = runCli(["--help"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Utilisation :");
    expect(r.out).toContain("valider FICHIER… [--json]");
    expect(r.out).toContain("ajouter-fiche FICHIER --nom NOM --sortie SORTIE");
    expect(r.out).toContain("modele SORTIE");
    expect(r.out).toContain("Codes de sortie");
    expect(r.err).toBe("");
    expect(runCli(["valider", "--help"], dir).out).toBe(r.out);
  });

  test("--version prints the package's version", () => {
    const r = runCli(["--version"], dir);
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`cpts-registre ${pkg.version}`);
  });

  test("--help and --version load neither ExcelJS nor the engine (start-up time)", () => {
    const preload = join(dir, "trace.js");
    writeFileSync(
      preload,
      `const M = require("module"); const load = M._load; const seen = [];
       M._load = function (request, ...rest) { seen.push(request); return load.call(this, request, ...rest); };
       process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(seen)));`,
    );
    for (const flag of ["--help", "--version"]) {
      const r = spawnSync(process.execPath, ["--require", preload, CLI, flag], { encoding: "utf8" });
      expect(r.status).toBe(0);
      const loaded = JSON.parse(r.stderr.slice(r.stderr.indexOf("LOADED ") + 7)) as string[];
      expect(loaded).toContain("./strings");
      expect(loaded.filter((m) => /exceljs|jszip|register|workbook|zod/.test(m))).toEqual([]);
    }
  });

  test.each([
    [[], "Indiquez une commande"],
    [["verifier", "a.xlsx"], "Commande inconnue : « verifier »"],
    [["valider", "--jsn", "a.xlsx"], "Option inconnue pour « valider » : « --jsn »"],
    [["valider"], "Indiquez au moins un fichier"],
    [["ajouter-fiche", "a.xlsx", "--sortie", "b.xlsx"], "--nom"],
    [["ajouter-fiche", "a.xlsx", "--nom", "X"], "--sortie"],
    [["ajouter-fiche", "a.xlsx", "--nom"], "attend une valeur"],
    [["ajouter-fiche", "a.xlsx", "--nom", "--sortie", "b.xlsx"], "L'option « --nom » attend une valeur"],
    [["ajouter-fiche", "a.xlsx", "--nom", "X", "--nom", "Y", "--sortie", "b.xlsx"], "L'option « --nom » est donnée deux fois"],
    [["modele"], "Indiquez le fichier à écrire"],
    [["modele", "sortie.ods"], "doit se terminer par .xlsx"],
  ])("usage error %j exits 64 with a French message and the help", (args, message) => {
    const r = runCli(args, dir);
    expect(r.code).toBe(64);
    expect(r.err).toContain(message);
    expect(r.err).toContain("Utilisation :");
    expect(r.out).toBe("");
  });
});

describe("schema", () => {
  test("prints the JSON Schema of a `valider --json` line, exit 0", () => {
    const r = runCli(["schema"], dir);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out) as Record<string, unknown>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(r.out).toContain("schemaVersion");
    expect(runCli(["schema", "en-trop"], dir).code).toBe(64);
  });
});

describe("valider", () => {
  test("the untouched CNIL workbook reads as a register and is not ready, with findings on sheets that exist", async () => {
    const before = sha256(CNIL_XLSX);
    const r = runCli(["valider", "--json", CNIL_XLSX], dir);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]) as {
      file: string;
      verdict: string;
      summary: { errors: number; fiches: number };
      findings: { rule: string; severity: string; sheet: string; cell: string }[];
    };
    expect(report.file).toBe(CNIL_XLSX);
    expect(report.verdict).toBe("not-ready");
    expect(report.summary.fiches).toBe(0);
    expect(report.summary.errors).toBeGreaterThan(0);
    const sheets = (await snapshotOfFile(CNIL_XLSX)).sheets.map((s) => s.name);
    for (const f of report.findings) {
      expect(sheets).toContain(f.sheet);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
    // No organisation contact: pointed at tab 2's header block; no real fiche: an error too.
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.some((f) => f.sheet === "2_-_Liste_des_traitements" && /^[A-I][1-6]$/.test(f.cell))).toBe(true);
    expect(errors.some((f) => f.sheet !== "2_-_Liste_des_traitements")).toBe(true);
    expect(sha256(CNIL_XLSX)).toBe(before);

    const text = runCli(["valider", CNIL_XLSX], dir);
    expect(text.code).toBe(1);
    expect(text.out).toContain("Verdict : Pas prêt — 3 erreurs");
    expect(text.out).toContain("Onglet « 2_-_Liste_des_traitements »");
    expect(text.out).toContain("Aucune fiche remplie pour l'instant.");
  });

  test("a register written by `modele` and then filled in is ready: exit 0, and the file is left untouched", async () => {
    const file = await filledRegister("rempli.xlsx");
    const before = sha256(file);
    const r = runCli(["valider", file], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    // Ready, and the conseils (AIPD, DPO, no cyber self-audit yet) are counted as points to review, never hidden.
    expect(r.out).toContain("Verdict : Prêt à envoyer — 3 points à revoir");
    expect(r.out).toMatch(/ref-001 · Accès à un médecin traitant .* · complétude 100 % · AIPD : Probable/);
    expect(r.out).toMatch(/ref-002 · Gestion des adhérents · .* · complétude 100 % · AIPD : Non requise/);
    expect(sha256(file)).toBe(before);
  });

  test("the blank template is not ready: its organisation and its first fiche are missing", () => {
    const r = runCli(["valider", template], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Verdict : Pas prêt — 3 erreurs");
    expect(r.out).toContain("Onglet « 2 - Liste des traitements »");
    expect(r.out).toMatch(/Erreur en C1 : /);
  });

  test("--json gives one object per file, with exactly the keys of its schema (cpts-registre schema)", () => {
    const r = runCli(["valider", "--json", example, template], dir);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(2);
    const [ready, notReady] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    for (const o of [ready, notReady]) {
      expect(ValidateLineJson.safeParse(o).success).toBe(true);
      expect(Object.keys(o)).toEqual([
        "schemaVersion",
        "file",
        "organisation",
        "oldestUpdate",
        "verdict",
        "summary",
        "fiches",
        "findings",
        "audit",
        "incidents",
        "requests",
      ]);
      expect(Object.keys(o.summary as object)).toEqual(["errors", "warnings", "infos", "fiches", "setAside"]);
      // Neither file has a self-audit, a breach register or a requests register yet.
      expect(o.audit).toBeNull();
      expect(o.incidents).toEqual({ open: 0, overdue: 0 });
      expect(o.requests).toEqual({ open: 0, overdue: 0 });
      for (const f of o.fiches as object[]) {
        expect(Object.keys(f)).toEqual(["sheet", "ref", "name", "completeness", "aipd", "aipdDoneOn", "health", "processors", "tools", "created", "updated"]);
      }
      for (const f of o.findings as object[]) expect(Object.keys(f)).toEqual(["rule", "severity", "sheet", "cell", "message"]);
    }
    expect(ready).toMatchObject({ file: example, verdict: "ready", summary: { errors: 0, fiches: 3 } });
    expect((ready.fiches as { completeness: number }[]).map((f) => f.completeness)).toEqual([100, 100, 100]);
    expect(notReady).toMatchObject({ file: template, verdict: "not-ready", summary: { fiches: 0 } });
    expect((notReady.summary as { errors: number }).errors).toBeGreaterThan(0);
    const finding = (notReady.findings as { severity: string; message: string }[])[0];
    expect(["error", "warning", "info"]).toContain(finding.severity);
    expect(finding.message).toMatch(/[éèàù]/);
  });

  describe("files that cannot be read as a register exit 2 with a French message", () => {
    const cases: [string, () => Promise<string>, RegExp][] = [
      [
        "a corrupt .xlsx",
        async () => {
          const bytes = readFileSync(template);
          const file = join(dir, "abime.xlsx");
          writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
          return file;
        },
        /abîmé|pas un classeur/,
      ],
      [
        "a text file named .xlsx",
        async () => {
          const file = join(dir, "texte.xlsx");
          writeFileSync(file, "Ceci n'est pas un classeur.\n");
          return file;
        },
        /n'est pas un classeur Excel/,
      ],
      ["an .xlsx with no register tab", () => budgetWorkbook("budget.xlsx"), /ne ressemble pas à un registre/],
      ["a missing file", async () => join(dir, "absent.xlsx"), /introuvable/],
    ];
    test.each(cases)("%s", async (_label, make, message) => {
      const file = await make();
      const r = runCli(["valider", file], dir);
      expect(r.code).toBe(2);
      expect(r.err).toContain(file);
      expect(r.err).toMatch(message);
      expect(r.out).toBe("");
      const j = runCli(["valider", "--json", file], dir);
      expect(j.code).toBe(2);
      expect(j.err).toMatch(message);
      const o = JSON.parse(j.out.trim()) as Record<string, unknown>;
      expect(Object.keys(o)).toEqual(["schemaVersion", "file", "error"]);
      expect(o.file).toBe(file);
      expect(o.error).toMatch(message);
    });
  });

  test("with several files the highest code wins, and every file gets its report", async () => {
    const budget = await budgetWorkbook("budget2.xlsx");
    expect(runCli(["valider", example, example], dir).code).toBe(0);
    const oneNotReady = runCli(["valider", example, template], dir);
    expect(oneNotReady.code).toBe(1);
    expect(oneNotReady.out).toContain("2 fichiers vérifiés : 1 prêt, 1 pas prêt, 0 illisible.");
    const all = runCli(["valider", "--json", template, budget, example], dir);
    expect(all.code).toBe(2);
    const lines = all.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { file: string; verdict?: string; error?: string });
    expect(lines.map((l) => [l.file, l.verdict ?? "error"])).toEqual([
      [template, "not-ready"],
      [budget, "error"],
      [example, "ready"],
    ]);
  });
});

describe("modele", () => {
  test("writes our five-tab template, readable as a register", async () => {
    const snap = await snapshotOfFile(template);
    expect(snap.sheets.map((s) => s.name)).toEqual([
      "1 - Tutoriel et FAQ",
      "2 - Liste des traitements",
      "3 - Modèle de fiche",
      "4 - Exemple de fiche",
      "5 - Liste déroulante",
    ]);
    expect(readRegister(snap).fiches.map((f) => f.kind)).toEqual(["model", "example"]);
  });

  test("never overwrites an existing file (exit 73, file unchanged)", () => {
    const before = sha256(template);
    const r = runCli(["modele", template], dir);
    expect(r.code).toBe(73);
    expect(r.err).toContain("existe déjà");
    expect(sha256(template)).toBe(before);
  });
});

describe("ajouter-fiche", () => {
  test("refuses to write over its input (exit 64) or over an existing file (exit 73)", () => {
    const copy = join(dir, "copie.xlsx");
    copyFileSync(template, copy);
    const before = sha256(copy);
    const same = runCli(["ajouter-fiche", copy, "--nom", "Recrutement", "--sortie", copy], dir);
    expect(same.code).toBe(64);
    expect(same.err).toContain("n'est jamais modifié");
    const sameByOtherName = runCli(["ajouter-fiche", copy, "--nom", "Recrutement", "--sortie", `./${"copie.xlsx"}`], dir);
    expect(sameByOtherName.code).toBe(64);
    const existing = runCli(["ajouter-fiche", copy, "--nom", "Recrutement", "--sortie", example], dir);
    expect(existing.code).toBe(73);
    expect(existing.err).toContain("existe déjà");
    expect(sha256(copy)).toBe(before);
  });

  test("an unreadable input exits 2 and writes nothing", async () => {
    const budget = await budgetWorkbook("budget3.xlsx");
    const out = join(dir, "jamais.xlsx");
    const r = runCli(["ajouter-fiche", budget, "--nom", "Recrutement", "--sortie", out], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ne ressemble pas à un registre/);
    expect(existsSync(out)).toBe(false);
  });
});
