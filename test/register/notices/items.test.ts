/**
 * Each article 13 item of a notice, from fiches filled the way people fill them (sentences, « Néant »,
 * half-filled rows), and the gap said at the top, with its cell, for each item a fiche lacks.
 */
import { bulletsOf, gapsOf, items, noticesOf, sectionText } from "./helpers";
import type { Notice } from "../../../src/register";

const PATIENTS: [string, string][] = [["Patients / usagers", ""]];
const RECIPIENTS: [string, string][] = [["Service interne qui traite les données", "Coordinatrice de la CPTS"]];

function one(spec: Parameters<typeof noticesOf>[0], register: Parameters<typeof noticesOf>[1] = {}): Notice {
  return noticesOf({ persons: PATIENTS, recipients: RECIPIENTS, legalBasis: "Mission d'intérêt public (art. 6.1.e)", ...spec }, register)[0];
}

// The template's « Base légale » and « Exception article 9 » rows sit under the main purpose (B18, B19):
// the blocks below are two rows lower than in the CNIL's model.
describe("controller and DPO", () => {
  it("takes the organisation from tab 2 when the fiche's row is empty, with its contact details", () => {
    const n = one(
      {},
      { controller: { name: "CPTS Seine Aval", address: "3 place du Marché", postcode: "78200", city: "Mantes-la-Jolie", email: "rgpd@cpts-seine-aval.fr" } },
    );
    expect(sectionText(n, "controller")).toBe(
      "Le responsable du traitement est CPTS Seine Aval.\nCoordonnées : par courriel à rgpd@cpts-seine-aval.fr, par courrier à l'adresse 3 place du Marché, 78200 Mantes-la-Jolie.",
    );
    expect(gapsOf(n, "controller")).toEqual([]);
  });

  it("prefers the fiche's own « Responsable du traitement » row", () => {
    const n = one({ controller: "Association CPTS Nord 78" });
    expect(sectionText(n, "controller")).toContain("Le responsable du traitement est Association CPTS Nord 78.");
    // Its row gives no contact: tab 2's address and e-mail are the organisation's.
    expect(sectionText(n, "controller")).toContain("par courriel à contact@cpts-exemple.fr");
  });

  it("names the joint controllers of the fiche's row and the representative in the Union", () => {
    const n = one({
      edit: (book, sheet) =>
        book.set(sheet, "B14", "Ville de Mantes-la-Jolie (service santé)").set(sheet, "B13", "EU Rep Santé").set(sheet, "H13", "rep@eurep.eu"),
    });
    expect(sectionText(n, "controller")).toContain("Il le met en œuvre conjointement avec : Ville de Mantes-la-Jolie (service santé).");
    expect(sectionText(n, "controller")).toContain("Son représentant dans l'Union européenne est EU Rep Santé (par courriel à rep@eurep.eu).");
  });

  it("says at the top when nobody is named, and when nobody can be reached", () => {
    const n = one({}, { controller: {} });
    expect(gapsOf(n, "controller")).toEqual([
      {
        message:
          "La fiche n'indique pas qui est responsable du traitement (ni sa ligne « Responsable du traitement », ni l'en-tête de l'onglet 2) : la mention ne peut pas dire qui traite les données.",
        at: "Fiche!B10",
      },
    ]);
    expect(gapsOf(n, "exercise")).toEqual([
      {
        message:
          "Ni la fiche ni l'onglet 2 ne donnent d'adresse ou de courriel du responsable du traitement : la mention ne peut pas dire comment le joindre ni où exercer ses droits.",
        at: "Fiche!H10",
      },
    ]);
    expect(sectionText(n, "controller")).toBe("Le responsable du traitement n'est pas encore précisé.");
    expect(sectionText(n, "exercise")).toContain("Pour exercer vos droits ou poser une question sur vos données, adressez-vous au responsable du traitement.");
    expect(sectionText(n, "recipients")).not.toContain("undefined");
  });

  it("sends the person to the DPO of tab 2 when there is one, and says nothing of a DPO when there is none", () => {
    const withDpo = one({}, { dpo: { name: "Martin", firstName: "Claire", company: "DPO Santé Conseil", email: "dpo@sante-conseil.fr" } });
    expect(sectionText(withDpo, "dpo")).toBe(
      "Un délégué à la protection des données (DPO) a été désigné : Claire Martin (société DPO Santé Conseil).\nCoordonnées : par courriel à dpo@sante-conseil.fr.",
    );
    expect(sectionText(withDpo, "exercise")).toContain(
      "adressez-vous à notre délégué à la protection des données, Claire Martin : par courriel à dpo@sante-conseil.fr.",
    );
    expect(items(one({}))).not.toContain("dpo");
  });

  it("asks for the DPO's contact details when only a name is given", () => {
    const n = one({ dpo: "Claire Martin" });
    expect(gapsOf(n, "dpo")).toEqual([
      {
        message: "La fiche nomme un délégué à la protection des données (DPO) sans ses coordonnées : la mention ne peut pas dire comment le joindre.",
        at: "Fiche!H11",
      },
    ]);
    // The person still writes to the controller, who can be reached.
    expect(sectionText(n, "exercise")).toContain("adressez-vous à CPTS du Val de Seine : par courriel à contact@cpts-exemple.fr");
  });
});

