/**
 * The names of the add-in's sheets of step 3 (« Respectez les droits des personnes »). The requests
 * register's name is the one the coordinators asked for, 30 characters: when a sheet of theirs already
 * has it, freeSheetName shortens it so that « (2) » still fits in Excel's 31. A notice sheet's name is
 * made from this prefix, the fiche's RÉF and the audience (notices/sheetName.ts); the hidden sheet of
 * AIPD carried out is never shown.
 */
export const RIGHTS_SHEET_NAMES = {
  notice: "Mentions",
  requests: "Demandes d'exercice des droits",
  aipdDone: "AIPD réalisées",
} as const;
