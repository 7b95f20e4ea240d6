/** Catalogue entries of health specifics (rules/health.ts): where health data is, HDS, the NIR, the DPO. */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

export const healthRules = family("health", {
  "health.data-elsewhere": {
    severity: "warning",
    path: ["sensitive-justified"],
    title: "Donnée de santé écrite hors de la ligne « santé »",
    link: RULE_LINKS.sensitive,
    /** `term`: the health word as typed; `row`: the label of the row where it was typed. */
    message: ({ cell, term, row }: CellSlot & { term: string; row: string }) =>
      `${q(term)} est une donnée de santé, écrite sur la ligne ${q(row)} (${cellRef(cell)}). Déplacez-la sur la ligne « Données concernant la santé » des données sensibles, avec sa durée de conservation : la fiche est de toute façon vérifiée comme une fiche de données de santé.`,
  },
  "health.maybe-in-text": {
    severity: "info",
    title: "Mot de santé dans une finalité ou une catégorie de personnes",
    link: RULE_LINKS.sensitive,
    message: ({ cell, term }: CellSlot & { term: string }) =>
      `${q(term)} évoque la santé (${cellRef(cell)}). Si ce traitement enregistre des données de santé, décrivez-les sur la ligne « Données concernant la santé » des données sensibles ; s'il s'agit seulement d'une activité, il n'y a rien à changer.`,
  },
  "health.hds-missing": {
    severity: "warning",
    path: ["hds"],
    title: "Sous-traitant sans hébergement certifié HDS",
    message: ({ cell }: CellSlot) =>
      `Ce traitement porte sur des données de santé et confie des données à un sous-traitant dont la précision ne mentionne pas « HDS » (${cellRef(cell)}). L'hébergement de données de santé pour le compte d'autrui demande un hébergeur certifié HDS (art. L.1111-8 du code de la santé publique) : vérifiez sa certification et écrivez « HDS » dans la précision.`,
  },
  "health.nir-purpose": {
    severity: "warning",
    path: ["sensitive-justified"],
    title: "NIR collecté sans usage indiqué",
    message: ({ cell }: CellSlot) =>
      `Le numéro de sécurité sociale (NIR) est collecté sans que son usage soit indiqué (${cellRef(cell)}). Son utilisation est encadrée : précisez pourquoi il est nécessaire (ex. ${q("déclarations sociales des salariés (DSN)")} ou ${q("identité nationale de santé (INS) dans la plateforme régionale de coordination")}), ou cessez de le collecter.`,
  },
  "health.dpo-missing": {
    severity: "info",
    title: "Données de santé sans DPO",
    link: RULE_LINKS.dpo,
    message: ({ cell }: CellSlot) =>
      `Des données de santé sont traitées et aucun délégué à la protection des données (DPO) n'est indiqué (${cellRef(cell)}). Il ne semble pas obligatoire pour une CPTS d'en désigner un (article 37 du RGPD), mais un DPO interne, externe ou mutualisé peut vous aider ; s'il y en a un, indiquez ses coordonnées ici.`,
  },
});
