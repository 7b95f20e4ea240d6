/** Every French text of the command line, in one place (a translation would add a sibling module). */
import type { AipdStatus } from "../register";

export const PROGRAM = "cpts-registre";

/** The PIA tool's release whose import `aipd` writes for (src/register/pia/release.ts; a literal here so that --help loads no engine). */
export const PIA_FORMAT = "v4.1.0";

export const HELP = `${PROGRAM} : vérifier et compléter le registre RGPD d'une CPTS
(modèle de registre simplifié de la CNIL, avant envoi à SESAN)

Utilisation :
  ${PROGRAM} valider FICHIER… [--json]
      Vérifie un ou plusieurs registres (.xlsx) et affiche pour chacun un rapport :
      verdict (« Prêt à envoyer — 3 points à revoir », « Pas prêt — 2 erreurs »),
      dernier auto-diagnostic cyber et violations de données sans décision,
      fiches avec leur complétude et le besoin d'AIPD, constats onglet par onglet
      avec la cellule à corriger.
      --json   une ligne JSON par fichier, pour un autre programme (format décrit
               par « ${PROGRAM} schema », champ schemaVersion).

  ${PROGRAM} consolider DOSSIER|FICHIER… --sortie SYNTHESE.xlsx [--html SYNTHESE.html]
      Pour SESAN : rassemble les registres (.xlsx) des dossiers et fichiers indiqués, ou les
      rapports enregistrés de « valider --json » (.json, .jsonl), dans un NOUVEAU classeur :
      « Synthèse » (une ligne par CPTS, les pas prêtes d'abord), « Constats fréquents » (les
      règles qui touchent le plus de CPTS) et « Traitements » (toutes les fiches). Les sous-dossiers
      ne sont pas parcourus ; les fichiers de verrouillage d'Excel (« ~$… ») sont ignorés ; un
      fichier illisible a sa ligne, avec la raison, sans arrêter le reste.
      --html   écrit aussi (ou seulement) la même synthèse dans une page HTML autonome,
               avec un graphique des verdicts et des constats les plus fréquents.

  ${PROGRAM} schema
      Affiche le schéma JSON (JSON Schema 2020-12) d'une ligne de « valider --json ».

  ${PROGRAM} ajouter-fiche FICHIER --nom NOM --sortie SORTIE
      Ajoute une fiche au registre FICHIER (copie du modèle, référence suivante,
      dates, ligne dans l'onglet 2) et écrit le résultat dans le NOUVEAU fichier SORTIE.

  ${PROGRAM} aipd FICHIER --fiche REF --sortie AIPD.json
      Pour une fiche dont le dépistage dit l'AIPD requise ou probable : écrit le fichier
      à ouvrir dans l'outil PIA de la CNIL (« Importer PIA »), pré-rempli depuis la fiche
      (traitement, finalités, données et durées de conservation, destinataires, transferts,
      mesures de sécurité déjà en place). Format de l'outil PIA ${PIA_FORMAT}.

  ${PROGRAM} modele SORTIE [--exemple]
      Écrit le modèle de registre des CPTS : 5 onglets, tutoriel et questions
      fréquentes, listes déroulantes à jour.
      --exemple   écrit plutôt un registre d'exemple rempli (3 fiches de CPTS).

  ${PROGRAM} mentions FICHIER --fiche REF [--public PUBLIC] [--source TEXTE] [--docx SORTIE]
      Rédige les mentions d'information (RGPD, articles 13 et 14) de la fiche de référence
      REF, une par public que la fiche nomme, et les affiche en texte simple, à coller dans
      un formulaire ou sur un site. Ce que la fiche ne dit pas est signalé en tête.
      --public   un seul public : patients, professionnels, adherents ou salaries.
      --source   d'où viennent les données quand elles ne sont pas recueillies auprès
                 de la personne (article 14), par exemple "le dossier transmis par le médecin".
      --docx     écrit plutôt les mentions dans le NOUVEAU fichier Word SORTIE (.docx),
                 une page par public, et n'affiche rien.

  ${PROGRAM} envoi FICHIER [--maj-dates] [--dossier DOSSIER]
      Prépare l'envoi du registre à SESAN : affiche le verdict (les erreurs n'empêchent pas
      l'envoi, elles sont dites), puis écrit une COPIE nommée
      Registre-RGPD_<CPTS>_<AAAA-MM-JJ>.xlsx avec la feuille « Synthèse pour SESAN » (une page :
      verdict, nombres, complétude de chaque fiche, AIPD, auto-diagnostic, incidents et demandes).
      La copie porte le registre, pas les données des personnes : les demandes d'exercice des
      droits et les violations n'y gardent que leurs nombres, les constats écartés leur règle,
      leur RÉF et leur raison. Le registre d'origine n'est jamais modifié.
      --maj-dates   reporte aussi dans l'onglet 2 (de la copie) les dates des fiches.
      --dossier     où écrire la copie (par défaut : le dossier du registre).

  ${PROGRAM} --version    affiche la version
  ${PROGRAM} --help       affiche cette aide

Les fichiers lus ne sont jamais modifiés et aucun fichier existant n'est écrasé ; un fichier
écrit n'apparaît qu'une fois complet, et rien n'est laissé à moitié écrit après un échec.

Codes de sortie :
  0    tout est prêt (valider) ; le fichier demandé a été écrit (ajouter-fiche, aipd, modele,
       mentions --docx, envoi, même si le registre a des erreurs) ; le schéma ou les mentions ont été affichés (schema, mentions) ;
       la synthèse a été écrite (consolider, même si des fichiers étaient illisibles)
  1    au moins un registre a des erreurs à corriger avant l'envoi
  2    un fichier n'a pas pu être lu comme un registre : introuvable ou illisible, dossier,
       tube ou périphérique, fichier de verrouillage d'Excel (« ~$… »), fichier anormalement
       volumineux, pas un .xlsx, fichier abîmé, aucun onglet du registre ; avec plusieurs
       fichiers, le code le plus élevé l'emporte
  64   commande ou option inconnue, argument manquant
  65   ajouter-fiche : le registre a été lu mais on ne peut pas y ajouter de fiche
       (par exemple, il n'a plus d'onglet modèle de fiche) ; aipd : aucune fiche ou plusieurs
       fiches ont cette RÉF, ou le dépistage ne demande pas d'AIPD pour cette fiche ; mentions :
       aucune fiche, ou plusieurs, n'a la référence demandée, ou la fiche ne nomme pas le public demandé
  70   erreur inattendue (merci de la signaler ; CPTS_DEBUG=1 affiche le détail technique)
  73   le fichier de sortie existe déjà ou ne peut pas être écrit (dossier absent ou protégé,
       disque plein…), ou la sortie du programme ne peut pas être écrite
`;

