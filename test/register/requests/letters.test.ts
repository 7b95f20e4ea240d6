/**
 * The model letters of a request, filled from its line, the fiche it names and the CPTS of tab 2: the
 * acknowledgement with the deadline, the answer with what an access request must be told (art. 15), the
 * extension with its reasons and new deadline, the refusal with its reasons and the right to complain to
 * the CNIL. What the register does not say is marked in the letter and listed, never invented.
 */
import { LETTER_KINDS, requestLetter, serialOfDay, type RequestEntry } from "../../../src/register";
import { buildFiche, buildRegister, cleanFicheSpec } from "../../fixtures/registers";
import { dayClock } from "../../fixtures/clocks";

const day = (d: number, m: number, y: number): number => serialOfDay(y, m, d) as number;
const clock = dayClock(2026, 12, 7);

const register = buildRegister({
  fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002", { controller: "CPTS du Val de Seine" }))],
  controller: { name: "CPTS du Val de Seine", address: "12 rue des Tilleuls", postcode: "78200", city: "Mantes-la-Jolie", email: "contact@cpts-exemple.fr" },
  dpo: { name: "Durand", firstName: "Claire", email: "dpo@cpts-exemple.fr" },
});

function line(extra: Partial<RequestEntry> = {}): RequestEntry {
  return {
    sheet: "Demandes d'exercice des droits",
    row: 5,
    received: day(5, 12, 2026),
    receivedCell: "A5",
    person: "Dr Martin",
    rights: ["access"],
    rightsText: "Accès",
    ficheRef: "REF-002 ",
    identityChecked: "Oui",
    extendedOn: null,
    extendedCell: "F5",
    answered: null,
    answeredCell: "G5",
    answeredText: "",
    outcome: "unknown",
    outcomeText: "",
    reasons: "",
    ...extra,
  };
}

describe("model letters", () => {
  test("the acknowledgement: who writes, to whom, the request and its deadline, no gap", () => {
    const letter = requestLetter("acknowledgement", register, line(), { clock });
    expect(letter.title).toBe("Accusé de réception");
    expect(letter.gaps).toEqual([]);
    expect(letter.text).toContain("CPTS du Val de Seine\n12 rue des Tilleuls\n78200 Mantes-la-Jolie");
    expect(letter.text).toContain("À l'attention de Dr Martin");
    expect(letter.text).toContain("Mantes-la-Jolie, le 07/12/2026");
    expect(letter.text).toContain(
      "Nous avons bien reçu, le 05/12/2026, votre demande d'exercice de votre droit d'accès concernant le traitement « Gestion des adhérents ».",
    );
    expect(letter.text).toContain("au plus tard le 05/01/2027");
    expect(letter.text).toContain("contact@cpts-exemple.fr, notre délégué à la protection des données, Claire Durand (dpo@cpts-exemple.fr)");
    expect(letter.text).not.toContain("pièce d'identité");
  });

  test("identity not checked yet: the acknowledgement asks for a way to recognise the person", () => {
    expect(requestLetter("acknowledgement", register, line({ identityChecked: "" }), { clock }).text).toContain("la demande vient bien de vous");
  });

  test("the answer to an access request tells the fiche's purposes, data, retention and recipients", () => {
    const text = requestLetter("answer", register, line(), { clock }).text;
    expect(text).toContain("une copie des données personnelles vous concernant");
    expect(text).toContain("- finalités : Gestion administrative des membres de l'association ; Adhésions et cotisations");
    expect(text).toMatch(/- durée de conservation : .*Durée de l'adhésion/);
    expect(text).toContain("10 ans (pièces comptables)");
    expect(text).toContain("- destinataires : Service interne qui traite les données (Bureau et coordination)");
    expect(text).toContain("réclamation auprès de la CNIL");
  });

  test("an erasure answer says the recipients were told (art. 19)", () => {
    const text = requestLetter("answer", register, line({ rights: ["erasure"] }), { clock }).text;
    expect(text).toContain("ont été effacées");
    expect(text).toContain("informé les destinataires");
  });

  test("the extension: its reasons from the line and the deadline three months from receipt", () => {
    const letter = requestLetter("extension", register, line({ extendedOn: day(7, 12, 2026), reasons: "Prolongation : Archives papier à rechercher" }), {
      clock,
    });
    expect(letter.text).toContain("pour la raison suivante : Archives papier à rechercher");
    expect(letter.text).toContain("nous vous répondrons au plus tard le 05/03/2027");
    expect(letter.gaps).toEqual([]);
  });

  test("the refusal: its reasons and the right to complain to the CNIL and go to court", () => {
    const letter = requestLetter("refusal", register, line({ rights: ["erasure"] }), {
      clock,
      reasons: "Les données doivent être conservées 10 ans (obligation comptable).",
    });
    expect(letter.text).toContain("Nous ne pouvons pas y donner suite, pour la raison suivante : Les données doivent être conservées 10 ans");
    expect(letter.text).toContain("www.cnil.fr/fr/plaintes");
    expect(letter.text).toContain("3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07");
    expect(letter.text).toContain("recours devant la juridiction compétente");
  });

  test("what the register does not say is marked and listed, never invented", () => {
    const bare = buildRegister({ fiches: [], controller: {} });
    const letter = requestLetter("refusal", bare, line({ ficheRef: "" }), { clock });
    expect(letter.gaps).toEqual([
      "le nom de la CPTS (« Responsable du traitement » de la fiche ou de l'onglet 2)",
      "l'adresse de la CPTS",
      "les raisons",
      "un moyen de contact (courriel ou téléphone)",
    ]);
    expect(letter.text).toContain("[à compléter : les raisons]");
    expect(requestLetter("answer", bare, line({ ficheRef: "" }), { clock }).gaps).toContain(
      "les informations du traitement (finalités, destinataires, durée de conservation)",
    );
  });

  test("every kind is offered in order", () => {
    expect(LETTER_KINDS).toEqual(["acknowledgement", "extension", "answer", "refusal"]);
  });
});
