/** What the rules produce: findings, and the report that gathers them. */
import type { WritePlan } from "./plan";
import type { RuleId } from "./rules/catalogue";
import type { AuditSummary } from "./audit/summary";
import type { IncidentSummary } from "./breaches/deadline";
import type { RequestSummary } from "./requests/summary";

export type Severity = "error" | "warning" | "info";

/** A change the user can apply in one click because the answer is unambiguous. */
export interface QuickFix {
  /** Button text, in French ("Remplacer par « Salariés »"). */
  label: string;
  plan: WritePlan;
}

export interface Finding {
  /** Stable id from the rule catalogue, e.g. `art30.fiche.purpose-missing` (a plain string in the JSON report). */
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell (top-left of its merged area) where the value is or should be typed. */
  cell: string;
  /** Plain French: what was found, what is expected, what to do. */
  message: string;
  fix?: QuickFix;
}

/**
 * The AIPD screening of a fiche (src/register/aipd.ts). Ids, in the engine and the JSON report; the
 * faces show « Requise », « Probable », « À examiner », « Non requise », « À déterminer ».
 */
export type AipdStatus = "required" | "likely" | "to-examine" | "not-required" | "undetermined";

export interface FicheSummary {
  sheet: string;
  ref: string;
  name: string;
  /** Share of the article 30 minimum that is met, 0 to 100. */
  completeness: number;
  aipd: AipdStatus;
  /**
   * The day (Excel serial) the fiche's AIPD was carried out, as noted in the add-in's hidden sheet
   * « AIPD réalisées » (src/register/aipdDone/); absent when none is noted. `aipd` stays the screening.
   */
  aipdDoneOn?: number;
}

/**
 * `findings` come errors first, then warnings, then conseils (stable inside a severity: tab order, then
 * row and column), so that every face lists what blocks the sending first.
 */
export interface Report {
  verdict: "ready" | "not-ready";
  /**
   * Counts of the findings reported, and `setAside`: how many findings the CPTS set aside for good
   * (sheet « Constats écartés », src/register/setAside.ts), left out of the findings and of the counts.
   */
  summary: { errors: number; warnings: number; infos: number; fiches: number; setAside: number };
  fiches: FicheSummary[];
  findings: Finding[];
  /** The last run of the cyber self-audit (step 4), null before the first. */
  audit: AuditSummary | null;
  /** The breach register's incidents without a CNIL decision, and those past their 72 hours. */
  incidents: IncidentSummary;
  /** The rights-requests register's requests without an answer, and those past their deadline. */
  requests: RequestSummary;
}

/**
 * The points a ready register still has to review, as every face's verdict counts them (« Prêt à
 * envoyer — 3 points à revoir »): warnings and conseils both, so that a warning is never hidden
 * behind a green « Prêt ».
 */
export function pointsToReview(summary: Report["summary"]): number {
  return summary.warnings + summary.infos;
}
