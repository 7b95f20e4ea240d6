/** What the rules produce: findings, and the report that gathers them. */
import type { WritePlan } from "./plan";

export type Severity = "error" | "warning" | "info";

/** A change the user can apply in one click because the answer is unambiguous. */
export interface QuickFix {
  /** Button text, in French ("Remplacer par « Salariés »"). */
  label: string;
  plan: WritePlan;
}

export interface Finding {
  /** Stable id, e.g. `art30.purpose-missing`. */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell (top-left of its merged area) where the value is or should be typed. */
  cell: string;
  /** Plain French: what was found, what is expected, what to do. */
  message: string;
  fix?: QuickFix;
}

export type AipdScreening = "Requise" | "À examiner" | "Non requise";

export interface FicheSummary {
  sheet: string;
  ref: string;
  name: string;
  /** Share of the article 30 minimum that is met, 0 to 100. */
  completeness: number;
  aipd: AipdScreening;
}

export interface Report {
  verdict: "ready" | "not-ready";
  summary: { errors: number; warnings: number; infos: number; fiches: number };
  fiches: FicheSummary[];
  findings: Finding[];
}
