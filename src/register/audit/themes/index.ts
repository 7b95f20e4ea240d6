/**
 * The questionnaire of the cyber self-audit: the themes in order, each with its questions (about 20 in
 * all, 8 themes). One module per theme; this one only gathers them and looks them up.
 */
import type { AuditQuestion, AuditTheme, AuditThemeId } from "../questions";
import { GOVERNANCE } from "./governance";
import { ACCOUNTS } from "./accounts";
import { UPDATES } from "./updates";
import { BACKUPS } from "./backups";
import { EMAIL } from "./email";
import { MOBILE } from "./mobile";
import { SUPPLIERS } from "./suppliers";
import { INCIDENTS } from "./incidents";

export {
  BACKUP_QUESTION_ID,
  NO_TESTED_BACKUP_CHOICES,
  HDS_QUESTION_ID,
  NO_HDS_CHOICES,
  NO_HEALTH_DATA_CHOICE,
  INCIDENT_QUESTION_ID,
  INCIDENT_HAPPENED_CHOICES,
} from "../crossChecks";

/** The themes, in the order the questionnaire, the sheet and the comparison show them. */
export const AUDIT_THEMES: readonly AuditTheme[] = [GOVERNANCE, ACCOUNTS, UPDATES, BACKUPS, EMAIL, MOBILE, SUPPLIERS, INCIDENTS];

/** Every question, theme after theme, in the questionnaire's order. */
export const AUDIT_QUESTIONS: readonly AuditQuestion[] = AUDIT_THEMES.flatMap((t) => t.questions);

const byId = new Map(AUDIT_QUESTIONS.map((q) => [q.id, q]));

/** The question of that id, undefined for an id no question has (a row from a newer or older questionnaire). */
export function auditQuestion(id: string): AuditQuestion | undefined {
  return byId.get(id);
}

/** The theme of that id. */
export function auditTheme(id: AuditThemeId): AuditTheme {
  return AUDIT_THEMES.find((t) => t.id === id) as AuditTheme;
}
