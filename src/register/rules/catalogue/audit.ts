/**
 * Catalogue entries of the cyber self-audit (« Auto-diagnostic cyber », step 4): having one, redoing
 * it every six months, its sheet's unreadable cells, and what the audit and the fiches say of each
 * other (backups, HDS hosting, incidents).
 */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

export const auditRules = family("audit", {
  "audit.none": {
    severity: "info",
    path: ["cyber-audit"],
    title: "Pas encore d'auto-diagnostic cyber",
    link: RULE_LINKS.security,
    message: ({ cell }: CellSlot) =>
      `Aucun auto-diagnostic cyber n'a encore été fait pour cette CPTS (constat signalé sur cette feuille, ${cellRef(cell)}). Faites-le depuis l'onglet « Sécurité » du volet : une vingtaine de questions, un score par thème et les mesures prioritaires à mettre en place.`,
  },
  "audit.reevaluate": {
    severity: "warning",
    path: ["cyber-audit"],
    title: "Auto-diagnostic cyber à refaire",
    link: RULE_LINKS.security,
    /** `date`: the last run's day; `due`: six months after it. */
    message: ({ cell, date, due }: CellSlot & { date: string; due: string }) =>
      `Réévaluer : la dernière évaluation date du ${date} (${cellRef(cell)}) et devait être refaite avant le ${due}. Refaites l'auto-diagnostic depuis l'onglet « Sécurité » du volet.`,
  },
  "audit.unreadable": {
    severity: "warning",
    path: ["cyber-audit"],
    title: "Cellule illisible dans l'auto-diagnostic",
    /** `problem`: what is wrong, in plain French (from the sheet's reading). */
    message: ({ cell, sheet, problem }: CellSlot & { sheet: string; problem: string }) =>
      `Dans la feuille ${q(sheet)}, ${cellRef(cell)} : ${problem}. Cette cellule n'est pas prise en compte ; corrigez-la ou refaites l'auto-diagnostic depuis le volet.`,
  },
  "audit.backup-untested": {
    severity: "warning",
    title: "Sauvegarde annoncée, mais pas de sauvegarde testée selon l'auto-diagnostic",
    link: RULE_LINKS.security,
    /** `untested`: the audit says a backup exists but no restore was tested; else no backup at all. */
    message: ({ cell, date, untested }: CellSlot & { date: string; untested: boolean }) =>
      `La fiche annonce « Sauvegarde des données » (${cellRef(cell)}), mais l'auto-diagnostic du ${date} dit ${untested ? "qu'aucune restauration n'a été testée" : "qu'il n'y a pas de sauvegarde régulière"}. Testez une restauration, ou corrigez la fiche.`,
  },
  "audit.hds-missing": {
    severity: "warning",
    path: ["hds"],
    title: "Données de santé, mais pas d'hébergement certifié HDS selon l'auto-diagnostic",
    link: RULE_LINKS.sensitive,
    /** `noneHeld`: the audit says the CPTS keeps no health data at all; else that it is not at an HDS host. */
    message: ({ cell, date, noneHeld }: CellSlot & { date: string; noneHeld: boolean }) =>
      `Cette fiche contient des données de santé (${cellRef(cell)}), mais l'auto-diagnostic du ${date} dit ${noneHeld ? "que la CPTS ne conserve aucune donnée de santé" : "qu'elles ne sont pas toutes chez un hébergeur certifié HDS"}. Vérifiez leur hébergement et mettez à jour la fiche ou l'auto-diagnostic.`,
  },
  "audit.incident-unrecorded": {
    severity: "warning",
    path: ["incidents-decided"],
    title: "Incident signalé dans l'auto-diagnostic, registre des violations vide",
    link: RULE_LINKS.breaches,
    message: ({ cell, date }: CellSlot & { date: string }) =>
      `L'auto-diagnostic du ${date} dit qu'un incident a eu lieu dans les 12 derniers mois (${cellRef(cell)}), mais le registre des violations est vide. Notez-y l'incident depuis l'onglet « Sécurité » du volet.`,
  },
});
