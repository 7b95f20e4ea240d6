/**
 * Every text of the task pane, in French: plain and kind, for CPTS coordinators who are neither lawyers
 * nor programmers. Components never hold text of their own: they read it here (through ./index.ts), so
 * that a translation can be added beside this file. The "Parcours" panel keeps its texts in its own file.
 */
import type { AipdStatus, Severity } from "../../register";

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

export const fr = {
  app: {
    title: "Registre RGPD",
    subtitle: "Votre registre des traitements, vérifié avant l'envoi à SESAN",
    tabsLabel: "Rubriques du complément",
    tabs: {
      verify: "Vérifier",
      help: "Aide",
      newFiche: "Nouvelle fiche",
      path: "Parcours",
      security: "Sécurité",
      rights: "Droits",
    },
    /** The header's button for a person under attack: opens the « Fiche réflexe » at once. */
    cyberattack: "Cyberattaque ?",
    loadingPanel: "Chargement…",
    reading: "Lecture du classeur…",
    applying: "Modification du classeur…",
    dismiss: "Fermer",
    privacy: "Tout reste dans votre classeur : le complément n'envoie aucune donnée.",
  },

  host: {
    title: "Cette version d'Excel ne permet pas d'utiliser le complément",
    body:
      "Le complément « Registre RGPD » a besoin d'Excel pour Microsoft 365 (Windows ou Mac, tenu à jour), d'Excel 2021 ou plus récent, ou d'Excel sur le web. " +
      "Les versions plus anciennes vendues sans abonnement (Excel 2016, Excel 2019) ne le permettent pas.",
    what: "Votre registre n'est pas touché : vous pouvez continuer à le remplir à la main, puis le vérifier depuis un Excel plus récent.",
    noOffice: "Cette page s'ouvre depuis Excel : ajoutez le complément « Registre RGPD » dans Excel pour l'utiliser.",
    requirement: "Exigence technique : ensembles d'API ExcelApi 1.9 et SharedRuntime 1.1.",
  },

  errors: {
    title: "L'opération n'a pas abouti",
    unexpected: (detail: string): string =>
      `Une erreur inattendue est survenue. Vous pouvez réessayer ; si cela se reproduit, transmettez ce détail à la personne qui vous aide${detail ? ` : ${detail}` : "."}`,
    notARegisterTitle: "Ce classeur ne ressemble pas à un registre",
  },

  undo: {
    button: (title: string): string => `Annuler : ${title}`,
    hint: "Annule seulement la dernière modification faite par le complément, pas vos propres saisies (pour celles-ci, utilisez Ctrl+Z dans Excel).",
    done: (title: string): string => `Modification annulée : ${title}.`,
    changedSince: (title: string): string =>
      `Annulation impossible (${title}) : ces cellules ou cette feuille ont été modifiées depuis dans le classeur, et annuler effacerait ce travail. ` +
      "Rien n'a été changé ; si besoin, faites la correction à la main.",
  },

  applied: (title: string): string => `C'est fait : ${title}.`,

  severity: {
    error: "Erreur",
    warning: "Avertissement",
    info: "Conseil",
  } satisfies Record<Severity, string>,
  severityPlural: {
    error: "Erreurs",
    warning: "Avertissements",
    info: "Conseils",
  } satisfies Record<Severity, string>,

  /** The AIPD screening's statuses, as the pane shows them. */
  aipdLabels: {
    required: "Requise",
    likely: "Probable",
    "to-examine": "À examiner",
    "not-required": "Non requise",
    undetermined: "À déterminer",
  } satisfies Record<AipdStatus, string>,

  verify: {
    heading: "Vérifier le registre",
    intro: "Le complément relit tout le classeur et signale ce qui manque ou pose question, fiche par fiche.",
    run: "Vérifier le registre",
    rerun: "Vérifier de nouveau",
    /** The verdict: `toReview` counts warnings and conseils (a warning is never hidden behind « Prêt »). */
    verdict: (ready: boolean, errors: number, toReview: number): string =>
      ready
        ? toReview > 0
          ? `Prêt à envoyer — ${plural(toReview, "point à revoir", "points à revoir")}`
          : "Prêt à envoyer"
        : `Pas prêt — ${plural(errors, "erreur", "erreurs")}`,
    readyBody: (toReview: number): string =>
      toReview > 0
        ? "Aucune erreur : le registre peut partir à SESAN. Les avertissements et conseils ci-dessous méritent d'être relus."
        : "Aucune erreur, aucun avertissement, aucun conseil : le registre peut partir à SESAN.",
    notReadyBody: (errors: number): string =>
      `${plural(errors, "erreur bloque", "erreurs bloquent")} l'envoi. Cliquez sur chacune pour aller à la cellule concernée.`,
    /** Opens « Préparer l'envoi à SESAN » (components/send/, whose own texts are in send.ts). */
    send: "Préparer l'envoi à SESAN",
    counts: "Résultat de la vérification",
    filterHint: "Afficher ou masquer",
    count: (n: number, s: Severity): string => `${n} ${n > 1 ? fr.severityPlural[s].toLowerCase() : fr.severity[s].toLowerCase()}`,
    fichesHeading: "Fiches de traitement",
    noFiche: "Aucune fiche de traitement remplie pour l'instant. Créez-en une dans « Nouvelle fiche ».",
    ficheLabel: (name: string, ref: string): string => (ref ? `${name} (${ref})` : name),
    completeness: (score: number): string => `${Math.round(score)} % complète`,
    completenessLabel: (name: string): string => `Complétude de la fiche ${name}`,
    missing: (items: string[]): string => `il manque : ${items.join(", ")}`,
    aipd: (a: AipdStatus): string => `AIPD : ${fr.aipdLabels[a]}`,
    aipdHint:
      "Analyse d'impact (AIPD) : « Requise » pour un type de traitement de la liste de la CNIL, « Probable » quand la fiche réunit deux critères de risque (par exemple données de santé et patients), « À examiner » pour un seul.",
    findingsHeading: "Points relevés",
    noFinding: "Aucun point relevé : bravo !",
    allFiltered: "Tous les points sont masqués par les filtres ci-dessus.",
    sheetGroup: (sheet: string, n: number): string => `Feuille « ${sheet} » (${n})`,
    goTo: (cell: string): string => `Aller à ${cell}`,
    // Starts with the visible text ("Aller à B17"), as assistive technologies expect.
    goToLabel: (sheet: string, cell: string): string => `Aller à ${cell}, feuille « ${sheet} »`,
    explain: "Pourquoi ? Comment corriger ?",
    why: "Pourquoi",
    howToFix: "Comment corriger",
    // Shown while the explanation is fetched (it is out of the pane's first load), or if it could not be.
    explainLoading: "Chargement de l'explication…",
    explainFailed: "L'explication n'a pas pu être chargée. Refermez ce point puis rouvrez-le pour réessayer.",
    fix: "Corriger…",
    fixGone: "Ce point n'est plus relevé : le classeur a changé depuis la dernière vérification. Rien n'a été modifié.",
    writeReport: "Écrire le rapport",
    writeReportHint: "Ajoute une feuille « Rapport de vérification » datée, avec chaque point et un lien vers sa cellule.",
    notRun: "Cliquez sur « Vérifier le registre » pour relire le classeur.",
  },
};

export type Strings = typeof fr;
