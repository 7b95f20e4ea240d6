/**
 * What the engine reads of the add-in's sheet « Demandes d'exercice des droits »: one line per request a
 * person made to exercise their rights (GDPR art. 15 to 21), with the dates that set its deadline (art.
 * 12.3: one month from receipt, extendable by two months when the person is told why within the
 * first). Reading it is ./sheet.ts; the deadline ./deadline.ts. Types only.
 */

/** The rights a request may exercise, in the sheet's words (accès, rectification, effacement…). */
export type RightKind = "access" | "rectification" | "erasure" | "objection" | "restriction" | "portability";

/** How the request ended, as the line says it. */
export type RequestOutcome = "granted" | "partly-granted" | "refused" | "withdrawn" | "unknown";

export interface RequestEntry {
  sheet: string;
  /** 1-based row of the line. */
  row: number;
  /** Received on: an Excel serial (day), null when unreadable or empty. */
  received: number | null;
  receivedCell: string;
  /** The person, as little as needed (as typed). */
  person: string;
  /** The rights exercised (a request may name several); empty when unreadable. */
  rights: RightKind[];
  rightsText: string;
  /** The fiche concerned: its RÉF as typed (may be ""). */
  ficheRef: string;
  /** Identity checked, as typed (« Oui », « Non », « Pas nécessaire »…). */
  identityChecked: string;
  /** The person was told on this day that the answer needs two more months (art. 12.3); null when not extended. */
  extendedOn: number | null;
  /** The line's « Prolongation annoncée le » cell. */
  extendedCell: string;
  /** Answered on: an Excel serial (day), null when not answered yet or unreadable. */
  answered: number | null;
  /** The line's « Répondu le » cell: where the overdue warning points. */
  answeredCell: string;
  /** The « Répondu le » cell as typed ("" when empty): a text there that is not a date still means answered. */
  answeredText: string;
  outcome: RequestOutcome;
  outcomeText: string;
  /** The reasons written on the line (why the extension, why the refusal), as typed. */
  reasons: string;
}

export type RequestProblemKind = "unreadable-date" | "missing-received";

export interface RequestProblem {
  sheet: string;
  cell: string;
  problem: RequestProblemKind;
  /** What the cell holds, as typed ("" when empty). */
  text: string;
}

export interface RequestBook {
  /** In sheet order. */
  entries: RequestEntry[];
  problems: RequestProblem[];
  /**
   * The sheet is the reduced one of a copy sent to SESAN (../sending/reduced.ts): its entries stand for
   * the requests counted there, without their details (only the dates of those still open).
   */
  reduced?: true;
}
