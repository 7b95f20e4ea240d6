/**
 * MISTAKES. The CPTS du Grand Parisis filled every block, even the ones it had nothing for: « Néant »
 * as the only category of persons, « N/A » as the only recipient, « Sans objet » as the only security
 * measure (article 30 asks for them all). Dates: a creation typed with the wrong year (in the future),
 * a fiche last updated in 2017 (before the GDPR), and a tab-2 line whose update is older than its
 * creation. Lines « Base légale » and « Exception article 9 » added; saved by Excel.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "07-cpts-grand-parisis",
  qui: "Trésorier bénévole, qui remplit chaque case même quand il n'a rien à dire ; enregistré par Excel.",
  correct: false,
  enregistre: "Excel",
  lignesAjoutees: ["Base légale", "Exception article 9"],
  organisation: {
    Nom: "CPTS du Grand Parisis",
    Prénom: "Bernard (trésorier)",
    Adresse: "40 rue de Paris",
    "Adresse mél": "bureau@cpts-grandparisis.fr",
    "Code postal": "95150",
    Ville: "Taverny",
    Téléphone: "01 34 18 60 00",
  },
  fiches: [
    {
      "Nom du traitement": "Partenaires et financeurs",
      "N° / RÉF": "GP-01",
      "Date de création du traitement": le("05/05/2026"),
      "Mise à jour du traitement": le("05/05/2026"),
      "Finalité principale": "Suivre les conventions et les subventions de la CPTS",
      "Base légale": "Intérêt légitime (art. 6.1.f)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Contacts chez les financeurs", "Suivi des conventions"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, fonction, coordonnées professionnelles des contacts", "Durée de la convention, puis 5 ans"],
      },
      "Catégories de personnes concernées": [plant("art30.fiche.persons-missing", "error", ["Néant"])],
      Destinataires: [plant("art30.fiche.recipients-missing", "error", ["N/A"])],
      "Mesures de sécurité": [plant("art30.fiche.measures-missing", "error", ["Sans objet"])],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Annuaire de crise",
      "N° / RÉF": "GP-02",
      "Date de création du traitement": le("12/01/2026"),
      "Mise à jour du traitement": plant("freshness.date-future", "warning", "20/11/2027"),
      "Finalité principale": "Joindre rapidement les professionnels mobilisables pendant une crise sanitaire",
      "Base légale": "Mission d'intérêt public (art. 6.1.e)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Annuaire des professionnels volontaires", "Mise à jour annuelle des disponibilités"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, profession, téléphone portable, disponibilités",
          "Tant que le professionnel est volontaire, mise à jour annuelle",
        ],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Professionnels de santé volontaires"]],
      Destinataires: [
        ["Service interne qui traite les données", "Cellule de crise"],
        ["Partenaires institutionnels ou commerciaux", "ARS, pendant une crise"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Annuaire réservé à la cellule de crise"],
        ["Sauvegarde des données", "Copie papier sous clé"],
      ],
      "Transferts hors UE": [["Néant"]],
      // In tab 2 he typed the right year.
      "Ligne de l'onglet 2": { "Dernière mise à jour de la fiche": le("20/11/2026") },
    },
    {
      "Nom du traitement": "Indemnisation des professionnels",
      Copie: "excel",
      "N° / RÉF": "GP-03",
      "Date de création du traitement": "03/05/2016",
      "Mise à jour du traitement": plant("freshness.update-before-2018", "warning", plant("freshness.stale", "warning", "12/09/2017")),
      "Finalité principale": "Indemniser les professionnels de santé qui participent aux réunions et aux actions de la CPTS",
      "Base légale": "Exécution d'un contrat (art. 6.1.b) et obligations comptables (art. 6.1.c)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Relevés de présence", "Virements"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, profession, RPPS, adresse du cabinet", "10 ans (pièces comptables)"],
        "Informations d'ordre économique et financier": ["RIB, SIRET, montants versés", "10 ans (pièces comptables)"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Professionnels de santé libéraux indemnisés"]],
      Destinataires: [
        ["Service interne qui traite les données", "Trésorier"],
        ["Sous-traitants", "Cabinet d'expertise comptable"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Classeur réservé au trésorier"],
        ["Sauvegarde des données", "Sauvegarde mensuelle"],
      ],
      "Transferts hors UE": [["Néant"]],
      // The line he typed by hand has no dates.
      "Ligne de l'onglet 2": { "Date de création de la fiche": "", "Dernière mise à jour de la fiche": "" },
    },
    {
      "Nom du traitement": "Ressources humaines",
      "N° / RÉF": "GP-04",
      "Date de création du traitement": le("01/06/2026"),
      "Mise à jour du traitement": le("01/09/2026"),
      "Finalité principale": "Gestion de la coordinatrice salariée",
      "Base légale": "Contrat de travail et obligations légales (art. 6.1.b et 6.1.c)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Paie et DSN", "Congés"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, adresse", "Durée du contrat, puis 5 ans"],
        "Informations d'ordre économique et financier": ["Salaire, RIB", "5 ans à compter du versement de la paie"],
        "Numéro de Sécurité Sociale (ou NIR)": ["NIR, pour la DSN", "5 ans à compter du versement de la paie"],
      },
      "Catégories de personnes concernées": [["Salariés", "Coordinatrice"]],
      Destinataires: [
        ["Service interne qui traite les données", "Président et trésorier"],
        ["Partenaires institutionnels ou commerciaux", "URSSAF, retraite, mutuelle"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Dossier du personnel sous clé"],
        ["Sauvegarde des données", "Sauvegarde mensuelle"],
      ],
      "Transferts hors UE": [["Néant"]],
      // Tab 2: dates swapped by hand.
      "Ligne de l'onglet 2": {
        "Date de création de la fiche": le("01/09/2026"),
        "Dernière mise à jour de la fiche": plant("freshness.date-order", "warning", le("01/06/2026")),
      },
    },
  ],
};

export default registre;