export const versionLine = (version: string): string => `${PROGRAM} ${version}`;

// ---- usage errors (exit 64) ----
export const usage = {
  noCommand: "Indiquez une commande : valider, consolider, ajouter-fiche, aipd, modele, mentions, envoi ou schema.",
  unknownCommand: (c: string) =>
    `Commande inconnue : « ${c} ». Les commandes sont : valider, consolider, ajouter-fiche, aipd, modele, mentions, envoi, schema.`,
  unknownOption: (o: string, command: string) => `Option inconnue pour « ${command} » : « ${o} ».`,
  optionNeedsValue: (o: string) => `L'option « ${o} » attend une valeur (par exemple ${o} "valeur").`,
  optionTwice: (o: string) => `L'option « ${o} » est donnée deux fois.`,
  validateNoFile: "Indiquez au moins un fichier à vérifier : valider FICHIER… [--json]",
  addNoFile: "Indiquez le registre à compléter : ajouter-fiche FICHIER --nom NOM --sortie SORTIE",
  addOneFile: "ajouter-fiche prend un seul registre.",
  addNoName: 'Indiquez le nom du traitement avec --nom (par exemple --nom "Gestion des adhérents").',
  addNoOutput: "Indiquez le fichier à écrire avec --sortie : le registre d'origine n'est jamais modifié, la fiche est ajoutée dans une copie.",
  sameAsInput: (f: string) => `La sortie doit être un autre fichier que « ${f} » : le registre d'origine n'est jamais modifié. Choisissez un nouveau nom.`,
  templateNoOutput: "Indiquez le fichier à écrire : modele SORTIE",
  schemaNoArgument: "schema ne prend aucun argument : il affiche le format de « valider --json ».",
  templateOneOutput: "modele prend un seul fichier de sortie.",
  notXlsxName: (f: string) => `Le fichier de sortie « ${f} » doit se terminer par .xlsx.`,
  aipdNoFile: "Indiquez le registre : aipd FICHIER --fiche REF --sortie AIPD.json",
  aipdOneFile: "aipd prend un seul registre.",
  aipdNoRef: 'Indiquez la RÉF de la fiche avec --fiche (par exemple --fiche "ref-002").',
  aipdNoOutput: "Indiquez le fichier à écrire avec --sortie (par exemple --sortie AIPD.json).",
  notJsonName: (f: string) => `Le fichier de sortie « ${f} » doit se terminer par .json : c'est le format que l'outil PIA importe.`,
  noticesNoFile: "Indiquez le registre où se trouve la fiche : mentions FICHIER --fiche REF",
  noticesOneFile: "mentions prend un seul registre.",
  noticesNoRef: 'Indiquez la référence de la fiche avec --fiche (par exemple --fiche "ref-002") : c\'est la case « Réf » en haut de la fiche.',
  noticesBadAudience: (typed: string) =>
    `Public inconnu : « ${typed} ». Indiquez patients, professionnels, adherents ou salaries (ou n'indiquez pas --public pour tous les publics de la fiche).`,
  notDocxName: (f: string) => `Le fichier de sortie « ${f} » doit se terminer par .docx.`,
  sendNoFile: "Indiquez le registre à envoyer : envoi FICHIER [--maj-dates] [--dossier DOSSIER]",
  sendOneFile: "envoi prend un seul registre.",
  seeHelp: `Aide : ${PROGRAM} --help`,
};

