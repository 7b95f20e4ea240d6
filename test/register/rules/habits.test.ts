/**
 * The mistakes registers really hold, and the correct habits that must not raise an alarm:
 * health data typed outside its row, tools named in a fiche, retention sentences, art. 9 and art. 49
 * claimed where they cannot apply, a password as the only measure, dates before the GDPR. Each finding
 * is checked at the cell a coordinator would have to change.
 */
import { validateRegister } from "../../../src/register/validate";
import type { Fiche } from "../../../src/register/model";
import { buildFiche, buildRegister, cleanFicheSpec, CLOCK, healthFicheSpec, serial, where, type FicheSpec } from "../../fixtures/registers";

const check = (...fiches: Fiche[]) => validateRegister(buildRegister({ fiches }), { clock: CLOCK });
const at = (fiche: Fiche, cell: string) => `${fiche.sheet}!${cell}`;
const row = (fiche: Fiche, key: string) => [...fiche.dataCategories, ...fiche.sensitiveData].find((r) => r.key === key)!;
const notInfo = (fiche: Fiche) => check(fiche).findings.filter((f) => f.severity !== "info");

describe("health data wherever it is typed", () => {
  const spec: Partial<FicheSpec> = {
    name: "Accès à un médecin traitant",
    persons: [["Autres (préciser)", "Patients sans médecin traitant"]],
    data: {
      identity: ["Nom, prénom, téléphone", "3 mois après l'attribution d'un médecin traitant"],
      personalLife: ["Situation familiale, ALD", "3 mois après l'attribution d'un médecin traitant"],
    },
    recipients: [["Sous-traitants", "Éditeur du formulaire en ligne"]],
    measures: [["Contrôle d'accès des utilisateurs", "Mot de passe"]],
  };
  const fiche = buildFiche(cleanFicheSpec("Accès MT", "ref-002", spec));
  const report = check(fiche);

  test("« ALD » in « Vie personnelle » is a warning at that cell, asking to move it", () => {
    expect(where(report.findings, "health.data-elsewhere")).toEqual([at(fiche, row(fiche, "personalLife").description.cell)]);
    expect(report.findings.find((f) => f.rule === "health.data-elsewhere")?.message).toMatch(/« ALD ».*Données concernant la santé/);
  });

  test("and the fiche is a health-data fiche for every other rule: art. 9, HDS, security, AIPD", () => {
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const r of ["legal.art9-missing", "health.hds-missing", "security.health-weak", "aipd.likely"]) expect(rules).toContain(r);
    expect(report.fiches[0].aipd).toBe("likely");
  });

  test("staff health data (an HR fiche) asks for art. 9 but neither HDS nor an AIPD", () => {
    const hr = buildFiche(
      cleanFicheSpec("RH", "ref-003", {
        name: "Gestion du personnel",
        persons: [["Salariés", ""]],
        data: { identity: ["Nom, prénom", "5 ans après le départ"], personalLife: ["Situation familiale, RQTH", "5 ans après le départ"] },
        recipients: [["Sous-traitants", "Cabinet de paie"]],
        measures: [
          ["Contrôle d'accès des utilisateurs", "Dossiers réservés à la direction"],
          ["Sauvegarde des données", "Sauvegarde chiffrée"],
        ],
      }),
    );
    const r = check(hr);
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toContain("health.data-elsewhere");
    expect(rules).toContain("legal.art9-missing");
    expect(rules).not.toContain("health.hds-missing");
    expect(r.fiches[0].aipd).toBe("not-required");
  });

  test("« vaccination » in a purpose of a fiche with no health data is only a conseil", () => {
    const campaign = buildFiche(
      cleanFicheSpec("Prévention", "ref-004", {
        name: "Campagne de prévention",
        subPurposes: ["Organisation de la campagne de vaccination", "Base légale : intérêt légitime (art. 6.1.f)"],
      }),
    );
    const r = check(campaign);
    expect(r.findings.filter((f) => f.rule.startsWith("health.")).map((f) => [f.rule, f.severity])).toEqual([["health.maybe-in-text", "info"]]);
  });
});

