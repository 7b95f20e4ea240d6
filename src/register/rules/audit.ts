/**
 * The cyber self-audit (« Auto-diagnostic cyber », read by ../audit/sheet.ts): a conseil while there is
 * none; a warning at the last run's date once its six months are past; its unreadable cells; and what
 * the last run and the register say of each other: a fiche announcing backups while the audit says no
 * tested backup, a fiche holding health data while the audit says no HDS hosting, an incident in the
 * audit while the breach register is empty.
 */
import type { AuditRun } from "../audit/model";
import { lastDatedRun } from "../audit/sheet";
import { reevaluateBy } from "../audit/reevaluate";
import {
  BACKUP_QUESTION_ID,
  HDS_QUESTION_ID,
  INCIDENT_HAPPENED_CHOICES,
  INCIDENT_QUESTION_ID,
  NO_HDS_CHOICES,
  NO_TESTED_BACKUP_CHOICES,
  NO_HEALTH_DATA_CHOICE,
} from "../audit/crossChecks";
import type { Fiche } from "../model";
import { formatFrenchDate } from "../dates";
import { foldWords, hasWord, healthRow, type RuleContext } from "./context";
import { ficheProfile } from "./profile";
import { report } from "./report";

/** How the CNIL's list names the measure (« Sauvegarde des données »), and how users write it. */
const BACKUP_WORDS = ["sauvegarde", "sauvegardes", "backup", "backups"];

/** Where workbook-level findings go: tab 2's A1, else the first fiche's (as the structure rules do). */
function workbookCell(ctx: RuleContext): { sheet: string; cell: string } | null {
  const sheet = ctx.register.listTab?.sheet ?? ctx.register.fiches[0]?.sheet ?? ctx.register.tabs.model ?? ctx.register.tabs.tutorial;
  return sheet ? { sheet, cell: "A1" } : null;
}

/** The cell of the fiche's first measure that names a backup, or null. */
function backupMeasureCell(fiche: Fiche): string | null {
  const row = fiche.measures.find((m) => hasWord(foldWords(`${m.value.value} | ${m.detail.value}`), BACKUP_WORDS));
  return row ? row.value.cell : null;
}

/** The cell where the fiche names its health data: its own row, else the first row where it was typed (as rules/health.ts). */
function healthCell(fiche: Fiche): string {
  const profile = ficheProfile(fiche);
  const own = healthRow(fiche);
  if (profile.healthInItsRow && own) return own.description.cell;
  return profile.healthElsewhere[0]?.row.description.cell ?? own?.description.cell ?? fiche.name.cell;
}

function crossCheck(ctx: RuleContext, run: AuditRun): void {
  const date = run.date === null ? "(date illisible)" : formatFrenchDate(run.date);
  const backup = run.answers[BACKUP_QUESTION_ID];
  if (backup !== undefined && NO_TESTED_BACKUP_CHOICES.includes(backup)) {
    for (const fiche of ctx.fiches) {
      const cell = backupMeasureCell(fiche);
      if (cell) report(ctx, "audit.backup-untested", fiche.sheet, cell, { date, untested: backup === "non-testee" });
    }
  }
  const hds = run.answers[HDS_QUESTION_ID];
  const noneHeld = hds === NO_HEALTH_DATA_CHOICE;
  if (hds !== undefined && (NO_HDS_CHOICES.includes(hds) || noneHeld)) {
    for (const fiche of ctx.fiches) {
      const profile = ficheProfile(fiche);
      // Staff's health data (sick leaves in an HR fiche) is not hosted for care: HDS does not apply (as health.hds-missing).
      if (profile.holdsHealthData && !profile.staffOnly) report(ctx, "audit.hds-missing", fiche.sheet, healthCell(fiche), { date, noneHeld });
    }
  }
  const incident = run.answers[INCIDENT_QUESTION_ID];
  const answerCell = run.answerCells[INCIDENT_QUESTION_ID];
  if (incident !== undefined && INCIDENT_HAPPENED_CHOICES.includes(incident) && answerCell && (ctx.register.breaches?.entries.length ?? 0) === 0) {
    report(ctx, "audit.incident-unrecorded", run.sheet, answerCell, { date });
  }
}

export function checkAudit(ctx: RuleContext): void {
  const book = ctx.register.audit;
  for (const p of book?.problems ?? []) report(ctx, "audit.unreadable", p.sheet, p.cell, { sheet: p.sheet, problem: p.problem });
  const runs = book?.runs ?? [];
  if (runs.length === 0) {
    const at = workbookCell(ctx);
    if (at) report(ctx, "audit.none", at.sheet, at.cell, {});
    return;
  }
  const dated = lastDatedRun(book);
  const due = dated ? reevaluateBy(dated) : null;
  if (dated && dated.date !== null && due !== null && ctx.todaySerial > due) {
    report(ctx, "audit.reevaluate", dated.sheet, dated.dateCell, { date: formatFrenchDate(dated.date), due: formatFrenchDate(due) });
  }
  // The most recent answers, even when the run's date was spoilt (that is reported above).
  crossCheck(ctx, runs[runs.length - 1]);
}