/** A size in bytes as a person reads it: « 512 octets », « 38 Ko », « 100 Mo », « 1,5 Go ». */
export function humanSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, "Go"],
    [1024 ** 2, "Mo"],
    [1024, "Ko"],
  ];
  for (const [unit, name] of units) {
    if (bytes >= unit) {
      const n = Math.round((bytes / unit) * 10) / 10;
      return `${String(n).replace(".", ",")} ${name}`;
    }
  }
  return `${bytes} octet${bytes > 1 ? "s" : ""}`;
}

/** What the system said when a file could not be opened, read or written (see fsProblem.ts). */
export type FsProblem =
  | "not-found"
  | "not-a-folder"
  | "permission"
  | "is-directory"
  | "read-only"
  | "no-space"
  | "too-many-open"
  | "name-too-long"
  | "loop"
  | "disk"
  | "busy"
  | "too-large"
  | "exists"
  | "other";

/** The kinds of non-regular files a user can name by mistake. */
export type SpecialFile = "fifo" | "character-device" | "block-device" | "socket" | "other";

const SPECIAL: Record<SpecialFile, string> = {
  fifo: "un tube nommé (FIFO)",
  "character-device": "un périphérique (comme /dev/zero)",
  "block-device": "un disque ou une partition",
  socket: "une prise de communication entre programmes (socket)",
  other: "un fichier spécial du système",
};

// ---- unreadable files (exit 2): shown after « FICHIER : », and in the `error` field of --json ----
export const unreadable = {
  notFound: "fichier introuvable : vérifiez son nom et le dossier où il se trouve.",
  isDirectory: "c'est un dossier, pas un fichier : indiquez le registre .xlsx qu'il contient.",
  special: (kind: SpecialFile) =>
    `ce n'est pas un fichier ordinaire mais ${SPECIAL[kind]} : il n'est pas lu. Indiquez un registre .xlsx enregistré sur le disque.`,
  lockFile: (instead: string) =>
    `c'est le petit fichier de verrouillage qu'Excel crée pendant qu'un classeur est ouvert, pas un registre : indiquez plutôt « ${instead} ».`,
  /** `size` is what the file system says; undefined when the file gave more than the limit while it was read. */
  tooLarge: (limit: number, size?: number) =>
    `ce fichier est anormalement volumineux (${size === undefined ? `plus de ${humanSize(limit)}` : humanSize(size)}, ` +
    `pour une limite de ${humanSize(limit)} ; un registre en fait rarement plus de quelques Mo) : il n'est pas lu. Vérifiez qu'il s'agit bien du registre.`,
  problem: (p: FsProblem, code: string): string => {
    switch (p) {
      case "not-found":
        return unreadable.notFound;
      case "not-a-folder":
        return "fichier introuvable : une partie du chemin est un fichier, pas un dossier.";
      case "is-directory":
        return unreadable.isDirectory;
      case "permission":
        return "lecture refusée : vous n'avez pas le droit de lire ce fichier. Demandez l'accès à son propriétaire, ou copiez-le dans un de vos dossiers.";
      case "too-many-open":
        return "trop de fichiers sont ouverts en même temps sur cet ordinateur : réessayez dans un instant, ou avec moins de fichiers à la fois.";
      case "name-too-long":
        return "le nom ou le chemin du fichier est trop long pour le système : raccourcissez-le ou déplacez le fichier.";
      case "loop":
        return "le chemin passe par des liens symboliques qui tournent en rond : indiquez le fichier lui-même.";
      case "disk":
        return "le disque a signalé une erreur pendant la lecture : le support est peut-être abîmé ou débranché.";
      case "busy":
        return "le fichier est verrouillé par un autre programme (Excel l'a peut-être ouvert) : fermez-le puis réessayez.";
      case "too-large":
        return "ce fichier est anormalement volumineux : il n'est pas lu. Vérifiez qu'il s'agit bien du registre.";
      default:
        return `le système a refusé la lecture de ce fichier (code ${code}).`;
    }
  },
  line: (file: string, message: string) => `${file} : ${message}`,
};

