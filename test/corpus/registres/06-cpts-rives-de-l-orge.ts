/**
 * MISTAKES. The CPTS des Rives de l'Orge uses US tools and says so, with the wrong guarantees: Zoom
 * still under the « Privacy shield », Dropbox under an art. 49 derogation (for a lasting, everyday
 * transfer), a data-entry firm in Morocco called « Pays adéquat », Google Analytics as « Pays adéquat »
 * without checking the DPF certification; a bare « 13 » for cookies; a person category typed over the
 * dropdown. Fiches made with the add-in; saved by LibreOffice.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "06-cpts-rives-de-l-orge",
  qui: "Chargé de mission numérique, sans DPO ; décrit ses outils américains mais avec de mauvaises garanties ; enregistré par LibreOffice.",
  correct: false,
  enregistre: "LibreOffice",
  organisation: {
    Nom: "CPTS des Rives de l'Orge",
    Prénom: "Thomas (chargé de mission)",
    Adresse: "21 avenue Carnot",
    "Adresse mél": "contact@cpts-rivesdelorge.fr",
    "Code postal": "91600",
    Ville: "Savigny-sur-Orge",
    Téléphone: "01 69 05 44 70",
  },
  fiches: [
    {
      "Nom du traitement": "Réunions à distance et partage de documents",
      "N° / RÉF": "RO-01",
      "Date de création du traitement": le("07/04/2026"),
      "Mise à jour du traitement": le("07/04/2026"),
      "Finalité principale": "Tenir les réunions du bureau et des groupes de travail à distance et partager leurs documents (intérêt légitime, art. 6.1.f)",
      "Sous-finalités": ["Visioconférences", "Partage des comptes rendus"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, prénom, mél, image pendant la visioconférence",
          "Durée du mandat ou de la participation au groupe, puis 1 an",
        ],
        "Données de connexion": ["Journaux de connexion des outils", "6 mois"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Membres du bureau et des groupes de travail"]],
      Destinataires: [
        ["Service interne qui traite les données", "Chargé de mission"],
        ["Sous-traitants", "Zoom (visioconférences)"],
        ["Sous-traitants", "Dropbox (partage des documents)"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Réunions protégées par code, comptes nominatifs"],
        ["Sauvegarde des données", "Copie mensuelle des documents sur le serveur de la CPTS"],
      ],
      "Transferts hors UE": [
        ["Zoom Video Communications", "Etats-Unis", plant("transfers.privacy-shield", "error", "Privacy shield"), "https://explore.zoom.us/fr/privacy/"],
        ["Dropbox, Inc.", "Etats-Unis", plant("transfers.art49-derogation", "warning", "Dérogations (art 49)")],
      ],
    },
    {
      "Nom du traitement": "Annuaire des professionnels du territoire",
      "N° / RÉF": "RO-02",
      "Date de création du traitement": le("07/04/2026"),
      "Mise à jour du traitement": le("12/11/2026"),
      "Finalité principale": "Tenir l'annuaire des professionnels de santé du territoire (mission d'intérêt public de l'ACI)",
      "Sous-finalités": ["Saisie des fiches par un prestataire", "Mise à jour annuelle"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, profession, adresse et téléphone du cabinet, RPPS",
          "Tant que le professionnel exerce sur le territoire, mise à jour annuelle",
        ],
      },
      "Catégories de personnes concernées": [[plant("dropdowns.not-in-list", "error", "Professionnels de santé"), "Professionnels libéraux du territoire"]],
      Destinataires: [
        ["Service interne qui traite les données", "Coordination"],
        ["Sous-traitants", "Prestataire de saisie établi au Maroc"],
        ["Destinataires dans des pays tiers ou organisations internationales", "Prestataire de saisie au Maroc"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Compte de saisie limité à l'annuaire"],
        ["Contrôle des sous-traitants", "Contrat avec le prestataire de saisie"],
      ],
      "Transferts hors UE": [["Prestataire de saisie", "Maroc", plant("transfers.not-adequate", "error", "Pays adéquat"), "Contrat du 07/04/2026"]],
    },
    {
      "Nom du traitement": "Site internet",
      "N° / RÉF": "RO-03",
      "Date de création du traitement": le("07/04/2026"),
      "Mise à jour du traitement": le("12/11/2026"),
      "Finalité principale": "Présenter la CPTS et mesurer la fréquentation du site (intérêt légitime, art. 6.1.f ; consentement pour les traceurs)",
      "Sous-finalités": ["Formulaire de contact", "Mesure d'audience"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, mél et message des internautes", "1 an après la réponse"],
        "Données de connexion": ["Adresse IP, traceurs de mesure d'audience", plant("retention.bare-number", "warning", "13")],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Internautes"]],
      Destinataires: [
        ["Service interne qui traite les données", "Chargé de mission"],
        ["Sous-traitants", "Google Analytics (mesure d'audience)"],
        ["Destinataires dans des pays tiers ou organisations internationales", "Google LLC (États-Unis)"],
      ],
      "Mesures de sécurité": [
        ["Mesures de protection des logiciels", "Mises à jour du site chaque mois"],
        ["Sauvegarde des données", "Sauvegarde quotidienne chez l'hébergeur"],
      ],
      "Transferts hors UE": [["Google LLC (Google Analytics)", "Etats-Unis", plant("transfers.us-dpf", "warning", "Pays adéquat")]],
    },
  ],
};

export default registre;
