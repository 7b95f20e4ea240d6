/**
 * MISTAKES. The CPTS Vexin Centre's retention column, filled by habit: « selon la réglementation »,
 * a bare « 10 », « conservation permanente » for the general assemblies' minutes (kept for the
 * association's life: an archive, not an endless file), candidates kept 10 years, a newsletter list
 * « illimitée », server logs kept 10 years, « jusqu'à nouvel ordre ». Copies made by Excel, tabs
 * renamed; saved by LibreOffice.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "08-cpts-vexin-centre",
  qui: "Secrétaire de l'association, qui remplit les durées « comme on a toujours fait » ; copies Excel renommées ; enregistré par LibreOffice.",
  correct: false,
  enregistre: "LibreOffice",
  organisation: {
    Nom: "CPTS Vexin Centre",
    Prénom: "Isabelle (secrétaire)",
    Adresse: "1 rue de la Mairie",
    "Adresse mél": "secretariat@cpts-vexincentre.fr",
    "Code postal": "95450",
    Ville: "Vigny",
    Téléphone: "01 30 39 22 10",
  },
  fiches: [
    {
      "Nom du traitement": "Gestion des adhérents",
      Copie: "excel",
      Onglet: "Adhérents",
      "N° / RÉF": "VC-01",
      "Date de création du traitement": le("08/01/2026"),
      "Mise à jour du traitement": le("05/10/2026"),
      "Finalité principale": "Gestion des adhésions et des cotisations (exécution du contrat d'adhésion, art. 6.1.b)",
      "Sous-finalités": ["Appel des cotisations", "Annuaire interne"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, prénom, profession, coordonnées professionnelles",
          plant("retention.vague", "warning", "Selon la réglementation en vigueur"),
        ],
        "Informations d'ordre économique et financier": ["Cotisations, RIB", plant("retention.bare-number", "warning", "10")],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Professionnels de santé adhérents"]],
      Destinataires: [["Service interne qui traite les données", "Bureau et secrétaire"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Fichier réservé au bureau"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
    },
    {
      "Nom du traitement": "Assemblées générales et conseil d'administration",
      Copie: "excel",
      Onglet: "AG et CA",
      "N° / RÉF": "VC-02",
      "Date de création du traitement": le("08/01/2026"),
      "Mise à jour du traitement": le("05/10/2026"),
      "Finalité principale": "Convoquer les instances et tenir leurs procès-verbaux (obligation statutaire, art. 6.1.c)",
      "Sous-finalités": ["Convocations", "Feuilles de présence et procurations", "Procès-verbaux des assemblées générales et du conseil d'administration"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, prénom, signature, mandat des membres",
          plant("retention.endless-archive", "warning", "Conservation permanente (procès-verbaux)"),
        ],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Adhérents et administrateurs"]],
      Destinataires: [["Service interne qui traite les données", "Bureau"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Registre des procès-verbaux conservé sous clé au siège"],
        ["Sauvegarde des données", "Copie numérisée sur le serveur de la CPTS"],
      ],
    },
    {
      "Nom du traitement": "Recrutement",
      Copie: "excel",
      Onglet: "Recrutement",
      "N° / RÉF": "VC-03",
      "Date de création du traitement": le("08/01/2026"),
      "Mise à jour du traitement": le("05/10/2026"),
      "Finalité principale": "Recruter les salariés de la CPTS (mesures précontractuelles, art. 6.1.b)",
      "Sous-finalités": ["Réception des candidatures", "Entretiens"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "CV, lettre de motivation, notes d'entretien",
          plant("retention.too-long", "warning", "10 ans après l'entretien"),
        ],
      },
      "Catégories de personnes concernées": [["Candidats", "Candidats aux postes de la CPTS"]],
      Destinataires: [["Service interne qui traite les données", "Bureau"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Candidatures réservées au bureau"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
    },
    {
      "Nom du traitement": "Lettre d'information",
      Copie: "excel",
      Onglet: "Lettre d'information",
      "N° / RÉF": "VC-04",
      "Date de création du traitement": le("08/01/2026"),
      "Mise à jour du traitement": le("05/10/2026"),
      "Finalité principale": "Envoyer la lettre d'information aux adhérents (intérêt légitime, art. 6.1.f)",
      "Sous-finalités": ["Envoi trimestriel", "Statistiques d'ouverture"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, mél", plant("retention.endless", "error", "Illimitée")],
        "Données de connexion": ["Ouvertures et clics", plant("retention.vague", "warning", "À définir")],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Adhérents abonnés"]],
      Destinataires: [["Service interne qui traite les données", "Secrétaire"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Liste d'envoi réservée à la secrétaire"],
        ["Sauvegarde des données", "Sauvegarde hebdomadaire"],
      ],
    },
    {
      "Nom du traitement": "Site internet",
      Copie: "excel",
      Onglet: "Site internet",
      "N° / RÉF": "VC-05",
      "Date de création du traitement": le("08/01/2026"),
      "Mise à jour du traitement": le("05/10/2026"),
      "Finalité principale": "Présenter la CPTS et répondre aux messages du formulaire de contact (intérêt légitime, art. 6.1.f)",
      "Sous-finalités": ["Formulaire de contact", "Journaux du serveur"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, mél et message des internautes", plant("retention.endless", "error", "Jusqu'à nouvel ordre")],
        "Données de connexion": ["Adresse IP et journaux du serveur", plant("retention.too-long", "warning", "10 ans")],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Internautes"]],
      Destinataires: [["Service interne qui traite les données", "Secrétaire"]],
      "Mesures de sécurité": [
        ["Mesures de protection des logiciels", "Mises à jour du site"],
        ["Sauvegarde des données", "Sauvegarde quotidienne"],
      ],
    },
  ],
};

export default registre;