// ---- output files (exit 73) ----
export const output = {
  exists: (f: string) => `Le fichier « ${f} » existe déjà : il n'est pas écrasé. Choisissez un autre nom ou déplacez l'ancien fichier.`,
  /** `folder` is the folder the file goes in; a failed write never leaves a partial file behind. */
  problem: (p: FsProblem, f: string, folder: string, code: string): string => {
    const cannot = `Impossible d'écrire « ${f} »`;
    switch (p) {
      case "exists":
        return output.exists(f);
      case "not-found":
        return `${cannot} : le dossier « ${folder} » n'existe pas. Créez-le d'abord, ou choisissez un autre emplacement.`;
      case "not-a-folder":
        return `${cannot} : « ${folder} » n'est pas un dossier. Choisissez un autre emplacement.`;
      case "permission":
        return `${cannot} : vous n'avez pas le droit d'écrire dans le dossier « ${folder} ». Choisissez un de vos dossiers.`;
      case "read-only":
        return `${cannot} : le disque ou le dossier « ${folder} » est en lecture seule (clé USB verrouillée, partage en lecture seule…). Choisissez un autre emplacement.`;
      case "no-space":
        return `${cannot} : le disque est plein (ou votre quota est atteint). Libérez de la place puis réessayez ; aucun fichier incomplet n'a été laissé.`;
      case "too-large":
        return `${cannot} : le fichier est trop gros pour ce disque. Choisissez un autre emplacement.`;
      case "is-directory":
        return `${cannot} : un dossier porte déjà ce nom. Choisissez un autre nom.`;
      case "too-many-open":
        return `${cannot} : trop de fichiers sont ouverts en même temps sur cet ordinateur. Réessayez dans un instant.`;
      case "name-too-long":
        return `${cannot} : le nom ou le chemin est trop long pour le système. Raccourcissez-le.`;
      case "loop":
        return `${cannot} : le chemin passe par des liens symboliques qui tournent en rond.`;
      case "disk":
        return `${cannot} : le disque a signalé une erreur pendant l'écriture (support abîmé ou débranché ?) ; aucun fichier incomplet n'a été laissé.`;
      case "busy":
        return `${cannot} : le dossier ou le disque est occupé par un autre programme. Réessayez dans un instant.`;
      default:
        return `${cannot} : le système a refusé l'écriture (code ${code}) ; aucun fichier incomplet n'a été laissé.`;
    }
  },
  /** The program's own output (a report sent to a full disk: `valider … > /media/cle/rapport.txt`). */
  standardOutput: (p: FsProblem, code: string) =>
    p === "no-space"
      ? "Impossible d'écrire la sortie du programme : le disque est plein."
      : `Impossible d'écrire la sortie du programme (le système a répondu ${code}).`,
};

// ---- unexpected errors (exit 70) ----
export const unexpectedError = `Erreur inattendue : le programme a rencontré un problème qu'il ne sait pas traiter, merci de le signaler (relancez avec CPTS_DEBUG=1 pour afficher le détail technique).`;

// ---- ajouter-fiche / modele ----
export const added = (o: {
  name: string;
  sheet: string;
  /** The fiche's name cell, when the sheet name is a shortening of the name. */
  shortenedFrom?: string;
  ref: string;
  listSheet: string;
  listRow: number;
  tookLine?: boolean;
  output: string;
  input: string;
}) =>
  `Fiche « ${o.name} » ajoutée : onglet « ${o.sheet} »${o.shortenedFrom ? ` (nom raccourci ; le nom complet est en ${o.shortenedFrom})` : ""}, référence ${o.ref}, ` +
  (o.tookLine
    ? `rattachée à sa ligne ${o.listRow} déjà présente dans l'onglet « ${o.listSheet} ».\n`
    : `ligne ${o.listRow} de l'onglet « ${o.listSheet} ».\n`) +
  `Nouveau fichier : ${o.output} (le registre « ${o.input} » n'a pas été modifié).\n` +
  `Ouvrez-le pour compléter la fiche, puis vérifiez-le : ${PROGRAM} valider "${o.output}"`;

export const addFailed = (reason: string) => `La fiche n'a pas pu être ajoutée : ${reason}`;

export const templateWritten = (f: string, sheets: string[]) => `Modèle de registre écrit : ${f}\nOnglets : ${sheets.map((s) => `« ${s} »`).join(", ")}.`;

