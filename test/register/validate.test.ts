import { validateRegister, validateSheet } from "../../src/register/validate";
import { completeness, recommendedRetention, retentionTypes, screenAipd } from "../../src/register";
import { buildFiche, buildRegister, cleanFicheSpec, healthFicheSpec, lineFor, LIST_SHEET, MODEL_SHEET, serial, CLOCK } from "../fixtures/registers";

describe("validateRegister", () => {
  test("a clean register is ready: zero errors, zero warnings, each fiche 100 % complete", () => {
    const register = buildRegister({
      fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002")), buildFiche(healthFicheSpec("Accès MT", "ref-003"))],
      dpo: { name: "DPO mutualisé", email: "dpo@exemple.fr" },
    });
    const report = validateRegister(register, { clock: CLOCK });
    expect(report.verdict).toBe("ready");
    // The conseils: an AIPD is likely, and no cyber self-audit is kept yet.
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 2, fiches: 2, setAside: 0 });
    expect(report.findings.map((f) => f.rule)).toEqual(["audit.none", "aipd.likely"]);
    expect(report.fiches).toEqual([
      { sheet: "Adhérents", ref: "ref-002", name: "Gestion des adhérents", completeness: 100, aipd: "not-required" },
      { sheet: "Accès MT", ref: "ref-003", name: "Accès à un médecin traitant", completeness: 100, aipd: "likely" },
    ]);
  });

  test("verdict is not-ready as soon as there is one error; counts add up", () => {
    const fiche = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { mainPurpose: "", data: { identity: ["Nom", "illimitée"] } }));
    const report = validateRegister(buildRegister({ fiches: [fiche] }), { clock: CLOCK });
    expect(report.verdict).toBe("not-ready");
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === "error").length);
    expect(report.summary.warnings).toBe(report.findings.filter((f) => f.severity === "warning").length);
    expect(report.summary.errors + report.summary.warnings + report.summary.infos).toBe(report.findings.length);
  });

  test("findings are sorted by severity, then tab order, then row", () => {
    const a = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { measures: [], mainPurpose: "" }));
    const b = buildFiche(cleanFicheSpec("Zeta", "ref-003", { name: "Autre", ref: "" }));
    const register = buildRegister({ fiches: [a, b], controller: {}, lines: [lineFor(a), { name: "Orphan", ref: "ref-099" }] });
    const report = validateRegister(register, { clock: CLOCK });
    const order = [LIST_SHEET, "Adhérents", "Zeta"];
    for (const severity of ["error", "warning", "info"] as const) {
      const mine = report.findings.filter((f) => f.severity === severity);
      const ranks = mine.map((f) => order.indexOf(f.sheet));
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      const adherents = mine.filter((f) => f.sheet === "Adhérents").map((f) => Number(f.cell.replace(/^[A-Z]+/, "")));
      expect(adherents).toEqual([...adherents].sort((x, y) => x - y));
    }
    const severities = report.findings.map((f) => ["error", "warning", "info"].indexOf(f.severity));
    expect(severities).toEqual([...severities].sort((x, y) => x - y));
    // An explicit sheet order wins (inside the errors, which both fiches have).
    const reversed = validateRegister(register, { clock: CLOCK, sheetOrder: ["Zeta", "Adhérents", LIST_SHEET] });
    expect(reversed.findings[0].sheet).toBe("Zeta");
  });

  test("every finding is on a sheet of the register, with an A1 cell and a French message", () => {
    const fiche = buildFiche(
      healthFicheSpec("Accès MT", "ref-002", { recipients: [["sous-traitants", "Formulaire"]], persons: [], transfers: [["X", "Inde", "Pays adéquat", ""]] }),
    );
    const register = buildRegister({ fiches: [fiche], controller: {}, lines: [] });
    const sheets = new Set([LIST_SHEET, MODEL_SHEET, "Accès MT"]);
    const report = validateRegister(register, { clock: CLOCK });
    expect(report.findings.length).toBeGreaterThan(5);
    for (const f of report.findings) {
      expect(sheets.has(f.sheet)).toBe(true);
      expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
      expect(f.message).toContain(`cellule ${f.cell}`);
      expect(f.rule).toMatch(/^[a-z0-9]+\.[a-z0-9.-]+$/);
    }
  });

  test("a 200-fiche register gets one finding per fiche for each fiche-level mistake, no more", () => {
    // Speed is measured by `npm run bench`, not here; this checks that findings do not multiply.
    const register = buildRegister({
      fiches: Array.from({ length: 200 }, (_, i) => buildFiche(healthFicheSpec(`Fiche ${i}`, `ref-${i}`, { name: `Traitement ${i}`, mainPurpose: "" }))),
      lines: [],
    });
    const report = validateRegister(register, { clock: CLOCK });
    expect(report.summary.fiches).toBe(200);
    expect(report.findings.filter((f) => f.rule === "consistency.fiche-not-listed")).toHaveLength(200);
    expect(report.findings.filter((f) => f.rule === "art30.fiche.purpose-missing")).toHaveLength(200);
  });
});

