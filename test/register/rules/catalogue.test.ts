/**
 * The rule catalogue is the one list of rules: every id a rule can emit is in it (seen by running the
 * rules over the example register, the real CNIL workbook and broken registers, and by reading the
 * rules' source), every id referred to anywhere (path, faces, tests) exists, and each entry says what
 * the pane and SESAN need to explain it.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOGUE, isRuleId, pathItemsOf, RULE_IDS, ruleInfo, rulesForCriterion } from "../../../src/register/rules/catalogue";
import { ART30_CRITERIA } from "../../../src/register/rules/criteria";
import { RULE_EXPLANATIONS, ruleExplanation } from "../../../src/register/rules/explanations";
import { loadRuleExplanation } from "../../../src/register";
import { PATH_STEPS } from "../../../src/register/data/path";
import { COMPUTED_PATH_ITEMS } from "../../../src/register/path";
import { validateRegister, validateWorkbook } from "../../../src/register/validate";
import type { Report } from "../../../src/register/findings";
import { readBreaches } from "../../../src/register/breaches/sheet";
import { readRequests } from "../../../src/register/requests/sheet";
import { OWNED_MARKS } from "../../../src/register/ownedSheets";
import { buildExampleRegister } from "../../../src/workbook/template";
import { loadXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { CNIL_XLSX_PATH } from "../../fixtures/cnilWorkbook";
import { buildFiche, buildRegister, CLOCK, cleanFicheSpec, healthFicheSpec, lineFor, serial, withoutSectionTitle } from "../../fixtures/registers";

const ROOT = path.resolve(__dirname, "../../..");
const FAMILIES = [
  "structure",
  "art30",
  "consistency",
  "dropdowns",
  "retention",
  "transfers",
  "health",
  "tools",
  "legal",
  "security",
  "aipd",
  "freshness",
  "breaches",
  "requests",
  "audit",
];
const ID_LITERAL = new RegExp(`["'\`]((?:${FAMILIES.join("|")})\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)["'\`]`, "g");

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p, ext));
    else if (ext.test(entry.name)) out.push(p);
  }
  return out;
}

/** Registers built to break as many rules as possible, each a different way. */
function brokenReports(): Report[] {
  const check = (spec: Parameters<typeof buildRegister>[0]) => validateRegister(buildRegister(spec), { clock: CLOCK });
  const reports: Report[] = [];

  // Article 30 gaps in a fiche; a DPO without contact; no organisation.
  const empty = buildFiche({
    sheet: "Vide",
    name: "Traitement vide",
    ref: "",
    mainPurpose: "",
    persons: [["Autres (préciser)", ""]],
    data: { identity: ["", "5 ans"] },
  });
  const noRetention = buildFiche(cleanFicheSpec("Adhérents", "ref-002", { data: { identity: ["Nom", ""] }, persons: [["", "Adhérents"]] }));
  const nobody = buildFiche(cleanFicheSpec("Personne", "ref-003", { persons: [] }));
  reports.push(check({ fiches: [empty, noRetention, nobody], controller: { name: "" }, dpo: { name: "Martin" } }));

  // Structure: no list tab; a fiche with no sections; no model.
  const noBlocks = buildFiche(cleanFicheSpec("Sans sections", "ref-009", { edit: withoutSectionTitle("Mesures de sécurité") }));
  const unnamed = buildFiche({ sheet: "Copie nommée", ref: "ref-001", mainPurpose: "Gestion des adhérents" });
  reports.push(check({ fiches: [noBlocks, unnamed], noListTab: true, model: false }));
  reports.push(check({ fiches: [buildFiche(cleanFicheSpec("A", "ref-001"))], model: false }));

  // Tab 2 against the fiches: a line without fiche, a line without reference, a name that differs,
  // duplicate references and lines, a sensitive fiche declared "Non", an unused copy, no fiche at all.
  const members = buildFiche(cleanFicheSpec("Adhérents", "ref-002"));
  const health = buildFiche(healthFicheSpec("Accès MT", "ref-003"));
  const twin = buildFiche(cleanFicheSpec("Jumelle", "ref-002"));
  const unlisted = buildFiche(cleanFicheSpec("Oubliée", "ref-007", { name: "Fiche oubliée" }));
  // The model filled in directly: the reader takes the first copy left empty as the blank model, so
  // the second one is the unused copy.
  const blank = buildFiche({ sheet: "Copie vierge" });
  const unused = buildFiche({ sheet: "Copie" });
  const model = buildFiche({ ...cleanFicheSpec("Modèle", "ref-010"), isModelTab: true });
  reports.push(
    check({
      fiches: [members, health, twin, unlisted, blank, unused, model],
      lines: [
        { ...lineFor(members), name: "Adhérents et cotisations" },
        { ...lineFor(members), row: 12 },
        lineFor(health, "Non"),
        { name: "Vidéosurveillance", ref: "ref-099" },
        { name: "Sans référence", ref: "" },
      ],
    }),
  );
  reports.push(check({ fiches: [] }));

  // A line of « Constats écartés » naming a rule that does not exist (read from the sheet, see
  // test/register/setAside.test.ts): it sets nothing aside and is reported at its cell.
  const setAsideBroken = buildRegister({ fiches: [buildFiche(cleanFicheSpec("A", "ref-001"))] });
  setAsideBroken.setAside = { entries: [], problems: [{ sheet: "Constats écartés", cell: "A5", problem: "unknown-rule", rule: "regle.inventee" }] };
  reports.push(validateRegister(setAsideBroken, { clock: CLOCK }));

  // Dropdowns, retention, transfers, health, legal, dates, AIPD.
  const wild = buildFiche(
    healthFicheSpec("Sauvage", "ref-004", {
      created: serial("2026-10-01"),
      updated: serial("2026-01-01"),
      persons: [
        ["salariés", "Salariés"],
        ["Bénévoles", ""],
        ["Clients", "Patients"],
      ],
      recipients: [
        ["Sous-traitants", "Éditeur du logiciel"],
        ["Organisme situé dans un pays tiers", "Prestataire"],
      ],
      data: { identity: ["Nom", "illimitée"], nir: ["NIR", "5"] },
      sensitive: { health: ["Pathologies", "Jusqu'à l'orientation"], union: ["Mandat syndical", "1 an"] },
      transfers: [
        ["Outil", "", "", ""],
        ["Outil", "Etats-Unis", "Privacy shield", ""],
        ["Outil", "Inde", "Pays adéquat", ""],
        ["Outil", "Chine", "Pays adéquat", ""],
        ["Outil", "Etats-Unis", "Pays adéquat", ""],
        ["Outil", "Canada", "Pays adéquat", ""],
        ["Outil", "Royaume-Uni", "Clauses contractuelles types", ""],
      ],
    }),
  );
  const stale = buildFiche(
    cleanFicheSpec("Ancienne", "ref-005", { created: serial("2020-01-01"), updated: "pas de date", mainPurpose: "Gestion", subPurposes: [] }),
  );
  const undated = buildFiche(cleanFicheSpec("Sans date", "ref-006", { created: undefined, updated: undefined }));
  const future = buildFiche(cleanFicheSpec("Futur", "ref-008", { updated: serial("2030-01-01") }));
  const union = buildFiche(cleanFicheSpec("Syndicat", "ref-011", { sensitive: { union: ["Mandat syndical", "1 an"] } }));
  const abroad = buildFiche(
    cleanFicheSpec("Newsletter", "ref-012", { recipients: [["Destinataires dans des pays tiers ou organisations internationales", "Outil US"]] }),
  );
  const crisis = buildFiche(healthFicheSpec("Crise", "ref-013", { name: "Gestion de crise sanitaire" }));
  // A workbook whose own country list calls India adequate (an edited or stale list).
  const wildRegister = buildRegister({
    fiches: [wild, stale, undated, future, union, abroad, crisis],
    lists: { countries: ["Etats-Unis", "Inde", "Canada"] },
    countryZones: ["adéquat", "adéquat", "adéquat"],
  });
  reports.push(validateRegister(wildRegister, { clock: CLOCK }));

  // What people really write: health typed in another row, tools, sentences of retention, art. 9 and
  // 49 claimed wrongly, a password as the only measure, a fiche last updated before the GDPR.
  const habits = buildFiche(
    healthFicheSpec("Habitudes", "ref-014", {
      created: serial("2017-01-01"),
      updated: serial("2017-09-12"),
      subPurposes: ["Échanges sur les patients par WhatsApp", "Art. 9.2.d : organisme à but non lucratif, pour ses membres"],
      data: { identity: ["CV, ALD", "10 ans"], personalLife: ["Handicap", "Durée nécessaire"], economic: ["PV d'AG", "Conservation permanente"] },
      recipients: [["Sous-traitants", "Microsoft 365, hébergeur certifié HDS"]],
      measures: [["Contrôle d'accès des utilisateurs", "Mot de passe"]],
      transfers: [["Éditeur", "Inde", "Dérogations (art 49)", ""]],
    }),
  );
  const activity = buildFiche(
    cleanFicheSpec("Prévention", "ref-015", {
      name: "Campagne de prévention",
      subPurposes: ["Campagne de vaccination antigrippale", "Base légale : intérêt légitime"],
    }),
  );
  reports.push(check({ fiches: [habits, activity] }));

  // The breach register (today 24/11/2026): an incident past its 72 hours, one whose hours run (a day
  // without its time), a high risk with the persons not informed, a risk not notified, dates unreadable or missing.
  const breachSheet = {
    name: "Registre des violations",
    visibility: "Visible" as const,
    values: [
      Array.from({ length: 26 }, (_, i) => (i === 25 ? OWNED_MARKS.breaches : "")),
      [],
      [],
      ["Découverte le"],
      [serial("2026-11-20") + 10 / 24, "Ordinateur volé"],
      ["24/11/2026", "Courriel au mauvais destinataire"],
      [serial("2026-11-01") + 10 / 24, "Rançongiciel", "", "", "Risque élevé", "", serial("2026-11-02")],
      [serial("2026-11-01") + 10 / 24, "Clé perdue", "", "", "Risque", "", "", "pas la peine"],
      ["hier", "Piratage"],
      ["", "Fuite"],
    ],
  };
  const withBreaches = buildRegister({ fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002"))] });
  reports.push(validateRegister({ ...withBreaches, breaches: readBreaches({ sheets: [breachSheet], validations: [] }) }, { clock: CLOCK }));

  // The rights-requests register (today 24/11/2026): a request past its month, one in its last week, an
  // extension announced too late, dates unreadable or missing.
  const requestSheet = {
    name: "Demandes d'exercice des droits",
    visibility: "Visible" as const,
    values: [
      Array.from({ length: 26 }, (_, i) => (i === 25 ? OWNED_MARKS.requests : "")),
      [],
      [],
      ["Reçue le"],
      [serial("2026-09-01"), "M. D.", "Accès"],
      ["26/10/2026", "Mme L.", "Effacement"],
      [serial("2026-09-02"), "X", "Opposition", "", "", "10/11/2026"],
      ["hier", "Y", "Accès"],
      ["", "Z", "Accès"],
    ],
  };
  reports.push(validateRegister({ ...withBreaches, requests: readRequests({ sheets: [requestSheet], validations: [] }) }, { clock: CLOCK }));

  // A cyber self-audit (read from its sheet, see test/register/audit/) more than six months old, with a
  // cell it cannot read, that says there is no tested backup, no HDS hosting and an unrecorded incident.
  const audited = buildRegister({
    fiches: [
      buildFiche(
        healthFicheSpec("Santé", "ref-016", {
          measures: [
            ["Sauvegarde des données", "Disque externe"],
            ["Chiffrement des données", "BitLocker"],
          ],
        }),
      ),
    ],
  });
  audited.audit = {
    runs: [
      {
        sheet: "Auto-diagnostic cyber",
        dateCell: "B5",
        date: serial("2025-01-10"),
        who: "Marie",
        answers: { "bak-restore": "non-testee", "sup-hds": "non", "inc-last-year": "oui-non-note" },
        answerCells: { "inc-last-year": "C30" },
        score: 12,
        level: "insufficient",
      },
    ],
    problems: [{ sheet: "Auto-diagnostic cyber", cell: "C12", problem: "la réponse « peut-être » n'est pas l'une des réponses proposées à cette question" }],
  };
  reports.push(validateRegister(audited, { clock: CLOCK }));
  return reports;
}

describe("the rule catalogue", () => {
  test("every entry belongs to the family its id names and explains itself in French", () => {
    for (const id of RULE_IDS) {
      const info = ruleInfo(id);
      expect(id.startsWith(`${info.family}.`)).toBe(true);
      expect(FAMILIES).toContain(info.family);
      const { why, howToFix } = ruleExplanation(id);
      for (const text of [info.title, why, howToFix]) expect({ id, text: text.trim().length > 10 }).toEqual({ id, text: true });
      if (info.link) expect(info.link.url).toMatch(/^https:\/\/(www\.)?cnil\.fr\//);
    }
  });

  test("each rule's why and how to fix are apart from its entry, one explanation per rule and no other", () => {
    // The verdict (the pane's first load) carries the entries; the prose is loaded when a finding opens.
    expect(Object.keys(RULE_EXPLANATIONS)).toEqual(RULE_IDS);
    for (const id of RULE_IDS) {
      expect(Object.keys(CATALOGUE[id])).not.toContain("why");
      expect(Object.keys(CATALOGUE[id])).not.toContain("howToFix");
      expect(Object.keys(RULE_EXPLANATIONS[id]).sort()).toEqual(["howToFix", "why"]);
    }
  });

  test("the pane's loader gives the same explanation as the catalogue", async () => {
    for (const id of ["art30.fiche.purpose-missing", "breaches.cnil-overdue", "security.health-weak"] as const) {
      await expect(loadRuleExplanation(id)).resolves.toEqual(ruleExplanation(id));
    }
  });

  test("every message template names its cell", () => {
    // Slots a template may read, with plausible values: enough to render each template once.
    const slots = {
      value: "valeur",
      items: ["A", "B"],
      item: "Élément",
      sameSpelling: true,
      label: "État civil",
      detail: "précision",
      patientItem: null,
      block: "Destinataires",
      ref: "ref-001",
      name: "Nom",
      sheet: "Fiche",
      lineName: "A",
      ficheName: "B",
      other: "Autre",
      row: 12,
      country: "Inde",
      note: "pour les organismes privés",
      hasRow: true,
      date: "01/01/2017",
      text: "hier",
      kind: "la gestion des adhérents",
      recommended: "1 an après la fin de l'adhésion",
      source: "CNIL",
      term: "ALD",
      tool: "WhatsApp",
      parent: "Meta",
      suggestion: "une messagerie sécurisée de santé (MSSanté)",
      exception: "9.2.d",
      persons: "les patients",
      passwordOnly: true,
      due: "01/07/2017",
      untested: true,
      noneHeld: false,
      listType: "accompagnement social",
      criteria: ["données de santé", "personnes vulnérables"],
      criterion: "données de santé",
      problem: "unknown-rule",
      rule: "regle.inventee",
      discovered: "05/12/2026 à 14:30",
      deadline: "08/12/2026 à 14:30",
      midnight: "A5",
      hoursLeft: 17,
      received: "05/12/2026",
      firstMonth: "05/01/2027",
      daysLeft: 3,
      risk: "un risque élevé",
      cell: "Z99",
    };
    for (const id of RULE_IDS) {
      const message = (CATALOGUE[id].message as (s: typeof slots) => string)(slots);
      expect(message).toContain("Z99");
      expect(message).not.toMatch(/undefined|\[object/);
    }
  });

  test("the eight article 30 criteria each have the rule that says they are missing", () => {
    expect(ART30_CRITERIA.map((c) => c.id)).toEqual(["name", "ref", "purpose", "persons", "data", "retention", "recipients", "measures"]);
    for (const c of ART30_CRITERIA) {
      expect(rulesForCriterion(c.id).length).toBeGreaterThan(0);
      for (const id of rulesForCriterion(c.id)) expect(ruleInfo(id).severity).toBe("error");
    }
  });

  test("every path item a rule feeds is a workbook item of the 4-step path, and each of those is fed (or computed by the path itself)", () => {
    const workbookItems = PATH_STEPS.flatMap((s) => s.items.filter((i) => i.source === "workbook").map((i) => i.id));
    const fed = new Set(RULE_IDS.flatMap((id) => pathItemsOf(id)));
    for (const item of fed) expect(workbookItems).toContain(item);
    for (const item of workbookItems) expect(fed.has(item as never) || COMPUTED_PATH_ITEMS.has(item)).toBe(true);
    expect([...COMPUTED_PATH_ITEMS].filter((item) => !workbookItems.includes(item))).toEqual([]);
  });

  test("the AIPD screening stays a conseil", () => {
    for (const id of RULE_IDS.filter((i) => i.startsWith("aipd."))) expect(ruleInfo(id).severity).toBe("info");
  });
});

describe("coherence: ids emitted and referred to", () => {
  const sources = filesUnder(path.join(ROOT, "src"), /\.tsx?$/);
  const emittedInSource = new Set<string>();
  for (const file of sources.filter((f) => f.includes(`${path.sep}rules${path.sep}`))) {
    for (const m of fs.readFileSync(file, "utf8").matchAll(/report\(\s*ctx,\s*"([^"]+)"/g)) emittedInSource.add(m[1]);
  }

  test("every id the rules' source reports is in the catalogue", () => {
    expect(emittedInSource.size).toBeGreaterThan(40);
    expect([...emittedInSource].filter((id) => !isRuleId(id))).toEqual([]);
  });

  test("every id emitted on the example register, the CNIL workbook and broken registers is in the catalogue", async () => {
    const reports = [
      ...brokenReports(),
      validateWorkbook(snapshotOf(await buildExampleRegister({ clock: CLOCK })), { clock: CLOCK }),
      validateWorkbook(snapshotOf(await loadXlsx(fs.readFileSync(CNIL_XLSX_PATH))), { clock: CLOCK }),
    ];
    const seen = new Set<string>(reports.flatMap((r) => r.findings.map((f) => f.rule)));
    expect([...seen].filter((id) => !isRuleId(id))).toEqual([]);
    // The broken registers reach nearly every rule the source can report, so the check above means something.
    const unseen = [...emittedInSource].filter((id) => !seen.has(id)).sort();
    expect(unseen).toEqual([]);
    for (const r of reports) for (const f of r.findings) expect(f.severity).toBe(ruleInfo(f.rule).severity);
  });

  test("every rule id written anywhere in the code and the tests exists", () => {
    const files = [...sources, ...filesUnder(path.join(ROOT, "test"), /\.tsx?$/), ...filesUnder(path.join(ROOT, "scripts"), /\.(m?js|ts)$/)];
    const unknown: string[] = [];
    for (const file of files) {
      for (const m of fs.readFileSync(file, "utf8").matchAll(ID_LITERAL)) {
        if (!isRuleId(m[1])) unknown.push(`${path.relative(ROOT, file)}: ${m[1]}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  test("every catalogue entry is reported by some rule: no dead entry", () => {
    expect(RULE_IDS.filter((id) => !emittedInSource.has(id))).toEqual([]);
  });
});
