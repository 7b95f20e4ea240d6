/** Catalogue entries of the fiches' dates (rules/freshness.ts). */
import { cellRef, family, q, type CellSlot } from "./spec";

type Date_ = CellSlot & { date: string };

export const freshnessRules = family("freshness", {
  "freshness.stale": {
    severity: "warning",
    title: "Fiche non mise à jour depuis plus de 12 mois",
    message: ({ cell, date }: Date_) =>
      `Cette fiche n'a pas été mise à jour depuis le ${date}, il y a plus de 12 mois (${cellRef(cell)}). Relisez-la avec les personnes concernées, corrigez ce qui a changé, puis inscrivez la date du jour.`,
  },
  "freshness.date-unreadable": {
    severity: "warning",
    title: "Date illisible",
    message: ({ cell, text }: CellSlot & { text: string }) =>
      `${q(text)} n'est pas une date lisible (${cellRef(cell)}). Écrivez la date sous la forme jj/mm/aaaa (ex. 15/03/2026).`,
  },
  "freshness.date-missing": {
    severity: "warning",
    title: "Fiche sans date",
    message: ({ cell }: CellSlot) =>
      `Aucune date de création ni de mise à jour n'est indiquée (${cellRef(cell)}). Datez la fiche : cela montre que le registre est tenu à jour.`,
  },
  "freshness.date-order": {
    severity: "warning",
    title: "Mise à jour antérieure à la création",
    message: ({ cell }: CellSlot) => `La date de mise à jour est antérieure à la date de création (${cellRef(cell)}). Vérifiez les deux dates.`,
  },
  "freshness.date-future": {
    severity: "warning",
    title: "Date dans le futur",
    message: ({ cell, date }: Date_) => `La date ${date} est dans le futur (${cellRef(cell)}). Vérifiez-la (format jj/mm/aaaa).`,
  },
  "freshness.update-before-2018": {
    severity: "warning",
    title: "Mise à jour antérieure au RGPD",
    message: ({ cell, date }: Date_) =>
      `La dernière mise à jour date du ${date}, avant l'entrée en application du RGPD le 25 mai 2018 (${cellRef(cell)}). Relisez la fiche et inscrivez la date de cette relecture (ou corrigez la date si elle est fausse).`,
  },
});
