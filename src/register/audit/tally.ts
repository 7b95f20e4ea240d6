/**
 * The figures of a run, from its answers and the answer key alone (no texts: this is what reading the
 * sheet and the checker need, in the pane's first load). The rules of the count are in ./score.ts's
 * header; ./score.ts adds the themes' names and the priority measures for the faces.
 */
import { AUDIT_ANSWER_KEY } from "./answerKey";
import { fullPoints, type AuditChoice, type AuditQuestionKey, type AuditThemeId } from "./questions";
import { auditLevelOf, type AuditLevel } from "./levels";

/** Question id → the id of the choice answered. A question left out is unanswered. */
export type AuditAnswers = Readonly<Record<string, string>>;

export interface AuditThemeTally {
  theme: AuditThemeId;
  /** 0–100, rounded. */
  score: number;
  /** How many of its questions have an answer that is one of their choices (« Je ne sais pas » included). */
  answered: number;
  questions: number;
}

export interface AuditTally {
  /** In the questionnaire's theme order. */
  themes: AuditThemeTally[];
  /** 0–100, rounded. */
  score: number;
  level: AuditLevel;
}

const byId = new Map(AUDIT_ANSWER_KEY.map((q) => [q.id, q]));

/** The weight and choices of a question, undefined for an id the questionnaire does not have. */
export function auditQuestionKey(id: string): AuditQuestionKey | undefined {
  return byId.get(id);
}

/** The themes in the questionnaire's order. */
export const AUDIT_THEME_ORDER: readonly AuditThemeId[] = [...new Set(AUDIT_ANSWER_KEY.map((q) => q.theme))];

/** The choice answered to `q`, undefined when the answer is missing or is no choice of `q`. */
export function answeredChoice(q: AuditQuestionKey, answers: AuditAnswers): AuditChoice | undefined {
  const id = answers[q.id];
  return id === undefined ? undefined : q.choices.find((c) => c.id === id);
}

/** The share of its weight a question earns, 0–1. */
export function earnedShare(q: AuditQuestionKey, answers: AuditAnswers): number {
  const full = fullPoints(q);
  const choice = answeredChoice(q, answers);
  return choice === undefined || full <= 0 ? 0 : choice.points / full;
}

function percent(questions: readonly AuditQuestionKey[], answers: AuditAnswers): number {
  let earned = 0;
  let total = 0;
  for (const q of questions) {
    earned += q.weight * earnedShare(q, answers);
    total += q.weight;
  }
  return total === 0 ? 0 : Math.round((100 * earned) / total);
}

/** The scores of a run: per theme, overall (weighted over every question), and its level. */
export function tallyAudit(answers: AuditAnswers): AuditTally {
  const themes = AUDIT_THEME_ORDER.map((theme) => {
    const questions = AUDIT_ANSWER_KEY.filter((q) => q.theme === theme);
    return {
      theme,
      score: percent(questions, answers),
      answered: questions.filter((q) => answeredChoice(q, answers) !== undefined).length,
      questions: questions.length,
    };
  });
  const score = percent(AUDIT_ANSWER_KEY, answers);
  return { themes, score, level: auditLevelOf(score) };
}
