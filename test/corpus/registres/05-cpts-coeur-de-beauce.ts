/**
 * MISTAKES. The CPTS Cœur de Beauce added « Base légale » and « Exception article 9 » to the model, but
 * chose the exceptions by their sound: 9.2.d (« for its members ») for patients of unscheduled care,
 * 9.2.b (labour law) for a fiche that also holds self-employed doctors. Effecteurs talk in a WhatsApp
 * group, the only security measure is a password, the newsletter leaves from a Gmail box, pay slips are
 * kept « 99 ans ». Fiches made with the add-in; saved by Excel.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "05-cpts-coeur-de-beauce",
  qui: "Présidente (médecin) et secrétaire, sans DPO ; lignes « Base légale » et « Exception article 9 » ajoutées ; enregistré par Excel.",
  correct: false,
  enregistre: "Excel",
  lignesAjoutees: ["Base légale", "Exception article 9"],
  organisation: {
    Nom: "CPTS Cœur de Beauce",
    Prénom: "Dr Claire Vasseur",
    Adresse: "2 rue du Château d'eau",
    "Adresse mél": "cpts.coeurdebeauce@orange.fr",
    "Code postal": "28310",
    Ville: "Janville-en-Beauce",
    Téléphone: "02 37 90 11 45",
  },
  fiches: [
    {
      "Nom du traitement": "Soins non programmés",
      "N° / RÉF": "CB-01",
      "Date de création du traitement": le("02/02/2026"),
      "Mise à jour du traitement": le("19/10/2026"),
      "Finalité principale": "Trouver un rendez-vous dans la journée aux patients qui appellent sans médecin disponible",
      "Base légale": "Mission d'intérêt public (art. 6.1.e)",
      "Exception article 9": plant("legal.art9-exception-mismatch", "warning", "Art. 9.2.d : organisme à but non lucratif, pour ses membres"),
      "Sous-finalités": [
        "Planning des créneaux des médecins effecteurs",
        plant(
          "tools.processor-not-listed",
          "warning",
          plant(
            "tools.transfer-undescribed",
            "warning",
            plant("tools.not-hds", "warning", "Échanges sur les patients avec les médecins effecteurs par un groupe WhatsApp"),
          ),
        ),
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, téléphone du patient", "1 an après le rendez-vous"],
        "Données concernant la santé": ["Motif de consultation", "1 an après le rendez-vous"],
      },
      "Catégories de personnes concernées": [
        ["Autres (préciser)", "Patients demandant un rendez-vous dans la journée"],
        ["Autres (préciser)", "Médecins effecteurs"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Secrétaire de la CPTS"],
        ["Partenaires institutionnels ou commerciaux", "Médecins effecteurs de la CPTS"],
      ],
      "Mesures de sécurité": [
        plant("security.health-weak", "warning", ["Contrôle d'accès des utilisateurs", "Mot de passe sur l'ordinateur de la secrétaire"]),
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Salariés et vacataires",
      "N° / RÉF": "CB-02",
      "Date de création du traitement": le("02/02/2026"),
      "Mise à jour du traitement": le("19/10/2026"),
      "Finalité principale": "Paie des salariés et indemnisation des médecins vacataires des astreintes",
      "Base légale": "Contrat de travail et obligations légales (art. 6.1.b et 6.1.c)",
      "Exception article 9": plant("legal.art9-exception-mismatch", "warning", "Art. 9.2.b : obligations en matière de droit du travail"),
      "Sous-finalités": ["Bulletins de paie et DSN", "Indemnités d'astreinte des médecins libéraux", "Suivi des arrêts de travail"],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, adresse", "Durée du contrat, puis 5 ans"],
        "Informations d'ordre économique et financier": ["Salaires, indemnités, RIB", plant("retention.endless", "error", "99 ans")],
        "Numéro de Sécurité Sociale (ou NIR)": ["NIR des salariés, pour la DSN", "5 ans à compter du versement de la paie"],
        "Données concernant la santé": ["Arrêts de travail des salariés", "Durée du contrat, puis 5 ans"],
      },
      "Catégories de personnes concernées": [
        ["Salariés", "Secrétaire et coordinatrice"],
        ["Autres (préciser)", "Médecins libéraux vacataires"],
      ],
      Destinataires: [
        ["Service interne qui traite les données", "Présidente et trésorier"],
        ["Partenaires institutionnels ou commerciaux", "URSSAF, caisses de retraite, mutuelle"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Dossiers sous clé, fichier de paie réservé au trésorier"],
        ["Sauvegarde des données", "Sauvegarde mensuelle"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
    {
      "Nom du traitement": "Newsletter",
      "N° / RÉF": "CB-03",
      "Date de création du traitement": le("02/02/2026"),
      "Mise à jour du traitement": le("19/10/2026"),
      "Finalité principale": "Envoyer les actualités de la CPTS aux adhérents",
      "Base légale": "Intérêt légitime (art. 6.1.f)",
      "Exception article 9": "Non applicable (pas de données sensibles)",
      "Sous-finalités": [
        plant(
          "tools.processor-not-listed",
          "warning",
          plant("tools.transfer-undescribed", "warning", "Envoi d'un courriel mensuel depuis la boîte Gmail de la CPTS"),
        ),
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, mél", "Jusqu'à la démission, puis 1 an"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Adhérents"]],
      Destinataires: [["Service interne qui traite les données", "Secrétaire"]],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Accès à la boîte réservé à la secrétaire"],
        ["Autres mesures (à préciser)", "Adresses des destinataires en copie cachée"],
      ],
    },
  ],
};

export default registre;
