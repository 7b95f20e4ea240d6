/**
 * Many registers' reports → one synthesis for SESAN: a line per register, the rules that hit most
 * registers, and every fiche. Pure: reads the reports as `valider --json` writes them (imported as
 * types only, so that zod stays with the faces that parse them).
 */
import { addMonthsClamped, REEVALUATE_AFTER_MONTHS } from "../audit/reevaluate";
import { isAuditLevelId } from "../audit/levels";
import { todaySerial, type Clock } from "../clock";
import { fromSerial, serialOfDay } from "../dates";
import type { Severity } from "../findings";
import { isRuleId, ruleInfo } from "../rules/catalogue";
import type { RegisterReportJson } from "../report/schema";
import type { FicheLine, FrequentFinding, RegisterRow, Synthesis, SynthesisEntry, SynthesisRow, UnreadableRow } from "./types";

const isoOfSerial = (serial: number): string => fromSerial(serial).toISOString().slice(0, 10);

/** The serial of an ISO day, or null. */
export function serialOfIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? serialOfDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const byName = (a: string, b: string): number => a.localeCompare(b, "fr", { sensitivity: "base", numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);

function registerRow(report: RegisterReportJson): RegisterRow {
  const completeness = report.fiches.map((f) => f.completeness);
  const auditSerial = report.audit ? serialOfIso(report.audit.date) : null;
  return {
    kind: "report",
    organisation: report.organisation,
    file: report.file,
    verdict: report.verdict,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    infos: report.summary.infos,
    fiches: report.fiches.length,
    meanCompleteness: completeness.length === 0 ? null : Math.round(completeness.reduce((a, b) => a + b, 0) / completeness.length),
    aipdRequired: report.fiches.filter((f) => f.aipd === "required").length,
    oldestUpdate: report.oldestUpdate,
    // A level this version does not know is not shown as one it does (the schema lets the report say any of four).
    audit:
      report.audit && auditSerial !== null && isAuditLevelId(report.audit.level)
        ? {
            date: report.audit.date,
            score: report.audit.score,
            level: report.audit.level,
            reevaluateBy: isoOfSerial(addMonthsClamped(auditSerial, REEVALUATE_AFTER_MONTHS)),
          }
        : null,
    incidents: { ...report.incidents },
    requests: { ...report.requests },
  };
}

/** Unreadable first (nothing is known of them), then not ready, then the most errors, the most warnings, then by name. */
function compareRows(a: SynthesisRow, b: SynthesisRow): number {
  if (a.kind === "unreadable") return b.kind === "unreadable" ? byName(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) : -1;
  if (b.kind === "unreadable") return 1;
  if (a.verdict !== b.verdict) return a.verdict === "not-ready" ? -1 : 1;
  return b.errors - a.errors || b.warnings - a.warnings || byName(a.organisation, b.organisation) || byName(a.file, b.file);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function severityOf(s: string): Severity {
  return s === "error" || s === "warning" ? s : "info";
}

function frequentFindings(reports: readonly RegisterReportJson[]): FrequentFinding[] {
  const byRule = new Map<string, FrequentFinding>();
  reports.forEach((report) => {
    const ficheSheets = new Set(report.fiches.map((f) => f.sheet));
    const seen = new Map<string, Set<string>>();
    for (const f of report.findings) {
      let entry = byRule.get(f.rule);
      if (!entry) {
        entry = {
          rule: f.rule,
          title: isRuleId(f.rule) ? ruleInfo(f.rule).title : f.message,
          severity: severityOf(f.severity),
          registers: 0,
          fiches: 0,
          findings: 0,
        };
        byRule.set(f.rule, entry);
      }
      if (SEVERITY_RANK[severityOf(f.severity)] < SEVERITY_RANK[entry.severity]) entry.severity = severityOf(f.severity);
      entry.findings++;
      let sheets = seen.get(f.rule);
      if (!sheets) {
        sheets = new Set();
        seen.set(f.rule, sheets);
        entry.registers++;
      }
      if (ficheSheets.has(f.sheet) && !sheets.has(f.sheet)) {
        sheets.add(f.sheet);
        entry.fiches++;
      }
    }
  });
  return [...byRule.values()].sort((a, b) => b.registers - a.registers || b.fiches - a.fiches || b.findings - a.findings || (a.rule < b.rule ? -1 : 1));
}

function ficheLines(report: RegisterReportJson): FicheLine[] {
  return report.fiches.map((f) => ({
    organisation: report.organisation,
    file: report.file,
    sheet: f.sheet,
    ref: f.ref,
    name: f.name,
    completeness: f.completeness,
    aipd: f.aipd,
    aipdDoneOn: f.aipdDoneOn ?? null,
    health: f.health,
    processors: [...new Set(f.processors.map((p) => (p.detail.trim() !== "" ? p.detail.trim() : p.kind.trim())).filter(Boolean))],
    tools: [...new Set(f.tools.map((t) => t.name))],
    updated: f.updated,
  }));
}

export interface SynthesisOptions {
  /** The day the synthesis is made, as its title says. */
  clock: Clock;
}

export function synthesise(entries: readonly SynthesisEntry[], options: SynthesisOptions): Synthesis {
  const reports = entries.flatMap((e) => (e.kind === "report" ? [e.report] : []));
  const unreadable: UnreadableRow[] = entries.flatMap((e) =>
    e.kind === "unreadable" ? [{ kind: "unreadable" as const, file: e.input, ...(e.line !== undefined ? { line: e.line } : {}), error: e.error }] : [],
  );
  const rows: SynthesisRow[] = [...unreadable, ...reports.map(registerRow)].sort(compareRows);
  const byOrganisation = [...reports].sort((a, b) => byName(a.organisation, b.organisation) || byName(a.file, b.file));
  const fiches = byOrganisation.flatMap(ficheLines);
  return {
    madeOn: isoOfSerial(todaySerial(options.clock)),
    totals: {
      inputs: entries.length,
      ready: reports.filter((r) => r.verdict === "ready").length,
      notReady: reports.filter((r) => r.verdict === "not-ready").length,
      unreadable: unreadable.length,
      fiches: fiches.length,
    },
    rows,
    frequent: frequentFindings(reports),
    fiches,
  };
}
