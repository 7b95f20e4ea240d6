/**
 * Recommended retention periods for the kinds of data a CPTS keeps (reference §4.2), with their source.
 * Read by RGPD.CONSERVATION, the help panel and the template's list of retention presets.
 *
 * Each preset with `maxMonths` and `keywords` is also a processing kind (`PROCESSING_KINDS`): the
 * retention rules recognise it from the fiche's name and purposes (../text/retention.ts,
 * `recogniseProcessingKind`) and compare a typed duration with `maxMonths`.
 *
 * Checked 2026-12 against the reference (§4.2 and §5). There is no « dossier médical » preset: a CPTS
 * holds no medical file (the doctors it coordinates keep theirs), so a 20-year period would only invite
 * over-long retention. The abolished CNIL « normes simplifiées » and « dispenses » are not cited as
 * sources.
 */

export interface RetentionPreset {
  /** Stable key, lower case, no accents (what RGPD.CONSERVATION accepts). */
  key: string;
  /** What the data is, in French. */
  label: string;
  /** The recommended period, as French text to write in a fiche. */
  text: string;
  /** Where it comes from. */
  source: string;
  /** Other words users may type for this kind of data (folded before comparison). */
  aliases?: string[];
  /**
   * The longest period the recommendation allows, in months, counted from its starting event (a
   * recommendation « jusqu'à X + 3 mois » gives 3): what a typed duration is compared with.
   */
  maxMonths?: number;
  /**
   * Folded words that name this kind of processing in a fiche's name or purposes (whole words: « paie »,
   * « newsletter », « medecin traitant »). Narrower than `aliases`, which only has to match a whole cell.
   */
  keywords?: readonly string[];
}

/** A preset the rules can recognise in a fiche and compare durations with. */
export type ProcessingKind = RetentionPreset & { maxMonths: number; keywords: readonly string[] };

