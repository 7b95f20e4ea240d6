/**
 * The CNIL's own example fiche (« Gestion de la paie », tab 4 of the real workbook): the notice its
 * salaried staff would read, and what the fiche does not say.
 */
import * as fs from "fs";
import { loadXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { buildNotices, noticeText, readRegister, type Notice } from "../../../src/register";
import { CNIL_XLSX_PATH } from "../../fixtures/cnilWorkbook";
import { CNIL_SHEETS } from "../../fixtures/snapshots";
import { bulletsOf, gapsOf, items, sectionText } from "./helpers";

let notices: Notice[];

beforeAll(async () => {
  const register = readRegister(snapshotOf(await loadXlsx(fs.readFileSync(CNIL_XLSX_PATH))));
  const example = register.fiches.find((f) => f.sheet === CNIL_SHEETS.example);
  if (!example) throw new Error("no example fiche");
  notices = buildNotices(register, example, {});
});

describe("the notice of the CNIL's example fiche (payroll)", () => {
  it("is one notice, to the staff, in an employer's voice, about the fiche", () => {
    expect(notices.map((n) => n.audience)).toEqual(["staff"]);
    const [n] = notices;
    expect(n).toMatchObject({ sheet: CNIL_SHEETS.example, ficheRef: "1 - Exemple", ficheName: "Gestion de la paie", collection: "direct" });
    expect(n.title).toBe("Information des salariés sur leurs données : Gestion de la paie");
    expect(n.intro).toContain("Votre employeur, Louise DUPONT, traite des données vous concernant");
  });

  it("names the controller of the fiche's row with its contact details, and the DPO", () => {
    const [n] = notices;
    expect(sectionText(n, "controller")).toContain("Le responsable du traitement est Louise DUPONT.");
    expect(sectionText(n, "controller")).toContain("par courriel à exemple1@ets.com, par courrier à l'adresse 1 rue Rivoli, 75001 Paris");
    expect(sectionText(n, "dpo")).toContain("Un délégué à la protection des données (DPO) a été désigné : Martin HENRI.");
    // « N/A » in the DPO's company row names no company.
    expect(sectionText(n, "dpo")).not.toContain("N/A");
    expect(sectionText(n, "exercise")).toContain("adressez-vous à notre délégué à la protection des données, Martin HENRI : par courriel à exemple2@ets.com");
  });

  it("lists the four purposes, and says at the top that no legal basis is given, pointing at the main purpose (its sub-purpose rows are all used)", () => {
    const [n] = notices;
    expect(bulletsOf(n, "purposes")).toEqual([
      "Gestion de la paie",
      "Calcul des rémunérations",
      "Calcul du montant des versements adressés aux organismes sociaux",
      "Ordre de virement à la banque",
    ]);
    expect(gapsOf(n)).toEqual([
      {
        message:
          "La fiche n'indique pas de base légale : la mention ne peut pas dire sur quoi repose le traitement, ni quels droits s'appliquent en plus de l'accès, de la rectification et de la limitation, ni si donner les données est obligatoire.",
        at: `${CNIL_SHEETS.example}!B15`,
      },
    ]);
    expect(sectionText(n, "legalBasis")).toBe("La base légale de ce traitement n'est pas encore précisée.");
    // Without a basis, only the rights every basis gives are listed, and the notice says why.
    expect(bulletsOf(n, "rights").map((b) => b.split(" :")[0])).toEqual(["Droit d'accès", "Droit de rectification", "Droit à la limitation"]);
    expect(sectionText(n, "rights")).toContain("D'autres droits (effacement, opposition, portabilité) dépendent de la base légale");
  });

  it("gives the recipients, the Andorran bank's transfer with its guarantee and document, and the retention of each category", () => {
    const [n] = notices;
    expect(bulletsOf(n, "recipients")).toEqual([
      "En interne : Dir. Administrative et Financière",
      "Partenaires : Organismes sociaux",
      "Destinataires hors de l'Union européenne : Banque d'Andorre",
    ]);
    expect(bulletsOf(n, "transfers")).toEqual(["Banque d'Andorre (Andorre) : Clauses contractuelles types (CCT) ; document : Contrat en date du 23/01/2018"]);
    expect(sectionText(n, "transfers")).toContain(
      "Vous pouvez obtenir une copie des garanties qui encadrent ces transferts sur simple demande : par courriel à exemple2@ets.com",
    );
    expect(bulletsOf(n, "retention")).toEqual([
      "Identité et coordonnées (Noms, prénoms, adresses) : 5 ans à compter du versement de la paie",
      "Informations économiques et financières (RIB) : 5 ans à compter du versement de la paie",
      "Numéro de sécurité sociale (NIR) (Numéros de sécurité sociale des salariés) : 5 ans à compter du versement de la paie",
    ]);
  });

  it("has every article 13 item in reading order, and no article 14 part (staff give their own data)", () => {
    const [n] = notices;
    expect(items(n)).toEqual([
      "controller",
      "dpo",
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
    expect(sectionText(n, "complaint")).toContain("https://www.cnil.fr/fr/plaintes");
    expect(sectionText(n, "postMortem")).toContain("article 85 de la loi Informatique et Libertés");
  });

  it("reads as plain text with the gap on top, before the notice itself", () => {
    const text = noticeText(notices[0]);
    expect(text.split("\n")[0]).toBe("Information des salariés sur leurs données : Gestion de la paie");
    expect(text.indexOf("À compléter avant de diffuser cette mention :")).toBeLessThan(text.indexOf("Votre employeur, Louise DUPONT"));
    expect(text).toContain(`(à remplir : feuille « ${CNIL_SHEETS.example} », cellule B15)`);
  });
});
