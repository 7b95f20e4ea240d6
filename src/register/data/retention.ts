/**
 * Recommended retention periods for the kinds of data a CPTS keeps (reference §4.2), with their source.
 * Read by RGPD.CONSERVATION, the help panel and the template's list of retention presets.
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
}

export const RETENTION_PRESETS: readonly RetentionPreset[] = [
  {
    key: "paie",
    label: "Bulletins de paie et données de paie",
    text: "5 ans à compter du versement de la paie",
    source: "Code du travail, art. L.3243-4 ; exemple de la CNIL",
    aliases: ["salaire", "salaires", "bulletins de paie", "remuneration"],
  },
  {
    key: "personnel",
    label: "Registre unique du personnel, dossier du salarié",
    text: "5 ans après le départ du salarié",
    source: "Code du travail, art. R.1221-26 ; prescription de droit commun (Code civil, art. 2224)",
    aliases: ["salaries", "rh", "ressources humaines", "dossier salarie", "registre du personnel"],
  },
  {
    key: "candidats",
    label: "Candidats non retenus",
    text: "Jusqu'à la fin du recrutement ; 2 ans après le dernier contact dans un vivier, avec l'accord du candidat",
    source: "CNIL et Bpifrance, Guide pratique de sensibilisation au RGPD pour les PME (2018)",
    aliases: ["candidat", "recrutement", "cv"],
  },
  {
    key: "prospects",
    label: "Prospects sans réponse",
    text: "3 ans après le dernier contact",
    source: "CNIL, Guide RGPD du développeur, fiche 14 « Gérer la durée de conservation des données »",
    aliases: ["prospect", "prospection"],
  },
  {
    key: "clients",
    label: "Clients inactifs",
    text: "3 ans après la fin de la relation commerciale (les pièces comptables à part : 10 ans)",
    source: "CNIL et Bpifrance, Guide pratique de sensibilisation au RGPD pour les PME (2018)",
    aliases: ["client", "relation client"],
  },
  {
    key: "adherents",
    label: "Adhérents de l'association",
    text: "Durée de l'adhésion (jusqu'à la démission ou la radiation) ; cotisations : 10 ans (pièces comptables)",
    source: "Ancienne dispense CNIL pour les associations ; Code de commerce, art. L.123-22",
    aliases: ["adherent", "membres", "membre", "adhesion", "cotisations"],
  },
  {
    key: "comptabilite",
    label: "Pièces comptables (factures, cotisations, indemnisations)",
    text: "10 ans à compter de la clôture de l'exercice",
    source: "Code de commerce, art. L.123-22",
    aliases: ["comptable", "comptables", "factures", "pieces comptables", "indemnisation", "indemnisations"],
  },
  {
    key: "newsletter",
    label: "Abonnés à la lettre d'information",
    text: "Jusqu'au désabonnement ; non-adhérents inactifs : 3 ans après le dernier contact",
    source: "Règle des prospects appliquée à la lettre d'information (CNIL, Guide RGPD du développeur, fiche 14)",
    aliases: ["lettre d'information", "emailing", "abonnes"],
  },
  {
    key: "journaux",
    label: "Journaux de connexion (logs)",
    text: "6 mois à 1 an",
    source: "CNIL, recommandation de 2021 sur la journalisation ; Guide RGPD du développeur, fiche 14",
    aliases: ["logs", "journal", "journalisation", "traces", "connexion"],
  },
  {
    key: "cookies",
    label: "Cookies et traceurs",
    text: "13 mois au plus pour le traceur (sans prolongation automatique) ; choix de l'internaute : 6 mois",
    source: "CNIL, délibérations 2020-091 et 2020-092",
    aliases: ["cookie", "traceurs", "traceur"],
  },
  {
    key: "audience",
    label: "Données de mesure d'audience",
    text: "25 mois",
    source: "CNIL, délibérations 2020-091 et 2020-092",
    aliases: ["mesure d'audience", "statistiques de visite"],
  },
  {
    key: "video",
    label: "Images de vidéosurveillance",
    text: "1 mois au plus (quelques jours suffisent le plus souvent)",
    source: "CNIL, fiches sur la vidéosurveillance",
    aliases: ["videosurveillance", "video-surveillance", "camera", "cameras", "images"],
  },
  {
    key: "appels",
    label: "Enregistrements d'appels téléphoniques",
    text: "6 mois",
    source: "CNIL, norme simplifiée n° 57",
    aliases: ["appel", "enregistrements", "telephone"],
  },
  {
    key: "dossier-medical",
    label: "Dossier médical",
    text: "20 ans après la dernière prise en charge (mineur : au moins jusqu'à ses 28 ans ; décès : 10 ans après)",
    source: "Code de la santé publique, art. R.1112-7 ; guide CNOM-CNIL pour les médecins",
    aliases: ["dossier medical", "dossier patient", "dossier de soins"],
  },
  {
    key: "mt",
    label: "Patients sans médecin traitant (orientation)",
    text: "Jusqu'à l'attribution d'un médecin traitant + 3 mois, puis suppression ou anonymisation",
    source: "Recommandation pour les CPTS (pas de référentiel CNIL dédié) : le besoin satisfait, plus un court délai de suivi",
    aliases: ["medecin traitant", "acces mt", "patients sans mt", "orientation"],
  },
  {
    key: "snp",
    label: "Soins non programmés (demandes et rendez-vous)",
    text: "Jusqu'à la prise en charge, puis au plus 1 an ; journaux : 6 mois à 1 an",
    source: "Guide CNOM-CNIL (prise de rendez-vous) ; recommandation pour les CPTS",
    aliases: ["soins non programmes", "sas", "rendez-vous", "rdv"],
  },
  {
    key: "parcours",
    label: "Coordination de parcours de patients",
    text: "Durée du suivi + 5 ans",
    source: "Recommandation pour les CPTS (aligner sur le référentiel du dossier de soins si c'en est un)",
    aliases: ["coordination", "parcours de soins", "patients fragiles"],
  },
  {
    key: "prevention",
    label: "Actions de prévention et de dépistage",
    text: "Durée de l'action + 1 an, puis anonymisation pour l'évaluation",
    source: "Recommandation pour les CPTS",
    aliases: ["depistage", "vaccination", "action"],
  },
  {
    key: "formations",
    label: "Formations, réunions et événements",
    text: "3 à 5 ans pour les preuves de présence (contrôles des financeurs) ; pièces comptables : 10 ans",
    source: "Recommandation pour les CPTS",
    aliases: ["formation", "evenements", "reunions", "emargement"],
  },
  {
    key: "contact",
    label: "Demandes reçues par le formulaire de contact",
    text: "Le temps de répondre, puis 1 à 3 ans",
    source: "Recommandation (règle des prospects, CNIL)",
    aliases: ["formulaire de contact", "demandes"],
  },
  {
    key: "droits",
    label: "Demandes d'exercice des droits",
    text: "5 ans (délai de prescription)",
    source: "Recommandation (prescription de droit commun)",
    aliases: ["exercice des droits", "demandes rgpd"],
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

/** The preset for a kind of data ("paie", "Adhérents", "dossier médical"…), or undefined. */
export function retentionPreset(type: string): RetentionPreset | undefined {
  const k = foldKey(type);
  return presetByKey.get(k) ?? presetByKey.get(k.replace(/-/g, " ")) ?? presetByKey.get(k.replace(/ /g, "-"));
}

/** The recommended retention for a kind of data, as French text, or undefined when the kind is unknown. */
export function recommendedRetention(type: string): string | undefined {
  return retentionPreset(type)?.text;
}

/** The keys RGPD.CONSERVATION accepts, in the order of the list. */
export function retentionTypes(): string[] {
  return RETENTION_PRESETS.map((p) => p.key);
}