export const exampleWritten = (f: string, fiches: number) => `Registre d'exemple écrit : ${f} (${fiches} fiches de CPTS remplies, à titre d'illustration).`;

// ---- the validation report ----
const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

export const counts = {
  errors: (n: number) => plural(n, "erreur", "erreurs"),
  warnings: (n: number) => plural(n, "avertissement", "avertissements"),
  infos: (n: number) => plural(n, "conseil", "conseils"),
  fiches: (n: number) => plural(n, "fiche", "fiches"),
};

/** The AIPD screening's statuses, as the command line shows them. */
export const aipdLabels: Record<AipdStatus, string> = {
  required: "Requise",
  likely: "Probable",
  "to-examine": "À examiner",
  "not-required": "Non requise",
  undetermined: "À déterminer",
};

export const report = {
  fileHeader: (f: string) => `Registre : ${f}`,
  /** `toReview` counts warnings and conseils: a warning is never hidden behind « Prêt ». */
  verdict: (ready: boolean, errors: number, toReview: number) =>
    `Verdict : ${
      ready
        ? toReview > 0
          ? `Prêt à envoyer — ${plural(toReview, "point à revoir", "points à revoir")}`
          : "Prêt à envoyer"
        : `Pas prêt — ${counts.errors(errors)}`
    }`,
  summary: (s: { errors: number; warnings: number; infos: number; fiches: number; setAside: number }) =>
    `Bilan : ${counts.fiches(s.fiches)}, ${counts.errors(s.errors)}, ${counts.warnings(s.warnings)}, ${counts.infos(s.infos)}.` +
    (s.setAside > 0
      ? s.setAside > 1
        ? ` ${s.setAside} constats écartés pour de bon (feuille « Constats écartés » du classeur), non comptés.`
        : " 1 constat écarté pour de bon (feuille « Constats écartés » du classeur), non compté."
      : ""),
  /** The last cyber self-audit (step 4): « Auto-diagnostic cyber : 64/100, Intermédiaire, le 07/12/2026 », or « aucun ». */
  audit: (a: { score: number; levelLabel: string; date: string } | null) =>
    a ? `Auto-diagnostic cyber : ${a.score}/100, ${a.levelLabel}, le ${a.date}` : "Auto-diagnostic cyber : aucun",
  /** The breach register: the incidents without a CNIL decision, and those past their 72 hours. */
  incidents: (i: { open: number; overdue: number }) =>
    i.open === 0
      ? "Violations : aucune sans décision"
      : `Violations : ${i.open} sans décision, ${i.overdue > 0 ? `dont ${i.overdue} hors délai (72 heures dépassées)` : "dans le délai de 72 heures"}`,
  /** The rights-requests register: the requests without an answer, and those past their deadline. */
  requests: (r: { open: number; overdue: number }) =>
    r.open === 0
      ? "Demandes d'exercice des droits : aucune en cours"
      : `Demandes d'exercice des droits : ${r.open} en cours, ${r.overdue > 0 ? `dont ${r.overdue} hors délai` : "dans le délai"}`,
  fichesTitle: "Fiches :",
  noFiche: "  Aucune fiche remplie pour l'instant.",
  /** `aipdDone`: the day the AIPD was carried out (dd/mm/yyyy), when noted. */
  ficheLine: (f: { ref: string; name: string; sheet: string; completeness: number; aipd: AipdStatus; aipdDone?: string }) =>
    `  ${f.ref || "(sans référence)"} · ${f.name} · onglet « ${f.sheet} » · complétude ${f.completeness} % · AIPD : ${aipdLabels[f.aipd]}` +
    (f.aipdDone ? `, réalisée le ${f.aipdDone}` : ""),
  missingLine: (missing: string[]) => `      manque : ${missing.join(", ")}`,
  findingsTitle: "Constats :",
  noFinding: "  Aucun constat.",
  sheetTitle: (sheet: string) => `  Onglet « ${sheet} »`,
  ficheSheetTitle: (sheet: string, ref: string, name: string) => `  Onglet « ${sheet} » (fiche ${ref || "sans référence"} · ${name})`,
  severity: { error: "Erreur", warning: "Avertissement", info: "Conseil" } as const,
  findingLine: (o: { severity: string; cell: string; message: string; rule: string }) => `    ${o.severity} en ${o.cell} : ${o.message} [${o.rule}]`,
  findingNoCell: (o: { severity: string; message: string; rule: string }) => `    ${o.severity} : ${o.message} [${o.rule}]`,
  total: (o: { files: number; ready: number; notReady: number; unreadable: number }) =>
    `${plural(o.files, "fichier vérifié", "fichiers vérifiés")} : ${o.ready} prêt${o.ready > 1 ? "s" : ""}, ` +
    `${o.notReady} pas prêt${o.notReady > 1 ? "s" : ""}, ${o.unreadable} illisible${o.unreadable > 1 ? "s" : ""}.`,
};

