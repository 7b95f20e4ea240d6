/**
 * The file handed to the CNIL's PIA tool: every field its import reads is there (the list below is
 * taken from the tool's source, release v4.1.0), each answer lands on a question of the tool's
 * questionnaire, and the answers say what the fiche says (the CNIL's own example fiche, read from the
 * real workbook), escaped as the tool's editor holds HTML, nothing invented.
 */
import {
  PIA_QUESTIONS,
  PIA_RELEASE,
  PIA_TEXT_QUESTION_IDS,
  buildPiaExport,
  needsAipd,
  piaExportJson,
  piaFileName,
  readRegister,
  type Fiche,
  type PiaExport,
} from "../../../src/register";
import { loadXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { cnilXlsxBytes } from "../../fixtures/cnilWorkbook";
import { clockAt } from "../../fixtures/clocks";
import { buildFiche, cleanFicheSpec, healthFicheSpec } from "../../fixtures/registers";

const clock = clockAt("2026-12-07T10:00:00+01:00");

/**
 * What `importData` of LINCnil/pia reads, release v4.1.0 (tag v4.1.0, commit 29f8ce8, 20/03/2026),
 * src/app/services/pia.service.ts: `importData` reads `data.pia` (refused without it) and these
 * fields of it; `importAnswers` walks `data.answers` (`forEach`), `importMeasures` reads
 * `data.measures.length` then each measure, `importEvaluations` walks `data.evaluations` (`for…of`),
 * `importComments` walks `data.comments` (`forEach`). Fields read only when present are marked
 * optional (`updated_at` of every record, `user_pias` for a server, the structure fields when
 * `structure_id` is set, `evaluation_date` and `estimated_implementation_date`).
 */
const IMPORT_READS = {
  top: ["pia", "answers", "measures", "evaluations", "comments"],
  pia: [
    "name",
    "category",
    "dpo_status",
    "dpo_opinion",
    "concerned_people_opinion",
    "concerned_people_status",
    "concerned_people_searched_opinion",
    "concerned_people_searched_content",
    "rejection_reason",
    "applied_adjustments",
    "created_at",
    "dpos_names",
    "people_names",
    "author_name",
    "evaluator_name",
    "validator_name",
    "structure_id",
    "status",
  ],
  piaOptional: ["updated_at", "user_pias", "structure_data", "structure_name", "structure_sector_name"],
  answer: ["reference_to", "data", "created_at"],
  measure: ["id", "title", "content", "placeholder", "created_at"],
  evaluation: ["status", "reference_to", "action_plan_comment", "evaluation_comment", "gauges", "person_in_charge", "global_status", "created_at"],
  comment: ["description", "reference_to", "for_measure", "created_at"],
} as const;

/** What the import would miss in `data`, read the way `importData` and its helpers read it (paths of the fields absent). */
function missingForImport(data: Record<string, unknown>): string[] {
  const missing: string[] = [];
  const has = (o: object, key: string) => Object.hasOwn(o, key) && (o as Record<string, unknown>)[key] !== undefined;
  for (const k of IMPORT_READS.top) if (!has(data, k)) missing.push(k);
  const pia = data.pia as Record<string, unknown> | undefined;
  if (pia) for (const k of IMPORT_READS.pia) if (!has(pia, k)) missing.push(`pia.${k}`);
  const lists: [string, readonly string[]][] = [
    ["answers", IMPORT_READS.answer],
    ["measures", IMPORT_READS.measure],
    ["evaluations", IMPORT_READS.evaluation],
    ["comments", IMPORT_READS.comment],
  ];
  for (const [name, fields] of lists) {
    const items = data[name];
    if (!Array.isArray(items)) {
      if (has(data, name)) missing.push(`${name} (pas une liste)`);
      continue;
    }
    items.forEach((item: Record<string, unknown>, i) => {
      for (const k of fields) if (!has(item, k)) missing.push(`${name}[${i}].${k}`);
    });
  }
  return missing;
}

let cnilExample: Fiche;
beforeAll(async () => {
  const register = readRegister(snapshotOf(await loadXlsx(cnilXlsxBytes())));
  const found = register.fiches.find((f) => f.kind === "example");
  if (!found) throw new Error("La fiche d'exemple de la CNIL est introuvable.");
  cnilExample = found;
}, 60_000);

const answerText = (file: PiaExport, id: number): string => file.answers.find((a) => a.reference_to === id)?.data.text ?? "";
/** The text a reader sees in the tool, tags and entities aside. */
const seen = (html: string): string =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("the file the PIA tool imports", () => {
  test("names the release it follows", () => {
    expect(PIA_RELEASE).toMatchObject({ repository: "https://github.com/LINCnil/pia", tag: "v4.1.0", commit: expect.stringMatching(/^29f8ce8/) });
  });

  test("has every field the import reads, as JSON (written, then read back)", () => {
    for (const fiche of [cnilExample, buildFiche(healthFicheSpec("Accès MT", "ref-003"))]) {
      const file = JSON.parse(piaExportJson(buildPiaExport(fiche, { clock }))) as Record<string, unknown>;
      expect(missingForImport(file)).toEqual([]);
      // A new PIA: the default questionnaire, being edited, no evaluation nor comment yet.
      expect(file).toMatchObject({ pia: { status: 0, structure_id: null }, evaluations: [], comments: [] });
      const pia = file.pia as Record<string, unknown>;
      for (const k of IMPORT_READS.piaOptional) if (k !== "updated_at") expect(pia[k]).toBeUndefined();
    }
  });

  test("the check above catches a file the import would fail on", () => {
    const file = buildPiaExport(cnilExample, { clock }) as unknown as Record<string, unknown>;
    const { comments: _c, ...withoutComments } = file;
    expect(missingForImport(withoutComments)).toEqual(["comments"]);
    const pia = { ...(file.pia as object) } as Record<string, unknown>;
    delete pia.dpos_names;
    expect(missingForImport({ ...file, pia, measures: [{ title: "x" }] })).toEqual([
      "pia.dpos_names",
      "measures[0].id",
      "measures[0].content",
      "measures[0].placeholder",
      "measures[0].created_at",
    ]);
  });

  test("every answer is keyed by a question of the tool's questionnaire, at most once, with the answer shape of the tool", () => {
    expect(Object.values(PIA_QUESTIONS).sort()).toEqual([...PIA_TEXT_QUESTION_IDS].sort());
    const file = buildPiaExport(cnilExample, { clock });
    const ids = file.answers.map((a) => a.reference_to);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of file.answers) {
      expect(PIA_TEXT_QUESTION_IDS).toContain(a.reference_to);
      expect(a.data).toEqual({ text: expect.any(String), gauge: 0, list: [] });
      expect(a.created_at).toBe("2026-12-07T09:00:00.000Z");
    }
    expect(file.pia.created_at).toBe("2026-12-07T09:00:00.000Z");
  });
});