describe("validateSheet", () => {
  test("gives one fiche's findings, including its tab-2 line's, and nothing from other fiches", () => {
    const a = buildFiche(healthFicheSpec("Accès MT", "ref-002", { mainPurpose: "" }));
    const b = buildFiche(cleanFicheSpec("Adhérents", "ref-003", { measures: [] }));
    const register = buildRegister({ fiches: [a, b], lines: [lineFor(a, "Non"), lineFor(b)], controller: {} });
    const report = validateSheet(register, "Accès MT", { clock: CLOCK });
    const rules = report.findings.map((f) => `${f.rule}@${f.sheet}`);
    expect(rules).toContain("art30.fiche.purpose-missing@Accès MT");
    expect(rules).toContain(`consistency.sensitive-mismatch@${LIST_SHEET}`);
    expect(rules.some((r) => r.endsWith("@Adhérents"))).toBe(false);
    expect(rules.some((r) => r.startsWith("art30.org."))).toBe(false);
    expect(report.fiches.map((f) => f.sheet)).toEqual(["Accès MT"]);
    expect(report.verdict).toBe("not-ready");
  });

  test("on tab 2, gives the findings located on tab 2", () => {
    const a = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
    const report = validateSheet(buildRegister({ fiches: [a], controller: {} }), LIST_SHEET, { clock: CLOCK });
    expect(report.findings.map((f) => f.rule).sort()).toEqual(["art30.org.contact-missing", "art30.org.controller-missing", "audit.none"]);
  });
});

describe("completeness", () => {
  test("100 when the article 30 minimum is met; advice never lowers it", () => {
    const fiche = buildFiche(cleanFicheSpec("A", "ref-002", { subPurposes: [], data: { identity: ["Nom", "illimité"] }, updated: serial("2020-01-01") }));
    expect(completeness(fiche)).toEqual({ score: 100, missing: [] });
  });

  test("names what is missing, in short French", () => {
    const fiche = buildFiche(cleanFicheSpec("A", "ref-002", { mainPurpose: "", recipients: [], data: { identity: ["Nom", ""] } }));
    const c = completeness(fiche);
    expect(c.missing).toEqual(["finalité principale", "durées de conservation", "destinataires"]);
    expect(c.score).toBe(63);
  });

  test("a blank model scores low and lacks everything but its reference", () => {
    const c = completeness(buildFiche({ sheet: "M", ref: "ref-001" }));
    expect(c.missing).toHaveLength(7);
    expect(c.score).toBe(13);
  });
});

describe("screenAipd", () => {
  test("health data of patients: two EDPB criteria (sensitive data, vulnerable persons) → likely, not required", () => {
    expect(screenAipd(buildFiche(healthFicheSpec("A", "r")))).toBe("likely");
    expect(screenAipd(buildFiche(healthFicheSpec("A", "r", { persons: [["Clients", "usagers du service"]] })))).toBe("likely");
    expect(screenAipd(buildFiche(healthFicheSpec("A", "r", { persons: [["Patients / usagers", ""]] })))).toBe("likely");
  });

  test("a type of the CNIL list (crisis and alerts in health matters, social support) with health data → required", () => {
    expect(screenAipd(buildFiche(healthFicheSpec("A", "r", { name: "Gestion de crise sanitaire" })))).toBe("required");
    expect(screenAipd(buildFiche(healthFicheSpec("A", "r", { mainPurpose: "Recueillir les signalements de patients en difficulté" })))).toBe("required");
    expect(screenAipd(buildFiche(healthFicheSpec("A", "r", { subPurposes: ["Accompagnement médico-social des personnes fragiles"] })))).toBe("required");
    // The words alone, with no sensitive data, are not the list's type.
    expect(screenAipd(buildFiche(cleanFicheSpec("A", "r", { name: "Gestion de crise sanitaire" })))).toBe("not-required");
  });

  test("HR of a small organisation follows the CNIL's exemption list, health data included → not-required", () => {
    expect(
      screenAipd(
        buildFiche(
          healthFicheSpec("A", "r", {
            persons: [
              ["Salariés", ""],
              ["Candidats", ""],
            ],
          }),
        ),
      ),
    ).toBe("not-required");
    expect(screenAipd(buildFiche(healthFicheSpec("A", "r", { persons: [["Autres (préciser)", "Stagiaires"]] })))).toBe("not-required");
  });

  test("one criterion (other art. 9 data, or the NIR) → to-examine; members' management → not-required", () => {
    expect(screenAipd(buildFiche(cleanFicheSpec("A", "r", { sensitive: { union: ["Mandat syndical", "1 an"] } })))).toBe("to-examine");
    expect(screenAipd(buildFiche(cleanFicheSpec("A", "r", { data: { nir: ["NIR", "5 ans"] } })))).toBe("to-examine");
    expect(screenAipd(buildFiche(cleanFicheSpec("A", "r")))).toBe("not-required");
  });

  test("a fiche with nothing typed beyond its name → undetermined, not « Non requise »", () => {
    expect(screenAipd(buildFiche({ sheet: "Nouvelle", name: "Nouveau traitement", ref: "ref-009" }))).toBe("undetermined");
  });
});

describe("retention presets", () => {
  test("known types give French text; accents and case are folded; unknown gives undefined", () => {
    expect(recommendedRetention("paie")).toBe("5 ans à compter du versement de la paie");
    expect(recommendedRetention("Adhérents")).toMatch(/adhésion/);
    expect(recommendedRetention("médecin traitant")).toMatch(/3 mois/);
    // A CPTS holds no medical file (reference §4.2): no 20-year « dossier médical » preset.
    expect(recommendedRetention("dossier médical")).toBeUndefined();
    expect(recommendedRetention("cookies")).toMatch(/13 mois/);
    expect(recommendedRetention("licornes")).toBeUndefined();
  });

  test("retentionTypes lists the issue's types", () => {
    const types = retentionTypes();
    for (const t of ["paie", "candidats", "prospects", "adherents", "journaux", "cookies", "video", "comptabilite", "clients", "newsletter", "mt"]) {
      expect(types).toContain(t);
      expect(recommendedRetention(t)).toBeTruthy();
    }
  });
});
