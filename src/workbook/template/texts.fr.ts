/**
 * French texts of our template that are not field labels (labels come from register/layout.ts):
 * titles, instructions, help links, and the example content (tab 4, the example line of tab 2, the
 * organisation and fiches of the example register). The example processings come from
 * register/data/cptsExamples.ts (reference §5).
 */

export const TEMPLATE_TEXTS = {
  workbookTitle: "Registre des activités de traitement de la CPTS",
  workbookSubject: "Registre RGPD (modèle simplifié de la CNIL, adapté aux CPTS)",
  /** The model's title, which every copy keeps: so it reads right on a filled fiche too. */
  modelTitle: "Fiche de registre d'un traitement",
  exampleTitle: "Exemple de fiche de registre",
  modelInstructions: (modelTab: string) =>
    `Une fiche par traitement. Pour en créer une, copiez l'onglet « ${modelTab} » (« Nouvelle fiche » dans le volet du complément, ou clic droit sur l'onglet > « Déplacer ou copier… » > « Créer une copie ») et gardez le modèle vierge. Les cellules « Sélectionnez un élément… » sont des listes déroulantes.`,
  exampleInstructions:
    "Exemple fictif d'une fiche de CPTS : il montre le niveau de détail attendu. Ne le recopiez pas tel quel, adaptez-le à votre traitement (cf. onglet 3).",
  /** The reference our model fiche shows in B5 (as the CNIL's does). */
  modelRef: "ref-001",
  /** The example tab's reference; tab 2's example line carries the same. */
  exampleRef: "1 - Exemple",
  exampleLinePrefix: "(EXEMPLE) ",
  /** Processing of tab 4: one of register/data/cptsExamples.ts. */
  exampleId: "acces-mt",
  /** Dates of the example (creation, update), as [year, month, day]. */
  exampleCreated: [2024, 3, 18] as const,
  exampleUpdated: [2025, 1, 13] as const,
  helpHeader: "Consulter les guides et définitions sur le site de la CNIL",
  /** Help links of column J (clickable text, not formulas). */
  helpLinks: [
    { text: "► Traitement de données à caractère personnel", url: "https://www.cnil.fr/fr/definition/traitement-de-donnees-caractere-personnel" },
    { text: "► Données personnelles", url: "https://www.cnil.fr/fr/definition/donnee-personnelle" },
    { text: "► Responsable de traitement", url: "https://www.cnil.fr/fr/definition/responsable-de-traitement" },
    { text: "► Délégué à la protection des données (DPO)", url: "https://www.cnil.fr/fr/definition/delegue-protection-donnees" },
    { text: "► Finalité du traitement", url: "https://www.cnil.fr/fr/definition/finalite-dun-traitement" },
    { text: "► Données sensibles", url: "https://www.cnil.fr/fr/definition/donnee-sensible" },
    { text: "► Destinataires", url: "https://www.cnil.fr/fr/definition/destinataire" },
    { text: "► Durée de conservation des données", url: "https://www.cnil.fr/fr/limiter-la-conservation-des-donnees" },
    { text: "► Sécurité des données", url: "https://www.cnil.fr/fr/principes-cles/guide-de-la-securite-des-donnees-personnelles" },
    { text: "► Analyse d'impact (AIPD)", url: "https://www.cnil.fr/fr/RGPD-analyse-impact-protection-des-donnees-aipd" },
    {
      text: "► Transferts de données hors UE",
      url: "https://www.cnil.fr/fr/transferer-des-donnees-hors-de-lue",
    },
  ],
  listTabHelp: [
    { text: "► Délégué à la protection des données (DPO)", url: "https://www.cnil.fr/fr/definition/delegue-protection-donnees" },
    { text: "► Données sensibles", url: "https://www.cnil.fr/fr/definition/donnee-sensible" },
    { text: "► Finalité du traitement", url: "https://www.cnil.fr/fr/definition/finalite-dun-traitement" },
  ],
} as const;

/** The message Excel shows when a value typed in a dropdown cell is not in its list. */
export const VALIDATION_TEXTS = {
  errorTitle: "Valeur hors liste",
  error: "Cette valeur n'est pas dans la liste : choisissez un élément de la liste déroulante (les listes sont dans le dernier onglet du classeur).",
} as const;

/** The organisation of the example register (fictitious). */
export const EXAMPLE_ORGANISATION = {
  /** Tab 2, "Coordonnées du responsable de l'organisme". */
  controller: {
    name: "DURAND",
    firstName: "Claire",
    address: "CPTS du Val d'Exemple, 1 place de la Mairie",
    email: "contact@cpts-val-exemple.example",
    postcode: "78000",
    city: "Exempleville",
    phone: "01 23 45 67 89",
  },
  /** A fiche's "Responsable du traitement" row (the example tab fills it, as the CNIL's does). */
  ficheController: {
    name: "CPTS du Val d'Exemple",
    address: "1 place de la Mairie",
    postcode: "78000",
    city: "Exempleville",
    country: "France",
    phone: "01 23 45 67 89",
    email: "contact@cpts-val-exemple.example",
  },
} as const;

/** The fiches of the example register, by id of register/data/cptsExamples.ts, in tab order. */
export const EXAMPLE_REGISTER_FICHES: readonly string[] = ["adherents", "snp", "rh"];
