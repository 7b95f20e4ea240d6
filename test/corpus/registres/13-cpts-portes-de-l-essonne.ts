/**
 * MISTAKES. The CPTS des Portes de l'Essonne describes its frail-elderly screening with the loss of
 * autonomy and the disability typed in « Vie personnelle » (so: tab 2 « Non », no art. 9 exception),
 * a password as its only protection; its colorectal-cancer screening puts the family history in
 * « Vie personnelle » too, and keeps the results « le temps nécessaire ». Fiches made with the add-in;
 * saved by LibreOffice.
 */
import { le, plant, type RegistreSaisi } from "../saisie";

const registre: RegistreSaisi = {
  id: "13-cpts-portes-de-l-essonne",
  qui: "Infirmière de santé publique, référente prévention ; fiches faites par le complément ; enregistré par LibreOffice.",
  correct: false,
  enregistre: "LibreOffice",
  organisation: {
    Nom: "CPTS des Portes de l'Essonne",
    Prénom: "Martine (référente prévention)",
    Adresse: "30 route de Corbeil",
    "Adresse mél": "contact@cpts-portesessonne.fr",
    "Code postal": "91200",
    Ville: "Athis-Mons",
    Téléphone: "01 69 38 00 55",
  },
  fiches: [
    {
      "Nom du traitement": "Repérage des personnes âgées fragiles",
      "N° / RÉF": "PE-01",
      "Date de création du traitement": le("09/03/2026"),
      "Mise à jour du traitement": le("02/12/2026"),
      "Finalité principale": "Repérer les personnes âgées fragiles à domicile pour organiser leur suivi (mission d'intérêt public, art. 6.1.e)",
      "Sous-finalités": ["Visites de repérage", "Signalement au médecin traitant", plant("legal.art9-missing", "warning", "")],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, âge, adresse, téléphone", "Durée du suivi, puis 1 an"],
        "Vie personnelle": [plant("health.data-elsewhere", "warning", "Vit seul, perte d'autonomie, handicap"), "Durée du suivi, puis 1 an"],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Personnes de 75 ans et plus vivant à domicile"]],
      Destinataires: [
        ["Service interne qui traite les données", "Infirmière référente"],
        ["Partenaires institutionnels ou commerciaux", "Médecin traitant de la personne"],
      ],
      "Mesures de sécurité": [plant("security.health-weak", "warning", ["Contrôle d'accès des utilisateurs", "Mot de passe"])],
      "Transferts hors UE": [["Néant"]],
      "Ligne de l'onglet 2": { "Données sensibles ? Oui/non": plant("consistency.sensitive-mismatch", "error", "Non") },
    },
    {
      "Nom du traitement": "Dépistage du cancer colorectal",
      "N° / RÉF": "PE-02",
      "Date de création du traitement": le("09/03/2026"),
      "Mise à jour du traitement": le("02/12/2026"),
      "Finalité principale": "Inciter les habitants de 50 à 74 ans au dépistage organisé du cancer colorectal (mission d'intérêt public, art. 6.1.e)",
      "Sous-finalités": [
        "Remise des kits de dépistage en pharmacie",
        "Relance des personnes qui n'ont pas fait le test",
        "Consentement explicite de la personne (art. 9.2.a)",
      ],
      "Catégories de données": {
        "État civil, identité, données d'identification": ["Nom, prénom, date de naissance, téléphone", "Fin de la campagne, puis 1 an"],
        "Vie personnelle": [plant("health.data-elsewhere", "warning", "Antécédents familiaux, facteurs de risque"), "Fin de la campagne, puis 1 an"],
        "Données concernant la santé": ["Test réalisé ou non", plant("retention.vague", "warning", "Le temps nécessaire")],
      },
      "Catégories de personnes concernées": [["Autres (préciser)", "Habitants de 50 à 74 ans"]],
      Destinataires: [
        ["Service interne qui traite les données", "Infirmière référente"],
        ["Partenaires institutionnels ou commerciaux", "Pharmaciens de la CPTS"],
      ],
      "Mesures de sécurité": [
        ["Contrôle d'accès des utilisateurs", "Fichier réservé à l'infirmière référente"],
        ["Sauvegarde des données", "Sauvegarde chiffrée hebdomadaire"],
      ],
      "Transferts hors UE": [["Néant"]],
    },
  ],
};

export default registre;
