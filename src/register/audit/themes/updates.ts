/** Theme « Mises à jour et antivirus »: systems and software kept up to date, a protection on every computer. */
import { DONT_KNOW, type AuditTheme } from "../questions";
import { anssiCpme, cnilSecurity } from "../sources";

export const UPDATES: AuditTheme = {
  id: "updates",
  label: "Mises à jour et antivirus",
  questions: [
    {
      id: "upd-updates",
      theme: "updates",
      text: "Les mises à jour de Windows ou macOS, des navigateurs et des logiciels sont-elles installées automatiquement et rapidement sur tous les appareils ?",
      help: "Y compris les ordinateurs personnels des bénévoles quand ils servent pour la CPTS, et les téléphones. Un système qui ne reçoit plus de mises à jour (Windows 10 depuis octobre 2025 sans extension) est à remplacer.",
      choices: [
        { id: "auto", label: "Oui, automatiquement sur tous les appareils", points: 2 },
        { id: "partiel", label: "Sur certains appareils, ou quand on y pense", points: 1 },
        { id: "non", label: "Non, elles sont souvent repoussées", points: 0 },
        DONT_KNOW,
      ],
      weight: 3,
      source: anssiCpme("Mettre à jour régulièrement vos logiciels"),
      measure: {
        title: "Rendre les mises à jour automatiques partout",
        why: "La plupart des attaques, rançongiciels compris, exploitent des failles déjà corrigées par une mise à jour que l'appareil n'a pas reçue.",
        how: "Activez les mises à jour automatiques du système, du navigateur et des logiciels sur chaque poste et téléphone ; listez les appareils trop anciens pour être mis à jour et prévoyez leur remplacement au budget.",
        effort: 1,
        riskReduction: 3,
      },
    },
    {
      id: "upd-antivirus",
      theme: "updates",
      text: "Chaque ordinateur a-t-il un antivirus actif et à jour, et le pare-feu activé ?",
      help: "L'antivirus intégré à Windows (Microsoft Defender) convient s'il est actif ; l'important est qu'aucun poste ne l'ait désactivé.",
      choices: [
        { id: "oui", label: "Oui, sur tous les ordinateurs", points: 2 },
        { id: "partiel", label: "Sur certains ordinateurs seulement", points: 1 },
        { id: "non", label: "Non", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: cnilSecurity("Sécuriser les postes de travail"),
      measure: {
        title: "Vérifier l'antivirus et le pare-feu de chaque poste",
        why: "Un poste sans protection active laisse passer les logiciels malveillants reçus par courriel ou clé USB, qui se propagent ensuite au disque partagé.",
        how: "Sur chaque ordinateur, ouvrez « Sécurité Windows » (ou l'équivalent) et vérifiez que la protection et le pare-feu sont actifs et à jour ; demandez au prestataire informatique une alerte quand un poste se désactive.",
        effort: 1,
        riskReduction: 2,
      },
    },
  ],
};
