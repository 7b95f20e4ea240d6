/**
 * The report as a contract: `valider --json` lines are valid against the zod schemas that
 * `cpts-registre schema` prints, and carry what SESAN reads per register and per fiche.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runValidate } from "../../../src/cli/validate";
import { ValidateLineJson, RegisterReportJson, SCHEMA_VERSION, validateLineJsonSchema } from "../../../src/register/report/schema";
import { organisationName, registerReportJson } from "../../../src/register/report/json";
import { validateRegister } from "../../../src/register/validate";
import { buildExampleRegister } from "../../../src/workbook/template";
import { saveXlsx } from "../../../src/workbook/xlsx";
import { CNIL_XLSX_PATH } from "../../fixtures/cnilWorkbook";
import { buildFiche, buildRegister, CLOCK, cleanFicheSpec, healthFicheSpec, serial } from "../../fixtures/registers";

async function validateJson(files: string[]): Promise<unknown[]> {
  const out: string[] = [];
  await runValidate(files, true, { out: (t) => out.push(t), err: () => undefined }, CLOCK);
  return out.map((line) => JSON.parse(line) as unknown);
}

describe("valider --json against its schema", () => {
  let dir = "";
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cpts-schema-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("every line, for the CNIL workbook, the example register and an unreadable file, is valid", async () => {
    const example = path.join(dir, "exemple.xlsx");
    fs.writeFileSync(example, await saveXlsx(await buildExampleRegister({ clock: CLOCK })));
    const broken = path.join(dir, "abime.xlsx");
    fs.writeFileSync(broken, "pas un classeur");
    const lines = await validateJson([CNIL_XLSX_PATH, example, broken]);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      const parsed = ValidateLineJson.safeParse(line);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect((line as { schemaVersion: number }).schemaVersion).toBe(SCHEMA_VERSION);
    }
    expect(lines[2]).toMatchObject({ file: broken, error: expect.any(String) });

    const cnil = RegisterReportJson.parse(lines[0]);
    // The untouched CNIL workbook names no organisation: the file name stands in.
    expect(cnil.organisation).toBe("cnil-registre-traitement-simplifie.xlsx");
    expect(cnil.verdict).toBe("not-ready");
    expect(cnil.oldestUpdate).toBeNull();

    const ex = RegisterReportJson.parse(lines[1]);
    expect(ex.verdict).toBe("ready");
    expect(ex.fiches.length).toBeGreaterThan(0);
    for (const f of ex.fiches) expect(f.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ex.oldestUpdate).toBe([...ex.fiches.map((f) => f.updated)].sort()[0]);
    const health = ex.fiches.find((f) => f.health);
    expect(health?.aipd).toBe("likely");
  });

  test("a line that breaks the contract is refused: an unknown severity, a French date, a missing key", () => {
    const report = registerReportJson(
      "r.xlsx",
      buildRegister({ fiches: [buildFiche(cleanFicheSpec("A", "ref-001"))] }),
      validateRegister(buildRegister({ fiches: [buildFiche(cleanFicheSpec("A", "ref-001"))] }), { clock: CLOCK }),
    );
    expect(RegisterReportJson.safeParse(report).success).toBe(true);
    expect(RegisterReportJson.safeParse({ ...report, findings: [{ rule: "x.y", severity: "fatal", sheet: "A", cell: "B4", message: "m" }] }).success).toBe(
      false,
    );
    expect(RegisterReportJson.safeParse({ ...report, oldestUpdate: "01/09/2026" }).success).toBe(false);
    const { organisation: _dropped, ...withoutName } = report;
    expect(RegisterReportJson.safeParse(withoutName).success).toBe(false);
    // A rule this version does not know is accepted: readers keep working when rules are added.
    expect(
      RegisterReportJson.safeParse({ ...report, findings: [{ rule: "future.rule", severity: "info", sheet: "A", cell: "B4", message: "m" }] }).success,
    ).toBe(true);
  });

  test("the JSON Schema `cpts-registre schema` prints names the version, the AIPD ids and ISO dates", () => {
    const schema = JSON.stringify(validateLineJsonSchema());
    expect(schema).toContain("https://json-schema.org/draft/2020-12/schema");
    for (const word of ["schemaVersion", "not-required", "undetermined", "organisation", "oldestUpdate", "processors", "tools"]) expect(schema).toContain(word);
    expect(schema).toContain("^\\\\d{4}-\\\\d{2}-\\\\d{2}$");
    // Readers validating with this schema accept the keys later versions add.
    expect(schema).not.toContain('"additionalProperties":false');
  });
});

describe("what the report says per register and per fiche", () => {
  test("the CPTS's name: the fiches' « Responsable du traitement », else tab 2's organisation, else the file name", () => {
    const fiche = buildFiche(cleanFicheSpec("A", "ref-001", { controller: "CPTS Seine Aval" }));
    expect(organisationName(buildRegister({ fiches: [fiche], controller: { name: "Autre nom" } }), "f.xlsx")).toBe("CPTS Seine Aval");
    const plain = buildFiche(cleanFicheSpec("A", "ref-001", { controller: "" }));
    expect(organisationName(buildRegister({ fiches: [plain], controller: { name: "CPTS du Val" } }), "f.xlsx")).toBe("CPTS du Val");
    expect(organisationName(buildRegister({ fiches: [plain], controller: { name: "" } }), "f.xlsx")).toBe("f.xlsx");
  });

  test("processors are the « Sous-traitants » rows with their précision; health and dates are read from the fiche", () => {
    const fiche = buildFiche(
      healthFicheSpec("Accès MT", "ref-003", {
        created: serial("2026-02-01"),
        updated: "15/10/2026",
        recipients: [
          ["Service interne qui traite les données", "Coordinateur"],
          ["Sous-traitants", "Éditeur du formulaire, hébergeur certifié HDS"],
        ],
      }),
    );
    const members = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { updated: serial("2026-03-01") }));
    const register = buildRegister({ fiches: [fiche, members] });
    const json = registerReportJson("r.xlsx", register, validateRegister(register, { clock: CLOCK }));
    const mt = json.fiches.find((f) => f.sheet === "Accès MT");
    expect(mt).toMatchObject({ health: true, created: "2026-02-01", updated: "2026-10-15", aipd: "likely" });
    expect(mt?.processors).toEqual([
      { kind: "Sous-traitants", detail: "Éditeur du formulaire, hébergeur certifié HDS", cell: expect.stringMatching(/^B\d+$/) },
    ]);
    expect(json.fiches.find((f) => f.sheet === "Adhérents")).toMatchObject({ health: false, processors: [] });
    expect(json.oldestUpdate).toBe("2026-03-01");
  });

  test("health data typed elsewhere counts; the tools a fiche names are listed with the cell that first names them", () => {
    const fiche = buildFiche(
      cleanFicheSpec("Orientation", "ref-004", {
        subPurposes: ["Prise de rendez-vous via Doctolib", "Relances par WhatsApp"],
        data: { personalLife: ["ALD, situation familiale", "3 mois après l'orientation"] },
      }),
    );
    const register = buildRegister({ fiches: [fiche] });
    const json = registerReportJson("r.xlsx", register, validateRegister(register, { clock: CLOCK }));
    expect(json.fiches[0].health).toBe(true);
    expect(json.fiches[0].tools.map((t) => t.name)).toEqual(["Doctolib", "WhatsApp"]);
    expect(json.fiches[0].tools[0].cell).toBe(fiche.subPurposes[0].cell);
  });
});
