/**
 * MISTAKES. The CPTS de la Boucle Nord amended the model and copies it with Excel. The HR fiche puts
 * the recognition of a disability in « Vie personnelle » and so says « Non applicable » for art. 9 and
 * « Non » in tab 2; the palliative-care fiche relies on an art. 49 derogation for the software
 * vendor's support in India and lists « Autres mesures » with nothing precised as its only security;
 * a secretariat in Tunisia is called « Pays adéquat ». Saved by Excel.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "11-cpts-boucle-nord",
  qui: "Directrice de la CPTS, aidée d'un stagiaire juriste ; lignes ajoutées au modèle ; copies Excel ; enregistré par Excel.",
  correct: false,
  enregistre: "Excel",
  lignesAjoutees: ["Base légale", "Exception article 9"],
  organisation: {
    Nom: "CPTS de la Boucle Nord",
    Prénom: "Sandrine (directrice)",
    Adresse: "25 rue Gabriel Péri",
    "Adresse mél": "direction@cpts-bouclenord.fr",
    "Code postal": "92230",
    Ville: "Gennevilliers",
    Téléphone: "01 47 98 10 10",
  },
  fiches: [
    {
      "Nom du traitement": "Ressources humaines",
      Copie: "excel",
      Onglet: "RH",
      "N° / RÉF": "BN-01",
      "Date de création du traitement": le("03/02/2026"),
      "Mise à jour du traitement": le("17/11/2026"),
      "Finalité principale": "Gestion administrative des salariés",
      "Base légale": "Contrat de travail et obligations légales (art. 6.1.b et 6.1.c)",
      "Exception article 9": plant("legal.art9-missing", "warning", "Non applicable (pas de données sensibles)"),
      "Sous-finalités": ["Paie et DSN", "Aménagements de poste"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, adresse", "Durée du contrat, puis 5 ans"],
        "Vie personnelle": [plant("health.data-elsewhere", "warning", "Situation familiale, RQTH, handicap"), "Durée du contrat, puis 5 ans"],
        "Informations d'ordre économique et financier": ["Salaire, RIB", "5 ans à compter du versement de la paie"],
      },
      "Catégories de personnes concernées": [["Salariés", "Équipe de coordination (6 salariés)"]],
      Destinataires: [
        ["Service interne qui traite les données", "Directrice"],
        ["Sous-traitants", "Cabinet de paie"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Dossiers du personnel réservés à la directrice"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire chiffrée"],
      ],
      "Transferts hors UE": [["Néant"]],
      "Ligne de l'onglet 2": { "Données sensibles ? Oui/non": plant("consistency.sensitive-mismatch", "error", "Non") },
    },
    {
      "Nom du traitement": "Coordination des soins palliatifs à domicile",
      Copie: "excel",
      Onglet: "Soins palliatifs",
      "N° / RÉF": "BN-02",
      "Date de création du traitement": le("03/02/2026"),
      "Mise à jour du traitement": le("17/11/2026"),
      "Finalité principale": "Coordonner les professionnels autour des patients en soins palliatifs à domicile",
      "Base légale": "Mission d'intérêt public (art. 6.1.e)",
      "Exception article 9": "Art. 9.2.h : prise en charge sanitaire",
      "Sous-finalités": ["Dossier de coordination dans le logiciel de la CPTS", "Réunions de concertation"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, adresse, personne de confiance", "Durée de l'accompagnement, puis 1 an"],
        "Données concernant la santé": ["Pathologie, traitements, directives anticipées", "Durée de l'accompagnement, puis 1 an"],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", "Patients en soins palliatifs à domicile"],
        ["Autres (préciser)", "Proches aidants"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Infirmière coordinatrice"],
        ["Partenaires institutionnels ou commerciaux", "Équipe de soins du patient, HAD, équipe mobile de soins palliatifs"],
        ["Sous-traitants", "Éditeur du logiciel de coordination (hébergement HDS en France, support en Inde)"],
        ["Destinataires dans des pays tiers ou organisations internationales", "Support technique de l'éditeur en Inde"],
      ],
      "Mesures de sécurité": [plant("security.health-weak", "warning", ["Autres mesures (à préciser)", plant("art30.fiche.detail-missing", "warning", "")])],
      "Transferts hors UE": [["Éditeur du logiciel (support)", "Inde", plant("transfers.art49-derogation", "warning", "Dérogations (art 49)")]],
    },
    {
      "Nom du traitement": "Accueil téléphonique",
      Copie: "excel",
      Onglet: "Accueil téléphonique",
      "N° / RÉF": "BN-03",
      "Date de création du traitement": le("03/02/2026"),
      "Mise à jour du traitement": le("17/11/2026"),
      "Finalité principale": "Répondre aux appels des professionnels et des partenaires",
      "Base légale": "Intérêt légitime (art. 6.1.f)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Prise des messages", "Transmission à la bonne personne de l'équipe"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, téléphone, objet de l'appel", "3 mois"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Professionnels et partenaires qui appellent"]],
      Destinataires: [
        ["Service interne qui traite les données", "Équipe de coordination"],
        ["Sous-traitants", "Secrétariat téléphonique externalisé en Tunisie"],
        ["Destinataires dans des pays tiers ou organisations internationales", "Secrétariat externalisé en Tunisie"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Accès du secrétariat limité à l'agenda des messages"],
        ["Contrôle des sous-traitants", "Contrat avec le secrétariat externalisé"],
      ],
      "Transferts hors UE": [["Secrétariat externalisé", "Tunisie", plant("transfers.not-adequate", "error", "Pays adéquat"), "Contrat du 03/02/2026"]],
    },
  ],
};

export default registre;
