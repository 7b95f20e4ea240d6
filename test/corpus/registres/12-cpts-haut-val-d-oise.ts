/**
 * MISTAKES. The CPTS du Haut Val d'Oise copied fiches with Excel and left tab 2 behind: a second fiche
 * keeps the first one's reference (and so does its line), the newsletter's line has its old name,
 * the tele-expertise fiche (health data) says « Non » in tab 2, names Omnidoc only in a sub-purpose,
 * and collects patients' social-security numbers without saying why. Saved by Excel.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "12-cpts-haut-val-d-oise",
  qui: "Deux coordinatrices successives ; copies Excel, onglet 2 tenu à la main ; enregistré par Excel.",
  correct: false,
  enregistre: "Excel",
  organisation: {
    Nom: "CPTS du Haut Val d'Oise",
    Prénom: "Émilie (coordinatrice)",
    Adresse: "11 rue de Beaumont",
    "Adresse mél": "contact@cpts-hautvaldoise.fr",
    "Code postal": "95260",
    Ville: "Beaumont-sur-Oise",
    Téléphone: "01 30 28 70 00",
  },
  fiches: [
    {
      "Nom du traitement": "Gestion des adhérents",
      Copie: "excel",
      Onglet: "Adhérents",
      "N° / RÉF": "HVO-01",
      "Date de création du traitement": le("20/01/2026"),
      "Mise à jour du traitement": le("08/10/2026"),
      "Finalité principale": "Gestion des adhésions et des cotisations (exécution du contrat d'adhésion, art. 6.1.b)",
      "Sous-finalités": ["Appel des cotisations", "Assemblées générales"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, profession, RPPS, coordonnées professionnelles", "Jusqu'à la démission, puis 1 an"],
        "Informations d'ordre économique et financier": ["Cotisations", "10 ans (pièces comptables)"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Professionnels de santé adhérents"]],
      Destinataires: [["Service interne qui traite les données", "Bureau"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Fichier réservé au bureau"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
    },
    {
      "Nom du traitement": "Formations des professionnels",
      Copie: "excel",
      Onglet: "Formations",
      "N° / RÉF": plant("consistency.duplicate-ref", "error", "HVO-01"),
      "Date de création du traitement": le("20/01/2026"),
      "Mise à jour du traitement": le("08/10/2026"),
      "Finalité principale": "Organiser les formations des professionnels du territoire (intérêt légitime, art. 6.1.f)",
      "Sous-finalités": ["Inscriptions", "Attestations de présence"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, profession, mél", "5 ans après la formation (justificatifs pour les financeurs)"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Professionnels de santé inscrits"]],
      Destinataires: [["Service interne qui traite les données", "Chargée de mission"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Liste des inscrits réservée à la chargée de mission"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
      "Ligne de l'onglet 2": { "N° / RÉF": plant("consistency.duplicate-line", "warning", "HVO-01") },
    },
    {
      "Nom du traitement": "Lettre d'information",
      Copie: "excel",
      Onglet: "Lettre",
      "N° / RÉF": "HVO-03",
      "Date de création du traitement": le("20/01/2026"),
      "Mise à jour du traitement": le("08/10/2026"),
      "Finalité principale": "Informer les adhérents (intérêt légitime, art. 6.1.f)",
      "Sous-finalités": ["Envoi mensuel"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, mél", "Jusqu'au désabonnement"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Adhérents abonnés"]],
      Destinataires: [["Service interne qui traite les données", "Coordinatrice"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Liste réservée à la coordinatrice"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
      "Ligne de l'onglet 2": { "Nom du traitement": plant("consistency.line-name-differs", "warning", "Newsletter mensuelle") },
    },
    {
      "Nom du traitement": "Téléexpertise",
      Copie: "excel",
      Onglet: "Téléexpertise",
      "N° / RÉF": "HVO-04",
      "Date de création du traitement": le("20/01/2026"),
      "Mise à jour du traitement": le("08/10/2026"),
      "Finalité principale": "Permettre aux médecins généralistes de demander l'avis d'un spécialiste (mission d'intérêt public, art. 6.1.e)",
      "Sous-finalités": [
        plant("tools.processor-not-listed", "warning", "Demandes d'avis par Omnidoc"),
        "Suivi du nombre de demandes",
        "Art. 9.2.h : prise en charge sanitaire",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, date de naissance du patient", "1 an après l'avis"],
        "Numéro de Sécurité Sociale (ou NIR)": [plant("health.nir-purpose", "warning", "Numéro de sécurité sociale du patient"), "1 an après l'avis"],
        "Données concernant la santé": ["Question posée, pièces du dossier utiles à l'avis", "1 an après l'avis"],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", "Patients pour lesquels un avis est demandé"],
        ["Autres (préciser)", "Médecins requérants et requis"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Coordinatrice (indicateurs seulement)"],
        ["Partenaires institutionnels ou commerciaux", "Médecins spécialistes requis"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Connexion par e-CPS"],
        ["Mesures de traçabilité", "Historique des demandes"],
      ],
      "Transferts hors UE": [["Néant"]],
      "Ligne de l'onglet 2": { "Données sensibles ? Oui/non": plant("consistency.sensitive-mismatch", "error", "Non") },
    },
  ],
};

export default registre;
