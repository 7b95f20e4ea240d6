/**
 * The rights a notice gives, by legal basis (GDPR art. 15–22 and 7.3), whether the basis is chosen in
 * the template's « Base légale » row or written in a sub-purpose the way people write it.
 */
import { rightsFor } from "../../../src/register";
import { bulletsOf, gapsOf, noticesOf, sectionText } from "./helpers";
import type { Notice } from "../../../src/register";

/** The rights' names as the person reads them (« Droit d'accès »…). */
function rightNames(n: Notice): string[] {
  return bulletsOf(n, "rights").map((b) => b.split(" :")[0]);
}

const PATIENTS: [string, string][] = [["Patients / usagers", ""]];

function withRow(legalBasis: string, extra: Parameters<typeof noticesOf>[0] = {}): Notice {
  return noticesOf({ persons: PATIENTS, legalBasis, recipients: [["Service interne qui traite les données", "Coordination"]], ...extra })[0];
}

describe("rights by legal basis", () => {
  it("consent: erasure, portability and withdrawal, no opposition; giving the data is optional", () => {
    const n = withRow("Consentement (art. 6.1.a)");
    expect(rightNames(n)).toEqual([
      "Droit d'accès",
      "Droit de rectification",
      "Droit à l'effacement",
      "Droit à la limitation",
      "Droit à la portabilité",
      "Retrait du consentement",
    ]);
    expect(sectionText(n, "legalBasis")).toBe("Le traitement repose sur votre consentement (article 6.1.a du RGPD), que vous pouvez retirer à tout moment.");
    expect(sectionText(n, "obligation")).toBe(
      "Donner ces données est facultatif. Si vous refusez, ou si vous retirez votre consentement plus tard, cela n'a aucune conséquence sur votre prise en charge.",
    );
  });

  it("contract: erasure and portability, no opposition; the data are needed for the contract (the membership, for a member)", () => {
    const n = noticesOf({
      persons: [["Professionnels de santé adhérents", ""]],
      legalBasis: "Exécution d'un contrat ou de mesures précontractuelles (art. 6.1.b)",
    })[0];
    expect(n.audience).toBe("members");
    expect(rightNames(n)).toEqual(["Droit d'accès", "Droit de rectification", "Droit à l'effacement", "Droit à la limitation", "Droit à la portabilité"]);
    expect(sectionText(n, "obligation")).toBe(
      "Ces données sont nécessaires pour conclure ou exécuter votre adhésion à l'association : sans elles, votre adhésion ne peut pas être enregistrée ni suivie.",
    );
  });

  it("legal obligation: no erasure (and the notice says why), no opposition, no portability; the law requires the data", () => {
    const n = noticesOf({ persons: [["Salariés", ""]], legalBasis: "Obligation légale (art. 6.1.c)" })[0];
    expect(rightNames(n)).toEqual(["Droit d'accès", "Droit de rectification", "Droit à la limitation"]);
    expect(sectionText(n, "rights")).toContain(
      "Le droit à l'effacement ne s'applique pas à ce traitement (article 17.3 du RGPD), car il répond à une obligation légale.",
    );
    expect(sectionText(n, "obligation")).toContain("La loi impose de recueillir ces données : vous êtes tenu de les fournir.");
  });

  it("vital interests: erasure but neither opposition nor portability; the fiche must say whether the data are required", () => {
    const n = withRow("Sauvegarde des intérêts vitaux (art. 6.1.d)");
    expect(rightNames(n)).toEqual(["Droit d'accès", "Droit de rectification", "Droit à l'effacement", "Droit à la limitation"]);
    expect(gapsOf(n, "obligation")).toEqual([
      {
        message: "La fiche ne dit pas si donner ces données est obligatoire ni ce qui se passe en cas de refus : la mention ne peut pas le dire.",
        at: "Fiche!B20",
      },
    ]);
  });

  it("public-interest mission: opposition, no erasure, no portability", () => {
    const n = withRow("Mission d'intérêt public (art. 6.1.e)");
    expect(rightNames(n)).toEqual(["Droit d'accès", "Droit de rectification", "Droit à la limitation", "Droit d'opposition"]);
    expect(sectionText(n, "rights")).toContain("car il relève d'une mission d'intérêt public");
  });

  it("legitimate interest: erasure and opposition, no portability, and the interest pursued", () => {
    const n = noticesOf({
      persons: [["Professionnels de santé adhérents", ""]],
      subPurposes: ["Diffusion de la lettre d'information", "Base légale : intérêt légitime de la CPTS à informer ses membres de la vie de l'association"],
    })[0];
    expect(rightNames(n)).toEqual(["Droit d'accès", "Droit de rectification", "Droit à l'effacement", "Droit à la limitation", "Droit d'opposition"]);
    expect(sectionText(n, "legitimateInterest")).toBe(
      "L'intérêt légitime poursuivi par CPTS du Val de Seine est le suivant : informer ses membres de la vie de l'association.",
    );
    expect(bulletsOf(n, "purposes")).toEqual(["Diffusion de la lettre d'information"]);
  });

  it("health care (art. 9.2.h) takes erasure away whatever the basis", () => {
    const n = withRow("Consentement (art. 6.1.a)", {
      art9Exception: "Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)",
      sensitive: { health: ["Motif de la demande", "1 an"] },
    });
    expect(rightNames(n)).not.toContain("Droit à l'effacement");
    expect(sectionText(n, "rights")).toContain("car les données servent à la prise en charge sanitaire ou à la santé publique");
  });

  it("explicit consent to health data (art. 9.2.a) can be withdrawn", () => {
    const n = withRow("Mission d'intérêt public (art. 6.1.e)", {
      art9Exception: "Consentement explicite (art. 9.2.a)",
      sensitive: { health: ["Vaccinations à jour", "Durée de l'action + 1 an"] },
    });
    expect(rightNames(n)).toContain("Retrait du consentement");
    expect(sectionText(n, "healthException")).toContain("Elles ne sont traitées ici qu'au titre de votre consentement explicite (article 9.2.a du RGPD).");
  });

  it("several bases: a right that holds for one of them says for which", () => {
    const n = noticesOf({
      persons: [["Autres (préciser)", "Adhérents et abonnés non adhérents"]],
      mainPurpose: "Envoi de la lettre d'information",
      subPurposes: ["Adhérents : intérêt légitime (art. 6.1.f), informer les membres de la vie de l'association", "Non-adhérents : consentement (art. 6.1.a)"],
    }).find((x) => x.audience === "members");
    if (!n) throw new Error("no members' notice");
    expect(sectionText(n, "legalBasis")).toBe(
      [
        "Le traitement repose, selon les données et les personnes, sur :",
        "votre consentement (article 6.1.a du RGPD), que vous pouvez retirer à tout moment",
        "l'intérêt légitime de CPTS du Val de Seine (article 6.1.f du RGPD)",
      ].join("\n"),
    );
    expect(sectionText(n, "legitimateInterest")).toBe(
      "L'intérêt légitime poursuivi par CPTS du Val de Seine est le suivant : informer les membres de la vie de l'association.",
    );
    expect(bulletsOf(n, "rights")).toContainEqual(
      expect.stringMatching(/^Droit à la portabilité : .* Ce droit vaut pour les données traitées avec votre consentement\.$/),
    );
    expect(bulletsOf(n, "rights")).toContainEqual(
      expect.stringMatching(/^Droit d'opposition : .* Ce droit vaut pour les données traitées au titre d'un intérêt légitime\.$/),
    );
  });

  it("an unknown basis: only access, rectification and limitation, with the gap at the top", () => {
    const n = withRow("");
    expect(rightNames(n)).toEqual(["Droit d'accès", "Droit de rectification", "Droit à la limitation"]);
    expect(gapsOf(n, "legalBasis")[0].message).toMatch(/^La fiche n'indique pas de base légale : la mention ne peut pas dire sur quoi repose le traitement/);
  });

  it("a basis typed in the row that is none of the six is shown as typed, with a gap", () => {
    const n = withRow("Missions de la CPTS");
    expect(sectionText(n, "legalBasis")).toBe("La fiche indique comme base légale : « Missions de la CPTS ».");
    expect(gapsOf(n, "legalBasis")[0].message).toContain("La base légale « Missions de la CPTS » ne correspond à aucune des six bases du RGPD");
  });
});

describe("rightsFor", () => {
  it("gives each right for the bases it holds for", () => {
    expect(rightsFor(["publicInterest"], ["9.2.h"])).toEqual({
      granted: [{ right: "access" }, { right: "rectification" }, { right: "limitation" }, { right: "opposition" }],
      erasureLimits: ["publicInterest", "healthCare"],
      basisUnknown: false,
    });
    expect(rightsFor([], [])).toEqual({
      granted: [{ right: "access" }, { right: "rectification" }, { right: "limitation" }],
      erasureLimits: [],
      basisUnknown: true,
    });
  });
});

describe("a basis read in the purposes", () => {
  it("counts when the purpose marks it (brackets, an article, « sur la base de »), not when it is the purpose itself", () => {
    const basis = (subPurposes: string[]) => noticesOf({ persons: PATIENTS, subPurposes })[0].sections.find((s) => s.item === "legalBasis")?.paragraphs[0];
    expect(basis(["Envoi de la lettre d'information (consentement)"])).toBe(
      "Le traitement repose sur votre consentement (article 6.1.a du RGPD), que vous pouvez retirer à tout moment.",
    );
    expect(basis(["Coordination des parcours, art 6-1-e RGPD"])).toBe(
      "Le traitement repose sur l'exécution d'une mission d'intérêt public (article 6.1.e du RGPD).",
    );
    expect(basis(["Orientation des patients, sur la base d'une mission de service public (ACI)"])).toBe(
      "Le traitement repose sur l'exécution d'une mission d'intérêt public (article 6.1.e du RGPD).",
    );
    expect(basis(["Recueil du consentement des patients au partage d'informations entre professionnels"])).toBe(
      "La base légale de ce traitement n'est pas encore précisée.",
    );
  });
});

describe("a basis typed by hand in its row", () => {
  const basisOf = (legalBasis: string) => withRow(legalBasis).sections.find((s) => s.item === "legalBasis")?.paragraphs[0];

  it("reads the usual short forms", () => {
    expect(basisOf("art 6-1-e RGPD")).toBe("Le traitement repose sur l'exécution d'une mission d'intérêt public (article 6.1.e du RGPD).");
    expect(basisOf("Accord conventionnel interprofessionnel (ACI)")).toBe(
      "Le traitement repose sur l'exécution d'une mission d'intérêt public (article 6.1.e du RGPD).",
    );
    expect(basisOf("Intérêt public (ACI)")).toBe("Le traitement repose sur l'exécution d'une mission d'intérêt public (article 6.1.e du RGPD).");
    expect(basisOf("Contrat d'adhésion")).toBe("Le traitement repose sur l'exécution d'un contrat ou de mesures précontractuelles (article 6.1.b du RGPD).");
    expect(basisOf("Accord écrit du patient")).toBe(
      "Le traitement repose sur votre consentement (article 6.1.a du RGPD), que vous pouvez retirer à tout moment.",
    );
  });

  it("takes « Néant » as no basis", () => {
    const n = withRow("Néant");
    expect(gapsOf(n, "legalBasis")).toEqual([expect.objectContaining({ at: "Fiche!B18" })]);
  });
});
