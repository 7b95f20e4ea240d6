/**
 * The online tools CPTS really use, with what the tools rules need to know: where
 * the data is processed, whether the company has a US parent, whether an HDS-certified offer exists.
 * The matcher is ../text/tools.ts (`findTools`).
 *
 * Checked 2026-12 (TOOLS_CHECKED_ON). Each entry names in `source` the vendor's public privacy,
 * data-residency or compliance page; HDS status is the one shown by the Agence du numérique en santé's
 * list of certified health-data hosts (TOOLS_HDS_SOURCE). Read in their text for this check: Google
 * (HDS covers Google Cloud and Workspace, enterprise customers), WeTransfer (EU servers for uploads from
 * the EU), Brevo (France, EU hosting), Doctolib (HDS and ISO 27001 since November 2021, AWS in Europe);
 * the others are the vendors' public statements as known on that date. A tool's status changes with
 * its offers: check the pages again and change `TOOLS_CHECKED_ON` when you edit an entry.
 *
 * Fields that the rules read:
 * - `where`: "eu" = data processed in the EU/EEA by default; "eu-offer" = a professional offer or a
 *   setting keeps it in the EU (Microsoft EU Data Boundary, Google Workspace data regions, Dropbox and
 *   Slack data residency), while a free or default account may not; "outside-eu" = processed outside the
 *   EU (in `transferCountry`, CNIL list spelling), a transfer to describe.
 * - `usParent`: the company or its parent is American (Cloud Act exposure even when hosted in the EU).
 * - `hdsOffer`: an offer of this tool is HDS-certified (Code de la santé publique, art. L.1111-8), so
 *   that patients' health data may be hosted there under an HDS contract.
 *
 * Deliberately not catalogued: tools whose hosting we could not source (Doodle, Framadate, Jitsi
 * instances, Canva, Padlet, regional platforms other than those below, such as « Entr'actes »), and
 * words too common to name a tool on their own (see `guarded` below and ../text/tools.ts).
 */

export type ToolCategory =
  "messaging" | "email" | "storage" | "video" | "newsletter" | "forms" | "appointments" | "health-platform" | "collaboration" | "hosting" | "payments";

export type ToolDataLocation = "eu" | "eu-offer" | "outside-eu";

/**
 * A word that names the tool only in context (« Teams » vs « team », « Zoom » vs « zoom sur »,
 * « Signal » vs « signaler »): accepted when typed with one of `spellings` (case-sensitive, whole word),
 * or when the word before it is one of `after`; refused when the word after it is one of `notBefore`.
 */
export interface GuardedAlias {
  word: string;
  spellings?: readonly string[];
  after?: readonly string[];
  notBefore?: readonly string[];
}

export interface Tool {
  id: string;
  /** As messages name it. */
  name: string;
  /** Folded forms (lower case, no accents, punctuation as spaces), matched as whole words in any case. */
  aliases: readonly string[];
  guarded?: readonly GuardedAlias[];
  category: ToolCategory;
  /** The company and its country. */
  vendor: string;
  where: ToolDataLocation;
  /** Where the data goes when it leaves the EU, as the CNIL country list spells it. */
  transferCountry?: string;
  usParent: boolean;
  hdsOffer: boolean;
  /** Plain French, for messages: what to check or what to use instead. */
  note: string;
  /** Where the facts come from (vendor pages). */
  source: string;
}

export const TOOLS_CHECKED_ON = "2026-12";

export const TOOLS_HDS_SOURCE =
  "Agence du numérique en santé, liste des hébergeurs certifiés HDS (https://esante.gouv.fr/offres-services/hds/liste-des-hebergeurs-certifies)";

/** Words before a tool name that say "this is a tool": « via Zoom », « sur Teams », « messagerie Signal ». */
const TOOL_CONTEXT: readonly string[] = [
  "via",
  "sur",
  "par",
  "avec",
  "dans",
  "outil",
  "logiciel",
  "application",
  "appli",
  "app",
  "plateforme",
  "messagerie",
  "visio",
  "visioconference",
  "visioconferences",
  "reunion",
  "reunions",
  "webinaire",
  "webinaires",
];
const OF_WORDS: readonly string[] = ["de", "d", "du", "des"];

const US = "Etats-Unis";

const MICROSOFT = {
  vendor: "Microsoft (États-Unis ; Microsoft Ireland pour l'UE)",
  where: "eu-offer",
  transferCountry: US,
  usParent: true,
  hdsOffer: true,
  source:
    "Microsoft, « EU Data Boundary for the Microsoft Cloud » (https://learn.microsoft.com/privacy/eudb/eu-data-boundary-learn) ; Microsoft, conformité HDS (https://learn.microsoft.com/compliance/regulatory/offering-hds-france)",
} as const;
const MICROSOFT_NOTE =
  "Offre professionnelle Microsoft 365 : données dans l'UE (EU Data Boundary) et offre certifiée HDS sous contrat ; la société mère est américaine (Cloud Act).";

