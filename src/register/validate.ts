/**
 * Runs every rule family over a register and gathers the report: findings sorted errors first, then
 * warnings, then conseils, and inside a severity by the sheets' tab order then row (so that every face
 * that lists them, grouped by sheet or not, shows what blocks the sending first); the findings the CPTS
 * set aside for good left out (./setAside.ts, counted in `summary.setAside`); counts, the verdict (ready
 * iff no error), and each fiche's completeness and AIPD.
 */
import { checkBreaches } from "./rules/breaches";
import type { Finding, FicheSummary, Report } from "./findings";
import type { Register } from "./model";
import type { WorkbookSnapshot } from "./snapshot";
import type { Clock } from "./clock";
import { readRegister } from "./read";
import { completeness } from "./completeness";
import { screenAipd } from "./aipd";
import { aipdDoneOn } from "./aipdDone/sheet";
import { colOf, rowOf } from "./address";
import { createContext, type RawFinding } from "./rules/context";
import { checkArt30 } from "./rules/art30";
import { checkDropdowns } from "./rules/dropdowns";
import { checkRetention } from "./rules/retention";
import { checkTransfers } from "./rules/transfers";
import { checkHealth } from "./rules/health";
import { checkConsistency } from "./rules/consistency";
import { checkLegal } from "./rules/legal";
import { checkFreshness } from "./rules/freshness";
import { checkAudit } from "./rules/audit";
import { checkStructure } from "./rules/structure";
import { checkAipd } from "./rules/aipd";
import { checkTools } from "./rules/tools";
import { checkSecurity } from "./rules/security";
import { checkSetAsideSheet } from "./rules/setAsideSheet";
import { leaveOutSetAside } from "./setAside";
import type { Severity } from "./findings";
import { auditSummary } from "./audit/summary";
import { incidentSummary } from "./breaches/deadline";
import { requestSummary } from "./requests/summary";
import { checkRequests } from "./rules/requests";

export interface ValidateOptions {
  /** The clock whose calendar day is « today » for the checks (freshness, adequacy decisions in force). */
  clock: Clock;
  /** The workbook's sheet names in tab order, to sort findings (validateWorkbook passes the snapshot's). */
  sheetOrder?: readonly string[];
}

const FAMILIES = [
  checkStructure,
  checkSetAsideSheet,
  checkArt30,
  checkConsistency,
  checkDropdowns,
  checkRetention,
  checkTransfers,
  checkHealth,
  checkTools,
  checkLegal,
  checkSecurity,
  checkAipd,
  checkFreshness,
  checkBreaches,
  checkRequests,
  checkAudit,
];

function runRules(register: Register, clock: Clock): RawFinding[] {
  const ctx = createContext(register, clock);
  for (const family of FAMILIES) family(ctx);
  return ctx.findings;
}

/** Tab order known from the register alone: tutorial, list tab, the model-shaped sheets, the list tab of lists. */
function registerSheetOrder(register: Register): string[] {
  const names = [register.tabs.tutorial, register.tabs.list, ...register.fiches.map((f) => f.sheet), register.tabs.lists];
  return names.filter((n): n is string => typeof n === "string");
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function sortFindings(findings: RawFinding[], order: readonly string[]): RawFinding[] {
  const rank = new Map<string, number>();
  order.forEach((name, i) => {
    if (!rank.has(name)) rank.set(name, i);
  });
  const keyed = findings.map((f, i) => ({ f, i, v: SEVERITY_RANK[f.severity], s: rank.get(f.sheet) ?? order.length, r: rowOf(f.cell), c: colOf(f.cell) }));
  keyed.sort((a, b) => a.v - b.v || a.s - b.s || a.r - b.r || a.c - b.c || a.i - b.i);
  return keyed.map((k) => k.f);
}

function strip(f: RawFinding): Finding {
  const out: Finding = { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
  if (f.fix) out.fix = f.fix;
  return out;
}

function buildReport(findings: RawFinding[], fiches: FicheSummary[], setAside: number, register: Register, clock: Clock): Report {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return {
    verdict: errors === 0 ? "ready" : "not-ready",
    summary: { errors, warnings, infos, fiches: fiches.length, setAside },
    fiches,
    findings: findings.map(strip),
    audit: auditSummary(register.audit),
    incidents: incidentSummary(register.breaches, clock),
    requests: requestSummary(register.requests, clock),
  };
}

function summaries(register: Register, only?: string): FicheSummary[] {
  return register.fiches
    .filter((f) => f.kind === "fiche" && (only === undefined || f.sheet === only))
    .map((f) => {
      const summary: FicheSummary = {
        sheet: f.sheet,
        ref: f.ref.value.trim(),
        name: f.name.value.trim(),
        completeness: completeness(f).score,
        aipd: screenAipd(f),
      };
      const doneOn = aipdDoneOn(register.aipdDone, f.ref.value);
      if (doneOn !== null) summary.aipdDoneOn = doneOn;
      return summary;
    });
}

/** Checks a whole register. */
export function validateRegister(register: Register, options: ValidateOptions): Report {
  const { kept, setAside } = leaveOutSetAside(runRules(register, options.clock), register);
  const findings = sortFindings(kept, options.sheetOrder ?? registerSheetOrder(register));
  return buildReport(findings, summaries(register), setAside, register, options.clock);
}

/** Reads then checks a workbook. Throws NotARegisterError (French message) when it is not a register. */
export function validateWorkbook(snapshot: WorkbookSnapshot, options: ValidateOptions): Report {
  const register = readRegister(snapshot);
  return validateRegister(register, { ...options, sheetOrder: options.sheetOrder ?? snapshot.sheets.map((s) => s.name) });
}

/**
 * "Vérifier cette feuille": the findings of one sheet. For a fiche, that includes its line of tab 2
 * (the tab-2 findings about it); for tab 2 or any other sheet, the findings located on it.
 */
export function validateSheet(register: Register, sheet: string, options: ValidateOptions): Report {
  const all = runRules(register, options.clock);
  const isFiche = register.fiches.some((f) => f.sheet === sheet);
  const mine = all.filter((f) => f.sheet === sheet || (isFiche && f.about === sheet));
  const { kept, setAside } = leaveOutSetAside(mine, register);
  const findings = sortFindings(kept, options.sheetOrder ?? registerSheetOrder(register));
  return buildReport(findings, summaries(register, sheet), setAside, register, options.clock);
}