// ---- aipd ----
const refList = (refs: readonly string[]): string => (refs.length === 0 ? "aucune fiche n'a de RÉF" : refs.join(", "));

export const aipdTexts = {
  unknownRef: (ref: string, refs: readonly string[]) => `Aucune fiche n'a la RÉF « ${ref} ». RÉF des fiches du registre : ${refList(refs)}.`,
  duplicateRef: (ref: string, sheets: readonly string[]) =>
    `Plusieurs fiches ont la RÉF « ${ref} » (onglets ${sheets.map((s) => `« ${s} »`).join(", ")}) : donnez-leur des RÉF différentes, puis relancez.`,
  notNeeded: (o: { ref: string; name: string; status: AipdStatus }) =>
    `La fiche ${o.ref} « ${o.name} » n'a pas besoin d'une analyse d'impact selon le dépistage (AIPD : ${aipdLabels[o.status]}) : ` +
    `le fichier pour l'outil PIA est écrit seulement pour une AIPD requise ou probable. Si vous pensez qu'elle est nécessaire, ` +
    `créez-la directement dans l'outil PIA (« Nouveau PIA »).`,
  written: (o: { output: string; ref: string; name: string; answers: number; measures: number }) =>
    `Fichier pour l'outil PIA de la CNIL écrit : ${o.output} (fiche ${o.ref} « ${o.name} » ; ${o.answers} réponses et ${o.measures} mesures pré-remplies).\n` +
    `Dans l'outil PIA (format ${PIA_FORMAT}) : « Importer PIA », choisissez ce fichier, puis relisez le contexte et complétez les principes fondamentaux, les risques et la validation.\n` +
    `Une fois l'AIPD réalisée, notez-la dans le volet « Droits » du complément (« AIPD réalisée le … ») : la vérification ne la demandera plus.`,
};

// ---- mentions ----
export const mentions = {
  /** The RÉFs of the workbook's fiches, to choose from: « ref-001 (Gestion des adhérents) ». */
  refLine: (ref: string, name: string) => `  ${ref || "(sans référence)"} · ${name}`,
  unknownRef: (typed: string, refs: string[]) =>
    `Aucune fiche du registre n'a la référence « ${typed} ».\n` +
    (refs.length > 0 ? `Références des fiches :\n${refs.join("\n")}` : "Le registre n'a encore aucune fiche remplie."),
  duplicateRef: (typed: string, sheets: string[], refs: string[]) =>
    `Plusieurs fiches ont la référence « ${typed} » (onglets ${sheets.map((s) => `« ${s} »`).join(", ")}) : ` +
    `les mentions ne peuvent pas savoir de laquelle il s'agit. Donnez à chaque fiche sa propre référence.\n` +
    `Références des fiches :\n${refs.join("\n")}`,
  noAudience: (ref: string) =>
    `La fiche ${ref} ne nomme aucune personne concernée (patients, professionnels, adhérents, salariés) : ` +
    `complétez la rubrique « Personnes concernées » de la fiche pour savoir à qui s'adressent les mentions.`,
  audienceNotNamed: (ref: string, wanted: string, named: string[]) =>
    `La fiche ${ref} ne nomme pas les ${wanted} parmi les personnes concernées ; elle nomme : ${named.join(", ")}.`,
  audience: { patients: "patients", professionals: "professionnels", members: "adhérents", staff: "salariés" } as const,
  /** Between two notices of the text output (one per audience). */
  separator: "\n\n" + "—".repeat(40) + "\n\n",
  failed: (reason: string) => `Les mentions n'ont pas pu être rédigées : ${reason}`,
};

/** The frame of a notice in its Word file (the notice's own words are the engine's). */
export const noticeDocxTexts = {
  made: (o: { ref: string; ficheName: string; audience: string; date: string }) =>
    `Mentions rédigées le ${o.date} à partir de la fiche ${o.ref ? `${o.ref} ` : ""}« ${o.ficheName} » du registre des traitements, pour les ${o.audience}.`,
  gapsHeading: "À compléter avant de diffuser ces mentions",
  gapsIntro:
    "La fiche du registre ne dit pas tout ce que ces mentions doivent dire : elles ne l'inventent pas. Complétez la fiche, puis rédigez de nouveau les mentions.",
  /** Where to fill a gap in, after its message. */
  gapAt: (sheet: string, cell: string) => `(onglet « ${sheet} », case ${cell})`,
  documentTitle: (ficheName: string) => `Mentions d'information – ${ficheName}`,
  creator: PROGRAM,
};

