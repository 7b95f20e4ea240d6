/**
 * Words that reveal health data when a CPTS types them in a register: the matcher in
 * ../text/health.ts finds them in any data row, sub-purpose or person category.
 *
 * Sources, checked 2026-12:
 * - GDPR art. 4(15) (health data, "including the provision of health care services") and recital 35 (a
 *   number assigned to identify a person for health purposes, results of tests and examinations, any
 *   information on a disease, disability, disease risk, medical history, clinical treatment or the
 *   physiological or biomedical state): https://eur-lex.europa.eu/eli/reg/2016/679/oj ;
 * - CNIL, « Qu'est-ce qu'une donnée de santé ? » (health data by nature, by cross-referencing, by
 *   intended use): https://www.cnil.fr/fr/quest-ce-ce-quune-donnee-de-sante ;
 * - our reference, /work/shared/reference/registre-cnil-et-regles.md §4.5 (for a CPTS, « ALD : oui »,
 *   « patient sans MT en ALD », « a besoin d'un kiné à domicile » are health data) and §5 (the CPTS
 *   processings: access to a médecin traitant, soins non programmés, parcours, prevention, crisis).
 *
 * Deliberately absent, because CPTS use them daily for something else:
 * - « traitement » alone (a processing, in a register), « soins » alone (« équipe de soins », « offre de
 *   soins », « parcours de soins », « accès aux soins »), « santé » alone (« CPTS », « professionnels de
 *   santé »), « prévention » (an activity that reveals nothing about a person), « médecin traitant »
 *   (« patients sans médecin traitant » describes who, not their health), « ETP » (also « équivalent
 *   temps plein »), « APA » (allocation or activité physique adaptée), « motif » alone, « prescription »
 *   alone (« délai de prescription »), « taille » and « poids » alone;
 * - see also HEALTH_EXCLUSIONS: phrases that contain a term but are not health data (« assurance
 *   maladie » is the CPAM, « diagnostic territorial » a CPTS study, « antécédents judiciaires » offence data).
 *
 * `activity: true` marks words that may name an activity of the CPTS as well as data about a person
 * (« vaccination », « dépistage », « soins non programmés »): the rules raise only a conseil for them
 * outside data rows.
 */

export interface HealthTerm {
  /** How messages name the term (French). */
  label: string;
  /** Folded forms (lower case, no accents, punctuation as spaces); plurals of the first and last word are added by the matcher. */
  forms: readonly string[];
  /** True when the word may name an activity (a vaccination campaign) rather than data about a person. */
  activity?: boolean;
}

export const HEALTH_TERMS_CHECKED_ON = "2026-12";

export const HEALTH_TERMS_SOURCES: readonly string[] = [
  "RGPD, art. 4.15 et considérant 35 (https://eur-lex.europa.eu/eli/reg/2016/679/oj)",
  "CNIL, « Qu'est-ce qu'une donnée de santé ? » (https://www.cnil.fr/fr/quest-ce-ce-quune-donnee-de-sante)",
  "Référentiel du projet, § 4.5 (données de santé d'une CPTS)",
];