describe("purposes", () => {
  it("lists the main purpose and the sub-purposes, not the rows that state the basis or the art. 9 exception", () => {
    const n = one({
      legalBasis: undefined,
      mainPurpose: "Organiser la réponse aux demandes de soins non programmés",
      subPurposes: ["Planning des créneaux", "Base légale : mission de service public (ACI)", "Exception art. 9 : prise en charge sanitaire (9.2.h)", "Néant"],
    });
    expect(bulletsOf(n, "purposes")).toEqual(["Organiser la réponse aux demandes de soins non programmés", "Planning des créneaux"]);
    expect(sectionText(n, "legalBasis")).toBe("Le traitement repose sur l'exécution d'une mission d'intérêt public (article 6.1.e du RGPD).");
  });

  it("says at the top when there is no main purpose", () => {
    const n = one({ mainPurpose: "" });
    expect(gapsOf(n, "purposes")).toEqual([
      { message: "La fiche n'indique pas de finalité : la mention ne peut pas dire à quoi servent les données.", at: "Fiche!B17" },
    ]);
  });
});

describe("legitimate interest", () => {
  it("is a gap when the fiche chooses it without saying what interest", () => {
    const n = one({ legalBasis: "Intérêt légitime (art. 6.1.f)" });
    expect(gapsOf(n, "legitimateInterest")[0].message).toBe(
      "La fiche indique l'intérêt légitime comme base légale sans dire quel intérêt est poursuivi : la mention ne peut pas l'expliquer. Écrivez-le, par exemple « Intérêt légitime poursuivi : informer les adhérents de la vie de l'association ».",
    );
    expect(sectionText(n, "legitimateInterest")).toBe("L'intérêt légitime poursuivi n'est pas encore précisé.");
  });

  it("is read in a sub-purpose « Intérêt poursuivi : … »", () => {
    const n = one({ legalBasis: "Intérêt légitime (art. 6.1.f)", subPurposes: ["Intérêt poursuivi : faire connaître l'offre de soins du territoire"] });
    expect(sectionText(n, "legitimateInterest")).toBe(
      "L'intérêt légitime poursuivi par CPTS du Val de Seine est le suivant : faire connaître l'offre de soins du territoire.",
    );
    expect(gapsOf(n, "legitimateInterest")).toEqual([]);
  });
});

