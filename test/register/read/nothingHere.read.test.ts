/**
 * « Néant », « N/A », « - », « Aucun transfert hors UE »: what careful people type in rows that do not
 * apply. Read through the whole engine (snapshot → register → checks), they make the row empty: no
 * retention is asked for a « Néant » sensitive row, no country for « Aucun transfert hors UE », no list
 * error for « N/A » in a dropdown; but a block that article 30 needs still counts as missing when it
 * holds only such words.
 */
import { readRegister, validateRegister, type Report } from "../../../src/register";
import { RegisterBook, serial, type FicheData } from "../../fixtures/snapshots";
import { TEST_CLOCK } from "../../fixtures/clocks";

const ORG = { controller: { name: "CPTS des Deux Rives", address: "3 place de la Mairie", email: "contact@cpts-deux-rives.example" } };

const members: FicheData = {
  name: "Gestion des adhérents",
  ref: "ref-002",
  created: serial(2026, 1, 10),
  updated: serial(2026, 9, 1),
  mainPurpose: "Gestion administrative des membres de l'association",
  subPurposes: ["Adhésions et cotisations", "Base légale : exécution du contrat d'adhésion (art. 6.1.b)"],
  data: {
    identity: ["Nom, prénom, RPPS, courriel professionnel", "Jusqu'à la démission, puis 1 an"],
    personalLife: ["Néant", "Néant"],
    economic: ["Cotisations", "10 ans (pièces comptables)"],
    location: ["N/A", ""],
    nir: ["-", "-"],
    health: ["Néant", "Sans objet"],
    criminal: ["Non concerné", ""],
  },
  persons: [
    ["Autres (préciser)", "Professionnels de santé adhérents"],
    ["N/A", ""],
  ],
  recipients: [
    ["Service interne qui traite les données", "Bureau et coordination"],
    ["Aucun", "Pas de sous-traitant"],
  ],
  measures: [
    ["Contrôle d'accès des utilisateurs", "Accès réservé au bureau"],
    ["Sauvegarde des données", "Sauvegarde hebdomadaire chiffrée"],
  ],
  transfers: [{ recipient: "Aucun transfert hors UE" }, { recipient: "-", country: "-", guarantee: "-" }],
};

function check(fiche: FicheData): { report: Report; register: ReturnType<typeof readRegister> } {
  const snap = RegisterBook.cnil().fillOrganisation(ORG).addFiche(fiche, { listLine: true, sensitive: "Non" }).snapshot();
  const register = readRegister(snap);
  return { report: validateRegister(register, { clock: TEST_CLOCK }), register };
}

const notInfo = (r: Report) => r.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

describe("« nothing here » reads as an empty row", () => {
  test("a careful fiche full of « Néant », « N/A », « - » and « Aucun transfert hors UE » is ready, with no warning", () => {
    const { report } = check(members);
    expect(notInfo(report)).toEqual([]);
    expect(report.verdict).toBe("ready");
  });

  test("the words are kept for the messages, the value reads as empty", () => {
    const fiche = check(members).register.fiches.find((f) => f.kind === "fiche");
    const health = fiche?.sensitiveData.find((r) => r.key === "health") ?? fiche?.dataCategories.find((r) => r.key === "health");
    expect(health?.description).toMatchObject({ value: "", said: "Néant" });
    expect(fiche?.transfers[0].recipient).toMatchObject({ value: "", said: "Aucun transfert hors UE" });
  });

  test("real values are not mistaken for « nothing »: « Patients sans médecin traitant », « Non adhérents »", () => {
    const fiche = check({
      ...members,
      persons: [
        ["Autres (préciser)", "Patients sans médecin traitant"],
        ["Autres (préciser)", "Non adhérents"],
      ],
    }).register.fiches.find((f) => f.kind === "fiche");
    expect(fiche?.persons.map((p) => p.detail.value)).toEqual(expect.arrayContaining(["Patients sans médecin traitant", "Non adhérents"]));
  });

  test("where article 30 needs a block, « Néant » alone still leaves it missing", () => {
    const { report } = check({ ...members, persons: [["Néant", "N/A"]], measures: [["-", "Aucune mesure"]] });
    const rules = report.findings.filter((f) => f.severity === "error").map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["art30.fiche.persons-missing", "art30.fiche.measures-missing"]));
    expect(report.verdict).toBe("not-ready");
  });

  test("« Néant » as the retention of a described category is no retention", () => {
    const { report } = check({ ...members, data: { ...members.data, economic: ["Cotisations", "Néant"] } });
    expect(report.findings.filter((f) => f.rule === "art30.fiche.retention-missing").length).toBe(1);
  });
});
