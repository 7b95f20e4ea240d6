/** How `valider` shows a report: French text for people, one JSON line per file for programs. */
import { basename } from "node:path";
import { parseCell, pointsToReview, topLeft, type Finding, type Register, type Report, type Severity } from "../register";
import { AUDIT_LEVELS, formatFrenchDate, registerReportJson, unreadableJson } from "../register";
import { report as t } from "./strings";

export interface FicheExtra {
  sheet: string;
  /** Short French labels of what the article 30 minimum still lacks. */
  missing: string[];
}

/** « Intermédiaire » for "intermediate". */
function auditLevelLabel(id: string): string {
  return AUDIT_LEVELS.find((l) => l.id === id)?.label ?? id;
}

/** « 07/12/2026 » for "2026-12-07". */
function isoToFrench(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `B17` → [17, 2] for sorting; anything else sorts last. */
function cellKey(cell: string): [number, number] {
  const at = parseCell(topLeft(cell));
  return at ? [at.row, at.col] : [Number.MAX_SAFE_INTEGER, 0];
}

function byPlace(a: Finding, b: Finding): number {
  const s = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (s !== 0) return s;
  const [ra, ca] = cellKey(a.cell);
  const [rb, cb] = cellKey(b.cell);
  return ra - rb || ca - cb;
}

/**
 * The French report of one file: verdict, counts, fiches with completeness and AIPD screening, then the
 * findings grouped by sheet in tab order (errors first, then top to bottom).
 */
export function formatReport(file: string, r: Report, sheetOrder: string[], extras: FicheExtra[] = []): string {
  const lines: string[] = [];
  lines.push(t.fileHeader(file));
  lines.push(t.verdict(r.verdict === "ready", r.summary.errors, pointsToReview(r.summary)));
  lines.push(t.summary(r.summary));
  lines.push(t.audit(r.audit && { score: r.audit.score, levelLabel: auditLevelLabel(r.audit.level), date: isoToFrench(r.audit.date) }));
  lines.push(t.incidents(r.incidents));
  lines.push(t.requests(r.requests));
  lines.push("");

  lines.push(t.fichesTitle);
  if (r.fiches.length === 0) lines.push(t.noFiche);
  const missingBySheet = new Map(extras.map((e) => [e.sheet, e.missing]));
  for (const f of r.fiches) {
    lines.push(t.ficheLine({ ...f, aipdDone: f.aipdDoneOn === undefined ? undefined : formatFrenchDate(f.aipdDoneOn) }));
    const missing = missingBySheet.get(f.sheet);
    if (missing && missing.length > 0 && f.completeness < 100) lines.push(t.missingLine(missing));
  }
  lines.push("");

  lines.push(t.findingsTitle);
  if (r.findings.length === 0) lines.push(t.noFinding);
  const groups = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const g = groups.get(f.sheet);
    if (g) g.push(f);
    else groups.set(f.sheet, [f]);
  }
  const rank = (sheet: string) => {
    const i = sheetOrder.indexOf(sheet);
    return i >= 0 ? i : sheetOrder.length;
  };
  const sheets = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
  const ficheBySheet = new Map(r.fiches.map((f) => [f.sheet, f]));
  for (const sheet of sheets) {
    const fiche = ficheBySheet.get(sheet);
    lines.push(fiche ? t.ficheSheetTitle(sheet, fiche.ref, fiche.name) : t.sheetTitle(sheet));
    for (const f of [...(groups.get(sheet) ?? [])].sort(byPlace)) {
      const severity = t.severity[f.severity];
      lines.push(
        f.cell ? t.findingLine({ severity, cell: f.cell, message: f.message, rule: f.rule }) : t.findingNoCell({ severity, message: f.message, rule: f.rule }),
      );
    }
  }
  return lines.join("\n");
}

/**
 * The JSON line of one file: the contract of src/register/report/schema.ts (`cpts-registre schema`).
 * The CPTS's name falls back on the file's name.
 */
export function reportJson(file: string, register: Register, r: Report): string {
  return JSON.stringify(registerReportJson(file, register, r, { fallbackName: basename(file) }));
}

/** The JSON line of a file that could not be read as a register. */
export function errorJson(file: string, message: string): string {
  return JSON.stringify(unreadableJson(file, message));
}
