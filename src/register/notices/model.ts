/**
 * An information notice (« mentions d'information », GDPR articles 13 and 14), as the engine builds it
 * from a fiche and tab 2's header, before any face lays it out: the add-in's sheet (./sheetPlan.ts), plain
 * text for the command line (./text.ts), a Word file (the command line's adapter). Types only.
 *
 * Nothing is invented: an item the fiche does not say is a `NoticeGap`, said plainly at the top of the
 * notice, and its section says what the person cannot be told yet.
 */

/**
 * Who reads the notice. One notice per audience the fiche's « Personnes concernées » names, each in its
 * own register of voice (« vous » to a patient in plain words; a professional or a member is addressed as
 * a peer; staff as an employer to its employees).
 */
export type NoticeAudience = "patients" | "professionals" | "members" | "staff";

/** Every item the GDPR asks a notice to give (art. 13.1–2, art. 14.1–2) and French law adds (art. 85 LIL). */
export type NoticeItemId =
  /** Only as a gap: the fiche names no category of persons, so the notice is written for the public at large. */
  | "audience"
  | "controller"
  | "dpo"
  | "purposes"
  | "legalBasis"
  | "legitimateInterest"
  | "healthException"
  /** Art. 14.1.d: the categories of data, for data not collected from the person. */
  | "categories"
  | "recipients"
  | "transfers"
  | "retention"
  | "obligation"
  | "rights"
  | "exercise"
  | "complaint"
  | "postMortem"
  | "source"
  | "secrecy";

/** Something the fiche does not say, so the notice cannot say it either. */
export interface NoticeGap {
  item: NoticeItemId;
  /** Plain French for the top of the notice: « La fiche n'indique pas de base légale : la mention ne peut pas dire… ». */
  message: string;
  /** Where to fill it in, when it is a cell of the register. */
  at?: { sheet: string; cell: string };
}

/** One part of the notice, in reading order. */
export interface NoticeSection {
  item: NoticeItemId;
  /** A short heading the person reads (« Qui est responsable de vos données ? »). */
  heading: string;
  paragraphs: string[];
  /** A list under the paragraphs (the rights, the recipients…), possibly empty. */
  bullets: string[];
}

export interface Notice {
  /** The fiche's sheet, its RÉF and name as typed. */
  sheet: string;
  ficheRef: string;
  ficheName: string;
  audience: NoticeAudience;
  /** The notice's title (« Information sur vos données personnelles – … »). */
  title: string;
  /** One sentence under the title, in the audience's voice: what the notice is about. */
  intro: string;
  /** What the fiche lacks, said at the top; empty when the notice is complete. */
  gaps: NoticeGap[];
  sections: NoticeSection[];
  /**
   * Whether the data are collected from the person (art. 13), from someone else (art. 14: a professional
   * who refers a patient…), or may be either (the fiche does not say; a gap asks for the source).
   */
  collection: NoticeCollection;
}

export type NoticeCollection = "direct" | "indirect" | "possibly-indirect";

/**
 * What the engine reads back of the add-in's notice sheets: which fiche and audience each one is for,
 * so that the path can tell which fiches have their notices (step 3).
 */
export interface NoticeSheetInfo {
  sheet: string;
  /** The RÉF the notice was made for, as written on the sheet. */
  ficheRef: string;
  audience: NoticeAudience;
  /** When the notice was written (Excel serial of the day), null when unreadable. */
  madeOn: number | null;
}
