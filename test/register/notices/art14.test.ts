/**
 * Data not collected from the person (GDPR art. 14): when the fiche says so (a patient referred by a
 * professional, a directory), when it does not say (possible: ask), the source given by the user, and the
 * professional-secrecy exception (art. 14.5.d) for health data passed on by professionals.
 */
import { bulletsOf, gapsOf, items, noticeFor, noticesOf, sectionText } from "./helpers";

const MT = {
  name: "Accès à un médecin traitant",
  mainPurpose: "Trouver un médecin traitant aux patients du territoire qui n'en ont pas",
  legalBasis: "Mission d'intérêt public (art. 6.1.e)",
  art9Exception: "Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)",
  data: { identity: ["Nom, prénom, date de naissance, téléphone", "Jusqu'à l'attribution d'un médecin traitant + 3 mois"] },
  sensitive: { health: ["ALD (oui/non), besoins de suivi", "Jusqu'à l'attribution d'un médecin traitant + 3 mois"] },
  recipients: [["Service interne qui traite les données", "Coordinatrice, tenue au secret professionnel"]],
} satisfies Parameters<typeof noticesOf>[0];

const SOURCE_GAP =
  "Les données ne sont pas recueillies auprès des personnes elles-mêmes et leur source n'est pas indiquée : précisez d'où elles viennent, la mention doit le dire (article 14 du RGPD).";

describe("patients referred by a professional", () => {
  const spec = { ...MT, persons: [["Patients sans médecin traitant", "Patients adressés par leur pharmacien ou leur infirmier"]] as [string, string][] };

  it("without a source: the notice says it is not known yet, and asks at the top", () => {
    const [n] = noticesOf(spec);
    expect(n.collection).toBe("indirect");
    expect(gapsOf(n, "source")).toEqual([{ message: SOURCE_GAP }]);
    expect(sectionText(n, "source")).toBe("Ces données ne sont pas recueillies auprès de vous ; leur source n'est pas encore précisée.");
  });

  it("with the source the user gives: the notice names it, and no longer asks", () => {
    const [n] = noticesOf(spec, {}, { source: "la fiche de liaison transmise par le professionnel de santé qui vous suit" });
    expect(sectionText(n, "source")).toBe(
      "Ces données ne sont pas toujours recueillies auprès de vous : elles proviennent de la source suivante : la fiche de liaison transmise par le professionnel de santé qui vous suit.",
    );
    expect(gapsOf(n, "source")).toEqual([]);
  });

  it("gives the categories of data, and not whether the person must give them (they are not asked)", () => {
    const [n] = noticesOf(spec);
    expect(bulletsOf(n, "categories")).toEqual([
      "Identité et coordonnées : Nom, prénom, date de naissance, téléphone",
      "Données de santé : ALD (oui/non), besoins de suivi",
    ]);
    expect(items(n)).not.toContain("obligation");
  });

  it("says when the professional-secrecy exception (art. 14.5.d) lets the CPTS not inform each patient", () => {
    const [n] = noticesOf(spec);
    expect(sectionText(n, "secrecy")).toBe(
      "Lorsque vos données sont transmises par un professionnel de santé et doivent rester confidentielles au titre du secret professionnel (article L. 1110-4 du code de la santé publique), CPTS du Val de Seine peut ne pas vous en informer individuellement (article 14.5.d du RGPD) : la présente information reste à votre disposition.",
    );
  });
});

describe("when the fiche does not say where the data come from", () => {
  it("treats indirect collection as possible for patients and professionals, and asks", () => {
    const notices = noticesOf({
      ...MT,
      persons: [
        ["Patients / usagers", ""],
        ["Professionnels de santé non adhérents", ""],
      ],
    });
    for (const n of notices) {
      expect(n.collection).toBe("possibly-indirect");
      expect(gapsOf(n, "source")).toEqual([
        {
          message:
            "La fiche ne dit pas si les données sont recueillies auprès des personnes elles-mêmes ou transmises par quelqu'un d'autre (un professionnel qui adresse un patient, un proche…) : si elles sont transmises, précisez leur source, la mention doit la donner (article 14 du RGPD).",
        },
      ]);
      expect(sectionText(n, "source")).toBe("Lorsque ces données ne sont pas recueillies auprès de vous, leur source vous est indiquée sur simple demande.");
      // Possibly collected from the person: whether giving them is required is still said.
      expect(items(n)).toContain("obligation");
    }
    // Secrecy covers what professionals pass on about patients, not the professionals' own data.
    expect(items(noticeFor(notices, "patients"))).toContain("secrecy");
    expect(items(noticeFor(notices, "professionals"))).not.toContain("secrecy");
  });

  it("reads a relative asking for the patient as possibly indirect", () => {
    const notices = noticesOf({
      ...MT,
      persons: [
        ["Patients sans médecin traitant", ""],
        ["Aidants / proches / personne de confiance", ""],
      ],
    });
    expect(notices.map((n) => [n.audience, n.collection])).toEqual([["patients", "possibly-indirect"]]);
  });

  it("takes a form the patient fills as collected from them: no source, no secrecy part", () => {
    const [n] = noticesOf({ ...MT, persons: [["Patients / usagers", "Formulaire d'inscription rempli par le patient"]] });
    expect(n.collection).toBe("direct");
    expect(items(n)).not.toContain("source");
    expect(items(n)).not.toContain("secrecy");
    expect(gapsOf(n, "source")).toEqual([]);
  });
});

describe("staff and members give their own data", () => {
  it("has no article 14 part unless the fiche says otherwise", () => {
    const [staff] = noticesOf({ ...MT, persons: [["Salariés", ""]] });
    expect(staff.collection).toBe("direct");
    expect(items(staff)).not.toContain("source");
    const [member] = noticesOf({ ...MT, persons: [["Professionnels de santé adhérents", ""]] });
    expect(member.collection).toBe("direct");
  });

  it("takes a professionals' directory as a source of professionals' data", () => {
    const [n] = noticesOf({
      name: "Annuaire des professionnels du territoire",
      mainPurpose: "Annuaire à partir du RPPS",
      persons: [["Professionnels de santé non adhérents", ""]],
    });
    expect(n.collection).toBe("indirect");
    expect(gapsOf(n, "source")).toEqual([{ message: SOURCE_GAP }]);
  });

  it("uses the source the user gives, for any audience", () => {
    const [n] = noticesOf({ ...MT, persons: [["Salariés", ""]] }, {}, { source: "votre dossier transmis par l'ancien employeur" });
    expect(n.collection).toBe("indirect");
    expect(sectionText(n, "source")).toContain("elles proviennent de la source suivante : votre dossier transmis par l'ancien employeur.");
  });
});

describe("the secrecy exception needs health data under secrecy", () => {
  it("is absent without health data", () => {
    const [n] = noticesOf({
      name: "Orientation",
      mainPurpose: "Orienter les patients adressés par leur médecin",
      legalBasis: "Mission d'intérêt public (art. 6.1.e)",
      persons: [["Patients / usagers", ""]],
      data: { identity: ["Nom", "1 an"] },
    });
    expect(n.collection).toBe("indirect");
    expect(items(n)).not.toContain("secrecy");
  });

  it("is there when the fiche says the data are covered by medical secrecy, even without the 9.2.h exception", () => {
    const [n] = noticesOf({
      ...MT,
      art9Exception: "",
      persons: [["Patients / usagers", "Patients signalés par leur médecin, informations couvertes par le secret médical"]],
    });
    expect(items(n)).toContain("secrecy");
  });
});
