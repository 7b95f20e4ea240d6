/**
 * What each field of the register means and what is expected in it, in plain French (drawn from the
 * reference and the CNIL's comments on its model). Read by help.ts for the "Aide" panel.
 */
import type { DataCategoryKey } from "../model";

export interface FieldText {
  label: string;
  meaning: string;
  expected: string;
}

export type FieldId =
  | "fiche.name"
  | "fiche.ref"
  | "fiche.created"
  | "fiche.updated"
  | "fiche.mainPurpose"
  | "fiche.subPurpose"
  | "fiche.legalBasis"
  | "fiche.art9Exception"
  | "fiche.actor.controller"
  | "fiche.actor.dpo"
  | "fiche.actor.dpoCompany"
  | "fiche.actor.representative"
  | "fiche.actor.jointControllers"
  | "fiche.data.description"
  | "fiche.data.retention"
  | "fiche.sensitive.description"
  | "fiche.sensitive.retention"
  | "fiche.persons.value"
  | "fiche.persons.detail"
  | "fiche.recipients.value"
  | "fiche.recipients.detail"
  | "fiche.measures.value"
  | "fiche.measures.detail"
  | "fiche.transfers.recipient"
  | "fiche.transfers.country"
  | "fiche.transfers.guarantee"
  | "fiche.transfers.documentation"
  | "list.controller"
  | "list.representative"
  | "list.dpo"
  | "list.line.name"
  | "list.line.ref"
  | "list.line.created"
  | "list.line.updated"
  | "list.line.purpose"
  | "list.line.sensitive";