describe("health data: the art. 9 exception", () => {
  it("is said plainly when the template's row gives it", () => {
    const n = one({
      art9Exception: "Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)",
      sensitive: { health: ["ALD oui/non", "6 mois"] },
    });
    expect(sectionText(n, "healthException")).toContain(
      "sous la responsabilité d'un professionnel tenu au secret professionnel (articles 9.2.h et 9.3 du RGPD)",
    );
  });

  it("is read in a sub-purpose when the workbook has no row for it", () => {
    const n = one({
      legalBasis: undefined,
      subPurposes: ["Base légale : mission d'intérêt public", "Exception : art. 9.2.h (prise en charge sanitaire)"],
      sensitive: { health: ["Besoins de suivi", "1 an"] },
    });
    expect(sectionText(n, "healthException")).toContain("au titre de la prise en charge sanitaire ou sociale");
  });

  it("is a gap when health data are listed without it, even typed in another row", () => {
    const n = one({ art9Exception: "Non applicable (pas de données sensibles)", data: { personalLife: ["Situation familiale, ALD", "1 an"] } });
    expect(gapsOf(n, "healthException")).toEqual([
      {
        message:
          "La fiche indique des données de santé ou d'autres données sensibles sans dire quelle exception de l'article 9 du RGPD permet de les traiter : la mention ne peut pas le dire.",
        at: expect.stringMatching(/^Fiche!B\d+$/),
      },
    ]);
  });

  it("has no part at all when there is no sensitive data", () => {
    expect(items(one({ data: { identity: ["Nom, prénom", "1 an"] } }))).not.toContain("healthException");
  });
});

describe("recipients and transfers", () => {
  it("names each recipient in plain words, with its précision", () => {
    const n = one({
      recipients: [
        ["Sous-traitants", "Hébergeur certifié HDS"],
        ["Partenaires institutionnels ou commerciaux", "CPAM (indicateurs anonymisés)"],
        ["Autre (Préciser)", "Médecins receveurs"],
      ],
    });
    expect(bulletsOf(n, "recipients")).toEqual([
      "Prestataires agissant pour notre compte (sous-traitants) : Hébergeur certifié HDS",
      "Partenaires : CPAM (indicateurs anonymisés)",
      "Médecins receveurs",
    ]);
  });

  it("says nobody else receives the data when the fiche says « Néant », and asks when it says nothing", () => {
    expect(sectionText(one({ recipients: [["", "Néant"]] }), "recipients")).toBe(
      "Vos données ne sont communiquées à personne en dehors de CPTS du Val de Seine.",
    );
    const none = one({ recipients: [] });
    expect(gapsOf(none, "recipients")).toEqual([
      { message: "La fiche n'indique pas de destinataires : la mention ne peut pas dire qui reçoit les données.", at: "Fiche!B50" },
    ]);
  });

  it("gives each transfer with its country and guarantee, and asks for a missing guarantee", () => {
    const n = one({
      transfers: [
        ["Outil d'e-mailing", "Etats-Unis", "EU-US Data Privacy Framework (organisme certifié)", "https://www.dataprivacyframework.gov"],
        ["Visioconférence", "Canada", "", ""],
      ],
    });
    expect(bulletsOf(n, "transfers")).toEqual([
      "Outil d'e-mailing (Etats-Unis) : EU-US Data Privacy Framework (organisme certifié) ; document : https://www.dataprivacyframework.gov",
      "Visioconférence (Canada) : garantie non précisée",
    ]);
    expect(gapsOf(n, "transfers")).toEqual([
      {
        message:
          "La fiche indique un transfert hors de l'Union européenne (Visioconférence) sans dire sur quelle garantie il repose : la mention ne peut pas la nommer.",
        at: "Fiche!D62",
      },
    ]);
  });

  it("says the data stay in the Union when no transfer is described, or the row says « Aucun transfert hors UE »", () => {
    expect(sectionText(one({}), "transfers")).toBe("Vos données ne sont pas transférées hors de l'Union européenne.");
    expect(sectionText(one({ transfers: [["Aucun transfert hors UE", "", "", ""]] }), "transfers")).toBe(
      "Vos données ne sont pas transférées hors de l'Union européenne.",
    );
  });

  it("asks where the data go when a recipient is in a third country but no transfer is described", () => {
    const n = one({ recipients: [["Destinataires dans des pays tiers ou organisations internationales", "Hébergeur du site"]] });
    expect(gapsOf(n, "transfers")[0]).toMatchObject({ at: "Fiche!B61" });
    expect(items(n)).not.toContain("transfers");
  });
});

