/**
 * One notice per audience the fiche's « Personnes concernées » name, read the way people fill the rows
 * (the dropdown, its précision, sentences), each in its own voice.
 */
import { noticesOf, gapsOf, sectionText, noticeFor } from "./helpers";

const audiences = (persons: [string, string][]) => noticesOf({ persons }).map((n) => n.audience);

describe("who the notices are for", () => {
  it("reads the dropdown and the précision, in a fixed order", () => {
    expect(audiences([["Patients / usagers", ""]])).toEqual(["patients"]);
    expect(audiences([["Salariés", ""]])).toEqual(["staff"]);
    expect(audiences([["Patients sans médecin traitant", ""]])).toEqual(["patients"]);
    expect(audiences([["Professionnels de santé adhérents", "Médecins, infirmiers, kinés"]])).toEqual(["members"]);
    expect(audiences([["Professionnels de santé non adhérents", ""]])).toEqual(["professionals"]);
    expect(audiences([["Autres (préciser)", "Médecins qui adressent un patient"]])).toEqual(["professionals"]);
    expect(audiences([["Aidants / proches / personne de confiance", "La personne qui fait la demande pour le patient"]])).toEqual(["patients"]);
    expect(audiences([["Stagiaires / internes", "Stagiaires accueillis par la coordination"]])).toEqual(["staff"]);
    expect(
      audiences([
        ["Salariés", "La coordinatrice"],
        ["Patients sans médecin traitant", ""],
        ["Membres du bureau / CA", ""],
        ["Autres (préciser)", "Effecteurs du SAS"],
      ]),
    ).toEqual(["patients", "professionals", "members", "staff"]);
  });

  it("finds several audiences in one sentence", () => {
    expect(audiences([["Autres (préciser)", "Patients et aidants, médecins adhérents de la CPTS"]])).toEqual(["patients", "members"]);
  });

  it("writes one notice for the public when the fiche names nobody, and says so at the top", () => {
    for (const persons of [[], [["", "Néant"]]] as [string, string][][]) {
      const notices = noticesOf({ persons });
      expect(notices.map((n) => n.audience)).toEqual(["patients"]);
      expect(gapsOf(notices[0], "audience")).toEqual([
        {
          message:
            "La fiche n'indique pas quelles personnes sont concernées : cette mention est écrite pour le grand public, à relire une fois les catégories de personnes remplies.",
          at: "Fiche!B44",
        },
      ]);
    }
  });

  it("says which persons it could not place, when none is a known audience", () => {
    const [n] = noticesOf({ persons: [["Autres (préciser)", "Élus locaux"]] });
    expect(n.audience).toBe("patients");
    expect(gapsOf(n, "audience")[0].message).toBe(
      "Les personnes concernées (« Élus locaux ») ne sont ni des patients, ni des professionnels, ni des adhérents, ni des salariés : cette mention est écrite pour le grand public, à relire avant de la diffuser.",
    );
  });
});

describe("each audience's voice", () => {
  const notices = noticesOf({
    name: "Lettre d'information",
    persons: [
      ["Patients / usagers", ""],
      ["Professionnels de santé non adhérents", ""],
      ["Professionnels de santé adhérents", ""],
      ["Salariés", ""],
    ],
    legalBasis: "Consentement (art. 6.1.a)",
    recipients: [["Service interne qui traite les données", "Coordination"]],
  });

  it("speaks plainly to a patient", () => {
    const n = noticeFor(notices, "patients");
    expect(n.title).toBe("Vos données personnelles : Lettre d'information");
    expect(n.intro).toBe(
      "Ce document vous explique simplement ce que CPTS du Val de Seine fait des informations qui vous concernent (« Lettre d'information ») et quels sont vos droits.",
    );
    expect(n.sections.map((s) => s.heading)).toContain("Qui peut voir vos données ?");
    expect(sectionText(n, "obligation")).toContain("aucune conséquence sur votre prise en charge");
  });

  it("speaks as a peer to a professional and to a member", () => {
    const pro = noticeFor(notices, "professionals");
    expect(pro.intro).toContain("Entre professionnels du territoire, nous vous devons la transparence");
    expect(pro.sections.map((s) => s.heading)).toContain("Destinataires des données");
    expect(sectionText(pro, "obligation")).toContain("aucune conséquence sur notre collaboration");
    const member = noticeFor(notices, "members");
    expect(member.title).toBe("Information des adhérents sur leurs données : Lettre d'information");
    expect(member.intro).toContain("En tant qu'adhérent, vous trouverez ici ce que notre association, CPTS du Val de Seine");
    expect(sectionText(member, "obligation")).toContain("aucune conséquence sur votre adhésion");
  });

  it("speaks as an employer to its staff", () => {
    const n = noticeFor(notices, "staff");
    expect(n.intro).toContain("Votre employeur, CPTS du Val de Seine, traite des données vous concernant");
    expect(n.sections[0].heading).toBe("Votre employeur, responsable du traitement");
    expect(sectionText(n, "obligation")).toContain("aucune conséquence sur votre contrat de travail ni votre carrière");
  });
});
