/** Catalogue entries of health specifics (rules/health.ts): where health data is, HDS, the NIR, the DPO. */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

export const healthRules = family("health", {
  "health.data-elsewhere": {
    severity: "warning",
    path: ["sensitive-justified"],
    title: "Donnée de santé écrite hors de la ligne « santé »",
    why: "Une donnée de santé (ALD, pathologie, handicap…) reste une donnée de santé où qu'elle soit écrite ; la fiche est traitée comme une fiche de données de santé (article 9, AIPD, hébergement, sécurité).",
    howToFix: "Déplacer la donnée sur la ligne « Données concernant la santé » des données sensibles, avec sa durée de conservation.",
    link: RULE_LINKS.sensitive,
    /** `term`: the health word as typed; `row`: the label of the row where it was typed. */
    message: ({ cell, term, row }: CellSlot & { term: string; row: string }) =>
      `${q(term)} est une donnée de santé, écrite sur la ligne ${q(row)} (${cellRef(cell)}). Déplacez-la sur la ligne « Données concernant la santé » des données sensibles, avec sa durée de conservation : la fiche est de toute façon vérifiée comme une fiche de données de santé.`,
  },
  "health.maybe-in-text": {
    severity: "info",
    title: "Mot de santé dans une finalité ou une catégorie de personnes",
    why: "Un mot comme « vaccination » peut désigner une activité sans qu'aucune donnée de santé ne soit enregistrée ; s'il en est enregistré, la fiche doit le dire.",
    howToFix: "Si des données de santé sont enregistrées, les décrire sur la ligne « Données concernant la santé » ; sinon, rien à faire.",
    link: RULE_LINKS.sensitive,
    message: ({ cell, term }: CellSlot & { term: string }) =>
      `${q(term)} évoque la santé (${cellRef(cell)}). Si ce traitement enregistre des données de santé, décrivez-les sur la ligne « Données concernant la santé » des données sensibles ; s'il s'agit seulement d'une activité, il n'y a rien à changer.`,
  },
  "health.hds-missing": {
    severity: "warning",
    path: ["hds"],
    title: "Sous-traitant sans hébergement certifié HDS",
    why: "Héberger des données de santé pour le compte d'autrui demande un hébergeur certifié HDS (article L.1111-8 du code de la santé publique).",
    howToFix: "Vérifier la certification HDS du sous-traitant et écrire « HDS » dans la précision.",
    message: ({ cell }: CellSlot) =>
      `Ce traitement porte sur des données de santé et confie des données à un sous-traitant dont la précision ne mentionne pas « HDS » (${cellRef(cell)}). L'hébergement de données de santé pour le compte d'autrui demande un hébergeur certifié HDS (art. L.1111-8 du code de la santé publique) : vérifiez sa certification et écrivez « HDS » dans la précision.`,
  },
  "health.nir-purpose": {
    severity: "warning",
    path: ["sensitive-justified"],
    title: "NIR collecté sans usage indiqué",
    why: "L'usage du numéro de sécurité sociale (NIR) est strictement encadré : la fiche doit dire à quoi il sert.",
    howToFix: "Préciser l'usage (déclarations sociales des salariés, INS dans la plateforme régionale de coordination), ou cesser de le collecter.",
    message: ({ cell }: CellSlot) =>
      `Le numéro de sécurité sociale (NIR) est collecté sans que son usage soit indiqué (${cellRef(cell)}). Son utilisation est encadrée : précisez pourquoi il est nécessaire (ex. ${q("déclarations sociales des salariés (DSN)")} ou ${q("identité nationale de santé (INS) dans la plateforme régionale de coordination")}), ou cessez de le collecter.`,
  },
  "health.dpo-missing": {
    severity: "info",
    title: "Données de santé sans DPO",
    why: "Il ne semble pas obligatoire pour une CPTS de désigner un délégué à la protection des données (article 37 du RGPD), mais un DPO aide à tenir un registre qui porte sur des données de santé.",
    howToFix: "Envisager un DPO interne, externe ou mutualisé ; s'il y en a un, indiquer ses coordonnées dans l'onglet « Liste des traitements ».",
    link: RULE_LINKS.dpo,
    message: ({ cell }: CellSlot) =>
      `Des données de santé sont traitées et aucun délégué à la protection des données (DPO) n'est indiqué (${cellRef(cell)}). Il ne semble pas obligatoire pour une CPTS d'en désigner un (article 37 du RGPD), mais un DPO interne, externe ou mutualisé peut vous aider ; s'il y en a un, indiquez ses coordonnées ici.`,
  },
});
