/**
 * Theme « Sauvegardes et restauration »: a backup the CPTS can actually restore, and a copy out of
 * reach of a ransomware. The first question is read by the cross-check with the fiches' « Sauvegarde
 * des données » (rules/audit.ts, ../crossChecks.ts): keep its id and the meaning of its choices.
 */
import { DONT_KNOW, type AuditTheme } from "../questions";
import { anssiCpme, cnilSecurity } from "../sources";
import { BACKUP_QUESTION_ID } from "../crossChecks";

export const BACKUPS: AuditTheme = {
  id: "backups",
  label: "Sauvegardes et restauration",
  questions: [
    {
      id: BACKUP_QUESTION_ID,
      theme: "backups",
      text: "Les données de la CPTS (disque partagé, messagerie, outils en ligne) sont-elles sauvegardées régulièrement, et a-t-on déjà essayé de restaurer une sauvegarde ?",
      help: "Une sauvegarde n'est sûre que si l'on a vérifié qu'on sait la remettre en place. La synchronisation d'un dossier dans le nuage n'est pas une sauvegarde : une suppression ou un chiffrement s'y recopie.",
      choices: [
        { id: "testee", label: "Oui, et une restauration a été testée cette année", points: 2 },
        { id: "non-testee", label: "Oui, mais aucune restauration n'a été testée", points: 1 },
        { id: "aucune", label: "Non, pas de sauvegarde régulière", points: 0 },
        DONT_KNOW,
      ],
      weight: 3,
      source: cnilSecurity("Sauvegarder les données"),
      measure: {
        title: "Sauvegarder régulièrement et tester la restauration",
        why: "Après un rançongiciel, un vol ou une erreur, seule une sauvegarde qu'on sait restaurer permet de reprendre l'activité sans perdre les données des patients et des adhérents.",
        how: "Avec le prestataire informatique, planifiez une sauvegarde automatique (au moins chaque semaine) de tout ce que liste l'inventaire, puis restaurez une fois par an un dossier sur un autre poste et notez la date du test.",
        effort: 2,
        riskReduction: 3,
      },
    },
    {
      id: "bak-offline",
      theme: "backups",
      text: "Une copie des sauvegardes est-elle gardée hors ligne ou ailleurs (disque débranché, service séparé), hors d'atteinte d'un pirate ?",
      help: "Un rançongiciel chiffre aussi les sauvegardes qu'il peut atteindre depuis le réseau ou le compte piraté.",
      choices: [
        { id: "oui", label: "Oui, une copie déconnectée ou séparée", points: 2 },
        { id: "non", label: "Non, tout est sur le même réseau ou le même compte", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: anssiCpme("Effectuer des sauvegardes régulières"),
      measure: {
        title: "Garder une copie des sauvegardes hors ligne",
        why: "La copie déconnectée est celle qui survit à un rançongiciel : sans elle, la CPTS peut tout perdre d'un coup.",
        how: "Copiez chaque mois la sauvegarde sur un disque externe chiffré que l'on débranche ensuite et que l'on range dans un autre lieu, ou souscrivez une sauvegarde externalisée dont les copies ne peuvent pas être effacées depuis vos comptes.",
        effort: 2,
        riskReduction: 3,
      },
    },
  ],
};
