/**
 * Why each health rule matters and how to fix it, in general terms (the rules are in ../health.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { healthRules } from "../health";

export const healthExplanations = {
  "health.data-elsewhere": {
    why: "Une donnée de santé (ALD, pathologie, handicap…) reste une donnée de santé où qu'elle soit écrite ; la fiche est traitée comme une fiche de données de santé (article 9, AIPD, hébergement, sécurité).",
    howToFix: "Déplacer la donnée sur la ligne « Données concernant la santé » des données sensibles, avec sa durée de conservation.",
  },
  "health.maybe-in-text": {
    why: "Un mot comme « vaccination » peut désigner une activité sans qu'aucune donnée de santé ne soit enregistrée ; s'il en est enregistré, la fiche doit le dire.",
    howToFix: "Si des données de santé sont enregistrées, les décrire sur la ligne « Données concernant la santé » ; sinon, rien à faire.",
  },
  "health.hds-missing": {
    why: "Héberger des données de santé pour le compte d'autrui demande un hébergeur certifié HDS (article L.1111-8 du code de la santé publique).",
    howToFix: "Vérifier la certification HDS du sous-traitant et écrire « HDS » dans la précision.",
  },
  "health.nir-purpose": {
    why: "L'usage du numéro de sécurité sociale (NIR) est strictement encadré : la fiche doit dire à quoi il sert.",
    howToFix: "Préciser l'usage (déclarations sociales des salariés, INS dans la plateforme régionale de coordination), ou cesser de le collecter.",
  },
  "health.dpo-missing": {
    why: "Il ne semble pas obligatoire pour une CPTS de désigner un délégué à la protection des données (article 37 du RGPD), mais un DPO aide à tenir un registre qui porte sur des données de santé.",
    howToFix: "Envisager un DPO interne, externe ou mutualisé ; s'il y en a un, indiquer ses coordonnées dans l'onglet « Liste des traitements ».",
  },
} satisfies Record<keyof typeof healthRules, RuleExplanation>;
