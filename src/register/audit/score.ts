/**
 * Scoring a run of the cyber self-audit: pure, from the answers alone (never from figures read in the
 * sheet, which a user may have edited).
 *
 * - A question earns `weight × points / fullPoints` (the best choice earns its whole weight; « Je ne
 *   sais pas », a missing answer or an answer that is no choice earns 0: what is not known to be in
 *   place is not counted as in place).
 * - A theme's score is what its questions earn over their total weight, × 100, rounded.
 * - The overall score is weighted the same way over ALL the questions (not the mean of the themes): a
 *   theme counts for the weight of its questions, so three weighty questions on backups count more
 *   than one light question on Wi-Fi. Rounded; the level is that of the rounded score (levels.ts).
 * - Priority measures: every question not at its full points proposes its measure, with
 *   `priority = gap × riskReduction² / effort`, where `gap = 1 − points / fullPoints` (1 for a missing
 *   or « Je ne sais pas » answer). Risk reduction is squared so that a measure removing a risk that can
 *   stop the CPTS (3) comes before a cheaper one of lesser effect: 3 for effort 2 (4.5) before 2 for
 *   effort 1 (4), but effort still divides. Highest first; equal priorities keep the questionnaire's
 *   order (a stable sort); at most six.
 */
import { AUDIT_QUESTIONS, AUDIT_THEMES } from "./themes/index";
import { fullPoints, type AuditChoice, type AuditQuestion, type AuditThemeId, type Scale } from "./questions";
import { auditLevelOf, type AuditLevel } from "./levels";

/** Question id → the id of the choice answered. A question left out is unanswered. */
export type AuditAnswers = Readonly<Record<string, string>>;

export interface AuditThemeScore {
  theme: AuditThemeId;
  label: string;
  /** 0–100, rounded. */
  score: number;
  /** How many of its questions have an answer that is one of their choices (« Je ne sais pas » included). */
  answered: number;
  questions: number;
}

export interface AuditPriorityMeasure {
  questionId: string;
  theme: AuditThemeId;
  title: string;
  why: string;
  how: string;
  effort: Scale;
  riskReduction: Scale;
  /** gap × riskReduction² / effort (see above); higher comes first. */
  priority: number;
}

export interface AuditResult {
  /** In the questionnaire's theme order. */
  themes: AuditThemeScore[];
  /** 0–100, rounded. */
  score: number;
  level: AuditLevel;
  /** At most MAX_PRIORITY_MEASURES, highest priority first. */
  measures: AuditPriorityMeasure[];
}

export const MAX_PRIORITY_MEASURES = 6;

/** The choice answered to `q`, undefined when the answer is missing or is no choice of `q`. */
export function answeredChoice(q: AuditQuestion, answers: AuditAnswers): AuditChoice | undefined {
  const id = answers[q.id];
  return id === undefined ? undefined : q.choices.find((c) => c.id === id);
}

/** The share of its weight a question earns, 0–1. */
function earnedShare(q: AuditQuestion, answers: AuditAnswers): number {
  const full = fullPoints(q);
  const choice = answeredChoice(q, answers);
  return choice === undefined || full <= 0 ? 0 : choice.points / full;
}

function percent(questions: readonly AuditQuestion[], answers: AuditAnswers): number {
  let earned = 0;
  let total = 0;
  for (const q of questions) {
    earned += q.weight * earnedShare(q, answers);
    total += q.weight;
  }
  return total === 0 ? 0 : Math.round((100 * earned) / total);
}

/** The priority measures of a set of answers, highest first, at most six. */
export function priorityMeasures(answers: AuditAnswers, questions: readonly AuditQuestion[] = AUDIT_QUESTIONS): AuditPriorityMeasure[] {
  const candidates: AuditPriorityMeasure[] = [];
  for (const q of questions) {
    const gap = 1 - earnedShare(q, answers);
    if (gap <= 0) continue;
    const m = q.measure;
    candidates.push({
      questionId: q.id,
      theme: q.theme,
      title: m.title,
      why: m.why,
      how: m.how,
      effort: m.effort,
      riskReduction: m.riskReduction,
      priority: (gap * m.riskReduction * m.riskReduction) / m.effort,
    });
  }
  // Array.prototype.sort is stable: equal priorities keep the questionnaire's order.
  return candidates.sort((a, b) => b.priority - a.priority).slice(0, MAX_PRIORITY_MEASURES);
}

/** What a run's answers score: per theme, overall, the level, and the priority measures. */
export function scoreAudit(answers: AuditAnswers): AuditResult {
  const themes = AUDIT_THEMES.map((t) => ({
    theme: t.id,
    label: t.label,
    score: percent(t.questions, answers),
    answered: t.questions.filter((q) => answeredChoice(q, answers) !== undefined).length,
    questions: t.questions.length,
  }));
  const score = percent(AUDIT_QUESTIONS, answers);
  return { themes, score, level: auditLevelOf(score), measures: priorityMeasures(answers) };
}
