/**
 * Why each consistency rule matters and how to fix it, in general terms (the rules are in ../consistency.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { consistencyRules } from "../consistency";

export const consistencyExplanations = {
  "consistency.no-fiche": {
    why: "Le registre doit décrire au moins un traitement.",
    howToFix: "Dupliquer le modèle de fiche (ou utiliser « Nouvelle fiche ») et la remplir.",
  },
  "consistency.line-without-fiche": {
    why: "Chaque ligne de la liste des traitements renvoie à sa fiche par la référence ; une référence qui ne correspond à rien rend le registre incohérent.",
    howToFix: "Créer la fiche, corriger la référence, ou supprimer la ligne si le traitement n'existe plus.",
  },
  "consistency.line-ref-missing": {
    why: "La référence relie la ligne à sa fiche.",
    howToFix: "Recopier le « N° / RÉF » de la fiche dans la ligne.",
  },
  "consistency.fiche-not-listed": {
    why: "La liste des traitements est le sommaire du registre : chaque fiche doit y avoir sa ligne.",
    howToFix: "Ajouter la ligne de la fiche (nom, référence, dates, finalité, données sensibles).",
  },
  "consistency.sensitive-mismatch": {
    why: "La liste des traitements doit signaler les fiches qui traitent des données sensibles : c'est ce qu'un lecteur regarde en premier.",
    howToFix: "Écrire « Oui » dans la colonne « Données sensibles ? » de la ligne.",
  },
  "consistency.line-name-differs": {
    why: "Deux noms pour un même traitement prêtent à confusion.",
    howToFix: "Garder le même nom aux deux endroits.",
  },
  "consistency.duplicate-ref": {
    why: "Une référence partagée ne permet plus de relier chaque fiche à sa ligne.",
    howToFix: "Donner une nouvelle référence à l'une des fiches et la reporter dans la liste.",
  },
  "consistency.duplicate-line": {
    why: "Le même traitement listé deux fois fausse le sommaire du registre.",
    howToFix: "Garder une seule ligne par fiche.",
  },
  "consistency.unused-copy": {
    why: "Une fiche vide dans le registre envoyé laisse croire à un traitement non décrit.",
    howToFix: "Remplir la feuille, ou la supprimer.",
  },
  "consistency.model-filled": {
    why: "La fiche compte ; il n'y a simplement plus de modèle vierge pour les suivantes.",
    howToFix: "Renommer cette feuille et remettre un modèle vierge.",
  },
} satisfies Record<keyof typeof consistencyRules, RuleExplanation>;
