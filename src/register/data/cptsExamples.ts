/**
 * Typical CPTS processings (reference §5), as the examples the help panel shows beside a field. They are
 * illustrations to adapt, not values to copy: each says what a CPTS commonly writes in each field.
 */
import type { DataCategoryKey } from "../model";
import type { AipdStatus } from "../findings";

export interface ExampleChoice {
  value: string;
  detail: string;
}

export interface CptsExample {
  id: string;
  name: string;
  /** Folded words that, found in a fiche's name, make this example the closest one. */
  keywords: string[];
  mainPurpose: string;
  subPurposes: string[];
  legalBasis: string;
  art9Exception: string;
  persons: ExampleChoice[];
  data: Partial<Record<DataCategoryKey, { description: string; retention: string }>>;
  recipients: ExampleChoice[];
  measures: ExampleChoice[];
  transfers: { recipient: string; country: string; guarantee: string; documentation: string }[];
  aipd: AipdStatus;
}

export const CPTS_EXAMPLES: readonly CptsExample[] = [
  {
    id: "acces-mt",
    name: "Accès à un médecin traitant (patients sans médecin traitant)",
    keywords: ["medecin traitant", "sans mt", "acces mt", "acces aux soins", "orientation"],
    mainPurpose: "Faciliter l'accès à un médecin traitant des patients du territoire qui n'en ont pas",
    subPurposes: [
      "Recensement des demandes des patients",
      "Priorisation des demandes (ALD, fragilité, âge)",
      "Orientation vers un médecin de la CPTS",
      "Suivi des indicateurs de l'ACI (données anonymisées)",
    ],
    legalBasis: "Mission d'intérêt public (art. 6.1.e)",
    art9Exception: "Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)",
    persons: [
      { value: "Patients sans médecin traitant", detail: "Patients du territoire qui demandent un médecin traitant" },
      { value: "Aidants / proches / personne de confiance", detail: "Représentant qui fait la demande pour le patient" },
    ],
    data: {
      identity: {
        description: "Nom, prénom, date de naissance, adresse, téléphone, courriel",
        retention: "Jusqu'à l'attribution d'un médecin traitant + 3 mois, puis suppression",
      },
      personalLife: {
        description: "Composition du foyer, possibilité de se déplacer",
        retention: "Jusqu'à l'attribution d'un médecin traitant + 3 mois, puis suppression",
      },
      health: {
        description: "Affection de longue durée (ALD : oui/non), besoins de suivi",
        retention: "Jusqu'à l'attribution d'un médecin traitant + 3 mois, puis suppression",
      },
    },
    recipients: [
      { value: "Service interne qui traite les données", detail: "Coordinateur de la CPTS, tenu au secret" },
      { value: "Partenaires institutionnels ou commerciaux", detail: "Médecins traitants receveurs ; CPAM (indicateurs anonymisés)" },
      { value: "Sous-traitants", detail: "Éditeur du formulaire en ligne, hébergeur certifié HDS" },
    ],
    measures: [
      { value: "Contrôle d'accès des utilisateurs", detail: "Accès réservé au coordinateur, mot de passe robuste" },
      { value: "Hébergement certifié HDS", detail: "Formulaire et base hébergés chez un hébergeur certifié HDS" },
      { value: "Sauvegarde des données", detail: "Sauvegarde chiffrée quotidienne" },
    ],
    transfers: [],
    aipd: "likely",
  },
  {
    id: "snp",
    name: "Soins non programmés / participation au SAS",
    keywords: ["soins non programmes", "snp", "sas", "service d'acces aux soins", "creneaux"],
    mainPurpose: "Organiser la réponse aux demandes de soins non programmés du territoire",
    subPurposes: ["Planning des créneaux et des effecteurs", "Orientation des patients", "Traçabilité des prises en charge", "Indicateurs d'activité"],
    legalBasis: "Mission d'intérêt public (art. 6.1.e)",
    art9Exception: "Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)",
    persons: [
      { value: "Patients / usagers", detail: "Patients orientés vers un créneau de soins non programmés" },
      { value: "Professionnels de santé adhérents", detail: "Médecins effecteurs, régulateurs" },
    ],
    data: {
      identity: {
        description: "Patients : nom, prénom, téléphone ; professionnels : nom, RPPS, créneaux",
        retention: "Au plus 1 an après la prise en charge ; planning : année N + 1",
      },
      connection: { description: "Journaux de connexion à l'outil", retention: "6 mois à 1 an" },
      health: { description: "Motif de la demande de soins", retention: "Au plus 1 an après la prise en charge" },
    },
    recipients: [
      { value: "Partenaires institutionnels ou commerciaux", detail: "SAMU / SAS ; ARS et CPAM (indicateurs)" },
      { value: "Sous-traitants", detail: "Outil d'agenda partagé, hébergeur certifié HDS" },
    ],
    measures: [
      { value: "Authentification forte / carte CPS-e-CPS", detail: "Connexion des professionnels par e-CPS" },
      { value: "Mesures de traçabilité", detail: "Journalisation des accès aux dossiers" },
    ],
    transfers: [],
    aipd: "likely",
  },
  {
    id: "parcours",
    name: "Parcours pluriprofessionnels (coordination ville-hôpital-ville)",
    keywords: ["parcours", "coordination", "ville hopital", "sortie d'hospitalisation", "patients complexes", "maintien a domicile", "fragiles"],
    mainPurpose: "Coordonner la prise en charge des patients complexes entre les professionnels du territoire",
    subPurposes: ["Partage d'informations au sein de l'équipe de soins", "Concertations pluriprofessionnelles", "Suivi du parcours"],
    legalBasis: "Mission d'intérêt public (art. 6.1.e)",
    art9Exception: "Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)",
    persons: [
      { value: "Patients / usagers", detail: "Patients suivis dans un parcours (sortie d'hospitalisation, insuffisance cardiaque…)" },
      { value: "Aidants / proches / personne de confiance", detail: "Aidants et personne de confiance" },
    ],
    data: {
      identity: { description: "Nom, prénom, date de naissance, coordonnées", retention: "Durée du suivi + 5 ans" },
      personalLife: { description: "Situation sociale, environnement de vie", retention: "Durée du suivi + 5 ans" },
      health: { description: "Informations strictement nécessaires à la coordination des soins", retention: "Durée du suivi + 5 ans" },
    },
    recipients: [
      { value: "Partenaires institutionnels ou commerciaux", detail: "Professionnels de l'équipe de soins ; établissements, DAC, HAD" },
      { value: "Sous-traitants", detail: "Outil e-parcours (Terr-eSanté, SESAN), messagerie MSSanté : hébergement HDS" },
    ],
    measures: [
      { value: "Messagerie sécurisée de santé (MSSanté)", detail: "Échanges de données de santé par MSSanté uniquement" },
      { value: "Habilitations / gestion des profils", detail: "Accès selon le rôle dans l'équipe de soins" },
    ],
    transfers: [],
    aipd: "likely",
  },
  {
    id: "prevention",
    name: "Actions de prévention et de dépistage",
    keywords: ["prevention", "depistage", "vaccination", "atelier", "etp", "sport sante"],
    mainPurpose: "Organiser des actions de prévention et de dépistage sur le territoire",
    subPurposes: ["Inscriptions et relances", "Émargement", "Évaluation des actions (données anonymisées)"],
    legalBasis: "Mission d'intérêt public (art. 6.1.e)",
    art9Exception: "Consentement explicite (art. 9.2.a)",
    persons: [{ value: "Participants aux actions de prévention", detail: "Habitants inscrits aux ateliers" }],
    data: {
      identity: { description: "Nom, prénom, téléphone, courriel", retention: "Durée de l'action + 1 an" },
      health: { description: "Seulement si nécessaire à l'action (ex. : vaccination à jour)", retention: "Durée de l'action + 1 an" },
    },
    recipients: [
      { value: "Service interne qui traite les données", detail: "Équipe de coordination" },
      { value: "Partenaires institutionnels ou commerciaux", detail: "ARS, CPAM, collectivités (chiffres anonymisés)" },
    ],
    measures: [
      { value: "Contrôle d'accès des utilisateurs", detail: "Fichier d'inscription partagé avec la seule équipe de coordination" },
      { value: "Chiffrement des données", detail: "Fichier chiffré, transmis aux effecteurs par MSSanté" },
    ],
    transfers: [],
    aipd: "likely",
  },
  {
    id: "crise",
    name: "Gestion de crise sanitaire (plan SSE de la CPTS)",
    keywords: ["crise", "sse", "canicule", "epidemie", "situation sanitaire exceptionnelle"],
    mainPurpose: "Préparer et organiser la réponse de la CPTS aux crises sanitaires",
    subPurposes: ["Annuaire des professionnels mobilisables", "Liste des patients vulnérables", "Organisation de la vaccination ou du dépistage de masse"],
    legalBasis: "Mission d'intérêt public (art. 6.1.e)",
    art9Exception: "Intérêt public dans le domaine de la santé publique (art. 9.2.i)",
    persons: [
      { value: "Professionnels de santé adhérents", detail: "Professionnels mobilisables" },
      { value: "Patients / usagers", detail: "Patients vulnérables à contacter pendant la crise" },
    ],
    data: {
      identity: {
        description: "Nom, prénom, coordonnées, disponibilités des professionnels",
        retention: "Tant que le professionnel est adhérent (mise à jour annuelle)",
      },
      health: {
        description: "Vulnérabilité des patients (ex. : dépendance, traitement à domicile)",
        retention: "Durée de la crise + court délai, puis suppression",
      },
    },
    recipients: [{ value: "Partenaires institutionnels ou commerciaux", detail: "ARS, préfecture, CPAM, communes et CCAS" }],
    measures: [
      { value: "Chiffrement des données", detail: "Liste des patients chiffrée, partagée par MSSanté" },
      { value: "Contrôle d'accès des utilisateurs", detail: "Liste accessible à la seule cellule de crise, comptes nominatifs" },
    ],
    transfers: [],
    aipd: "required",
  },
  {
    id: "adherents",
    name: "Gestion des adhérents",
    keywords: ["adherent", "adherents", "membres", "cotisation", "assemblee generale", "adhesion"],
    mainPurpose: "Gestion administrative des membres de l'association",
    subPurposes: ["Adhésions et cotisations", "Assemblées générales et élections du CA", "Annuaire interne", "Convocations et attestations"],
    legalBasis: "Exécution d'un contrat ou de mesures précontractuelles (art. 6.1.b)",
    art9Exception: "Non applicable (pas de données sensibles)",
    persons: [
      { value: "Professionnels de santé adhérents", detail: "Professionnels libéraux adhérents" },
      { value: "Structures adhérentes (représentants)", detail: "Représentants des maisons et centres de santé adhérents" },
    ],
    data: {
      identity: { description: "Nom, prénom, profession, RPPS/ADELI, adresse et courriel professionnels, mode d'exercice", retention: "Durée de l'adhésion" },
      economic: { description: "Cotisations, RIB en cas de prélèvement", retention: "10 ans (pièces comptables)" },
    },
    recipients: [
      { value: "Service interne qui traite les données", detail: "Bureau, conseil d'administration, coordination" },
      { value: "Sous-traitants", detail: "Outil de gestion associative" },
    ],
    measures: [{ value: "Contrôle d'accès des utilisateurs", detail: "Accès limité au bureau et à la coordination" }],
    transfers: [],
    aipd: "not-required",
  },
  {
    id: "rh",
    name: "Ressources humaines et paie",
    keywords: ["rh", "ressources humaines", "paie", "salaries", "personnel", "salaire"],
    mainPurpose: "Gestion du personnel salarié de la CPTS",
    subPurposes: ["Contrats de travail", "Paie et déclarations sociales (DSN)", "Congés", "Médecine du travail", "Formation"],
    legalBasis: "Obligation légale (art. 6.1.c)",
    art9Exception: "Obligations en droit du travail, de la sécurité sociale et de la protection sociale (art. 9.2.b)",
    persons: [
      { value: "Salariés", detail: "Coordinateur, chargés de mission, secrétariat" },
      { value: "Stagiaires / internes", detail: "Stagiaires" },
    ],
    data: {
      identity: { description: "Nom, prénom, adresse, date de naissance", retention: "5 ans après le départ du salarié" },
      personalLife: { description: "Situation familiale (pour les avantages sociaux)", retention: "5 ans après le départ du salarié" },
      economic: { description: "Salaire, RIB", retention: "5 ans à compter du versement de la paie" },
      nir: { description: "NIR des salariés, pour la DSN uniquement", retention: "5 ans à compter du versement de la paie" },
      health: { description: "Arrêts de travail, RQTH (accès restreint)", retention: "5 ans après le départ du salarié" },
    },
    recipients: [
      { value: "Service interne qui traite les données", detail: "Direction, trésorier" },
      { value: "Sous-traitants", detail: "Cabinet de paie / expert-comptable" },
      { value: "Partenaires institutionnels ou commerciaux", detail: "URSSAF, caisses de retraite, prévoyance, mutuelle, service de santé au travail" },
    ],
    measures: [
      { value: "Contrôle d'accès des utilisateurs", detail: "Dossiers du personnel accessibles à la seule direction" },
      { value: "Sauvegarde des données", detail: "Sauvegarde chiffrée des dossiers du personnel" },
    ],
    transfers: [],
    aipd: "not-required",
  },
  {
    id: "recrutement",
    name: "Recrutement",
    keywords: ["recrutement", "candidats", "candidat", "cv", "embauche"],
    mainPurpose: "Sélection des candidats aux postes de la CPTS",
    subPurposes: ["Réception des CV", "Entretiens", "Vivier de candidats (avec leur accord)"],
    legalBasis: "Exécution d'un contrat ou de mesures précontractuelles (art. 6.1.b)",
    art9Exception: "Non applicable (pas de données sensibles)",
    persons: [{ value: "Candidats", detail: "Candidats aux postes ouverts" }],
    data: {
      identity: {
        description: "Nom, prénom, coordonnées, CV, lettre de motivation",
        retention: "Fin du recrutement ; vivier : 2 ans après le dernier contact, avec accord",
      },
    },
    recipients: [{ value: "Service interne qui traite les données", detail: "Bureau, jury de recrutement" }],
    measures: [{ value: "Contrôle d'accès des utilisateurs", detail: "CV rangés dans un dossier réservé au jury" }],
    transfers: [],
    aipd: "not-required",
  },
  {
    id: "indemnisation",
    name: "Indemnisation des professionnels de santé et bénévoles",
    keywords: ["indemnisation", "indemnites", "defraiement", "remuneration des professionnels", "astreintes"],
    mainPurpose: "Indemniser la participation des professionnels aux missions de la CPTS",
    subPurposes: ["Relevés de temps", "Paiements", "Attestations fiscales"],
    legalBasis: "Exécution d'un contrat ou de mesures précontractuelles (art. 6.1.b)",
    art9Exception: "Non applicable (pas de données sensibles)",
    persons: [{ value: "Professionnels de santé adhérents", detail: "Professionnels libéraux, bénévoles" }],
    data: {
      identity: { description: "Nom, prénom, adresse professionnelle", retention: "10 ans (pièces comptables)" },
      economic: { description: "RIB, SIRET, montants versés", retention: "10 ans (pièces comptables)" },
    },
    recipients: [
      { value: "Service interne qui traite les données", detail: "Trésorier" },
      { value: "Sous-traitants", detail: "Expert-comptable" },
    ],
    measures: [{ value: "Sauvegarde des données", detail: "Sauvegarde de la comptabilité" }],
    transfers: [],
    aipd: "not-required",
  },
  {
    id: "formations",
    name: "Formations, réunions et événements",
    keywords: ["formation", "formations", "reunion", "evenement", "webinaire", "soiree"],
    mainPurpose: "Organiser les formations, réunions et événements de la CPTS",
    subPurposes: ["Inscriptions", "Émargement", "Attestations de présence", "Évaluation"],
    legalBasis: "Intérêt légitime (art. 6.1.f)",
    art9Exception: "Non applicable (pas de données sensibles)",
    persons: [{ value: "Participants aux formations / événements", detail: "Professionnels et partenaires inscrits" }],
    data: {
      identity: { description: "Nom, prénom, profession, courriel", retention: "3 à 5 ans (preuves de présence pour les financeurs)" },
      economic: { description: "Paiement de l'inscription, s'il y en a un", retention: "10 ans (pièces comptables)" },
    },
    recipients: [
      { value: "Sous-traitants", detail: "Outil d'inscription, outil de visioconférence" },
      { value: "Partenaires institutionnels ou commerciaux", detail: "Organisme de DPC, financeur" },
    ],
    measures: [{ value: "Contrôle des sous-traitants", detail: "Contrat avec clauses RGPD (art. 28) pour l'outil d'inscription" }],
    transfers: [],
    aipd: "not-required",
  },
  {
    id: "site-web",
    name: "Site web, formulaire de contact et cookies",
    keywords: ["site", "web", "internet", "contact", "cookies", "formulaire de contact"],
    mainPurpose: "Informer le public et répondre aux demandes reçues par le site",
    subPurposes: ["Formulaire de contact", "Mesure d'audience"],
    legalBasis: "Intérêt légitime (art. 6.1.f)",
    art9Exception: "Non applicable (pas de données sensibles)",
    persons: [{ value: "Internautes (visiteurs du site)", detail: "Visiteurs, personnes qui écrivent par le formulaire" }],
    data: {
      identity: { description: "Nom, courriel, message", retention: "Le temps de répondre, puis 1 à 3 ans" },
      connection: {
        description: "Adresse IP, journaux, cookies de mesure d'audience",
        retention: "Traceurs : 13 mois ; audience : 25 mois ; journaux : 6 mois à 1 an",
      },
    },
    recipients: [{ value: "Sous-traitants", detail: "Hébergeur du site, outil de mesure d'audience" }],
    measures: [{ value: "Mesures de protection des logiciels", detail: "Mises à jour du site, certificat https" }],
    transfers: [],
    aipd: "not-required",
  },
  {
    id: "newsletter",
    name: "Newsletter et communication",
    keywords: ["newsletter", "lettre d'information", "communication", "emailing", "abonnes"],
    mainPurpose: "Diffuser la lettre d'information aux adhérents et aux partenaires",
    subPurposes: ["Gestion des abonnements et désabonnements", "Statistiques d'ouverture"],
    legalBasis: "Consentement (art. 6.1.a)",
    art9Exception: "Non applicable (pas de données sensibles)",
    persons: [{ value: "Abonnés à la newsletter", detail: "Adhérents, partenaires, abonnés" }],
    data: {
      identity: { description: "Nom, courriel", retention: "Jusqu'au désabonnement ; non-adhérents inactifs : 3 ans" },
      connection: { description: "Statistiques d'ouverture", retention: "Jusqu'au désabonnement" },
    },
    recipients: [{ value: "Sous-traitants", detail: "Outil d'emailing" }],
    measures: [{ value: "Contrôle des sous-traitants", detail: "Outil d'emailing hébergé dans l'Union européenne" }],
    transfers: [
      {
        recipient: "Outil d'emailing (si hébergé aux États-Unis)",
        country: "Etats-Unis",
        guarantee: "EU-US Data Privacy Framework (organisme certifié)",
        documentation: "Certification vérifiée sur dataprivacyframework.gov",
      },
    ],
    aipd: "not-required",
  },
];

function foldText(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-_’/]/g, (c) => (c === "’" ? "'" : " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** The example closest to a processing's name (by keywords), or the first (patients without a doctor). */
export function closestExample(processingName: string): CptsExample {
  const name = ` ${foldText(processingName)} `;
  let best = CPTS_EXAMPLES[0];
  let bestScore = 0;
  for (const ex of CPTS_EXAMPLES) {
    let score = 0;
    for (const k of ex.keywords) if (name.includes(` ${k} `) || (k.length > 4 && name.includes(k))) score += k.length;
    if (score > bestScore) {
      best = ex;
      bestScore = score;
    }
  }
  return best;
}
