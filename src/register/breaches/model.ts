/**
 * What the engine reads of the add-in's sheet « Registre des violations » (article 33.5 of the GDPR:
 * every personal-data breach is documented, even one that need not be notified). One entry per line;
 * reading it is ./sheet.ts. Types only.
 */

/** What was decided about notifying the CNIL (art. 33: within 72 hours of becoming aware of the breach). */
export type CnilDecision =
  /** Notified, on `at` (an Excel serial with the time of day, on the CPTS's wall clock), null when the date is unreadable. */
  | { kind: "notified"; at: number | null }
  /** Not notified because the breach is unlikely to result in a risk for the persons: `why` says why. */
  | { kind: "not-required"; why: string }
  /** Nothing decided yet: the 72 hours run from `discovered`. */
  | { kind: "undecided" };

/** What was decided about informing the persons concerned (art. 34: when the risk to them is high). */
export type PersonsDecision = { kind: "informed"; at: number | null } | { kind: "not-required"; why: string } | { kind: "undecided" };

export interface BreachEntry {
  sheet: string;
  /** 1-based row of the line. */
  row: number;
  /** When the CPTS became aware of the breach: an Excel serial with the time of day (wall clock), null when unreadable. */
  discovered: number | null;
  discoveredCell: string;
  /**
   * False when the discovery was written as a day without its time: it is then read as midnight, the
   * earliest moment of the day (the 72 hours can only be shorter than counted, never longer). Absent means
   * true (entries built before this field).
   */
  discoveredHasTime?: boolean;
  /** What happened, as typed. */
  what: string;
  /** The data and the persons concerned, as typed. */
  dataAndPersons: string;
  /** Likely consequences, as typed. */
  consequences: string;
  /** Measures taken, as typed. */
  measures: string;
  /** How the CPTS judged the risk for the persons (the « Risque pour les personnes » column); absent: not read. */
  risk?: BreachRisk;
  cnil: CnilDecision;
  /** The line's « CNIL » cell: where the 72-hour warning points. */
  cnilCell: string;
  persons: PersonsDecision;
  personsCell: string;
}

/**
 * The risk for the persons, as the line says it: « aucun ou faible » (no notification needed), « risque »
 * (notify the CNIL), « risque élevé » (notify the CNIL and inform the persons); "unknown" when the cell
 * is empty or says something else.
 */
export type BreachRisk = "none" | "risk" | "high" | "unknown";

/** What is wrong with a cell: a date that cannot be read, or a line without its discovery date. */
export type BreachProblemKind = "unreadable-date" | "missing-discovery";

/** A cell of the sheet the engine could not use (a date it cannot read…). */
export interface BreachProblem {
  sheet: string;
  cell: string;
  problem: BreachProblemKind;
  /** What the cell holds, as typed ("" when empty). */
  text: string;
}

export interface BreachBook {
  /** In sheet order. */
  entries: BreachEntry[];
  problems: BreachProblem[];
  /**
   * The sheet is the reduced one of a copy sent to SESAN (../sending/reduced.ts): its entries stand for
   * the incidents counted there, without their details (only the discovery of those still open).
   */
  reduced?: true;
}