export const HEALTH_TERMS: readonly HealthTerm[] = [
  { label: "ALD", forms: ["ald", "affection de longue duree", "affection longue duree", "exoneration ald"] },
  { label: "affection", forms: ["affection"] },
  { label: "pathologie", forms: ["pathologie", "pathologies chroniques"] },
  { label: "maladie", forms: ["maladie", "maladie chronique", "maladie professionnelle", "maladies professionnelles"] },
  {
    label: "arrêt de travail",
    forms: [
      "arret maladie",
      "arrets maladie",
      "arret de travail",
      "arrets de travail",
      "conge maladie",
      "conges maladie",
      "accident du travail",
      "accidents du travail",
      "accident de travail",
    ],
  },
  { label: "handicap", forms: ["handicap", "handicape", "handicapee", "handicapes", "handicapees", "situation de handicap", "taux d incapacite"] },
  { label: "RQTH", forms: ["rqth", "reconnaissance de la qualite de travailleur handicape", "travailleur handicape"] },
  { label: "invalidité", forms: ["invalidite", "pension d invalidite"] },
  { label: "inaptitude", forms: ["inaptitude", "aptitude medicale"] },
  { label: "diagnostic", forms: ["diagnostic"] },
  {
    label: "traitement médical",
    forms: [
      "traitement medical",
      "traitements medicaux",
      "traitement en cours",
      "traitements en cours",
      "traitement medicamenteux",
      "traitements medicamenteux",
    ],
  },
  { label: "médicament", forms: ["medicament", "medication"] },
  { label: "ordonnance", forms: ["ordonnance", "prescription medicale", "prescriptions medicales"] },
  {
    label: "motif de consultation",
    forms: ["motif de consultation", "motif de la consultation", "motif de recours", "motif medical", "motif de l appel", "motif de la demande de soins"],
  },
  { label: "antécédents", forms: ["antecedent", "antecedents medicaux", "antecedents familiaux"] },
  { label: "allergie", forms: ["allergie", "allergique", "intolerance alimentaire"] },
  { label: "grossesse", forms: ["grossesse", "enceinte", "enceintes", "ivg", "interruption volontaire de grossesse"] },
  { label: "vaccination", forms: ["vaccination", "vaccin"], activity: true },
  { label: "statut vaccinal", forms: ["statut vaccinal", "schema vaccinal", "carnet de vaccination", "vaccine", "vaccinee", "vaccines", "vaccinees"] },
  { label: "dépistage", forms: ["depistage"], activity: true },
  {
    label: "résultats d'examens",
    forms: [
      "resultat de depistage",
      "resultat de test",
      "resultat d examen",
      "resultats d examens",
      "resultat d analyse",
      "resultats d analyses",
      "examen medical",
      "examens medicaux",
      "bilan de sante",
      "compte rendu medical",
      "comptes rendus medicaux",
      "compte rendu d hospitalisation",
    ],
  },
  { label: "facteurs de risque", forms: ["facteur de risque", "facteurs de risques"] },
  { label: "INS", forms: ["ins", "insi", "matricule ins", "identifiant national de sante", "identite nationale de sante"] },
  {
    label: "dossier médical",
    forms: ["dossier medical", "dossier medical partage", "dmp", "dossier patient", "dossier de soins", "dossier de soin", "mon espace sante"],
  },
  {
    label: "état de santé",
    forms: [
      "etat de sante",
      "donnee de sante",
      "information de sante",
      "donnee medicale",
      "donnees medicales",
      "information medicale",
      "informations medicales",
      "situation medicale",
      "probleme de sante",
    ],
  },
  {
    label: "soins",
    forms: [
      "soins infirmiers",
      "soins a domicile",
      "besoin de soins",
      "besoin en soins",
      "type de soins",
      "nature des soins",
      "soins recus",
      "soins palliatifs",
      "plan de soins",
      "feuille de soins",
      "suivi medical",
      "prise en charge medicale",
      "acte medical",
      "actes medicaux",
      "kine a domicile",
      "kinesitherapeute a domicile",
      "infirmier a domicile",
      "infirmiere a domicile",
      "fin de vie",
    ],
  },
  { label: "soins non programmés", forms: ["soins non programmes", "snp"], activity: true },
  { label: "éducation thérapeutique", forms: ["education therapeutique"], activity: true },
  { label: "hospitalisation", forms: ["hospitalisation", "hospitalise", "hospitalisee", "hospitalises", "hospitalisees", "sortie d hospitalisation"] },
  { label: "dépendance", forms: ["dependance", "perte d autonomie", "niveau d autonomie", "degre d autonomie", "gir", "aggir", "grille aggir"] },
  { label: "fragilité", forms: ["fragilite"] },
  {
    label: "santé mentale",
    forms: ["sante mentale", "psychiatrique", "trouble psychique", "troubles psychiques", "suivi psychologique", "depression", "addiction", "addictologie"],
  },
  { label: "diabète", forms: ["diabete", "diabetique"] },
  { label: "cancer", forms: ["cancer", "oncologie"] },
  { label: "insuffisance cardiaque", forms: ["insuffisance cardiaque", "insuffisance renale", "insuffisance respiratoire", "bpco"] },
  { label: "obésité", forms: ["obesite"] },
  { label: "maladie d'Alzheimer", forms: ["alzheimer", "maladie d alzheimer", "troubles cognitifs"] },
  { label: "AVC", forms: ["avc", "accident vasculaire cerebral"] },
  { label: "hypertension", forms: ["hypertension"] },
  { label: "VIH", forms: ["vih", "sida", "seropositivite", "seropositif"] },
  { label: "hépatite", forms: ["hepatite"] },
  { label: "mesures physiologiques", forms: ["imc", "glycemie", "tension arterielle", "groupe sanguin", "poids et taille"] },
];

/**
 * Phrases that contain a health term but are not health data about a person (folded). Any occurrence
 * of a term inside one of them is ignored.
 */
export const HEALTH_EXCLUSIONS: readonly string[] = [
  "assurance maladie",
  "caisse primaire d assurance maladie",
  "diagnostic territorial",
  "diagnostic de territoire",
  "diagnostic du territoire",
  "diagnostic partage",
  "diagnostic des besoins",
  "diagnostic rgpd",
  "diagnostic de securite",
  "diagnostic securite",
  "diagnostic informatique",
  "diagnostic organisationnel",
  "antecedents judiciaires",
  "antecedent judiciaire",
  "antecedents penaux",
];