export const FIELD_TEXTS: Readonly<Record<FieldId, FieldText>> = {
  "fiche.name": {
    label: "Nom du traitement",
    meaning: "Le nom de l'activité qui utilise des données personnelles. Une fiche décrit une activité (une finalité), pas un logiciel.",
    expected: "Un nom court et parlant, repris à l'identique dans la liste des traitements.",
  },
  "fiche.ref": {
    label: "N° / RÉF",
    meaning: "La référence unique de la fiche. Elle relie la fiche à sa ligne de l'onglet « Liste des traitements ».",
    expected: "Une référence qu'aucune autre fiche n'a (ex. « ref-002 »), recopiée dans la colonne « N° / RÉF » de la liste.",
  },
  "fiche.created": {
    label: "Date de création du traitement",
    meaning: "Le jour où le traitement a été mis en place (ou, à défaut, où la fiche a été créée).",
    expected: "Une date au format jj/mm/aaaa.",
  },
  "fiche.updated": {
    label: "Mise à jour du traitement",
    meaning:
      "Le jour de la dernière relecture ou modification de la fiche. Le registre doit être tenu à jour à chaque changement (nouvelles données, nouveau destinataire…).",
    expected: "Une date au format jj/mm/aaaa, de moins de 12 mois.",
  },
  "fiche.mainPurpose": {
    label: "Finalité principale",
    meaning: "L'objectif du traitement : à quoi servent les données. Le RGPD demande une finalité déterminée, explicite et légitime.",
    expected: "Une phrase qui dit le but, sans nommer d'outil.",
  },
  "fiche.subPurpose": {
    label: "Sous-finalité",
    meaning: "Les grandes étapes ou usages qui découlent de la finalité principale.",
    expected: "Une sous-finalité par ligne ; laissez vides les lignes inutiles.",
  },
  "fiche.legalBasis": {
    label: "Base légale",
    meaning:
      "Ce qui autorise le traitement (article 6 du RGPD) : consentement, contrat, obligation légale, intérêts vitaux, mission d'intérêt public ou intérêt légitime. Elle figure dans les mentions d'information.",
    expected: "Un choix de la liste. Pour les missions de la CPTS (ACI), le plus souvent « Mission d'intérêt public (art. 6.1.e) ».",
  },
  "fiche.art9Exception": {
    label: "Exception article 9",
    meaning: "Les données sensibles (santé surtout) sont interdites sauf exception de l'article 9.2 du RGPD. Cette ligne dit laquelle s'applique.",
    expected: "Un choix de la liste quand la fiche décrit des données sensibles (pour le soin, souvent l'art. 9.2.h), sinon « Non applicable ».",
  },
  "fiche.actor.controller": {
    label: "Responsable du traitement",
    meaning: "L'organisme qui décide pourquoi et comment les données sont traitées : en général la CPTS elle-même.",
    expected: "Facultatif si l'onglet « Liste des traitements » donne déjà les coordonnées de la CPTS ; sinon, nom et coordonnées.",
  },
  "fiche.actor.dpo": {
    label: "Délégué à la protection des données (DPO)",
    meaning:
      "La personne qui conseille la CPTS sur le RGPD, si elle en a désigné une. Il ne semble pas obligatoire pour une CPTS d'avoir un DPO, son volume de données sensibles pouvant s'apparenter à celui d'un cabinet médical individuel (présentation de la CPTS 78 Nord et de SESAN) ; un DPO interne, externe ou mutualisé reste une aide.",
    expected: "Nom et coordonnées du DPO s'il y en a un, sinon laissez vide.",
  },
  "fiche.actor.dpoCompany": {
    label: "Société du DPO (si celui-ci est externe)",
    meaning: "La société qui fournit le DPO lorsqu'il est externe ou mutualisé.",
    expected: "Nom et coordonnées de la société, ou vide.",
  },
  "fiche.actor.representative": {
    label: "Représentant",
    meaning: "Le représentant dans l'Union européenne d'un responsable établi hors de l'UE. Une CPTS n'est pas concernée.",
    expected: "Laissez vide.",
  },
  "fiche.actor.jointControllers": {
    label: "Responsable(s) conjoint(s)",
    meaning: "Les organismes qui décident avec la CPTS des finalités et des moyens du traitement (ex. un partenaire qui co-pilote une plateforme).",
    expected: "Nom et coordonnées de chaque responsable conjoint, s'il y en a.",
  },
  "fiche.data.description": {
    label: "Catégorie de données : description",
    meaning: "Les données effectivement collectées dans cette catégorie.",
    expected: "La liste des données (ex. « Nom, prénom, téléphone »). Laissez vide si la catégorie n'est pas utilisée.",
  },
  "fiche.data.retention": {
    label: "Durée de conservation",
    meaning:
      "Combien de temps les données de cette catégorie sont gardées, et à partir de quand. Le RGPD la demande « dans la mesure du possible » : donnez-la pour chaque catégorie décrite.",
    expected: "Une durée et son point de départ (ex. « 3 ans après le dernier contact »), jamais « illimitée ».",
  },
  "fiche.sensitive.description": {
    label: "Données sensibles : description",
    meaning:
      "Les données sensibles (article 9) ou relatives aux infractions (article 10) collectées. Leur traitement est interdit sauf exception : si cette ligne est remplie, la liste des traitements doit dire « Oui » dans « Données sensibles ? ».",
    expected: "Les données collectées (ex. « ALD : oui/non ») ou vide si aucune.",
  },
  "fiche.sensitive.retention": {
    label: "Durée de conservation (données sensibles)",
    meaning: "Combien de temps ces données sensibles sont gardées, et à partir de quand.",
    expected: "Une durée et son point de départ ; au plus court pour les données de santé.",
  },
  "fiche.persons.value": {
    label: "Catégorie de personnes concernées",
    meaning: "Les personnes dont les données sont traitées (salariés, adhérents, patients…).",
    expected: "Un choix de la liste par ligne ; ajoutez une ligne pour chaque catégorie de plus.",
  },
  "fiche.persons.detail": {
    label: "Catégorie de personnes : précisions",
    meaning: "Une précision sur cette catégorie de personnes.",
    expected: "Texte libre ; obligatoire si le choix est « Autres (préciser) ».",
  },
  "fiche.recipients.value": {
    label: "Type de destinataire",
    meaning: "Qui accède aux données ou les reçoit : service interne, sous-traitant (prestataire qui traite pour la CPTS), partenaire, destinataire hors UE.",
    expected: "Un choix de la liste par ligne, précisé dans la colonne « Précisions ».",
  },
  "fiche.recipients.detail": {
    label: "Destinataire : précisions",
    meaning: "Qui est concrètement le destinataire.",
    expected:
      "Le nom du service ou de l'organisme. Pour un sous-traitant qui héberge des données de santé de patients, écrivez « HDS » après avoir vérifié sa certification.",
  },
  "fiche.measures.value": {
    label: "Type de mesure de sécurité",
    meaning:
      "Les mesures techniques et organisationnelles qui protègent les données. Le RGPD en demande une description « dans la mesure du possible » : décrivez-les dans chaque fiche.",
    expected: "Un choix de la liste par ligne, précisé dans la colonne « Précisions ».",
  },
  "fiche.measures.detail": {
    label: "Mesure de sécurité : précisions",
    meaning: "Comment la mesure est appliquée concrètement.",
    expected: "Texte libre (ex. « accès réservé à la coordination, mot de passe robuste »).",
  },
  "fiche.transfers.recipient": {
    label: "Transfert hors UE : destinataire",
    meaning: "L'organisme situé hors de l'Union européenne qui reçoit les données ou y accède (ex. un outil en ligne hébergé aux États-Unis).",
    expected: "Le nom de l'organisme ; laissez la section vide s'il n'y a pas de transfert.",
  },
  "fiche.transfers.country": {
    label: "Transfert hors UE : pays",
    meaning: "Le pays où les données sont envoyées.",
    expected: "Un pays de la liste.",
  },
  "fiche.transfers.guarantee": {
    label: "Transfert hors UE : type de garanties",
    meaning:
      "Ce qui encadre le transfert : décision d'adéquation de la Commission européenne, clauses contractuelles types, etc. Le « Privacy shield » n'est plus valable depuis 2020 ; les États-Unis ne sont adéquats que pour les organismes certifiés « Data Privacy Framework ».",
    expected: "Un choix de la liste qui correspond au pays et au destinataire.",
  },
  "fiche.transfers.documentation": {
    label: "Transfert hors UE : liens vers la documentation",
    meaning: "Où trouver la preuve de la garantie (contrat, clauses signées, certification).",
    expected: "Un lien ou la référence du document.",
  },
  "list.controller": {
    label: "Coordonnées du responsable de l'organisme",
    meaning: "Qui est responsable des traitements : la CPTS (l'association) et son représentant légal. L'article 30 du RGPD demande ses nom et coordonnées.",
    expected: "Le nom de la CPTS ou de son représentant, et au moins une adresse ou un courriel.",
  },
  "list.representative": {
    label: "Coordonnées du représentant",
    meaning: "Le représentant dans l'UE d'un responsable établi hors de l'UE. Une CPTS n'est pas concernée.",
    expected: "Laissez vide.",
  },
  "list.dpo": {
    label: "Coordonnées du délégué à la protection des données (DPO)",
    meaning:
      "Le DPO de la CPTS, si elle en a désigné un (interne, externe ou mutualisé). Il ne semble pas obligatoire pour une CPTS d'avoir un DPO, son volume de données sensibles pouvant s'apparenter à celui d'un cabinet médical individuel (présentation de la CPTS 78 Nord et de SESAN) ; un DPO interne, externe ou mutualisé reste une aide.",
    expected: "Ses nom et coordonnées, ou vide s'il n'y en a pas.",
  },
  "list.line.name": {
    label: "Nom du traitement",
    meaning: "Le nom de l'activité, tel qu'il figure sur sa fiche.",
    expected: "Le même nom que sur la fiche.",
  },
  "list.line.ref": {
    label: "N° / RÉF",
    meaning: "La référence de la fiche correspondante : elle relie cette ligne à sa fiche.",
    expected: "Exactement le « N° / RÉF » de la fiche.",
  },
  "list.line.created": {
    label: "Date de création de la fiche",
    meaning: "La date de création de la fiche.",
    expected: "Une date au format jj/mm/aaaa, la même que sur la fiche.",
  },
  "list.line.updated": {
    label: "Dernière mise à jour de la fiche",
    meaning: "La date de la dernière mise à jour de la fiche.",
    expected: "Une date au format jj/mm/aaaa, la même que sur la fiche.",
  },
  "list.line.purpose": {
    label: "Finalité du traitement",
    meaning: "L'objectif du traitement, en résumé.",
    expected: "La finalité principale de la fiche (et, si vous voulez, ses sous-finalités).",
  },
  "list.line.sensitive": {
    label: "Données sensibles ? (Oui/non)",
    meaning: "Si la fiche décrit des données sensibles (santé, opinions, origine, etc., et infractions). Le NIR n'en fait pas partie.",
    expected: "« Oui » si la section « Données sensibles » de la fiche est remplie, sinon « Non ».",
  },
};

