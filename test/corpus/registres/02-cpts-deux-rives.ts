/**
 * CORRECT. The CPTS des Deux Rives has no DPO; its coordinator, trained by the URPS, keeps the CNIL
 * workbook as it is (no added rows): she copies the model with Excel's « Déplacer ou copier », renames
 * the tabs, and writes the legal basis and the art. 9 exception in the purposes. Saved by LibreOffice.
 */
import { le, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "02-cpts-deux-rives",
  qui: "Coordinatrice sans DPO, formée par l'URPS ; modèle CNIL tel quel, copies Excel renommées ; base légale écrite dans les finalités.",
  correct: true,
  enregistre: "LibreOffice",
  organisation: {
    Nom: "CPTS des Deux Rives",
    Prénom: "Marc (président)",
    Adresse: "3 quai de la Marne",
    "Adresse mél": "coordination@cpts-deuxrives.fr",
    "Code postal": "94340",
    Ville: "Joinville-le-Pont",
    Téléphone: "01 48 83 20 10",
  },
  fiches: [
    {
      "Nom du traitement": "Ressources humaines et paie",
      Copie: "excel",
      Onglet: "RH et paie",
      "N° / RÉF": "DR-01",
      // Typed as text, like the CNIL's own example tab (B7).
      "Date de création du traitement": "04/02/2025",
      "Mise à jour du traitement": "14/09/2026",
      "Finalité principale":
        "Gestion du personnel salarié de la CPTS (exécution du contrat de travail et obligations légales de l'employeur, art. 6.1.b et 6.1.c)",
      "Sous-finalités": [
        "Paie et déclarations sociales (DSN)",
        "Suivi des arrêts de travail et de la médecine du travail (art. 9.2.b : obligations du droit du travail)",
        "Congés et temps de travail",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, adresse, date de naissance, coordonnées", " Durée du contrat, puis 5 ans "],
        "Vie personnelle": ["Situation familiale (pour la mutuelle et la prévoyance)", "Durée du contrat, puis 5 ans"],
        "Informations d'ordre économique et financier": ["Salaire, primes, RIB", "5 ans à compter du versement de la paie"],
        "Numéro de Sécurité Sociale (ou NIR)": ["Numéro de sécurité sociale, pour la DSN et la mutuelle", "5 ans à compter du versement de la paie"],
        "Données concernant la santé": [
          "Arrêts de travail, avis de la médecine du travail, reconnaissance de travailleur handicapé le cas échéant",
          "Durée du contrat, puis 5 ans",
        ],
      },
      "Catégories de personnes concernées": [["Salariés", "Coordinatrice, chargée de mission et secrétaire"]],
      Destinataires: [
        ["Service interne qui traite les données", "Présidente et trésorier"],
        ["Sous-traitants", "Cabinet comptable (paie et DSN)"],
        ["Partenaires institutionnels ou commerciaux", "URSSAF, caisses de retraite, mutuelle, prévoyance, service de santé au travail"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Dossiers du personnel sous clé ; dossier informatique réservé à la présidente"],
        ["Sauvegarde des données", "Sauvegarde mensuelle chiffrée"],
        ["Contrôle des sous-traitants", "Lettre de mission du cabinet comptable avec les clauses de l'article 28"],
      ],
      "Transferts hors UE": [["AUCUN TRANSFERT"]],
    },
    {
      "Nom du traitement": "Soins non programmés",
      Copie: "excel",
      Onglet: "SNP",
      "N° / RÉF": "DR-02",
      "Date de création du traitement": le("04/02/2025"),
      "Mise à jour du traitement": le("14/09/2026"),
      "Finalité principale": "Organiser la réponse aux demandes de soins non programmés du territoire (mission d'intérêt public confiée par l'ACI, art. 6.1.e)",
      "Sous-finalités": [
        "Planning des créneaux des médecins effecteurs",
        "Orientation des patients vers un créneau disponible",
        "Suivi des prises en charge et indicateurs anonymisés",
        "Données de santé traitées au titre de l'art. 9.2.h (prise en charge sanitaire)",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Patients : nom, prénom, date de naissance, téléphone ; médecins : nom, RPPS, créneaux",
          "1 an après la prise en charge",
        ],
        "Données de connexion": ["Journaux d'accès à l'outil d'orientation", "6 mois"],
        "Numéro de Sécurité Sociale (ou NIR)": ["Néant"],
        "Données concernant la santé": ["Motif de recours indiqué par le régulateur", "1 an après la prise en charge"],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", "Patients orientés vers un créneau de soins non programmés"],
        ["Autres (préciser)", "Médecins effecteurs et régulateurs"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Coordinatrice des soins non programmés"],
        ["Partenaires institutionnels ou commerciaux", "Médecins effecteurs de la CPTS"],
        ["Partenaires institutionnels ou commerciaux", "SAMU-Centre 15 et service d'accès aux soins (régulation)"],
        ["Sous-traitants", "Éditeur de l'outil d'orientation, hébergement certifié HDS"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs ", "Connexion par carte CPS ou e-CPS"],
        ["Mesures de traçabilité", "Journalisation des consultations des dossiers"],
        ["Chiffrement des données", "Données chiffrées chez l'hébergeur HDS"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Recrutement",
      Copie: "excel",
      Onglet: "Recrutement",
      "N° / RÉF": "DR-03",
      "Date de création du traitement": le("10/06/2025"),
      "Mise à jour du traitement": le("14/09/2026"),
      "Finalité principale": "Sélection des candidats aux postes de la CPTS (mesures précontractuelles, art. 6.1.b)",
      "Sous-finalités": ["Réception des candidatures", "Entretiens", "Vivier de candidats, avec leur accord"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "CV, lettre de motivation, coordonnées",
          "Fin du recrutement ; 2 ans après le dernier contact si le candidat accepte d'entrer dans le vivier",
        ],
        "Vie personnelle": ["N/A"],
        "Données concernant la santé": ["SANS OBJET"],
      },
      "Catégories de personnes concernées": [["Candidats", "Personnes qui postulent aux offres de la CPTS"]],
      Destinataires: [["Service interne qui traite les données", "Membres du bureau qui conduisent les entretiens"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Candidatures reçues sur une adresse dédiée, lue par le bureau seul"],
        ["Autres mesures (à préciser)", "Suppression des candidatures non retenues à la fin du recrutement"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Formations et soirées thématiques",
      Copie: "excel",
      Onglet: "Formations",
      "N° / RÉF": "DR-04",
      "Date de création du traitement": le("10/06/2025"),
      "Mise à jour du traitement": le("21/10/2026"),
      "Finalité principale":
        "Organiser les formations, webinaires et soirées thématiques des professionnels du territoire (intérêt légitime de l'association, art. 6.1.f)",
      "Sous-finalités": ["Inscriptions et émargement", "Attestations de présence pour les financeurs"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, prénom, profession, RPPS, mél",
          "5 ans après la formation (justificatifs demandés par les financeurs)",
        ],
        "Informations d'ordre économique et financier": ["Frais d'inscription réglés", "10 ans (pièces comptables)"],
        "Données concernant la santé": ["Néant"],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", "Professionnels de santé inscrits"],
        ["Autres (préciser)", "Intervenants"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Chargée de mission formation"],
        ["Partenaires institutionnels ou commerciaux", "Organisme de DPC et financeurs (listes d'émargement)"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Fichier des inscrits réservé à la chargée de mission"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
  ],
};

export default registre;
