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
    title: "Pas encore d'auto-diagnostic cyber",
    why: "Une vingtaine de questions (sauvegardes, mots de passe, mises à jour, hébergement des données de santé…) donnent en une heure l'état de la sécurité de la CPTS et les six mesures prioritaires ; le RGPD (article 32) demande des mesures adaptées aux risques.",
    howToFix:
      "Ouvrir l'onglet « Sécurité » du volet et répondre à l'auto-diagnostic, avec le coordinateur et si possible le prestataire informatique ; il est gardé dans la feuille « Auto-diagnostic cyber ».",
    link: RULE_LINKS.security,
    message: ({ cell }: CellSlot) =>
      `Aucun auto-diagnostic cyber n'a encore été fait pour cette CPTS (constat signalé sur cette feuille, ${cellRef(cell)}). Faites-le depuis l'onglet « Sécurité » du volet : une vingtaine de questions, un score par thème et les mesures prioritaires à mettre en place.`,
  },
  "audit.reevaluate": {
    severity: "warning",
    title: "Auto-diagnostic cyber à refaire",
    why: "La sécurité change vite (départs, nouveaux outils, nouvelles menaces) : un auto-diagnostic de plus de six mois ne dit plus où en est la CPTS ni si les mesures décidées ont été prises.",
    howToFix:
      "Refaire l'auto-diagnostic depuis l'onglet « Sécurité » du volet ; la nouvelle évaluation s'ajoute sous la précédente et les compare thème par thème.",
    link: RULE_LINKS.security,
    /** `date`: the last run's day; `due`: six months after it. */
    message: ({ cell, date, due }: CellSlot & { date: string; due: string }) =>
      `Réévaluer : la dernière évaluation date du ${date} (${cellRef(cell)}) et devait être refaite avant le ${due}. Refaites l'auto-diagnostic depuis l'onglet « Sécurité » du volet.`,
  },
  "audit.unreadable": {
    severity: "warning",
    title: "Cellule illisible dans l'auto-diagnostic",
    why: "Une réponse qui n'est pas l'une des réponses proposées, ou une date illisible, ne compte pas : le score et la date de réévaluation en sont faussés.",
    howToFix: "Remettre l'une des réponses proposées à la question (ou une date JJ/MM/AAAA), ou refaire l'auto-diagnostic depuis le volet.",
    /** `problem`: what is wrong, in plain French (from the sheet's reading). */
    message: ({ cell, sheet, problem }: CellSlot & { sheet: string; problem: string }) =>
      `Dans la feuille ${q(sheet)}, ${cellRef(cell)} : ${problem}. Cette cellule n'est pas prise en compte ; corrigez-la ou refaites l'auto-diagnostic depuis le volet.`,
  },
  "audit.backup-untested": {
    severity: "warning",
    title: "Sauvegarde annoncée, mais pas de sauvegarde testée selon l'auto-diagnostic",
    why: "La fiche annonce des sauvegardes, mais le dernier auto-diagnostic dit qu'il n'y en a pas ou qu'aucune restauration n'a été testée : une sauvegarde jamais restaurée peut ne pas fonctionner le jour où l'on en a besoin.",
    howToFix:
      "Mettre en place la sauvegarde et tester une restauration (puis le dire dans un nouvel auto-diagnostic), ou retirer la mesure de la fiche si elle n'existe pas.",
    link: RULE_LINKS.security,
    /** `untested`: the audit says a backup exists but no restore was tested; else no backup at all. */
    message: ({ cell, date, untested }: CellSlot & { date: string; untested: boolean }) =>
      `La fiche annonce « Sauvegarde des données » (${cellRef(cell)}), mais l'auto-diagnostic du ${date} dit ${untested ? "qu'aucune restauration n'a été testée" : "qu'il n'y a pas de sauvegarde régulière"}. Testez une restauration, ou corrigez la fiche.`,
  },
  "audit.hds-missing": {
    severity: "warning",
    title: "Données de santé, mais pas d'hébergement certifié HDS selon l'auto-diagnostic",
    why: "Des données de santé conservées pour des patients doivent l'être chez un hébergeur certifié HDS (article L.1111-8 du Code de la santé publique) ; le dernier auto-diagnostic dit que ce n'est pas le cas.",
    howToFix:
      "Déplacer ces données vers un outil certifié HDS (liste sur le site de l'ANS, outils de votre GRADS) et mettre à jour l'auto-diagnostic, ou corriger la fiche si elle ne contient pas de données de santé.",
    link: RULE_LINKS.sensitive,
    /** `noneHeld`: the audit says the CPTS keeps no health data at all; else that it is not at an HDS host. */
    message: ({ cell, date, noneHeld }: CellSlot & { date: string; noneHeld: boolean }) =>
      `Cette fiche contient des données de santé (${cellRef(cell)}), mais l'auto-diagnostic du ${date} dit ${noneHeld ? "que la CPTS ne conserve aucune donnée de santé" : "qu'elles ne sont pas toutes chez un hébergeur certifié HDS"}. Vérifiez leur hébergement et mettez à jour la fiche ou l'auto-diagnostic.`,
  },
  "audit.incident-unrecorded": {
    severity: "warning",
    title: "Incident signalé dans l'auto-diagnostic, registre des violations vide",
    why: "Toute violation de données personnelles doit être documentée (article 33.5 du RGPD), même si elle n'a pas été notifiée à la CNIL ; l'auto-diagnostic dit qu'un incident a eu lieu, le registre des violations n'en a aucun.",
    howToFix:
      "Ajouter l'incident au registre des violations depuis l'onglet « Sécurité » du volet (date, ce qui s'est passé, données touchées, mesures, décision de notifier ou non).",
    link: RULE_LINKS.breaches,
    message: ({ cell, date }: CellSlot & { date: string }) =>
      `L'auto-diagnostic du ${date} dit qu'un incident a eu lieu dans les 12 derniers mois (${cellRef(cell)}), mais le registre des violations est vide. Notez-y l'incident depuis l'onglet « Sécurité » du volet.`,
  },
});