// ---- envoi (issue 14, point 4) ----
export const sendTexts = {
  notReady: (errors: number) =>
    `Le registre a ${counts.errors(errors)} : la copie est tout de même écrite, mais corrigez ${errors > 1 ? "ces erreurs" : "cette erreur"} (« ${PROGRAM} valider ») avant de l'envoyer si vous le pouvez : SESAN vous les signalera.`,
  errorLine: (o: { sheet: string; cell: string; message: string }) => `  Onglet « ${o.sheet} »${o.cell ? `, ${o.cell}` : ""} : ${o.message}`,
  moreErrors: (n: number) => `  … et ${n} de plus (« ${PROGRAM} valider » les donne toutes).`,
  datesTitle: (n: number) =>
    n === 0 ? "Onglet 2 : les dates sont déjà celles des fiches." : `Onglet 2 : ${n > 1 ? `${n} dates reprises` : "1 date reprise"} des fiches :`,
  dateLine: (o: { ref: string; field: string; cell: string; before: string; after: string }) =>
    `  ${o.ref}, ${o.field.toLowerCase()} (${o.cell}) : ${o.before || "(vide)"} → ${o.after}`,
  datesOffer: (n: number) =>
    `Onglet 2 : ${n > 1 ? `${n} dates diffèrent` : "1 date diffère"} de celles des fiches ; « --maj-dates » les reprend dans la copie.`,
  written: (file: string) => `Copie à envoyer écrite : ${file}`,
  summaryWritten: (sheet: string) => `Feuille « ${sheet} » ajoutée (une page A4).`,
  reducedTitle: "Ce que la copie ne garde pas :",
  reducedLine: (text: string) => `  ${text}`,
  nothingReduced: "La copie n'avait ni demandes d'exercice des droits, ni violations, ni constats écartés à réduire.",
  inputUntouched: (file: string) => `Le registre « ${file} » n'a pas été modifié.`,
  failed: (reason: string) => `La copie n'a pas pu être préparée : ${reason}`,
};

// ---- consolider: reading many workbooks at once (worker threads), and its progress bar ----
export const consolidationReading = {
  /** A workbook whose reading threw (a bug of ours, not a fault of the file): the run goes on without it. */
  failed: (detail?: string) =>
    `la lecture de ce classeur a rencontré un problème que le programme ne sait pas traiter : il est compté comme illisible, les autres sont lus. ` +
    `Merci de le signaler${detail === undefined ? " (CPTS_DEBUG=1 affiche le détail technique)" : ` (détail : ${detail})`}.`,
  /** The worker thread reading this workbook stopped before it answered: out of memory, too long, or a crash. */
  crashed: (why: "memory" | "time" | "other") =>
    `la lecture de ce classeur s'est arrêtée en cours de route${why === "memory" ? " faute de mémoire" : why === "time" ? " car elle durait anormalement longtemps" : ""} : ` +
    `il n'a pas pu être vérifié, les autres sont lus. Vérifiez-le seul avec « ${PROGRAM} valider », qui dira ce qui ne va pas.`,
  /** dist/node/cli/consolidate/worker.js run by hand. */
  workerAlone: `Ce fichier est un fil de travail de « ${PROGRAM} consolider » : il ne se lance pas seul.`,
  /** The progress bar: `left` is already worded (durationLeft). */
  progress: (done: number, total: number, file: string, left: string | undefined) => `${done}/${total} ${file}${left === undefined ? "" : ` · ${left}`}`,
  durationLeft: (seconds: number): string => {
    if (seconds < 1) return "presque fini";
    if (seconds < 60) return `encore ${Math.ceil(seconds)} s environ`;
    const whole = Math.ceil(seconds);
    const minutes = Math.floor(whole / 60);
    const rest = whole % 60;
    return `encore ${minutes} min ${String(rest).padStart(2, "0")} s environ`;
  },
};

// ---- consolider: saved reports, inputs, the run ----
const quoted = (values: readonly unknown[]) => values.map((v) => `« ${String(v)} »`).join(" ou ");