describe("pre-filled from the CNIL's example fiche « Gestion de la paie »", () => {
  test("the PIA's name, and the DPO named for the validation", () => {
    const file = buildPiaExport(cnilExample, { clock });
    expect(file.pia.name).toBe("Gestion de la paie (RÉF 1 - Exemple)");
    expect(file.pia.dpos_names).toBe("Martin HENRI");
  });

  test("context: the processing, its purposes, the persons, and where it was pre-filled from", () => {
    const file = buildPiaExport(cnilExample, { clock });
    const overview = seen(answerText(file, PIA_QUESTIONS.overview));
    for (const s of [
      "Traitement : Gestion de la paie",
      "RÉF dans le registre : 1 - Exemple",
      "Calcul des rémunérations",
      "Ordre de virement à la banque",
      "Personnes concernées : Salariés",
      `Pré-rempli le 07/12/2026 depuis la fiche « ${cnilExample.sheet} »`,
    ])
      expect(overview).toContain(s);
    const responsibilities = seen(answerText(file, PIA_QUESTIONS.responsibilities));
    expect(responsibilities).toContain("Responsable du traitement : Louise DUPONT, 1 rue Rivoli, 75001 Paris, France");
    expect(responsibilities).toContain("Délégué à la protection des données (DPO) : Martin HENRI");
    const purposes = seen(answerText(file, PIA_QUESTIONS.purposes));
    expect(purposes).toContain("Finalité principale : Gestion de la paie");
    expect(purposes).toContain("Calcul du montant des versements adressés aux organismes sociaux");
  });

  test("data with their retention, recipients, transfers and their guarantee", () => {
    const file = buildPiaExport(cnilExample, { clock });
    const data = seen(answerText(file, PIA_QUESTIONS.data));
    expect(data).toContain("Numéros de sécurité sociale des salariés — conservation : 5 ans à compter du versement de la paie");
    expect(data).toContain("RIB");
    expect(data).toContain("Service interne qui traite les données — Dir. Administrative et Financière");
    expect(data).toContain("Banque d'Andorre");
    expect(seen(answerText(file, PIA_QUESTIONS.retention))).toContain(
      "Durées de conservation : État civil, identité, données d'identification, images… : 5 ans",
    );
    expect(seen(answerText(file, PIA_QUESTIONS.transfers))).toContain(
      "Banque d'Andorre — pays : Andorre — garantie : Clauses contractuelles types (CCT) — documentation : Contrat en date du 23/01/2018",
    );
  });

  test("the measures already in place become the tool's « Mesures existantes ou prévues »", () => {
    const file = buildPiaExport(cnilExample, { clock });
    expect(file.measures.map((m) => m.title)).toEqual(["Mesures de protection des logiciels", "Sauvegarde des données", "Contrôle d'accès des utilisateurs"]);
    expect(file.measures.map((m) => m.id)).toEqual([1, 2, 3]);
    for (const m of file.measures) expect(m).toMatchObject({ content: "", placeholder: "measures.default_placeholder" });
  });

  test("what the fiche does not say is left to the tool, not invented", () => {
    const ids = buildPiaExport(cnilExample, { clock }).answers.map((a) => a.reference_to);
    // No legal basis row, no processor, no tool named in the CNIL's fiche; minimisation, rights, risks are the AIPD's own work.
    for (const q of ["legalBasis", "processors", "supports", "standards", "lifecycle", "minimisation", "information", "consent"] as const)
      expect(ids).not.toContain(PIA_QUESTIONS[q]);
  });
});

