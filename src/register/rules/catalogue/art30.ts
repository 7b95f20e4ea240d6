/** Catalogue entries of the article 30 minimum (rules/art30.ts): the organisation in tab 2, then each fiche. */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

const WHERE_POSSIBLE = "Le RGPD la demande « dans la mesure du possible » (article 30).";

export const art30Rules = family("art30", {
  // ------------------------------------------------------------------------------------ organisation
  "art30.org.controller-missing": {
    severity: "error",
    path: ["organisation"],
    title: "Responsable de l'organisme non renseigné",
    link: RULE_LINKS.register,
    message: ({ cell }: CellSlot) =>
      `Le nom du responsable de l'organisme n'est pas renseigné (${cellRef(cell)}). Le registre doit dire qui est responsable des traitements (article 30 du RGPD) : écrivez le nom de la CPTS (ou de son représentant légal).`,
  },
  "art30.org.contact-missing": {
    severity: "error",
    path: ["organisation"],
    title: "Coordonnées de l'organisme absentes",
    link: RULE_LINKS.register,
    message: ({ cell }: CellSlot) =>
      `Aucune coordonnée de l'organisme n'est renseignée (adresse, courriel ou téléphone ; ${cellRef(cell)}). Le registre doit permettre de contacter le responsable : indiquez au moins son adresse ou son courriel.`,
  },
  "art30.org.dpo-contact-missing": {
    severity: "error",
    path: ["organisation"],
    title: "DPO nommé sans coordonnées",
    link: RULE_LINKS.dpo,
    message: ({ cell }: CellSlot) =>
      `Un délégué à la protection des données (DPO) est nommé, mais sans courriel ni téléphone (${cellRef(cell)}). Indiquez comment le joindre : ses coordonnées figurent dans le registre et dans les mentions d'information.`,
  },

  // ------------------------------------------------------------------------------------------ fiche
  "art30.fiche.name-missing": {
    severity: "error",
    criterion: "name",
    title: "Nom du traitement vide",
    message: ({ cell }: CellSlot) =>
      `Cette feuille est remplie mais le nom du traitement est vide (${cellRef(cell)}). Chaque fiche doit porter le nom de l'activité qu'elle décrit : écrivez-le (ex. ${q("Accès à un médecin traitant")}).`,
  },
  "art30.fiche.ref-missing": {
    severity: "error",
    criterion: "ref",
    title: "Référence de la fiche vide",
    message: ({ cell }: CellSlot) =>
      `Le numéro / la référence de la fiche est vide (${cellRef(cell)}). Il relie la fiche à sa ligne de l'onglet « Liste des traitements » : donnez-lui une référence unique (ex. ${q("ref-002")}).`,
  },
  "art30.fiche.purpose-missing": {
    severity: "error",
    criterion: "purpose",
    title: "Finalité principale absente",
    link: RULE_LINKS.purpose,
    message: ({ cell }: CellSlot) =>
      `La finalité principale n'est pas indiquée (${cellRef(cell)}). Le RGPD demande de dire à quoi sert le traitement : décrivez son objectif en une phrase (ex. ${q("Faciliter l'accès à un médecin traitant")}).`,
  },
  "art30.fiche.persons-missing": {
    severity: "error",
    criterion: "persons",
    title: "Aucune catégorie de personnes concernées",
    /** `patientItem`: the workbook's own list item for patients (our template's), null when its list has none (the CNIL's). */
    message: ({ cell, patientItem }: CellSlot & { patientItem: string | null }) =>
      `Aucune catégorie de personnes concernées n'est indiquée (${cellRef(cell)}). Le registre doit dire de qui sont les données : choisissez au moins une catégorie dans la liste (ex. ${
        patientItem ? `${q(patientItem)}, ${q("Salariés")}` : `${q("Salariés")}, ou ${q("Autres (préciser)")} avec ${q("Patients")} dans la précision`
      }).`,
  },
  "art30.fiche.data-missing": {
    severity: "error",
    criterion: "data",
    title: "Aucune catégorie de données décrite",
    message: ({ cell }: CellSlot) =>
      `Aucune catégorie de données n'est décrite (${cellRef(cell)}). Le registre doit dire quelles données sont traitées : décrivez au moins une catégorie (ex. ${q("Nom, prénom, téléphone")} sur la ligne état civil).`,
  },
  "art30.fiche.retention-missing": {
    severity: "error",
    criterion: "retention",
    path: ["retention-set"],
    title: "Durée de conservation absente",
    link: RULE_LINKS.retention,
    message: ({ cell, label }: CellSlot & { label: string }) =>
      `La durée de conservation des données ${q(label)} n'est pas indiquée (${cellRef(cell)}). ${WHERE_POSSIBLE} Écrivez combien de temps ces données sont gardées et à partir de quand (ex. ${q("3 ans après le dernier contact")}).`,
  },
  "art30.fiche.recipients-missing": {
    severity: "error",
    criterion: "recipients",
    title: "Aucun destinataire",
    message: ({ cell }: CellSlot) =>
      `Aucun destinataire n'est indiqué (${cellRef(cell)}). Le registre doit dire qui accède aux données : choisissez au moins un type de destinataire (ex. ${q("Service interne qui traite les données")}) et précisez lequel.`,
  },
  "art30.fiche.measures-missing": {
    severity: "error",
    criterion: "measures",
    path: ["measures-described"],
    title: "Aucune mesure de sécurité",
    link: RULE_LINKS.security,
    message: ({ cell }: CellSlot) =>
      `Aucune mesure de sécurité n'est indiquée (${cellRef(cell)}). La description des mesures de sécurité est demandée « dans la mesure du possible » par le RGPD (article 30) : choisissez au moins une mesure (ex. ${q("Contrôle d'accès des utilisateurs")}) et précisez-la.`,
  },
  "art30.fiche.detail-missing": {
    severity: "warning",
    title: "Choix « à préciser » sans précision",
    message: ({ cell, value }: CellSlot & { value: string }) =>
      `${q(value)} est choisi mais la précision est vide (${cellRef(cell)}). Ce choix demande de préciser : écrivez de quoi il s'agit dans la colonne « Précisions ».`,
  },
  "art30.fiche.choice-missing": {
    severity: "warning",
    title: "Précision sans type choisi",
    message: ({ cell, detail }: CellSlot & { detail: string }) =>
      `Une précision est écrite (${q(detail)}) mais le type n'est pas choisi (${cellRef(cell)}). Choisissez le type dans la liste déroulante de la cellule, en gardant votre précision.`,
  },
  "art30.fiche.description-missing": {
    severity: "warning",
    title: "Durée de conservation sans données décrites",
    message: ({ cell, label }: CellSlot & { label: string }) =>
      `Une durée de conservation est donnée pour ${q(label)} mais les données ne sont pas décrites (${cellRef(cell)}). Décrivez les données concernées, ou effacez la durée si cette catégorie n'est pas utilisée.`,
  },
});
