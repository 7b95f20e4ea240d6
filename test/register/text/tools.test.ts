import { TOOLS, TOOLS_CHECKED_ON, TOOLS_HDS_SOURCE, toolById } from "../../../src/register/data/tools";
import { findTools } from "../../../src/register/text/tools";

const ids = (text: string): string[] => findTools(text).map((m) => m.tool.id);

describe("findTools: the tools people name", () => {
  test.each<[string, string[]]>([
    ["WhatsApp", ["whatsapp"]],
    ["whatsapp", ["whatsapp"]],
    ["Groupe Whats'app des infirmiers", ["whatsapp"]],
    ["via Whatsap", ["whatsapp"]],
    ["Gmail", ["gmail"]],
    ["coordination.cpts@gmail.com", ["gmail"]],
    ["secretariat@hotmail.fr", ["outlook-com"]],
    ["contact@outlook.fr", ["outlook-com"]],
    ["Outlook", ["microsoft-365"]],
    ["Microsoft 365 (Outlook, OneDrive)", ["microsoft-365", "onedrive"]],
    ["O365", ["microsoft-365"]],
    ["Office 365", ["microsoft-365"]],
    ["Réunions sur Teams", ["teams"]],
    ["Teams", ["teams"]],
    ["Microsoft Teams", ["teams"]],
    ["réunion teams mensuelle", ["teams"]],
    ["SharePoint de la CPTS", ["sharepoint"]],
    ["Google Drive", ["google-drive"]],
    ["gdrive partagé", ["google-drive"]],
    ["Documents sur le Drive", ["google-drive"]],
    ["Google Forms", ["google-forms"]],
    ["Questionnaire via un formulaire Google", ["google-forms"]],
    ["Google Meet", ["google-meet"]],
    ["G Suite", ["google-workspace"]],
    ["Dropbox", ["dropbox"]],
    ["Envoi par WeTransfer", ["wetransfer"]],
    ["Visio via Zoom", ["zoom"]],
    ["Zoom", ["zoom"]],
    ["webinaire zoom", ["zoom"]],
    ["faire un zoom", []],
    ["réunion en visio zoom", ["zoom"]],
    ["Mailchimp", ["mailchimp"]],
    ["Brevo (ex-Sendinblue)", ["brevo"]],
    ["Sendinblue", ["brevo"]],
    ["Sarbacane", ["sarbacane"]],
    ["Rendez-vous via Doctolib", ["doctolib"]],
    ["Téléexpertise Omnidoc", ["omnidoc"]],
    ["MSSanté", ["mssante"]],
    ["Messagerie sécurisée de santé (MSSanté)", ["mssante"]],
    ["Mailiz", ["mssante"]],
    ["Terr-eSanté", ["terr-esante"]],
    ["Outil e-parcours régional", ["e-parcours"]],
    ["Paaco-Globule", ["paaco-globule"]],
    ["Calendly", ["calendly"]],
    ["Framaforms", ["framaforms"]],
    ["SurveyMonkey", ["surveymonkey"]],
    ["Typeform", ["typeform"]],
    ["HelloAsso", ["helloasso"]],
    ["Slack", ["slack"]],
    ["Wiki sur Notion", ["notion"]],
    ["Notion", ["notion"]],
    ["Messagerie Signal", ["signal"]],
    ["via Signal", ["signal"]],
    ["Telegram", ["telegram"]],
    ["Hébergement OVH", ["ovhcloud"]],
    ["Doctolib, WhatsApp et Gmail", ["doctolib", "whatsapp", "gmail"]],
  ])("%p → %p", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test.each([
    "",
    "Équipe de coordination",
    "Travail en team",
    "Les teams projets de la CPTS",
    "Zoom sur les chiffres de l'année",
    "Un zoom sur la prévention",
    "Signaler un incident",
    "Signal de détresse",
    "La notion de consentement",
    "Notion de secret partagé",
    "Drive-in de vaccination",
    "Parcours de soins",
    "Signalement des événements indésirables",
    "Messagerie interne",
    "Office de tourisme",
    "Globules rouges",
    "Mail professionnel",
    "Courriel",
  ])("%p names no tool", (text) => {
    expect(ids(text)).toEqual([]);
  });

  test("each tool is found once, with the alias that matched", () => {
    expect(findTools("WhatsApp puis whatsapp encore")).toEqual([{ tool: toolById("whatsapp"), match: "whatsapp" }]);
    expect(findTools("Réunions sur Microsoft Teams")[0].match).toBe("microsoft teams");
  });
});

describe("the tools catalogue", () => {
  test("is dated and cites the ANS list of HDS hosts", () => {
    expect(TOOLS_CHECKED_ON).toBe("2026-12");
    expect(TOOLS_HDS_SOURCE).toMatch(/esante\.gouv\.fr/);
  });

  test("every entry is complete, sourced, and found by its own aliases", () => {
    const seen = new Set<string>();
    for (const t of TOOLS) {
      expect(seen.has(t.id)).toBe(false);
      seen.add(t.id);
      expect(t.note.length).toBeGreaterThan(20);
      expect(t.source).toMatch(/https:\/\//);
      if (t.where !== "eu") expect(t.transferCountry).toBeTruthy();
      for (const a of t.aliases) expect(ids(a)).toEqual([t.id]);
    }
  });

  test("what the rules rely on", () => {
    const t = (id: string) => {
      const tool = toolById(id);
      if (!tool) throw new Error(`${id} is catalogued`);
      return tool;
    };
    expect(t("whatsapp")).toMatchObject({ where: "outside-eu", transferCountry: "Etats-Unis", usParent: true, hdsOffer: false });
    expect(t("whatsapp").note).toMatch(/MSSanté/);
    expect(t("mailchimp")).toMatchObject({ where: "outside-eu", usParent: true });
    expect(t("brevo")).toMatchObject({ where: "eu", usParent: false, hdsOffer: false });
    expect(t("microsoft-365")).toMatchObject({ where: "eu-offer", usParent: true, hdsOffer: true });
    expect(t("google-workspace")).toMatchObject({ where: "eu-offer", usParent: true, hdsOffer: true });
    expect(t("gmail")).toMatchObject({ where: "outside-eu", hdsOffer: false });
    expect(t("doctolib")).toMatchObject({ where: "eu", usParent: false, hdsOffer: true });
    expect(t("mssante")).toMatchObject({ where: "eu", hdsOffer: true });
    expect(t("terr-esante")).toMatchObject({ where: "eu", hdsOffer: true });
    expect(t("wetransfer")).toMatchObject({ where: "eu", hdsOffer: false });
  });
});