export const RETENTION_PRESETS: readonly RetentionPreset[] = [
  {
    key: "paie",
    label: "Bulletins de paie et données de paie",
    text: "5 ans à compter du versement de la paie",
    source: "Code du travail, art. L.3243-4 ; exemple de la CNIL",
    aliases: ["salaire", "salaires", "bulletins de paie", "remuneration"],
    maxMonths: 60,
    keywords: ["paie", "bulletin de paie", "bulletins de paie", "salaire", "salaires", "dsn"],
  },
  {
    key: "personnel",
    label: "Registre unique du personnel, dossier du salarié",
    text: "5 ans après le départ du salarié",
    source: "Code du travail, art. R.1221-26 ; prescription de droit commun (Code civil, art. 2224)",
    aliases: ["salaries", "rh", "ressources humaines", "dossier salarie", "registre du personnel"],
    maxMonths: 60,
    keywords: [
      "ressources humaines",
      "rh",
      "gestion du personnel",
      "personnel salarie",
      "dossier du salarie",
      "dossiers des salaries",
      "registre du personnel",
      "salaries",
    ],
  },
  {
    key: "candidats",
    label: "Candidats non retenus",
    text: "Jusqu'à la fin du recrutement ; 2 ans après le dernier contact dans un vivier, avec l'accord du candidat",
    source: "CNIL et Bpifrance, Guide pratique de sensibilisation au RGPD pour les PME (2018)",
    aliases: ["candidat", "recrutement", "cv"],
    maxMonths: 24,
    keywords: ["recrutement", "recrutements", "candidat", "candidats", "candidature", "candidatures", "cv", "vivier"],
  },
  {
    key: "prospects",
    label: "Prospects sans réponse",
    text: "3 ans après le dernier contact",
    source: "CNIL, Guide RGPD du développeur, fiche 14 « Gérer la durée de conservation des données »",
    aliases: ["prospect", "prospection"],
    maxMonths: 36,
    keywords: ["prospect", "prospects", "prospection"],
  },
  {
    key: "clients",
    label: "Clients inactifs",
    text: "3 ans après la fin de la relation commerciale (les pièces comptables à part : 10 ans)",
    source: "CNIL et Bpifrance, Guide pratique de sensibilisation au RGPD pour les PME (2018)",
    aliases: ["client", "relation client"],
    maxMonths: 36,
    keywords: ["client", "clients", "relation client"],
  },
  {
    key: "adherents",
    label: "Adhérents de l'association",
    text: "Durée de l'adhésion (jusqu'à la démission ou la radiation) ; cotisations : 10 ans (pièces comptables)",
    source:
      "RGPD, art. 5.1.e (limitation de la conservation) : pas au-delà de la démission ou de la radiation, sauf accord du membre ; Code de commerce, art. L.123-22 pour les cotisations",
    aliases: ["adherent", "membres", "membre", "adhesion", "cotisations"],
    maxMonths: 120,
    keywords: ["adherent", "adherents", "adhesion", "adhesions", "membre", "membres", "cotisation", "cotisations", "vie associative"],
  },
  {
    key: "comptabilite",
    label: "Pièces comptables (factures, cotisations, indemnisations)",
    text: "10 ans à compter de la clôture de l'exercice",
    source: "Code de commerce, art. L.123-22",
    aliases: ["comptable", "comptables", "factures", "pieces comptables", "indemnisation", "indemnisations"],
    maxMonths: 120,
    keywords: [
      "comptabilite",
      "comptable",
      "comptables",
      "facturation",
      "factures",
      "indemnisation",
      "indemnisations",
      "defraiement",
      "defraiements",
      "tresorerie",
    ],
  },
  {
    key: "newsletter",
    label: "Abonnés à la lettre d'information",
    text: "Jusqu'au désabonnement ; non-adhérents inactifs : 3 ans après le dernier contact",
    source: "Règle des prospects appliquée à la lettre d'information (CNIL, Guide RGPD du développeur, fiche 14)",
    aliases: ["lettre d'information", "emailing", "abonnes"],
    maxMonths: 36,
    keywords: [
      "newsletter",
      "newsletters",
      "lettre d information",
      "lettres d information",
      "emailing",
      "e mailing",
      "mailing",
      "liste de diffusion",
      "listes de diffusion",
    ],
  },
  {
    key: "journaux",
    label: "Journaux de connexion (logs)",
    text: "6 mois à 1 an",
    source: "CNIL, recommandation de 2021 sur la journalisation ; Guide RGPD du développeur, fiche 14",
    aliases: ["logs", "journal", "journalisation", "traces", "connexion"],
    maxMonths: 12,
    keywords: ["journalisation", "journaux de connexion", "journaux d acces", "logs", "traces informatiques"],
  },
  {
    key: "cookies",
    label: "Cookies et traceurs",
    text: "13 mois au plus pour le traceur (sans prolongation automatique) ; choix de l'internaute : 6 mois",
    source: "CNIL, délibérations 2020-091 et 2020-092",
    aliases: ["cookie", "traceurs", "traceur"],
    maxMonths: 13,
    keywords: ["cookie", "cookies", "traceur", "traceurs"],
  },
  {
    key: "audience",
    label: "Données de mesure d'audience",
    text: "25 mois",
    source: "CNIL, délibérations 2020-091 et 2020-092",
    aliases: ["mesure d'audience", "statistiques de visite"],
    maxMonths: 25,
    keywords: ["mesure d audience", "statistiques de visite", "statistiques de frequentation"],
  },
  {
    key: "video",
    label: "Images de vidéosurveillance",
    text: "1 mois au plus (quelques jours suffisent le plus souvent)",
    source: "CNIL, fiches sur la vidéosurveillance",
    aliases: ["videosurveillance", "video-surveillance", "camera", "cameras", "images"],
    maxMonths: 1,
    keywords: ["videosurveillance", "video surveillance", "videoprotection", "camera", "cameras"],
  },
  {
    key: "appels",
    label: "Enregistrements d'appels téléphoniques",
    text: "6 mois",
    source:
      "CNIL, fiche « L'écoute et l'enregistrement des appels sur le lieu de travail » (https://www.cnil.fr/fr/lecoute-et-lenregistrement-des-appels-sur-le-lieu-de-travail) : enregistrements 6 mois au plus, documents d'analyse 1 an",
    aliases: ["appel", "enregistrements", "telephone"],
    maxMonths: 6,
    keywords: [
      "enregistrement des appels",
      "enregistrements des appels",
      "enregistrement telephonique",
      "enregistrements telephoniques",
      "ecoute des appels",
      "appels enregistres",
    ],
  },
  {
    key: "mt",
    label: "Patients sans médecin traitant (orientation)",
    text: "Jusqu'à l'attribution d'un médecin traitant + 3 mois, puis suppression ou anonymisation",
    source: "Recommandation pour les CPTS (pas de référentiel CNIL dédié) : le besoin satisfait, plus un court délai de suivi",
    aliases: ["medecin traitant", "acces mt", "patients sans mt", "orientation"],
    maxMonths: 6,
    keywords: ["medecin traitant", "medecins traitants", "sans mt", "acces a un mt", "patients sans medecin traitant"],
  },
  {
    key: "snp",
    label: "Soins non programmés (demandes et rendez-vous)",
    text: "Jusqu'à la prise en charge, puis au plus 1 an ; journaux : 6 mois à 1 an",
    source: "Guide CNOM-CNIL (prise de rendez-vous) ; recommandation pour les CPTS",
    aliases: ["soins non programmes", "sas", "rendez-vous", "rdv"],
    maxMonths: 12,
    keywords: ["soins non programmes", "snp", "sas", "service d acces aux soins"],
  },
  {
    key: "parcours",
    label: "Coordination de parcours de patients",
    text: "Durée du suivi + 5 ans",
    source: "Recommandation pour les CPTS (aligner sur le référentiel du dossier de soins si c'en est un)",
    aliases: ["coordination", "parcours de soins", "patients fragiles"],
    maxMonths: 60,
    keywords: [
      "parcours",
      "e parcours",
      "coordination ville hopital",
      "patients complexes",
      "sortie d hospitalisation",
      "sorties d hospitalisation",
      "maintien a domicile",
      "patients fragiles",
    ],
  },
  {
    key: "prevention",
    label: "Actions de prévention et de dépistage",
    text: "Durée de l'action + 1 an, puis anonymisation pour l'évaluation",
    source: "Recommandation pour les CPTS",
    aliases: ["depistage", "vaccination", "action"],
    maxMonths: 12,
    keywords: ["prevention", "depistage", "depistages", "vaccination", "education therapeutique", "sport sante"],
  },
  {
    key: "formations",
    label: "Formations, réunions et événements",
    text: "3 à 5 ans pour les preuves de présence (contrôles des financeurs) ; pièces comptables : 10 ans",
    source: "Recommandation pour les CPTS",
    aliases: ["formation", "evenements", "reunions", "emargement"],
    maxMonths: 60,
    keywords: ["formation", "formations", "reunion", "reunions", "evenement", "evenements", "webinaire", "webinaires", "emargement", "soiree", "soirees"],
  },
  {
    key: "partenaires",
    label: "Partenaires, financeurs et fournisseurs",
    text: "Durée de la relation + 5 ans ; pièces comptables : 10 ans",
    source: "Prescription de droit commun (Code civil, art. 2224) ; Code de commerce, art. L.123-22 pour les pièces comptables",
    aliases: ["partenaire", "fournisseurs", "fournisseur", "financeurs"],
    maxMonths: 60,
    keywords: ["partenaire", "partenaires", "fournisseur", "fournisseurs", "financeur", "financeurs", "subvention", "subventions", "achats"],
  },
  {
    key: "contact",
    label: "Demandes reçues par le formulaire de contact",
    text: "Le temps de répondre, puis 1 à 3 ans",
    source: "Recommandation (règle des prospects, CNIL)",
    aliases: ["formulaire de contact", "demandes"],
    maxMonths: 36,
    keywords: ["formulaire de contact", "demandes de contact", "site web", "site internet"],
  },
  {
    key: "droits",
    label: "Demandes d'exercice des droits",
    text: "5 ans (délai de prescription)",
    source: "Recommandation (prescription de droit commun)",
    aliases: ["exercice des droits", "demandes rgpd"],
    maxMonths: 60,
    keywords: ["exercice des droits", "demandes rgpd", "droits des personnes", "violations de donnees", "registre des violations"],
  },
];

function foldKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[_\u00a0’]/g, (c) => (c === "’" ? "'" : " "))
    .replace(/\s+/g, " ")
    .trim();
}

const presetByKey = new Map<string, RetentionPreset>();
for (const p of RETENTION_PRESETS) {
  presetByKey.set(p.key, p);
  presetByKey.set(foldKey(p.key.replace(/-/g, " ")), p);
  for (const a of p.aliases ?? []) presetByKey.set(foldKey(a), p);
}

/** The preset for a kind of data ("paie", "Adhérents", "médecin traitant"…), or undefined. */
export function retentionPreset(type: string): RetentionPreset | undefined {
  const k = foldKey(type);
  return presetByKey.get(k) ?? presetByKey.get(k.replace(/-/g, " ")) ?? presetByKey.get(k.replace(/ /g, "-"));
}

/** The recommended retention for a kind of data, as French text, or undefined when the kind is unknown. */
export function recommendedRetention(type: string): string | undefined {
  return retentionPreset(type)?.text;
}

/** The presets that are processing kinds (they have `maxMonths` and `keywords`), in the order of the list. */
export const PROCESSING_KINDS: readonly ProcessingKind[] = RETENTION_PRESETS.filter(
  (p): p is ProcessingKind => p.maxMonths !== undefined && p.keywords !== undefined,
);

/** The keys RGPD.CONSERVATION accepts, in the order of the list. */
export function retentionTypes(): string[] {
  return RETENTION_PRESETS.map((p) => p.key);
}