/** What a field of a saved report should have held (from a zod issue), as « nombre entier attendu ». */
export const savedReportField = {
  expected: (kind: string): string =>
    (
      ({
        string: "texte attendu",
        number: "nombre attendu",
        int: "nombre entier attendu",
        boolean: "true ou false attendu",
        array: "liste attendue",
        object: "objet attendu",
        null: "null attendu",
      }) as Record<string, string>
    )[kind] ?? `valeur de type ${kind} attendue`,
  missing: (expected: string) => `champ absent (${expected})`,
  received: (expected: string, value: string) => `${expected}, trouvé ${value}`,
  atLeast: (n: number | bigint, list: boolean) =>
    list ? `au moins ${n} élément${Number(n) > 1 ? "s" : ""} attendu${Number(n) > 1 ? "s" : ""}` : `au moins ${n} attendu`,
  atMost: (n: number | bigint, list: boolean) =>
    list ? `au plus ${n} élément${Number(n) > 1 ? "s" : ""} attendu${Number(n) > 1 ? "s" : ""}` : `au plus ${n} attendu`,
  date: "date AAAA-MM-JJ attendue",
  format: "texte de forme inattendue",
  oneOf: (values: readonly unknown[]) => `valeur attendue : ${quoted(values)}`,
  invalid: "valeur non valide",
};

export const savedReportTexts = {
  /** « rapports.jsonl, ligne 3 » or « rapports.json, élément 2 ». */
  at: (file: string, where: { line?: number; element?: number }) =>
    where.line !== undefined ? `${file}, ligne ${where.line}` : where.element !== undefined ? `${file}, élément ${where.element}` : file,
  /** A field's problem: « summary.errors : nombre entier attendu », and how many more there are. */
  field: (path: string, what: string, others: number) =>
    `${path === "" ? "la ligne entière" : path} : ${what}` +
    (others > 0 ? ` (et ${others} autre${others > 1 ? "s" : ""} problème${others > 1 ? "s" : ""})` : ""),
  notJson: "ce n'est pas du JSON lisible : un rapport de « valider --json » a un objet JSON par ligne.",
  notObject: "un objet JSON est attendu : chaque ligne de « valider --json » en est un.",
  noVersion: "champ schemaVersion absent : ce n'est pas une ligne de « cpts-registre valider --json ».",
  newerVersion: (found: number, known: number) =>
    `rapport au format ${found}, plus récent que celui que cette version de cpts-registre sait lire (format ${known}) : mettez cpts-registre à jour, ou refaites le rapport avec celle-ci.`,
  unknownVersion: (found: string) => `schemaVersion « ${found} » inconnu : ce n'est pas une ligne de « cpts-registre valider --json ».`,
  notText: "ce fichier n'est pas un texte UTF-8 : ce n'est pas un rapport de « valider --json ».",
  empty: "fichier vide : aucun rapport.",
  /** A saved line that says the workbook could not be read when it was checked. */
  registerWasUnreadable: (file: string, error: string) => `le registre « ${file} » n'a pas pu être lu lors de la vérification : ${error}`,
  line: (at: string, message: string) => `${at} : ${message}`,
};

export const consolidateUsage = {
  noInput: "Indiquez les registres à rassembler : consolider DOSSIER|FICHIER… --sortie SYNTHESE.xlsx [--html SYNTHESE.html]",
  noOutput: "Indiquez le fichier à écrire avec --sortie SYNTHESE.xlsx, ou --html SYNTHESE.html (ou les deux).",
  notHtmlName: (f: string) => `Le fichier de sortie « ${f} » doit se terminer par .html.`,
};

export const consolidateTexts = {
  emptyFolder: "aucun registre (.xlsx) ni rapport enregistré (.json, .jsonl) dans ce dossier.",
  notAnInput: "ni un registre (.xlsx) ni un rapport enregistré de « valider --json » (.json, .jsonl) : il n'est pas lu.",
  written: (file: string) => `Synthèse écrite : ${file}`,
  total: (o: { inputs: number; ready: number; notReady: number; unreadable: number; fiches: number }) =>
    `${o.inputs} registre${o.inputs > 1 ? "s" : ""} : ${o.ready} prêt${o.ready > 1 ? "s" : ""}, ${o.notReady} pas prêt${o.notReady > 1 ? "s" : ""}, ` +
    `${o.unreadable} illisible${o.unreadable > 1 ? "s" : ""} ; ${o.fiches} fiche${o.fiches > 1 ? "s" : ""}.`,
  /** A workbook of a folder that is a synthesis written by consolider (a run over the folder it was saved in). */
  synthesisSkipped: (file: string) => `${file} : une synthèse écrite par « ${PROGRAM} consolider », pas un registre ; laissée de côté.`,
  unreadableNote: (n: number) =>
    `${n} fichier${n > 1 ? "s" : ""} illisible${n > 1 ? "s" : ""} : ${n > 1 ? "chacun a" : "il a"} sa ligne et son explication dans la synthèse.`,
};
