/**
 * CORRECT. The CPTS Sud Essonne's register, kept by its internal DPO (a lawyer on the staff of the
 * association) with the add-in's « Nouvelle fiche ». Patient processings of the ACI missions: care
 * pathways in Terr-eSanté (operated by the GIP SESAN), a flu-vaccination campaign, health-crisis
 * lists; and the register of rights requests. Saved by Excel.
 */
import { le, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "03-cpts-sud-essonne",
  qui: "DPO interne (juriste salariée) ; lignes « Base légale » et « Exception article 9 » ajoutées ; fiches faites par le complément ; enregistré par Excel.",
  correct: true,
  enregistre: "Excel",
  lignesAjoutees: ["Base légale", "Exception article 9"],
  organisation: {
    Nom: "CPTS Sud Essonne",
    Prénom: "Dr Anne Lefort (présidente)",
    Adresse: "8 avenue de la Gare",
    "Adresse mél": "contact@cpts-sudessonne.fr",
    "Code postal": "91150",
    Ville: "Étampes",
    Téléphone: "01 64 94 00 21",
  },
  dpo: {
    Nom: "Benali",
    Prénom: "Nadia",
    Adresse: "8 avenue de la Gare",
    "Code postal": "91150",
    Ville: "Étampes",
    Téléphone: "01 64 94 00 22",
    "Adresse mél": "dpo@cpts-sudessonne.fr",
  },
  fiches: [
    {
      "Nom du traitement": "Parcours pluriprofessionnels",
      "N° / RÉF": "SE-01",
      "Date de création du traitement": le("09/09/2025"),
      "Mise à jour du traitement": le("30/11/2026"),
      "Responsable du traitement": {
        Nom: "CPTS Sud Essonne",
        Adresse: "8 avenue de la Gare",
        "Code Postal": "91150",
        Ville: "Étampes",
        Pays: "France",
        "Adresse mél": "contact@cpts-sudessonne.fr",
      },
      "Délégué à la protection des données": { Nom: "Nadia Benali", "Adresse mél": "dpo@cpts-sudessonne.fr" },
      "Finalité principale":
        "Coordonner la prise en charge des patients en parcours complexe (sortie d'hospitalisation, insuffisance cardiaque, soins palliatifs)",
      "Base légale": "Mission d'intérêt public (art. 6.1.e) : mission « parcours » de l'ACI",
      "Exception article 9": "Art. 9.2.h : prise en charge sanitaire ; partage au sein de l'équipe de soins (art. L.1110-4 du code de la santé publique)",
      "Sous-finalités": [
        "Partage d'informations entre les professionnels de l'équipe de soins dans Terr-eSanté",
        "Concertations pluriprofessionnelles",
        "Suivi du parcours du patient",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, prénom, date de naissance, coordonnées du patient et de sa personne de confiance",
          "Durée du suivi, puis 5 ans",
        ],
        "Vie personnelle": ["Situation sociale, entourage, aides à domicile", "Durée du suivi, puis 5 ans"],
        "Numéro de Sécurité Sociale (ou NIR)": ["Non concerné", "-"],
        "Données concernant la santé": ["Pathologies, traitements et comptes rendus utiles à la coordination", "Durée du suivi, puis 5 ans"],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", "Patients en parcours complexe"],
        ["Autres (préciser)", "Aidants et personnes de confiance"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Coordinatrices de parcours (infirmières)"],
        ["Partenaires institutionnels ou commerciaux", "Professionnels de l'équipe de soins du patient"],
        ["Partenaires institutionnels ou commerciaux", "Établissements de santé, DAC, HAD, avec l'accord du patient hors équipe de soins"],
        ["Sous-traitants", "GIP SESAN, opérateur de Terr-eSanté (hébergement certifié HDS)"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Accès à Terr-eSanté par carte CPS ou e-CPS, habilitations par profil"],
        ["Mesures de traçabilité", "Traçabilité des accès aux dossiers dans Terr-eSanté"],
        ["Chiffrement des données", "Échanges chiffrés et données chiffrées chez l'hébergeur HDS ; jamais de document de santé par mél ordinaire"],
      ],
      "Transferts hors UE": [["Aucun transfert hors UE", "-", "-"]],
    },
    {
      "Nom du traitement": "Campagne de vaccination antigrippale",
      "N° / RÉF": "SE-02",
      "Date de création du traitement": le("01/09/2026"),
      "Mise à jour du traitement": le("01/09/2026"),
      "Finalité principale": "Organiser la campagne de vaccination antigrippale du territoire pour les personnes de 65 ans et plus",
      "Base légale": "Mission d'intérêt public (art. 6.1.e) : mission « prévention » de l'ACI",
      "Exception article 9": "Consentement explicite (art. 9.2.a), recueilli à l'inscription",
      "Sous-finalités": ["Inscriptions aux séances", "Rappel de la séance par téléphone", "Bilan chiffré anonyme pour l'ARS"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, date de naissance, téléphone", "Fin de la campagne, puis 1 an"],
        "Données concernant la santé": ["Vaccination réalisée ou non, éligibilité déclarée par la personne", "Fin de la campagne, puis 1 an"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Habitants de 65 ans et plus inscrits à la campagne"]],
      Destinataires: [
        ["Service interne qui traite les données", "Chargée de prévention"],
        ["Partenaires institutionnels ou commerciaux", "Pharmaciens et infirmiers vaccinateurs de la CPTS"],
        ["Partenaires institutionnels ou commerciaux", "ARS : bilan chiffré anonyme"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Fichier des inscrits sur le serveur de la CPTS, accès réservé à la chargée de prévention"],
        ["Sauvegarde des données", "Sauvegarde quotidienne chiffrée"],
        ["Autres mesures (à préciser)", "Liste papier d'émargement rangée sous clé, détruite en fin de campagne"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Gestion des crises sanitaires",
      "N° / RÉF": "SE-03",
      "Date de création du traitement": le("12/01/2026"),
      "Mise à jour du traitement": le("30/11/2026"),
      "Finalité principale": "Préparer et organiser la réponse de la CPTS aux crises sanitaires (plan de crise)",
      "Base légale": "Mission d'intérêt public (art. 6.1.e) : mission « crises sanitaires » de l'ACI",
      "Exception article 9": "Art. 9.2.i : motif d'intérêt public dans le domaine de la santé publique",
      "Sous-finalités": [
        "Annuaire des professionnels mobilisables",
        "Liste des patients vulnérables à contacter pendant une crise",
        "Organisation des renforts",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Professionnels : nom, profession, téléphone, disponibilités ; patients : nom, adresse, téléphone",
          "Professionnels : tant qu'ils sont membres ; patients : durée de la crise, puis 3 mois",
        ],
        "Données concernant la santé": [
          "Vulnérabilité signalée par le médecin traitant (dépendance, appareillage à domicile)",
          "Durée de la crise, puis 3 mois",
        ],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", "Professionnels de santé mobilisables"],
        ["Autres (préciser)", "Patients vulnérables signalés par leur médecin traitant"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Cellule de crise de la CPTS"],
        ["Partenaires institutionnels ou commerciaux", "ARS, préfecture, communes et CCAS, pendant la crise uniquement"],
        ["Partenaires institutionnels ou commerciaux", "Professionnels de santé mobilisés"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Liste des patients accessible à la seule cellule de crise"],
        ["Chiffrement des données", "Fichier chiffré, mot de passe transmis séparément"],
        ["Mesures de traçabilité", "Registre des consultations de la liste pendant la crise"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Demandes d'exercice des droits et violations",
      "N° / RÉF": "SE-04",
      "Date de création du traitement": le("09/09/2025"),
      "Mise à jour du traitement": le("09/09/2026"),
      "Finalité principale": "Répondre aux demandes d'exercice des droits et documenter les violations de données",
      "Base légale": "Obligation légale (art. 6.1.c) : articles 12 à 22 et 33 du RGPD",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Suivi des demandes d'accès, de rectification, d'effacement et d'opposition", "Registre des violations de données"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, coordonnées, objet de la demande, réponse apportée", "5 ans après la réponse"],
        "Données concernant la santé": ["Aucune donnée sensible"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Personnes qui exercent leurs droits"]],
      Destinataires: [
        ["Service interne qui traite les données", "DPO et présidente"],
        ["Partenaires institutionnels ou commerciaux", "CNIL, en cas de notification d'une violation"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Dossier réservé à la DPO"],
        ["Sauvegarde des données", "Sauvegarde quotidienne"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
  ],
};

export default registre;