const GOOGLE_WORKSPACE = {
  vendor: "Google (États-Unis ; Google Ireland pour l'UE)",
  where: "eu-offer",
  transferCountry: US,
  usParent: true,
  hdsOffer: true,
  source:
    "Google, « Data regions » de Google Workspace (https://support.google.com/a/answer/7630496) ; Google Cloud, certification HDS couvrant Google Cloud et Google Workspace, clients entreprise (https://cloud.google.com/security/compliance/hds)",
} as const;
const GOOGLE_NOTE =
  "Avec un compte Google Workspace entreprise : régions de données dans l'UE et certification HDS sous contrat ; avec un compte gratuit, les données peuvent être traitées aux États-Unis.";

export const TOOLS: readonly Tool[] = [
  // ------------------------------------------------------------------------------------ messaging
  {
    id: "whatsapp",
    name: "WhatsApp",
    aliases: ["whatsapp", "whats app", "whatsap", "watsapp", "watsap", "whatapp", "wattsapp"],
    category: "messaging",
    vendor: "Meta Platforms (États-Unis ; WhatsApp Ireland pour l'UE)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Messagerie grand public : les métadonnées partent aux États-Unis et aucune offre n'est certifiée HDS. Pour échanger sur des patients, utilisez une messagerie MSSanté.",
    source: "WhatsApp, politique de confidentialité, région européenne (https://www.whatsapp.com/legal/privacy-policy-eea)",
  },
  {
    id: "signal",
    name: "Signal",
    aliases: ["signal messenger"],
    guarded: [{ word: "signal", after: TOOL_CONTEXT, notBefore: [...OF_WORDS, "a", "au", "aux"] }],
    category: "messaging",
    vendor: "Signal Technology Foundation (États-Unis)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Messages chiffrés de bout en bout, mais serveurs aux États-Unis et aucune offre certifiée HDS. Pour échanger sur des patients, utilisez une messagerie MSSanté.",
    source: "Signal, Terms of Service & Privacy Policy (https://signal.org/legal/)",
  },
  {
    id: "telegram",
    name: "Telegram",
    aliases: ["telegram"],
    category: "messaging",
    vendor: "Telegram FZ-LLC (Émirats arabes unis)",
    where: "outside-eu",
    transferCountry: "Emirats arabes unis",
    usParent: false,
    hdsOffer: false,
    note: "Éditeur établi aux Émirats arabes unis (pays sans décision d'adéquation) ; les conversations ordinaires ne sont pas chiffrées de bout en bout. Pour échanger sur des patients, utilisez une messagerie MSSanté.",
    source: "Telegram, Privacy Policy (https://telegram.org/privacy)",
  },
  {
    id: "messenger",
    name: "Messenger (Facebook)",
    aliases: ["messenger", "facebook messenger"],
    category: "messaging",
    vendor: "Meta Platforms (États-Unis ; Meta Platforms Ireland pour l'UE)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Messagerie grand public, données traitées aux États-Unis, sans offre HDS. Pour échanger sur des patients, utilisez une messagerie MSSanté.",
    source: "Meta, politique de confidentialité (https://www.facebook.com/privacy/policy/)",
  },
  {
    id: "mssante",
    name: "MSSanté",
    aliases: [
      "mssante",
      "ms sante",
      "messagerie securisee de sante",
      "messageries securisees de sante",
      "messagerie securisee",
      "messageries securisees",
      "mailiz",
    ],
    category: "health-platform",
    vendor: "Espace de confiance MSSanté de l'Agence du numérique en santé (opérateurs français : Mailiz, hôpitaux, éditeurs)",
    where: "eu",
    usParent: false,
    hdsOffer: true,
    note: "Messagerie sécurisée de santé : l'outil attendu pour échanger des données de patients entre professionnels. L'opérateur reste un sous-traitant à inscrire dans la fiche.",
    source: "Agence du numérique en santé, portail MSSanté (https://mssante.fr)",
  },
  // ------------------------------------------------------------------------------------ e-mail
  {
    id: "gmail",
    name: "Gmail",
    aliases: ["gmail", "google mail"],
    category: "email",
    vendor: "Google (États-Unis ; Google Ireland pour l'UE)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Une adresse Gmail gratuite : données traitées aussi aux États-Unis, sans contrat HDS. Pour des données de patients, utilisez une messagerie MSSanté.",
    source: "Google, règles de confidentialité et transferts (https://policies.google.com/privacy/frameworks)",
  },
  {
    id: "outlook-com",
    name: "Outlook.com / Hotmail",
    aliases: ["hotmail", "hotmail fr", "hotmail com", "outlook fr", "outlook com", "live fr", "live com", "msn com"],
    category: "email",
    vendor: "Microsoft (États-Unis)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Une adresse grand public (Hotmail, Outlook.fr) n'est pas couverte par l'EU Data Boundary ni par un contrat HDS. Pour des données de patients, utilisez une messagerie MSSanté.",
    source: "Microsoft, déclaration de confidentialité (https://privacy.microsoft.com/fr-fr/privacystatement)",
  },
  {
    id: "yahoo-mail",
    name: "Yahoo Mail",
    aliases: ["yahoo", "yahoo fr", "yahoo mail"],
    category: "email",
    vendor: "Yahoo (États-Unis)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Messagerie grand public, données traitées aux États-Unis, sans offre HDS.",
    source: "Yahoo, politique de confidentialité (https://legal.yahoo.com)",
  },
  // ------------------------------------------------------------------------------------ Microsoft
  {
    id: "microsoft-365",
    name: "Microsoft 365",
    aliases: ["microsoft 365", "ms 365", "ms365", "m365", "office 365", "o365", "outlook", "microsoft forms", "ms forms", "exchange online"],
    ...MICROSOFT,
    category: "collaboration",
    note: MICROSOFT_NOTE,
  },
  {
    id: "teams",
    name: "Microsoft Teams",
    aliases: ["microsoft teams", "ms teams"],
    guarded: [{ word: "teams", spellings: ["Teams", "TEAMS"], after: TOOL_CONTEXT }],
    ...MICROSOFT,
    category: "video",
    note: MICROSOFT_NOTE,
  },
  { id: "onedrive", name: "OneDrive", aliases: ["onedrive", "one drive"], ...MICROSOFT, category: "storage", note: MICROSOFT_NOTE },
  { id: "sharepoint", name: "SharePoint", aliases: ["sharepoint", "share point"], ...MICROSOFT, category: "storage", note: MICROSOFT_NOTE },
  // ------------------------------------------------------------------------------------ Google
  {
    id: "google-workspace",
    name: "Google Workspace",
    aliases: ["google workspace", "g suite", "gsuite", "google agenda", "google calendar"],
    ...GOOGLE_WORKSPACE,
    category: "collaboration",
    note: GOOGLE_NOTE,
  },
  {
    id: "google-drive",
    name: "Google Drive",
    aliases: ["google drive", "gdrive", "google docs", "google doc", "google sheets", "google sheet"],
    guarded: [{ word: "drive", after: ["le", "du", "au", "un", "sur", "via", "dans", "notre", "son", "partage"] }],
    ...GOOGLE_WORKSPACE,
    category: "storage",
    note: GOOGLE_NOTE,
  },
  {
    id: "google-forms",
    name: "Google Forms",
    aliases: ["google forms", "google form", "gform", "gforms", "formulaire google", "formulaires google", "google formulaire", "google formulaires"],
    ...GOOGLE_WORKSPACE,
    category: "forms",
    note: GOOGLE_NOTE,
  },
  { id: "google-meet", name: "Google Meet", aliases: ["google meet", "gmeet"], ...GOOGLE_WORKSPACE, category: "video", note: GOOGLE_NOTE },
  // ------------------------------------------------------------------------------------ storage, transfer
  {
    id: "dropbox",
    name: "Dropbox",
    aliases: ["dropbox", "drop box"],
    category: "storage",
    vendor: "Dropbox (États-Unis)",
    where: "eu-offer",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Stockage hors UE par défaut ; certaines offres professionnelles stockent les fichiers en Europe. Aucune offre certifiée HDS : pas de données de patients.",
    source: "Dropbox, « Data residency » (https://help.dropbox.com/security/physical-location-data-storage)",
  },
  {
    id: "wetransfer",
    name: "WeTransfer",
    aliases: ["wetransfer", "we transfer"],
    category: "storage",
    vendor: "WeTransfer (Pays-Bas)",
    where: "eu",
    usParent: false,
    hdsOffer: false,
    note: "Fichiers envoyés depuis l'UE stockés sur des serveurs européens ; aucune offre certifiée HDS : pas de données de patients.",
    source: "WeTransfer, « Where do you store my files? » et « How secure is the WeTransfer platform? » (https://wetransfer.com/help-center/security-privacy)",
  },
  {
    id: "ovhcloud",
    name: "OVHcloud",
    aliases: ["ovh", "ovhcloud", "ovh cloud"],
    category: "hosting",
    vendor: "OVHcloud (France)",
    where: "eu",
    usParent: false,
    hdsOffer: true,
    note: "Hébergeur français ; une offre certifiée HDS existe, à souscrire expressément pour des données de santé.",
    source: "OVHcloud, certification HDS (https://www.ovhcloud.com/fr/) ; liste ANS des hébergeurs certifiés",
  },
  // ------------------------------------------------------------------------------------ video
  {
    id: "zoom",
    name: "Zoom",
    aliases: ["zoom us", "zoom video"],
    guarded: [{ word: "zoom", spellings: ["Zoom", "ZOOM"], after: TOOL_CONTEXT, notBefore: ["sur"] }],
    category: "video",
    vendor: "Zoom Communications (États-Unis)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Éditeur américain ; les données de compte et les enregistrements sont traités aux États-Unis. Aucune offre certifiée HDS : pas de réunion sur des cas de patients.",
    source: "Zoom, Privacy Statement (https://www.zoom.com/fr/trust/privacy/privacy-statement/)",
  },
  // ------------------------------------------------------------------------------------ newsletters
  {
    id: "mailchimp",
    name: "Mailchimp",
    aliases: ["mailchimp", "mail chimp"],
    category: "newsletter",
    vendor: "Intuit Mailchimp (États-Unis)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Les listes de diffusion sont hébergées aux États-Unis : décrivez le transfert (Data Privacy Framework ou clauses types) ou choisissez un outil européen.",
    source: "Intuit Mailchimp, Privacy Statement et Data Processing Addendum (https://www.intuit.com/privacy/statement/)",
  },
  {
    id: "brevo",
    name: "Brevo (ex-Sendinblue)",
    aliases: ["brevo", "sendinblue", "send in blue"],
    category: "newsletter",
    vendor: "Brevo, anciennement Sendinblue (France)",
    where: "eu",
    usParent: false,
    hdsOffer: false,
    note: "Éditeur français, données hébergées dans l'UE ; pas d'offre HDS.",
    source: "Brevo, politique de confidentialité et DPA (https://www.brevo.com/fr/legal/privacypolicy/)",
  },
  {
    id: "sarbacane",
    name: "Sarbacane",
    aliases: ["sarbacane"],
    category: "newsletter",
    vendor: "Sarbacane Software (France)",
    where: "eu",
    usParent: false,
    hdsOffer: false,
    note: "Éditeur français, données hébergées en France ; pas d'offre HDS.",
    source: "Sarbacane, politique de confidentialité (https://www.sarbacane.com)",
  },
  // ------------------------------------------------------------------------------------ forms, surveys, payments
  {
    id: "framaforms",
    name: "Framaforms",
    aliases: ["framaforms", "framaform"],
    category: "forms",
    vendor: "Framasoft (association, France)",
    where: "eu",
    usParent: false,
    hdsOffer: false,
    note: "Service associatif hébergé en Europe, sans contrat de sous-traitance ni offre HDS : pas de données de santé.",
    source: "Framasoft, conditions générales d'utilisation (https://framasoft.org/fr/cgu/)",
  },
  {
    id: "surveymonkey",
    name: "SurveyMonkey",
    aliases: ["surveymonkey", "survey monkey"],
    category: "forms",
    vendor: "SurveyMonkey (États-Unis)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Éditeur américain : réponses traitées aux États-Unis sauf compte ouvert sur sa région européenne ; pas d'offre HDS.",
    source: "SurveyMonkey, Privacy Notice (https://www.surveymonkey.com/mp/legal/privacy/)",
  },
  {
    id: "typeform",
    name: "Typeform",
    aliases: ["typeform"],
    category: "forms",
    vendor: "Typeform (Espagne)",
    where: "eu-offer",
    transferCountry: US,
    usParent: false,
    hdsOffer: false,
    note: "Éditeur espagnol ; selon le compte, les réponses sont hébergées dans l'UE ou aux États-Unis : vérifiez la région de données. Pas d'offre HDS.",
    source: "Typeform, Privacy Policy et région de données européenne (https://www.typeform.com/privacy-policy/)",
  },
  {
    id: "helloasso",
    name: "HelloAsso",
    aliases: ["helloasso", "hello asso"],
    category: "payments",
    vendor: "HelloAsso (France)",
    where: "eu",
    usParent: false,
    hdsOffer: false,
    note: "Plateforme française d'adhésions et de paiements pour associations ; pas d'offre HDS.",
    source: "HelloAsso, politique de confidentialité (https://www.helloasso.com)",
  },
  // ------------------------------------------------------------------------------------ appointments
  {
    id: "calendly",
    name: "Calendly",
    aliases: ["calendly"],
    category: "appointments",
    vendor: "Calendly (États-Unis)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Éditeur américain, données traitées aux États-Unis, sans offre HDS : pas pour des rendez-vous de patients.",
    source: "Calendly, Privacy Notice (https://calendly.com/legal/privacy-notice)",
  },
  {
    id: "doctolib",
    name: "Doctolib",
    aliases: ["doctolib"],
    category: "appointments",
    vendor: "Doctolib (France)",
    where: "eu",
    usParent: false,
    hdsOffer: true,
    note: "Éditeur français certifié HDS, données hébergées en Europe (infrastructure d'un hébergeur américain, chiffrée). À inscrire comme sous-traitant.",
    source: "Doctolib, certification HDS et ISO 27001 par BSI (communiqué du 17/11/2021) ; hébergement chiffré en Europe chez AWS (https://about.doctolib.fr)",
  },
  // ------------------------------------------------------------------------------------ health platforms
  {
    id: "omnidoc",
    name: "Omnidoc",
    aliases: ["omnidoc"],
    category: "health-platform",
    vendor: "Omnidoc (France)",
    where: "eu",
    usParent: false,
    hdsOffer: true,
    note: "Plateforme française de téléexpertise, hébergement certifié HDS. À inscrire comme sous-traitant.",
    source: "Omnidoc, présentation de la plateforme et de son hébergement (https://omnidoc.fr)",
  },
  {
    id: "terr-esante",
    name: "Terr-eSanté",
    aliases: ["terr esante", "terresante", "terr e sante"],
    category: "health-platform",
    vendor: "GIP SESAN (Île-de-France)",
    where: "eu",
    usParent: false,
    hdsOffer: true,
    note: "Outil régional de coordination des parcours opéré par SESAN, hébergement certifié HDS. À inscrire comme sous-traitant ou responsable conjoint.",
    source: "SESAN, Terr-eSanté (https://www.terr-esante.fr/)",
  },
  {
    id: "paaco-globule",
    name: "Paaco-Globule",
    aliases: ["paaco globule", "paaco"],
    category: "health-platform",
    vendor: "GIP ESEA Nouvelle-Aquitaine",
    where: "eu",
    usParent: false,
    hdsOffer: true,
    note: "Outil régional de coordination des parcours (Nouvelle-Aquitaine), hébergement certifié HDS. À inscrire comme sous-traitant ou responsable conjoint.",
    source: "GIP ESEA Nouvelle-Aquitaine, Paaco-Globule (https://www.esea-na.fr/)",
  },
  {
    id: "e-parcours",
    name: "Plateforme régionale e-parcours",
    aliases: ["e parcours", "eparcours"],
    category: "health-platform",
    vendor: "Groupement régional d'appui au développement de la e-santé (GRADeS) de la région",
    where: "eu",
    usParent: false,
    hdsOffer: true,
    note: "Les outils e-parcours des GRADeS sont hébergés chez des hébergeurs certifiés HDS. Nommez l'outil et son opérateur comme sous-traitant.",
    source: "Agence du numérique en santé, programme e-parcours (https://esante.gouv.fr)",
  },
  // ------------------------------------------------------------------------------------ collaboration
  {
    id: "slack",
    name: "Slack",
    aliases: ["slack"],
    category: "collaboration",
    vendor: "Slack Technologies, groupe Salesforce (États-Unis)",
    where: "eu-offer",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Éditeur américain ; la résidence des données dans l'UE n'existe que pour certaines offres payantes. Pas d'offre HDS.",
    source: "Slack, « Data residency » (https://slack.com/trust/data-residency)",
  },
  {
    id: "notion",
    name: "Notion",
    aliases: ["notion so"],
    guarded: [{ word: "notion", spellings: ["Notion"], after: TOOL_CONTEXT, notBefore: OF_WORDS }],
    category: "collaboration",
    vendor: "Notion Labs (États-Unis)",
    where: "outside-eu",
    transferCountry: US,
    usParent: true,
    hdsOffer: false,
    note: "Éditeur américain, données traitées aux États-Unis, sans offre HDS.",
    source: "Notion, Privacy Policy (https://www.notion.so/notion/Privacy-Policy)",
  },
];

const byId = new Map(TOOLS.map((t) => [t.id, t]));

/** The catalogue entry for an id ("whatsapp", "microsoft-365"…), or undefined. */
export function toolById(id: string): Tool | undefined {
  return byId.get(id);
}
