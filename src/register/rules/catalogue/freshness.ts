/** Catalogue entries of the fiches' dates (rules/freshness.ts). */
import { cellRef, family, q, type CellSlot } from "./spec";

type Date_ = CellSlot & { date: string };

export const freshnessRules = family("freshness", {
  "freshness.stale": {
    severity: "warning",
    title: "Fiche non mise à jour depuis plus de 12 mois",
    why: "Le registre doit refléter les traitements tels qu'ils sont aujourd'hui ; une relecture annuelle est la pratique attendue.",
    howToFix: "Relire la fiche, corriger ce qui a changé, puis inscrire la date du jour comme mise à jour.",
    message: ({ cell, date }: Date_) =>
      `Cette fiche n'a pas été mise à jour depuis le ${date}, il y a plus de 12 mois (${cellRef(cell)}). Relisez-la avec les personnes concernées, corrigez ce qui a changé, puis inscrivez la date du jour.`,
  },
  "freshness.date-unreadable": {
    severity: "warning",
    title: "Date illisible",
    why: "Une date qu'on ne peut pas lire ne montre pas que le registre est tenu à jour.",
    howToFix: "Écrire la date sous la forme jj/mm/aaaa.",
    message: ({ cell, text }: CellSlot & { text: string }) =>
      `${q(text)} n'est pas une date lisible (${cellRef(cell)}). Écrivez la date sous la forme jj/mm/aaaa (ex. 15/03/2026).`,
  },
  "freshness.date-missing": {
    severity: "warning",
    title: "Fiche sans date",
    why: "Les dates de création et de mise à jour montrent que le registre est tenu à jour.",
    howToFix: "Inscrire la date de création de la fiche, et celle de sa dernière mise à jour.",
    message: ({ cell }: CellSlot) =>
      `Aucune date de création ni de mise à jour n'est indiquée (${cellRef(cell)}). Datez la fiche : cela montre que le registre est tenu à jour.`,
  },
  "freshness.date-order": {
    severity: "warning",
    title: "Mise à jour antérieure à la création",
    why: "Une mise à jour ne peut pas précéder la création : l'une des deux dates est fausse.",
    howToFix: "Vérifier et corriger les deux dates.",
    message: ({ cell }: CellSlot) => `La date de mise à jour est antérieure à la date de création (${cellRef(cell)}). Vérifiez les deux dates.`,
  },
  "freshness.date-future": {
    severity: "warning",
    title: "Date dans le futur",
    why: "Une date à venir est une faute de frappe ou de format.",
    howToFix: "Corriger la date (format jj/mm/aaaa).",
    message: ({ cell, date }: Date_) => `La date ${date} est dans le futur (${cellRef(cell)}). Vérifiez-la (format jj/mm/aaaa).`,
  },
  "freshness.update-before-2018": {
    severity: "warning",
    title: "Mise à jour antérieure au RGPD",
    why: "Le RGPD s'applique depuis le 25 mai 2018 : une fiche mise à jour avant n'a pas été relue depuis, ou sa date est fausse.",
    howToFix: "Relire la fiche et inscrire la date de cette relecture.",
    message: ({ cell, date }: Date_) =>
      `La dernière mise à jour date du ${date}, avant l'entrée en application du RGPD le 25 mai 2018 (${cellRef(cell)}). Relisez la fiche et inscrivez la date de cette relecture (ou corrigez la date si elle est fausse).`,
  },
});
