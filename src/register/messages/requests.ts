/**
 * French texts of the rights-requests register « Demandes d'exercice des droits » the add-in writes
 * (../requests/plans.ts): the sheet's head, its columns, the words it writes for the rights and the
 * outcome (in the words ../requests/sheet.ts reads back), the titles of the plans and why a plan is
 * refused. Apart from the code so that a translation can be added; loaded only with the plans.
 */
import type { RequestOutcome, RightKind } from "../requests/model";
import { RIGHTS_SHEET_NAMES } from "./rightsSheets";

export const requestTexts = {
  sheetName: RIGHTS_SHEET_NAMES.requests,
  title: "Registre des demandes d'exercice des droits",
  intro:
    "Chaque demande d'une personne qui exerce ses droits (accès, rectification, effacement, opposition, limitation, portabilité) est notée ici, le jour où elle arrive. Notez la personne avec le moins d'informations possible : un nom ou des initiales suffisent, jamais de données de santé.",
  rules:
    "Répondre dans le mois qui suit la réception (délai repoussé au jour ouvré suivant s'il tombe un samedi, un dimanche ou un jour férié) ; prolongation de deux mois possible si la personne est prévenue, avec les raisons, avant la fin du premier mois. Dates : jj/mm/aaaa.",
  /** In the order of REQUEST_COLS. */
  headers: [
    "Reçue le",
    "Personne (le moins possible)",
    "Droit(s) exercé(s)",
    "Fiche concernée (RÉF)",
    "Identité vérifiée",
    "Prolongation annoncée le",
    "Répondu le",
    "Issue",
    "Motifs (prolongation, refus)",
  ],
  /** The rights, as the sheet writes them (and the reader reads them back). */
  rightLabels: {
    access: "Accès",
    rectification: "Rectification",
    erasure: "Effacement",
    objection: "Opposition",
    restriction: "Limitation",
    portability: "Portabilité",
  } satisfies Record<RightKind, string>,
  /** The outcomes, as the sheet writes them (and the reader reads them back). */
  outcomeLabels: {
    granted: "Accordée",
    "partly-granted": "Accordée en partie",
    refused: "Refusée",
    withdrawn: "Retirée par la personne",
  } satisfies Record<Exclude<RequestOutcome, "unknown">, string>,
  /** The identity check, in the words the pane offers. */
  identityLabels: { yes: "Oui", no: "Non, pas encore", notNeeded: "Pas nécessaire (personne connue)" },
  /** Prefixes of the reasons column: one line per reason given. */
  extensionReason: "Prolongation : ",
  refusalReason: "Refus : ",
  printHeader: "Registre des demandes d'exercice des droits",
  planAddTitle: (received: string): string => `Noter la demande reçue le ${received} dans le registre des demandes`,
  planIdentityTitle: (received: string): string => `Noter la vérification d'identité de la demande reçue le ${received}`,
  planExtensionTitle: (received: string): string => `Noter la prolongation de la demande reçue le ${received}`,
  planAnswerTitle: (received: string): string => `Noter la réponse à la demande reçue le ${received}`,
  noPerson: "Indiquez qui fait la demande, avec le moins d'informations possible (un nom ou des initiales).",
  noRight: "Indiquez au moins un droit exercé.",
  badDate: "La date n'est pas lisible : écrivez-la sous la forme jj/mm/aaaa.",
  futureDate: "Cette date est dans le futur : vérifiez-la.",
  beforeReceipt: "Cette date est antérieure à la réception de la demande : vérifiez-la.",
  noReasons: "Écrivez les raisons : la personne doit savoir pourquoi.",
  alreadyAnswered: "Une réponse est déjà écrite sur cette ligne : modifiez-la directement dans la feuille si elle est fausse.",
  alreadyExtended: "Une prolongation est déjà écrite sur cette ligne : modifiez-la directement dans la feuille si elle est fausse.",
  tooLateToExtend: (end: string): string => `Le premier mois a pris fin le ${end} : il est trop tard pour prolonger le délai. Répondez sans attendre.`,
  noReceipt: "La date de réception de cette demande est illisible : corrigez-la d'abord dans la feuille.",
  lineGone: "Cette ligne du registre des demandes a changé depuis la dernière lecture : vérifiez de nouveau puis réessayez.",
};
