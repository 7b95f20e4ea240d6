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
 *
 * The count itself is ./tally.ts (from the answer key, without texts: the checker reads runs with it);
 * this module adds the themes' names and the measures, which the faces show.
 */
import { AUDIT_QUESTIONS, AUDIT_THEMES } from "./themes/index";
import type { AuditQuestion, AuditThemeId, Scale } from "./questions";
import type { AuditLevel } from "./levels";
import { earnedShare, tallyAudit, type AuditAnswers, type AuditThemeTally } from "./tally";

export { answeredChoice, tallyAudit, type AuditAnswers, type AuditTally, type AuditThemeTally } from "./tally";

export interface AuditThemeScore extends AuditThemeTally {
  /** The theme's name, as every face shows it. */
  label: string;
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

/** What a run's answers score: per theme (with its name), overall, the level, and the priority measures. */
export function scoreAudit(answers: AuditAnswers): AuditResult {
  const tally = tallyAudit(answers);
  const themes = tally.themes.map((t) => ({ ...t, label: AUDIT_THEMES.find((th) => th.id === t.theme)?.label ?? t.theme }));
  return { themes, score: tally.score, level: tally.level, measures: priorityMeasures(answers) };
}
