/**
 * MISTAKES. The CPTS du Plateau Briard's register, started by a new coordinator from the CNIL file with
 * Excel's « Déplacer ou copier ». The ALD of patients without a doctor typed in « Vie personnelle »
 * (and so tab 2 says « Non », no art. 9 exception, no HDS host), a newsletter sent by Mailchimp with
 * no transfer, retention « as long as needed » or « for good », an update dated before the creation,
 * and a recipient typed over the dropdown. Saved by LibreOffice.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "04-cpts-plateau-briard",
  qui: "Nouvelle coordinatrice, sans DPO ; copies Excel du modèle ; enregistré par LibreOffice.",
  correct: false,
  enregistre: "LibreOffice",
  organisation: {
    Nom: "CPTS du Plateau Briard",
    Prénom: "Julie (coordinatrice)",
    Adresse: "5 place de l'Église",
    "Adresse mél": "coordination@cpts-plateaubriard.fr",
    "Code postal": "77170",
    Ville: "Brie-Comte-Robert",
    Téléphone: "01 60 62 11 30",
  },
  fiches: [
    {
      "Nom du traitement": "Patients sans médecin traitant",
      Copie: "excel",
      Onglet: "Patients sans MT",
      "N° / RÉF": "PB-01",
      "Date de création du traitement": le("06/01/2026"),
      "Mise à jour du traitement": le("03/11/2026"),
      "Finalité principale": "Trouver un médecin traitant aux patients qui n'en ont pas (mission d'intérêt public de l'ACI)",
      "Sous-finalités": [
        "Recensement des demandes reçues par téléphone et par le formulaire en ligne",
        "Orientation vers un médecin de la CPTS",
        "Indicateurs pour la CPAM",
        plant("legal.art9-missing", "warning", ""),
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, prénom, date de naissance, téléphone",
          plant("retention.vague", "warning", "Durée nécessaire au traitement de la demande"),
        ],
        "Vie personnelle": [
          plant("health.data-elsewhere", "warning", "Situation familiale, ALD, pathologies chroniques"),
          "3 mois après l'attribution d'un médecin traitant",
        ],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Patients du territoire sans médecin traitant"]],
      Destinataires: [
        ["Service interne qui traite les données", "Coordinatrice"],
        ["Partenaires institutionnels ou commerciaux", "Médecins généralistes de la CPTS"],
        ["Sous-traitants", plant("health.hds-missing", "warning", "Prestataire du formulaire en ligne")],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Tableau des demandes réservé à la coordinatrice"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire chiffrée"],
      ],
      "Transferts hors UE": [["Néant"]],
      "Ligne de l'onglet 2": { "Données sensibles ? Oui/non": plant("consistency.sensitive-mismatch", "error", "Non") },
    },
    {
      "Nom du traitement": "Lettre d'information",
      Copie: "excel",
      Onglet: "Newsletter",
      "N° / RÉF": "PB-02",
      "Date de création du traitement": le("06/01/2026"),
      "Mise à jour du traitement": le("03/11/2026"),
      "Finalité principale": "Informer les adhérents de la vie de la CPTS (intérêt légitime de l'association)",
      "Sous-finalités": ["Envoi de la lettre mensuelle"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, mél, profession", plant("retention.endless", "error", "Conservation définitive")],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Adhérents et partenaires abonnés"]],
      Destinataires: [
        ["Service interne qui traite les données", "Coordinatrice"],
        ["Sous-traitants", plant("tools.transfer-undescribed", "warning", "Mailchimp (envoi de la lettre)")],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Compte d'envoi nominatif"],
        ["Sauvegarde des données", "Export mensuel de la liste des abonnés"],
      ],
    },
    {
      "Nom du traitement": "Gestion des adhérents",
      Copie: "excel",
      Onglet: "Adhérents",
      "N° / RÉF": "PB-03",
      "Date de création du traitement": le("15/03/2026"),
      "Mise à jour du traitement": plant("freshness.date-order", "warning", le("10/01/2026")),
      // She typed the same dates in tab 2.
      "Ligne de l'onglet 2": { "Dernière mise à jour de la fiche": plant("freshness.date-order", "warning", le("10/01/2026")) },
      "Finalité principale": "Gestion des adhésions et des cotisations (exécution du contrat d'adhésion)",
      "Sous-finalités": ["Appel des cotisations", "Convocations aux assemblées générales"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, profession, RPPS, coordonnées professionnelles", "Jusqu'à la démission, puis 1 an"],
        "Informations d'ordre économique et financier": ["Cotisations", "10 ans (pièces comptables)"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Professionnels de santé adhérents"]],
      Destinataires: [
        [plant("dropdowns.not-in-list", "error", "Trésorier"), "Suivi des cotisations"],
        ["Service interne qui traite les données", "Bureau"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Fichier partagé avec le seul bureau"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
    },
  ],
};

export default registre;
