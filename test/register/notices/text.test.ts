/**
 * A notice as plain text (to paste into a form or a website): title, what is missing with the cell where
 * to fill it, the introduction, then each part with its paragraphs and its list.
 */
import { noticeText, type Notice } from "../../../src/register";
import { noticesOf } from "./helpers";

const NOTICE: Notice = {
  sheet: "Adhérents",
  ficheRef: "ref-002",
  ficheName: "Gestion des adhérents",
  audience: "members",
  title: "Information des adhérents sur leurs données : Gestion des adhérents",
  intro: "En tant qu'adhérent, vous trouverez ici ce que notre association fait de vos données.",
  gaps: [
    {
      item: "retention",
      message: "La fiche n'indique pas combien de temps sont gardées les données « Vie personnelle » : la mention ne peut pas le dire.",
      at: { sheet: "Adhérents", cell: "E26" },
    },
    { item: "source", message: "La source des données n'est pas indiquée." },
  ],
  sections: [
    {
      item: "purposes",
      heading: "Finalités du traitement",
      paragraphs: ["Vos données sont utilisées pour :"],
      bullets: ["Adhésions et cotisations", "Convocations"],
    },
    { item: "complaint", heading: "Réclamation auprès de la CNIL", paragraphs: ["Vous pouvez saisir la CNIL."], bullets: [] },
  ],
  collection: "direct",
};

describe("noticeText", () => {
  it("writes the title, the gaps with their cells, the introduction and each part in reading order", () => {
    expect(noticeText(NOTICE)).toBe(
      [
        "Information des adhérents sur leurs données : Gestion des adhérents",
        "===================================================================",
        "",
        "À compléter avant de diffuser cette mention :",
        "- La fiche n'indique pas combien de temps sont gardées les données « Vie personnelle » : la mention ne peut pas le dire. (à remplir : feuille « Adhérents », cellule E26)",
        "- La source des données n'est pas indiquée.",
        "Tant que ces points manquent, la mention ci-dessous les signale comme « non précisés ».",
        "",
        "En tant qu'adhérent, vous trouverez ici ce que notre association fait de vos données.",
        "",
        "Finalités du traitement",
        "-----------------------",
        "Vos données sont utilisées pour :",
        "- Adhésions et cotisations",
        "- Convocations",
        "",
        "Réclamation auprès de la CNIL",
        "-----------------------------",
        "Vous pouvez saisir la CNIL.",
        "",
      ].join("\n"),
    );
  });

  it("has no « À compléter » part when the notice is complete", () => {
    const text = noticeText({ ...NOTICE, gaps: [] });
    expect(text).not.toContain("À compléter");
    expect(text.split("\n").slice(0, 4)).toEqual([NOTICE.title, "=".repeat(NOTICE.title.length), "", NOTICE.intro]);
  });

  it("gives every part of a real fiche's notice, headings as the person reads them", () => {
    const [n] = noticesOf({
      persons: [["Patients / usagers", ""]],
      legalBasis: "Consentement (art. 6.1.a)",
      recipients: [["Service interne qui traite les données", "Coordination"]],
    });
    const text = noticeText(n);
    for (const s of n.sections) expect(text).toContain(`${s.heading}\n${"-".repeat(s.heading.length)}\n${s.paragraphs[0]}`);
    expect(text).toContain("Quels sont vos droits ?");
    expect(text).toContain("- Retrait du consentement : retirer votre consentement à tout moment");
    expect(text.endsWith("\n")).toBe(true);
  });
});
