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
    },
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
    fix: "Corriger…",
    fixGone: "Ce point n'est plus relevé : le classeur a changé depuis la dernière vérification. Rien n'a été modifié.",
    writeReport: "Écrire le rapport",
    writeReportHint: "Ajoute une feuille « Rapport de vérification » datée, avec chaque point et un lien vers sa cellule.",
    notRun: "Cliquez sur « Vérifier le registre » pour relire le classeur.",
  },

  preview: {
    title: (title: string): string => `Vérifiez avant d'appliquer : ${title}`,
    intro: "Voici exactement ce qui va changer dans votre classeur. Rien d'autre ne sera modifié.",
    sheet: "Feuille",
    cell: "Cellule",
    before: "Avant",
    after: "Après",
    empty: "(vide)",
    newSheet: (name: string): string => `Nouvelle feuille « ${name} »`,
    copySheet: (name: string, source: string): string => `Nouvelle feuille « ${name} », copie de « ${source} »`,
    deleteSheet: (name: string): string => `Suppression de la feuille « ${name} » (écrite par le complément)`,
    insertRows: (sheet: string, count: number, row: number): string =>
      `${plural(count, "ligne insérée", "lignes insérées")} avant la ligne ${row} de « ${sheet} »`,
    deleteRows: (sheet: string, count: number, row: number): string =>
      `${plural(count, "ligne supprimée", "lignes supprimées")} à partir de la ligne ${row} de « ${sheet} »`,
    link: (text: string): string => `${text} (lien)`,
    apply: "Appliquer",
    cancel: "Ne rien changer",
    undoNote: "Vous pourrez revenir en arrière avec le bouton « Annuler » du complément.",
  },

  help: {
    heading: "Aide à la saisie",
    intro: "Cliquez dans une case d'une fiche ou de l'onglet 2 : l'aide de ce champ s'affiche ici.",
    noField: (sheet: string, cell: string): string => `La cellule ${cell} de « ${sheet} » n'est pas un champ du registre que le complément connaît.`,
    location: (sheet: string, cell: string): string => `Feuille « ${sheet} », cellule ${cell}`,
    meaning: "Ce que c'est",
    expected: "Ce qui est attendu",
    example: "Exemple dans une CPTS",
    exampleFrom: (processing: string): string => `Tiré du traitement type « ${processing} ».`,
    findings: "Ce qui pose question ici",
    noFindingHere: "Rien à signaler pour ce champ.",
    allowed: "Valeurs possibles",
    allowedHint: "Un clic écrit la valeur choisie dans la cellule, et seulement dans celle-ci.",
    current: "valeur actuelle",
    filter: "Chercher dans la liste",
    filterEmpty: "Aucun élément de la liste ne contient ce texte.",
    writeItem: (item: string): string => `Écrire « ${item} » dans la cellule`,
    writeTitle: (item: string, cell: string): string => `Écrire « ${item} » en ${cell}`,
    checkSheet: "Vérifier cette feuille",
    checkSheetHint: "Vérifie seulement la fiche où vous êtes, par exemple juste après l'avoir remplie.",
    checkSheetHeading: (sheet: string): string => `Vérification de « ${sheet} »`,
    checkSheetClean: (sheet: string): string => `Rien à signaler dans « ${sheet} ».`,
    checkSheetNotFiche: (sheet: string): string =>
      `« ${sheet} » n'est pas une fiche de traitement : cliquez dans une fiche (ou dans l'onglet 2), puis recommencez.`,
    noActiveSheet: "Cliquez d'abord dans la feuille à vérifier.",
  },

  newFiche: {
    heading: "Nouvelle fiche de traitement",
    intro:
      "Une fiche décrit une activité qui utilise des données personnelles (par exemple la gestion des adhérents). " +
      "Le complément copie le modèle de fiche, lui donne une référence et ajoute sa ligne dans l'onglet 2.",
    nameLabel: "Nom du traitement",
    nameHint: "Un nom court et parlant, tel que vous le diriez à un collègue.",
    nameRequired: "Indiquez le nom du traitement, par exemple « Gestion des adhérents ».",
    suggestions: "Idées fréquentes dans une CPTS",
    suggestionItems: [
      "Gestion des adhérents",
      "Accès à un médecin traitant",
      "Soins non programmés",
      "Parcours pluriprofessionnels",
      "Ressources humaines et paie",
      "Newsletter et communication",
    ],
    previewHeading: "Ce qui sera créé",
    previewSheet: "Nouvelle feuille",
    previewRef: "Référence (N° / RÉF)",
    previewLine: "Ligne ajoutée dans l'onglet 2",
    previewLineValue: (row: number): string => `ligne ${row}`,
    previewLineTaken: (row: number): string => `ligne ${row}, déjà présente`,
    sheetShortened: (sheet: string, cell: string): string =>
      `Nom de l'onglet raccourci : « ${sheet} » (Excel n'accepte que 31 caractères) ; le nom complet est en ${cell} de la fiche et dans l'onglet 2.`,
    sheetAdapted: (sheet: string, cell: string): string =>
      `Nom de l'onglet adapté aux règles d'Excel : « ${sheet} » ; le nom complet est en ${cell} de la fiche et dans l'onglet 2.`,
    lineTaken: (row: number): string =>
      `L'onglet 2 liste déjà ce traitement (ligne ${row}) sans fiche : la nouvelle fiche reprendra cette ligne au lieu d'en ajouter une autre.`,
    duplicateTitle: "Ce traitement a déjà sa fiche",
    duplicate: (name: string, sheet: string): string => `La fiche « ${name} » existe déjà (onglet « ${sheet} »).`,
    duplicateHint: "S'il s'agit d'un autre traitement, donnez-lui un nom qui le distingue (le public, le lieu…) ; sinon, complétez la fiche existante.",
    openExisting: "Ouvrir la fiche existante",
    cancel: "Annuler",
    opened: (name: string, sheet: string): string => `Fiche « ${name} » ouverte : son nom est sélectionné dans l'onglet « ${sheet} ».`,
    create: "Créer la fiche",
    createdTitle: (name: string): string => `Créer la fiche « ${name} »`,
    rowsHeading: "Ajouter une ligne dans une fiche",
    rowsIntro:
      "Le modèle prévoit peu de lignes (2 catégories de personnes, 4 destinataires, 3 mesures, 4 transferts). " +
      "Le complément insère une ligne dans le bloc, avec sa liste déroulante et sa mise en forme.",
    activeFiche: (sheet: string): string => `Fiche active : « ${sheet} »`,
    notAFiche: "Cliquez d'abord dans une fiche de traitement : la ligne sera ajoutée dans celle-ci.",
    addRow: {
      persons: "Ajouter une catégorie de personnes",
      recipients: "Ajouter un destinataire",
      measures: "Ajouter une mesure de sécurité",
      transfers: "Ajouter un transfert hors UE",
    },
  },
};

export type Strings = typeof fr;
