/**
 * « AIPD réalisée le … », per fiche: the add-in's hidden sheet « AIPD réalisées » keyed by the fiche's RÉF
 * (the fiche's own layout is never changed). The AIPD screening and the report read it: a fiche whose
 * AIPD was carried out is no longer « à faire ». Types only; reading is ./sheet.ts.
 */
export interface AipdDoneRecord {
  sheet: string;
  row: number;
  /** The RÉF as written on the line. */
  ref: string;
  /** Carried out on: an Excel serial (day), null when unreadable. */
  doneOn: number | null;
  doneOnCell: string;
}

export interface AipdDoneBook {
  /** In sheet order; when a RÉF has several lines, the last one counts. */
  records: AipdDoneRecord[];
}
