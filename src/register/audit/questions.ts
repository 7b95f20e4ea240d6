/**
 * The shape of the cyber self-audit's questions (« Auto-diagnostic cyber »): typed data, one module per
 * theme under ./themes/, gathered in ./themes/index.ts. Each question is sourced (a public guide and the
 * day its address was checked) and carries the measure to recommend when the answer is not the best.
 *
 * Pure data and types: scoring is ./score.ts.
 */

/** The themes, in the order the questionnaire and the sheet show them. */
export type AuditThemeId = "governance" | "accounts" | "updates" | "backups" | "email" | "mobile" | "suppliers" | "incidents";

/** Where a question comes from: a public guide, its address, and the day the address was checked. */
export interface AuditSource {
  /** The guide, as its publisher names it (with the measure or chapter when it helps). */
  name: string;
  url: string;
  /** ISO day (YYYY-MM-DD) the address was last checked. */
  checked: string;
}

/** 1 (little) to 3 (much): the effort a measure asks, the risk it takes away. */
export type Scale = 1 | 2 | 3;

/** What to do when a question's answer is not the best one. */
export interface AuditMeasure {
  /** Short, an action (« Tester la restauration d'une sauvegarde »). */
  title: string;
  /** Why it matters for a CPTS, in one or two plain sentences. */
  why: string;
  /** How, concretely, for a coordinator and a few staff. */
  how: string;
  /** 1 = an afternoon, no cost; 2 = a few days or a small cost; 3 = a project, a budget or a provider. */
  effort: Scale;
  /** 1 = useful; 2 = removes a common risk; 3 = removes a risk that can stop the CPTS or expose health data. */
  riskReduction: Scale;
}

export interface AuditChoice {
  /** Stable id, unique within the question (what the engine compares; never shown). */
  id: string;
  /** What the user reads and what the sheet holds; unique within the question once folded. */
  label: string;
  /** Points of this answer: the best choice has the question's full points; « Je ne sais pas » 0. */
  points: number;
}

export interface AuditQuestion {
  /** Stable id, unique in the questionnaire, kept in the sheet's hidden column: never change one. */
  id: string;
  theme: AuditThemeId;
  /** The question, in plain French. */
  text: string;
  /** A short help: what is meant, an example. */
  help: string;
  /** 2 to 4 choices, the last one « Je ne sais pas ». */
  choices: readonly AuditChoice[];
  /** How much the question counts in its theme and in the overall score (1–3). */
  weight: Scale;
  source: AuditSource;
  /** To recommend when the answer is not the best (or is missing). */
  measure: AuditMeasure;
}

/** What scoring and reading a run need of a question: no texts (./answerKey.ts, in the checker's first load). */
export type AuditQuestionKey = Pick<AuditQuestion, "id" | "theme" | "weight" | "choices">;

export interface AuditTheme {
  id: AuditThemeId;
  /** Its name, as every face shows it. */
  label: string;
  questions: readonly AuditQuestion[];
}

/** The choice every question offers: not knowing is an answer, and it scores 0. */
export const DONT_KNOW_ID = "nsp";
export const DONT_KNOW: AuditChoice = { id: DONT_KNOW_ID, label: "Je ne sais pas", points: 0 };

/** The full points of a question: its best choice's. */
export function fullPoints(q: AuditQuestionKey): number {
  return Math.max(...q.choices.map((c) => c.points));
}
