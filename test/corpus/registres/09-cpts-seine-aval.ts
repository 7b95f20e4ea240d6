/**
 * MISTAKES. The CPTS Seine Aval runs a heart-failure pathway and therapeutic-education workshops. The
 * INS and the current treatment are typed in the identity row; appointments are taken « via Doctolib »
 * with Doctolib nowhere among the processors; workshop registrations arrive in a Gmail box; the staff
 * mail is Microsoft 365 (hosted in the EU by a US company: worth knowing); one fiche copied by Excel
 * was never listed in tab 2. Lines « Base légale » and « Exception article 9 » added; saved by Excel.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "09-cpts-seine-aval",
  qui: "Coordinatrice de parcours (infirmière) et prestataire informatique ; lignes ajoutées au modèle ; enregistré par Excel.",
  correct: false,
  enregistre: "Excel",
  lignesAjoutees: ["Base légale", "Exception article 9"],
  organisation: {
    Nom: "CPTS Seine Aval",
    Prénom: "Karine (coordinatrice)",
    Adresse: "17 boulevard Carnot",
    "Adresse mél": "contact@cpts-seineaval.fr",
    "Code postal": "78700",
    Ville: "Conflans-Sainte-Honorine",
    Téléphone: "01 39 19 50 60",
  },
  dpo: {
    Nom: "Garnier",
    Prénom: "Luc",
    "Société (si DPO externe)": "Garnier Conseil",
    Adresse: "9 rue de Pontoise",
    "Code postal": "95000",
    Ville: "Cergy",
    Téléphone: "06 12 34 56 78",
    "Adresse mél": "luc.garnier@garnier-conseil.fr",
  },
  fiches: [
    {
      "Nom du traitement": "Parcours insuffisance cardiaque",
      "N° / RÉF": "SA-01",
      "Date de création du traitement": le("02/03/2026"),
      "Mise à jour du traitement": le("26/11/2026"),
      "Finalité principale": "Coordonner le suivi à domicile des patients insuffisants cardiaques après une hospitalisation",
      "Base légale": "Mission d'intérêt public (art. 6.1.e)",
      "Exception article 9": "Art. 9.2.h : prise en charge sanitaire",
      "Sous-finalités": [
        plant("tools.processor-not-listed", "warning", "Prise des rendez-vous de suivi via Doctolib"),
        "Alertes de l'équipe de soins en cas de prise de poids",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          plant("health.data-elsewhere", "warning", "Nom, prénom, date de naissance, INS, traitement médical en cours"),
          "Durée du suivi, puis 5 ans",
        ],
        "Données concernant la santé": ["Poids, symptômes, comptes rendus de consultation", "Durée du suivi, puis 5 ans"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Patients suivis après une hospitalisation pour insuffisance cardiaque"]],
      Destinataires: [
        ["Service interne qui traite les données", "Infirmière coordinatrice"],
        ["Partenaires institutionnels ou commerciaux", "Médecin traitant, cardiologue et infirmiers libéraux du patient"],
        ["Sous-traitants", "Éditeur de la plateforme e-parcours, hébergement certifié HDS"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Connexion par e-CPS"],
        ["Mesures de traçabilité", "Traçabilité des accès dans la plateforme"],
        ["Chiffrement des données", "Chiffrement des données chez l'hébergeur HDS"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Ateliers d'éducation thérapeutique",
      "N° / RÉF": "SA-02",
      "Date de création du traitement": le("02/03/2026"),
      "Mise à jour du traitement": le("26/11/2026"),
      "Finalité principale": "Organiser les ateliers d'éducation thérapeutique des patients diabétiques",
      "Base légale": "Mission d'intérêt public (art. 6.1.e)",
      "Exception article 9": "Consentement explicite (art. 9.2.a)",
      "Sous-finalités": [
        plant(
          "tools.processor-not-listed",
          "warning",
          plant(
            "tools.transfer-undescribed",
            "warning",
            plant("tools.not-hds", "warning", "Inscriptions par mél sur la boîte Gmail de la chargée de prévention"),
          ),
        ),
        "Émargement",
        "Évaluation des ateliers",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, téléphone, mél", "Fin du programme, puis 1 an"],
        "Données concernant la santé": ["Type de diabète, objectifs fixés avec le patient", "Fin du programme, puis 1 an"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Patients inscrits aux ateliers"]],
      Destinataires: [
        ["Service interne qui traite les données", "Chargée de prévention"],
        ["Partenaires institutionnels ou commerciaux", "Diététicienne et infirmière animatrices"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Liste des inscrits réservée à la chargée de prévention"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Communication avec les adhérents",
      "N° / RÉF": "SA-03",
      "Date de création du traitement": le("02/03/2026"),
      "Mise à jour du traitement": le("26/11/2026"),
      "Finalité principale": "Échanger par messagerie avec les adhérents et les partenaires",
      "Base légale": "Intérêt légitime (art. 6.1.f)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Messagerie de l'équipe", "Listes de diffusion des adhérents"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, mél, profession", "Jusqu'à la démission, puis 1 an"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Adhérents et partenaires"]],
      Destinataires: [
        ["Service interne qui traite les données", "Équipe de coordination"],
        ["Sous-traitants", plant("tools.us-parent", "info", "Microsoft 365 (messagerie, données hébergées dans l'UE)")],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Double authentification des comptes"],
        ["Sauvegarde des données", "Rétention des boîtes aux lettres"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Annuaire des professionnels",
      Copie: "excel",
      "N° / RÉF": plant("consistency.fiche-not-listed", "error", "SA-04"),
      "Date de création du traitement": le("14/09/2026"),
      "Mise à jour du traitement": le("14/09/2026"),
      "Finalité principale": "Tenir l'annuaire des professionnels de santé du territoire",
      "Base légale": "Mission d'intérêt public (art. 6.1.e)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Orientation des patients et des partenaires"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, profession, adresse et téléphone du cabinet",
          "Tant que le professionnel exerce sur le territoire, mise à jour annuelle",
        ],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Professionnels de santé du territoire"]],
      Destinataires: [["Service interne qui traite les données", "Coordination"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Modification réservée à la coordination"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
      "Transferts hors UE": [["Néant"]],
      "Ligne de l'onglet 2": false,
    },
  ],
};

export default registre;
