/**
 * Why each art30 rule matters and how to fix it, in general terms (the rules are in ../art30.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { art30Rules } from "../art30";

export const art30Explanations = {
  "art30.org.controller-missing": {
    why: "Le registre doit dire qui est responsable des traitements (article 30.1.a du RGPD).",
    howToFix: "Écrire le nom de la CPTS, ou de son représentant légal, en haut de l'onglet « Liste des traitements ».",
  },
  "art30.org.contact-missing": {
    why: "Le registre doit permettre de contacter le responsable des traitements (article 30.1.a du RGPD).",
    howToFix: "Indiquer au moins l'adresse ou le courriel de l'organisme.",
  },
  "art30.org.dpo-contact-missing": {
    why: "Quand un délégué à la protection des données est désigné, ses coordonnées font partie du minimum de l'article 30.1.a du RGPD.",
    howToFix: "Indiquer le courriel ou le téléphone du DPO.",
  },
  "art30.fiche.name-missing": {
    why: "Chaque fiche doit nommer l'activité qu'elle décrit ; sans nom, la feuille ne compte pas comme une fiche.",
    howToFix: "Écrire le nom de l'activité (ex. « Accès à un médecin traitant »).",
  },
  "art30.fiche.ref-missing": {
    why: "La référence relie la fiche à sa ligne de l'onglet « Liste des traitements ».",
    howToFix: "Donner à la fiche une référence unique (ex. « ref-002 ») et la reporter dans la liste.",
  },
  "art30.fiche.purpose-missing": {
    why: "Le RGPD demande de dire à quoi sert chaque traitement (article 30.1.b).",
    howToFix: "Décrire l'objectif du traitement en une phrase.",
  },
  "art30.fiche.persons-missing": {
    why: "Le registre doit dire de qui sont les données (article 30.1.c du RGPD).",
    howToFix: "Choisir au moins une catégorie de personnes dans la liste, avec une précision si besoin.",
  },
  "art30.fiche.data-missing": {
    why: "Le registre doit dire quelles données sont traitées (article 30.1.c du RGPD).",
    howToFix: "Décrire au moins une catégorie de données (ex. « Nom, prénom, téléphone » sur la ligne état civil).",
  },
  "art30.fiche.retention-missing": {
    why: "Les données ne peuvent pas être gardées sans limite ; le registre indique les délais d'effacement « dans la mesure du possible » (article 30.1.f du RGPD).",
    howToFix: "Écrire combien de temps les données sont gardées et à partir de quand.",
  },
  "art30.fiche.recipients-missing": {
    why: "Le registre doit dire qui accède aux données (article 30.1.d du RGPD).",
    howToFix: "Choisir au moins un type de destinataire et préciser lequel.",
  },
  "art30.fiche.measures-missing": {
    why: "Le registre décrit les mesures de sécurité « dans la mesure du possible » (article 30.1.g du RGPD).",
    howToFix: "Choisir au moins une mesure dans la liste et la préciser.",
  },
  "art30.fiche.detail-missing": {
    why: "« Autres (préciser) » ne dit rien tant que la précision est vide.",
    howToFix: "Écrire de quoi il s'agit dans la colonne « Précisions ».",
  },
  "art30.fiche.choice-missing": {
    why: "Le type choisi dans la liste permet de lire tous les registres de la même façon.",
    howToFix: "Choisir le type dans la liste déroulante, en gardant la précision.",
  },
  "art30.fiche.description-missing": {
    why: "Une durée sans description laisse croire que des données sont traitées sans dire lesquelles.",
    howToFix: "Décrire les données concernées, ou effacer la durée si la catégorie n'est pas utilisée.",
  },
} satisfies Record<keyof typeof art30Rules, RuleExplanation>;