describe("retention as people write it", () => {
  const withRetention = (value: string, spec: Partial<FicheSpec> = {}) =>
    buildFiche(cleanFicheSpec("Adhérents", "ref-002", { ...spec, data: { identity: [spec.data?.identity?.[0] ?? "Nom, prénom, RPPS", value] } }));
  const rulesAt = (fiche: Fiche) =>
    check(fiche)
      .findings.filter((f) => f.cell === row(fiche, "identity").retention.cell && f.rule.startsWith("retention."))
      .map((f) => `${f.rule}:${f.severity}`);

  test.each([
    ["Durée du contrat, puis 5 ans"],
    ["Jusqu'à la démission, puis 1 an"],
    ["3 mois après l'attribution d'un médecin traitant"],
    ["Durée de l'adhésion"],
    ["10 ans (pièces comptables)"],
  ])("« %s » is a retention: nothing to say", (value) => {
    expect(rulesAt(withRetention(value))).toEqual([]);
  });

  test.each([
    ["Conservation définitive", "retention.endless:error"],
    ["99 ans", "retention.endless:error"],
    ["Illimitée", "retention.endless:error"],
    ["Jusqu'à nouvel ordre", "retention.endless:error"],
    ["Durée nécessaire au traitement", "retention.vague:warning"],
    ["Selon la réglementation en vigueur", "retention.vague:warning"],
    ["12", "retention.bare-number:warning"],
  ])("« %s » → %s", (value, expected) => {
    expect(rulesAt(withRetention(value))).toEqual([expected]);
  });

  test("minutes of general assemblies kept for the association's life are only a warning", () => {
    const minutes = withRetention("Conservation permanente", {
      name: "Procès-verbaux d'AG et de CA",
      data: { identity: ["Nom et signature des membres présents", ""] },
    });
    expect(rulesAt(minutes)).toEqual(["retention.endless-archive:warning"]);
  });

  test("a duration more than twice the recommendation names it and its source", () => {
    const recruiting = withRetention("10 ans après l'entretien", { name: "Recrutement", data: { identity: ["CV, lettre de motivation", ""] } });
    expect(rulesAt(recruiting)).toEqual(["retention.too-long:warning"]);
    const message = check(recruiting).findings.find((f) => f.rule === "retention.too-long")?.message ?? "";
    expect(message).toMatch(/10 ans après l'entretien/);
    expect(message).toMatch(/2 ans/);
  });
});

describe("the tools a fiche names", () => {
  const fiche = (spec: Partial<FicheSpec>) => buildFiche(healthFicheSpec("Accès MT", "ref-002", spec));

  test("WhatsApp for patients: not listed, a transfer not described, no HDS offer — at the cell that names it", () => {
    const f = fiche({
      subPurposes: [
        "Échanges avec les médecins par un groupe WhatsApp",
        "Exception art. 9.2.h : prise en charge sanitaire",
        "Base légale : mission d'intérêt public (art. 6.1.e)",
      ],
    });
    const r = check(f);
    const cell = at(f, f.subPurposes[0].cell);
    for (const rule of ["tools.processor-not-listed", "tools.transfer-undescribed", "tools.not-hds"]) expect(where(r.findings, rule)).toEqual([cell]);
    expect(r.findings.find((x) => x.rule === "tools.not-hds")?.message).toMatch(/MSSanté/);
  });

  test("« rendez-vous via Doctolib » with no processor listed: only the missing processor (EU, HDS)", () => {
    const f = fiche({
      subPurposes: [
        "Prise de rendez-vous via Doctolib",
        "Exception art. 9.2.h : prise en charge sanitaire",
        "Base légale : mission d'intérêt public (art. 6.1.e)",
      ],
    });
    expect(
      check(f)
        .findings.filter((x) => x.rule.startsWith("tools."))
        .map((x) => x.rule),
    ).toEqual(["tools.processor-not-listed"]);
  });

  test("Mailchimp listed as a processor, with its transfer to the United States described: nothing to say", () => {
    const newsletter = buildFiche(
      cleanFicheSpec("Lettre", "ref-003", {
        name: "Lettre d'information",
        recipients: [["Sous-traitants", "Mailchimp (envoi de la lettre)"]],
        transfers: [["Intuit Mailchimp", "Etats-Unis", "Clauses contractuelles types (CCT)", "Contrat de traitement Mailchimp"]],
      }),
    );
    expect(check(newsletter).findings.filter((x) => x.rule.startsWith("tools.") || x.rule.startsWith("transfers."))).toEqual([]);
  });

  test("Microsoft 365 hosted in the EU is no transfer: a conseil about its US parent", () => {
    const office = buildFiche(cleanFicheSpec("Bureau", "ref-004", { recipients: [["Sous-traitants", "Microsoft 365 (données hébergées dans l'UE)"]] }));
    expect(
      check(office)
        .findings.filter((x) => x.rule.startsWith("tools."))
        .map((x) => `${x.rule}:${x.severity}`),
    ).toEqual(["tools.us-parent:info"]);
  });
});

describe("legal basis, transfers, security and dates", () => {
  test("art. 9.2.d claimed for patients is a warning at the exception", () => {
    const f = buildFiche(
      healthFicheSpec("Accès MT", "ref-002", {
        legalRows: true,
        legalBasis: "Mission d'intérêt public (art. 6.1.e)",
        art9Exception: "Organisme à but non lucratif, pour ses membres (art. 9.2.d)",
      }),
    );
    expect(where(check(f).findings, "legal.art9-exception-mismatch")).toEqual([at(f, f.art9Exception!.cell)]);
  });

  test("art. 9.2.b for self-employed doctors is a warning; for employees it is right", () => {
    const doctors = buildFiche(
      healthFicheSpec("SNP", "ref-002", {
        legalRows: true,
        legalBasis: "Mission d'intérêt public (art. 6.1.e)",
        art9Exception: "Art. 9.2.b : droit du travail",
        persons: [["Autres (préciser)", "Médecins effecteurs libéraux"]],
      }),
    );
    expect(where(check(doctors).findings, "legal.art9-exception-mismatch")).toEqual([at(doctors, doctors.art9Exception!.cell)]);
    const staff = buildFiche(
      cleanFicheSpec("RH", "ref-003", {
        legalRows: true,
        legalBasis: "Obligation légale (art. 6.1.c)",
        art9Exception: "Art. 9.2.b : droit du travail",
        persons: [["Salariés", ""]],
        sensitive: { health: ["Arrêts de travail", "5 ans après le départ"] },
        measures: [
          ["Contrôle d'accès des utilisateurs", "Réservé à la direction"],
          ["Sauvegarde des données", "Chiffrée"],
        ],
      }),
    );
    expect(where(check(staff).findings, "legal.art9-exception-mismatch")).toEqual([]);
  });

  test("an art. 49 derogation is a warning at the guarantee", () => {
    const f = buildFiche(cleanFicheSpec("Partage", "ref-002", { transfers: [["Éditeur du logiciel (support)", "Inde", "Dérogations (art 49)", ""]] }));
    expect(where(check(f).findings, "transfers.art49-derogation")).toEqual([at(f, f.transfers[0].guarantee.cell)]);
  });

  test("a password as the only measure on health data is a warning at the first measure; two real measures are fine", () => {
    const weak = buildFiche(healthFicheSpec("Accès MT", "ref-002", { measures: [["Contrôle d'accès des utilisateurs", "Mot de passe"]] }));
    const found = check(weak).findings.find((f) => f.rule === "security.health-weak");
    expect(found && `${found.sheet}!${found.cell}`).toBe(at(weak, weak.measures[0].value.cell));
    expect(found?.message).toMatch(/mot de passe/i);
    expect(where(check(buildFiche(healthFicheSpec("Accès MT", "ref-002"))).findings, "security.health-weak")).toEqual([]);
  });

  test("an update before 25/05/2018 is a warning at « Mise à jour »", () => {
    const f = buildFiche(cleanFicheSpec("Ancienne", "ref-002", { created: serial("2016-03-01"), updated: serial("2017-09-12") }));
    expect(where(check(f).findings, "freshness.update-before-2018")).toEqual([at(f, f.updated.cell)]);
  });
});

describe("a careful fiche stays clean", () => {
  test("the clean health fiche of the fixtures raises no error and no warning", () => {
    expect(notInfo(buildFiche(healthFicheSpec("Accès MT", "ref-002")))).toEqual([]);
  });
});
