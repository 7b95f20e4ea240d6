/**
 * CORRECT. The CPTS Val de Seine's register, kept by its external DPO (a DPO shared by several CPTS).
 * She added « Base légale » and « Exception article 9 » under « Finalité principale » in the model
 * before copying it, writes « Néant » / « Sans objet » where a row does not apply, retention as
 * sentences, and describes the webmaster in Brazil (adequate since 26/01/2026). Saved by Excel.
 */
import { le, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "01-cpts-val-de-seine",
  qui: "DPO externe mutualisée, soigneuse ; lignes « Base légale » et « Exception article 9 » ajoutées au modèle ; enregistré par Excel.",
  correct: true,
  enregistre: "Excel",
  lignesAjoutees: ["Base légale", "Exception article 9"],
  organisation: {
    Nom: "CPTS Val de Seine",
    Prénom: "Hélène (présidente)",
    Adresse: "12 rue des Tanneurs",
    "Adresse mél": "contact@cpts-valdeseine.fr",
    "Code postal": "78200",
    Ville: "Mantes-la-Jolie",
    Téléphone: "01 30 94 12 40",
  },
  dpo: {
    Nom: "Marchand",
    Prénom: "Sophie",
    "Société (si DPO externe)": "Cabinet Protégeo (DPO mutualisé)",
    Adresse: "4 place du Marché, 78000 Versailles",
    "Code postal": "78000",
    Ville: "Versailles",
    Téléphone: "01 39 50 11 22",
    "Adresse mél": "dpo@protegeo.fr",
  },
  fiches: [
    {
      "Nom du traitement": "Gestion des adhérents",
      "N° / RÉF": "VDS-01",
      "Date de création du traitement": le("15/01/2025"),
      "Mise à jour du traitement": le("02/10/2026"),
      "Responsable du traitement": {
        Nom: "CPTS Val de Seine",
        Adresse: "12 rue des Tanneurs",
        "Code Postal": "78200",
        Ville: "Mantes-la-Jolie",
        Pays: "France",
        Téléphone: "01 30 94 12 40",
        "Adresse mél": "contact@cpts-valdeseine.fr",
      },
      "Délégué à la protection des données": { Nom: "Sophie Marchand", "Adresse mél": "dpo@protegeo.fr" },
      "Finalité principale": "Gestion administrative des membres de l'association",
      "Base légale": "Exécution du contrat d'adhésion (art. 6.1.b)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": [
        "Adhésions et appel des cotisations",
        "Convocations aux assemblées générales et élections du conseil d'administration",
        "Annuaire interne des membres",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, prénom, profession, n° RPPS, adresse et mél professionnels",
          "Jusqu'à la démission ou la radiation, puis 1 an",
        ],
        "Vie personnelle": ["NÉANT ", "-"],
        "Informations d'ordre économique et financier": [
          "Montant et date des cotisations, RIB en cas de prélèvement",
          "10 ans à compter de la clôture de l'exercice (pièces comptables)",
        ],
        "Données de connexion": ["Néant", "/"],
        "Données de localisation": ["n/a", "N/A"],
        "Numéro de Sécurité Sociale (ou NIR)": ["Néant", "Sans objet"],
        "Données concernant la santé": ["Néant", "Sans objet"],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", "Professionnels de santé adhérents"],
        ["Autres (préciser)", "Représentants des structures adhérentes (maisons de santé, centres de santé)"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Bureau, trésorier et coordinatrice"],
        ["Sous-traitants", "Cabinet d'expertise comptable (tenue des comptes)"],
        ["Partenaires institutionnels ou commerciaux", "ARS et CPAM : liste des adhérents demandée au titre de l'ACI"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Comptes nominatifs, accès limité au bureau et à la coordination"],
        ["Sauvegarde des données", "Sauvegarde chiffrée hebdomadaire sur un disque conservé au siège"],
      ],
      "Transferts hors UE": [["Aucun transfert hors UE"]],
    },
    {
      "Nom du traitement": "Accès à un médecin traitant",
      "N° / RÉF": "VDS-02",
      "Date de création du traitement": le("15/01/2025"),
      "Mise à jour du traitement": le("02/10/2026"),
      "Responsable du traitement": {
        Nom: "CPTS Val de Seine",
        Adresse: "12 rue des Tanneurs",
        "Code Postal": "78200",
        Ville: "Mantes-la-Jolie",
        Pays: "France",
        "Adresse mél": "contact@cpts-valdeseine.fr",
      },
      "Finalité principale": "Aider les patients sans médecin traitant du territoire à en trouver un",
      "Base légale": "Mission d'intérêt public (art. 6.1.e) : missions de l'accord conventionnel interprofessionnel des CPTS",
      "Exception article 9":
        "Art. 9.2.h : prise en charge sanitaire, sous la responsabilité d'une personne soumise au secret (art. 44 1° de la loi Informatique et Libertés)",
      "Sous-finalités": [
        "Recensement des demandes",
        "Priorisation des demandes selon la situation du patient",
        "Orientation vers un médecin de la CPTS qui accepte de nouveaux patients",
        "Suivi des indicateurs de la mission (chiffres anonymes)",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, prénom, date de naissance, adresse, téléphone, mél",
          "3 mois après l'attribution d'un médecin traitant",
        ],
        "Vie personnelle": ["Nombre de personnes du foyer sans médecin, possibilité de se déplacer", "3 mois après l'attribution d'un médecin traitant"],
        "Données de localisation": ["Néant", "-"],
        "Numéro de Sécurité Sociale (ou NIR)": ["Néant", "Sans objet"],
        "Données concernant la santé": [
          "Affection de longue durée (oui ou non), besoins de suivi signalés par le patient",
          "3 mois après l'attribution d'un médecin traitant",
        ],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", "Patients sans médecin traitant"],
        ["Autres (préciser)", "Aidants ou représentants légaux qui font la demande"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Coordinatrice de la CPTS, tenue au secret professionnel"],
        ["Partenaires institutionnels ou commerciaux", "Médecins généralistes de la CPTS qui acceptent de nouveaux patients"],
        ["Sous-traitants", "OVHcloud, hébergeur certifié HDS du formulaire de demande"],
        ["Partenaires institutionnels ou commerciaux", "CPAM : indicateurs anonymisés uniquement"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Accès nominatif réservé à la coordinatrice, authentification à deux facteurs"],
        ["Chiffrement des données", "Base chiffrée chez l'hébergeur HDS"],
        ["Mesures de traçabilité", "Journal des consultations conservé 6 mois"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Lettre d'information",
      "N° / RÉF": "VDS-03",
      "Date de création du traitement": le("03/03/2025"),
      "Mise à jour du traitement": le("02/10/2026"),
      "Finalité principale": "Envoyer la lettre d'information mensuelle de la CPTS",
      "Base légale": "Intérêt légitime pour les adhérents (art. 6.1.f) ; consentement pour les autres abonnés (art. 6.1.a)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Gestion des abonnements et des désabonnements", "Mesure des ouvertures pour améliorer la lettre"],
      "Catégories de données": {
        "État civil, identité, données d'identification": [
          "Nom, prénom, adresse mél, profession",
          "Jusqu'au désabonnement ; abonnés non adhérents inactifs : 3 ans après le dernier contact",
        ],
        "Données de connexion": ["Statistiques d'ouverture et de clic", "13 mois"],
        "Données concernant la santé": ["Néant", "Sans objet"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Adhérents et partenaires abonnés à la lettre"]],
      Destinataires: [
        ["Service interne qui traite les données", "Chargée de communication"],
        ["Sous-traitants", "Brevo, outil d'envoi (société française, données hébergées dans l'UE)"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Compte Brevo nominatif avec double authentification"],
        ["Contrôle des sous-traitants", "Contrat de sous-traitance (art. 28) signé avec Brevo"],
      ],
      "Transferts hors UE": [["Aucun transfert hors UE"]],
    },
    {
      "Nom du traitement": "Site internet et formulaire de contact",
      "N° / RÉF": "VDS-04",
      "Date de création du traitement": le("03/03/2025"),
      "Mise à jour du traitement": le("16/11/2026"),
      "Finalité principale": "Informer le public et répondre aux messages reçus par le formulaire de contact",
      "Base légale": "Intérêt légitime (art. 6.1.f) : répondre aux personnes qui nous écrivent",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": ["Réponse aux messages du formulaire de contact", "Maintenance du site par un webmaster indépendant"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, adresse mél, contenu du message", "1 an après la réponse"],
        "Données de connexion": ["Adresse IP et journaux du serveur", "6 mois"],
        "Données concernant la santé": ["Néant", "Sans objet"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Internautes qui écrivent par le formulaire de contact"]],
      Destinataires: [
        ["Service interne qui traite les données", "Coordinatrice"],
        ["Sous-traitants", "o2switch, hébergeur du site (France)"],
        ["Sous-traitants", "Webmaster indépendant établi au Brésil (maintenance du site)"],
        ["Destinataires dans des pays tiers ou organisations internationales", "Le webmaster au Brésil, qui accède au serveur à distance"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Comptes d'administration nominatifs avec double authentification"],
        ["Sauvegarde des données", "Sauvegarde quotidienne chez l'hébergeur"],
        ["Mesures de protection des logiciels", "Mises à jour mensuelles du site et de ses extensions"],
      ],
      "Transferts hors UE": [["Webmaster indépendant (maintenance du site)", "Brésil", "Pays adéquat", "Décision d'adéquation (UE) 2026/179 du 26/01/2026"]],
    },
  ],
};

export default registre;