describe("a CPTS's health fiche", () => {
  const fiche = buildFiche(
    healthFicheSpec("Accès MT", "ref-003", {
      subPurposes: ["Prise de rendez-vous via Doctolib", "Mission d'intérêt public"],
      measures: [
        ["Contrôle d'accès des utilisateurs", "Accès réservé au coordinateur"],
        ["Autres mesures (préciser)", "Comptes nominatifs & <mots de passe> forts"],
      ],
    }),
  );

  test("needs an AIPD, and the file says why, its processors, the tools named and each measure's précision", () => {
    expect(needsAipd(fiche)).toBe(true);
    expect(needsAipd(buildFiche(cleanFicheSpec("Adhérents", "ref-001")))).toBe(false);
    const file = buildPiaExport(fiche, { clock });
    expect(seen(answerText(file, PIA_QUESTIONS.overview))).toContain(
      "Pourquoi une analyse d'impact : le traitement réunit au moins deux critères du Comité européen de la protection des données",
    );
    expect(seen(answerText(file, PIA_QUESTIONS.processors))).toContain("Sous-traitants — Éditeur du formulaire, hébergeur certifié HDS");
    expect(seen(answerText(file, PIA_QUESTIONS.supports))).toContain("Doctolib");
    expect(seen(answerText(file, PIA_QUESTIONS.data))).toContain("ALD : oui/non");
    expect(file.measures[1]).toMatchObject({
      title: "Autres mesures (préciser)",
      content: "<p>Comptes nominatifs &amp; &lt;mots de passe&gt; forts</p>",
    });
  });

  test("text typed in the register stays text in the tool's editor (HTML escaped)", () => {
    const odd = buildFiche(healthFicheSpec("Accès MT", "ref-003", { name: '<img src=x onerror="alert(1)">' }));
    const text = answerText(buildPiaExport(odd, { clock }), PIA_QUESTIONS.overview);
    expect(text).not.toContain("<img");
    expect(text).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  test("the file's name: RÉF and name, without the characters a file name may not hold", () => {
    expect(piaFileName(fiche)).toBe("AIPD ref-003 Accès à un médecin traitant.json");
    expect(piaFileName(buildFiche(healthFicheSpec("X", "A/B", { name: 'Suivi: "parcours" *?' })))).toBe("AIPD A-B Suivi- -parcours- -.json");
  });
});