/** What each data category row covers, to complete the description's help. */
export const DATA_CATEGORY_HELP: Readonly<Record<DataCategoryKey, string>> = {
  identity: "Identité et coordonnées : nom, prénom, date de naissance, adresse, téléphone, courriel, photo.",
  personalLife: "Vie personnelle : situation familiale, habitudes de vie, composition du foyer.",
  economic: "Données économiques et financières : revenus, RIB, cotisations, montants versés.",
  connection: "Données de connexion : adresse IP, journaux (logs), identifiants de connexion.",
  location: "Données de localisation : déplacements, GPS, adresse de visite.",
  nir: "Numéro de sécurité sociale (NIR). Son usage est encadré : seulement pour un usage permis (paie et DSN, identification des patients par l'INS…).",
  racial: "Données révélant l'origine raciale ou ethnique (article 9).",
  political: "Données révélant les opinions politiques (article 9).",
  religious: "Données révélant les convictions religieuses ou philosophiques (article 9).",
  union: "Données révélant l'appartenance syndicale (article 9).",
  genetic: "Données génétiques (article 9).",
  biometric: "Données biométriques servant à identifier une personne (article 9).",
  health:
    "Données de santé (article 9) : toute information sur la santé physique ou mentale d'une personne, y compris une ALD, un besoin de soins, un numéro attribué pour la soigner. Pour une CPTS, c'est la ligne clé.",
  sexual: "Données concernant la vie sexuelle ou l'orientation sexuelle (article 9).",
  criminal: "Données relatives aux condamnations pénales et aux infractions (article 10).",
  other: "Une catégorie ajoutée dans ce classeur.",
};

/** Sub-field labels of the contact and actor tables. */
export const CONTACT_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: "Nom",
  firstName: "Prénom",
  address: "Adresse",
  email: "Adresse mél",
  postcode: "Code postal",
  city: "Ville",
  phone: "Téléphone",
  company: "Société (si DPO externe)",
  country: "Pays",
};

/** Examples for the organisation fields (tab 2 and the "Acteurs" table). */
export const CONTACT_EXAMPLES: Readonly<Record<string, string>> = {
  name: "CPTS du Val de Seine (association loi 1901)",
  firstName: "Claire",
  address: "12 rue des Tilleuls",
  email: "contact@cpts-exemple.fr",
  postcode: "78000",
  city: "Versailles",
  phone: "01 23 45 67 89",
  company: "Cabinet DPO mutualisé",
  country: "France",
};
