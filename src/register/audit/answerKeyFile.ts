/**
 * Writes ./answerKey.ts from the themes (`npm run audit:cle`): the answer key is what the themes say of
 * each question's weight and choices, without the texts, so that the checker's first load does not
 * carry the questionnaire. test/register/audit/answerKey.test.ts fails when the key is stale.
 */
import type { AuditQuestion, AuditQuestionKey } from "./questions";

export function answerKeyOf(questions: readonly AuditQuestion[]): AuditQuestionKey[] {
  return questions.map((q) => ({
    id: q.id,
    theme: q.theme,
    weight: q.weight,
    choices: q.choices.map((c) => ({ id: c.id, label: c.label, points: c.points })),
  }));
}

/** The source of ./answerKey.ts (before prettier). */
export function answerKeySource(questions: readonly AuditQuestion[]): string {
  const lines = answerKeyOf(questions).map((k) => `  ${JSON.stringify(k)},`);
  return [
    "/**",
    " * The answer key of the cyber self-audit: each question's theme, weight and choices (label, points),",
    " * without the texts, for reading the sheet and scoring a run in the checker's first load.",
    " * GENERATED from ./themes/ by `npm run audit:cle`: do not edit by hand, edit the theme and run it",
    " * (test/register/audit/answerKey.test.ts fails when this file is stale).",
    " */",
    'import type { AuditQuestionKey } from "./questions";',
    "",
    "export const AUDIT_ANSWER_KEY: readonly AuditQuestionKey[] = [",
    ...lines,
    "];",
    "",
  ].join("\n");
}