describe("retention per category", () => {
  it("gives each category's retention as typed, and asks for a missing or vague one", () => {
    const n = one({
      data: {
        identity: ["Nom, prénom, téléphone", "Jusqu'à l'attribution d'un médecin traitant + 3 mois"],
        personalLife: ["Composition du foyer", "Néant"],
        location: ["Adresse du domicile", "Durée nécessaire"],
      },
    });
    expect(bulletsOf(n, "retention")).toEqual([
      "Identité et coordonnées (Nom, prénom, téléphone) : Jusqu'à l'attribution d'un médecin traitant + 3 mois",
      "Vie personnelle (Composition du foyer) : durée non précisée",
      "Données de localisation (Adresse du domicile) : Durée nécessaire",
    ]);
    expect(gapsOf(n, "retention")).toEqual([
      { message: "La fiche n'indique pas combien de temps sont gardées les données « Vie personnelle » : la mention ne peut pas le dire.", at: "Fiche!E28" },
      {
        message:
          "La durée « Durée nécessaire » ne dit pas combien de temps sont gardées les données « Données de localisation » : la mention ne peut pas le dire aux personnes.",
        at: "Fiche!E31",
      },
    ]);
  });

  it("asks for the data when no category is described", () => {
    const n = one({ data: {} });
    expect(gapsOf(n, "categories")).toEqual([
      {
        message:
          "La fiche n'indique aucune catégorie de données : la mention ne peut pas dire quelles données sont traitées ni combien de temps elles sont gardées.",
        at: "Fiche!B27",
      },
    ]);
  });
});

describe("obligation, exercise, complaint, post-mortem", () => {
  it("quotes what the fiche says about giving the data when the basis does not settle it", () => {
    const n = one({ subPurposes: ["Inscription facultative : sans ces informations, la CPTS ne peut pas proposer de médecin"] });
    expect(sectionText(n, "obligation")).toBe(
      "La fiche précise : « Inscription facultative : sans ces informations, la CPTS ne peut pas proposer de médecin ».",
    );
    expect(gapsOf(n, "obligation")).toEqual([]);
  });

  it("tells how to exercise the rights, the answer's delay, the CNIL's address and the directives after death", () => {
    const n = one({});
    expect(sectionText(n, "exercise")).toContain("Une réponse vous est apportée dans un délai d'un mois à compter de la réception de votre demande.");
    expect(sectionText(n, "complaint")).toBe(
      "Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés (CNIL) : en ligne sur https://www.cnil.fr/fr/plaintes, ou par courrier à CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.",
    );
    expect(sectionText(n, "postMortem")).toBe(
      "Vous pouvez définir des directives sur la conservation, l'effacement et la communication de vos données après votre décès, et désigner une personne chargée de les exécuter (article 85 de la loi Informatique et Libertés).\nLes directives qui concernent ce traitement peuvent nous être adressées : par courriel à contact@cpts-exemple.fr, par courrier à l'adresse 12 rue des Tilleuls.",
    );
  });

  it("is complete, with no gap, for a fiche that says everything", () => {
    const n = noticesOf({
      persons: [["Professionnels de santé adhérents", "Médecins, infirmiers, pharmaciens du territoire"]],
      mainPurpose: "Gestion administrative des membres de l'association",
      subPurposes: ["Adhésions et cotisations", "Convocations aux assemblées générales"],
      legalBasis: "Exécution d'un contrat ou de mesures précontractuelles (art. 6.1.b)",
      data: {
        identity: ["Nom, prénom, profession, RPPS, adresse professionnelle", "Durée de l'adhésion + 3 ans"],
        economic: ["Cotisation", "10 ans (pièces comptables)"],
      },
      recipients: [["Service interne qui traite les données", "Bureau et coordination"]],
    })[0];
    expect(n.gaps).toEqual([]);
    expect(items(n)).toEqual([
      "controller",
      "purposes",
      "legalBasis",
      "recipients",
      "transfers",
      "retention",
      "obligation",
      "rights",
      "exercise",
      "complaint",
      "postMortem",
    ]);
  });
});
