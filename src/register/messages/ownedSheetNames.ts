/**
 * The names of the add-in's verification report and tracking sheets: what recognising an owned sheet
 * needs in the pane's first load, apart from the texts written in them (./owned.ts, loaded with the plans).
 */
export const OWNED_SHEET_NAMES = {
  report: "Rapport de vérification",
  tracking: "Suivi de conformité",
  /** The one-page summary written before sending the register to SESAN (issue 14). */
  sesanSummary: "Synthèse pour SESAN",
  /** The first sheet of the workbook `cpts-registre consolider` writes (a workbook of its own, never a register). */
  consolidation: "Synthèse",
} as const;
