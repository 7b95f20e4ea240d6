/**
 * MISTAKES. The CPTS Terres d'Yvelines' register, filled in a hurry before a SESAN deadline: tab 2's
 * organisation block without the CPTS's name, a DPO named with no way to reach him, « CCAS » pasted in
 * a recipients dropdown (not one of its items), « Autres (préciser) »
 * with nothing precised, a retention left empty, a fiche without its main purpose. Fiches made with the
 * add-in; saved by LibreOffice.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "10-cpts-terres-d-yvelines",
  qui: "Coordinateur pressé par l'échéance ; fiches faites par le complément ; enregistré par LibreOffice.",
  correct: false,
  enregistre: "LibreOffice",
  organisation: {
    Nom: plant("art30.org.controller-missing", "error", ""),
    Prénom: "Paul (coordinateur)",
    Adresse: "6 rue Pasteur",
    "Adresse mél": "coordination@cpts-terresdyvelines.fr",
    "Code postal": "78120",
    Ville: "Rambouillet",
    Téléphone: "01 34 83 00 90",
  },
  dpo: {
    Nom: "Roussel",
    Prénom: "Étienne",
    "Adresse mél": plant("art30.org.dpo-contact-missing", "error", ""),
  },
  fiches: [
    {
      "Nom du traitement": "Maintien à domicile des personnes fragiles",
      "N° / RÉF": "TY-01",
      "Date de création du traitement": le("10/02/2026"),
      "Mise à jour du traitement": le("27/11/2026"),
      "Responsable du traitement": { Nom: "CPTS Terres d'Yvelines", Ville: "Rambouillet", "Adresse mél": "coordination@cpts-terresdyvelines.fr" },
      "Finalité principale": "Repérer et accompagner à domicile les personnes âgées fragiles (mission d'intérêt public, art. 6.1.e)",
      "Sous-finalités": [
        "Repérage avec une grille partagée",
        "Coordination des intervenants à domicile",
        "Données de santé traitées au titre de l'art. 9.2.h (prise en charge sanitaire et sociale)",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, adresse, téléphone", plant("art30.fiche.retention-missing", "error", "")],
        "Données concernant la santé": ["Score de fragilité, dépendance, chutes récentes", "Durée de l'accompagnement, puis 1 an"],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", plant("art30.fiche.detail-missing", "warning", "")],
        ["Autres (préciser)", "Aidants"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Coordinateur"],
        plant("dropdowns.not-in-list", "error", ["CCAS", "Centre communal d'action sociale, avec l'accord de la personne"]),
        ["Partenaires institutionnels ou commerciaux", "Médecin traitant et infirmiers libéraux"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Dossiers réservés au coordinateur"],
        ["Sauvegarde des données", "Sauvegarde chiffrée quotidienne"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Qualité et pertinence des soins",
      "N° / RÉF": "TY-02",
      "Date de création du traitement": le("10/02/2026"),
      "Mise à jour du traitement": le("27/11/2026"),
      "Finalité principale": plant("art30.fiche.purpose-missing", "error", ""),
      "Sous-finalités": ["Groupes d'analyse de pratiques entre professionnels", "Base légale : intérêt légitime (art. 6.1.f)"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, profession des participants", "3 ans après la séance"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Professionnels de santé participants"]],
      Destinataires: [["Service interne qui traite les données", "Coordinateur"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Comptes rendus réservés aux participants"],
        ["Autres mesures (à préciser)", "Cas cliniques présentés sans nom de patient"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
  ],
};

export default registre;
