/**
 * Checks the corpus the way the command line does (`snapshotOf(await loadXlsx(bytes))` then
 * `validateWorkbook`) on a fixed day, and scores it: each planted mistake is found when a finding has
 * its sheet, cell, rule and severity; every error or warning that no plant expects is a false alarm
 * (on a correct register, every error and warning is one). Conseils (info) never count against us.
 */
import { fixedClock, formatFrenchDate, parseCell, validateWorkbook, type Finding, type ValidateOptions, type WorkbookSnapshot } from "../../src/register";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { buildRegistre, type Attendu } from "./build";
import { CORPUS_INSTANT, CORPUS_TIME_ZONE } from "./instant";
import type { RegistreSaisi } from "./saisie";

export { CORPUS_INSTANT };

/** Options of the check: the one place that knows how the engine is given the day. */
export function checkOptions(): ValidateOptions {
  return { clock: fixedClock(CORPUS_INSTANT, CORPUS_TIME_ZONE) };
}

export interface Manque extends Attendu {
  /** What the engine said at that cell instead, if anything (rule and severity). */
  instead: string[];
}

export interface Resultat {
  id: string;
  qui: string;
  correct: boolean;
  planted: number;
  found: Attendu[];
  missed: Manque[];
  falseAlarms: Finding[];
  verdict: "ready" | "not-ready";
  /** The report's findings, all of them (for the details). */
  findings: Finding[];
  /** Planted values that are not in their cell of the file read back (a bug of the corpus builder). */
  drift: string[];
}

const keyOf = (x: { sheet: string; cell: string; rule: string }): string => `${x.sheet}\u0000${x.cell}\u0000${x.rule}`;

/** Scores one report against the plants. */
export function score(saisie: RegistreSaisi, attendus: readonly Attendu[], findings: readonly Finding[], verdict: "ready" | "not-ready"): Resultat {
  const bySeverity = new Map<string, Set<string>>();
  for (const f of findings) {
    const k = keyOf(f);
    const s = bySeverity.get(k) ?? new Set<string>();
    s.add(f.severity);
    bySeverity.set(k, s);
  }
  const found: Attendu[] = [];
  const missed: Manque[] = [];
  const expected = new Set<string>();
  for (const a of attendus) {
    const k = keyOf(a);
    expected.add(`${k}\u0000${a.severity}`);
    if (bySeverity.get(k)?.has(a.severity)) found.push(a);
    else {
      const instead = findings.filter((f) => f.sheet === a.sheet && f.cell === a.cell).map((f) => `${f.rule} (${f.severity})`);
      missed.push({ ...a, instead });
    }
  }
  const falseAlarms = findings.filter((f) => f.severity !== "info" && !expected.has(`${keyOf(f)}\u0000${f.severity}`));
  return {
    id: saisie.id,
    qui: saisie.qui,
    correct: saisie.correct,
    planted: attendus.length,
    found,
    missed,
    falseAlarms,
    verdict,
    findings: [...findings],
    drift: [],
  };
}

/** What a cell of the file read back shows (dates as dd/mm/yyyy, like the person typed them). */
function shownAt(snapshot: WorkbookSnapshot, sheet: string, cell: string): string {
  const pos = parseCell(cell);
  const value = pos ? snapshot.sheets.find((s) => s.name === sheet)?.values[pos.row - 1]?.[pos.col - 1] : undefined;
  if (value === undefined || value === null) return "";
  return typeof value === "number" ? formatFrenchDate(value) : String(value).trim();
}

/** Each planted value must be in the file at the cell where its finding is expected. */
export function drift(snapshot: WorkbookSnapshot, attendus: readonly Attendu[]): string[] {
  return attendus
    .filter((a) => shownAt(snapshot, a.sheet, a.cell) !== a.value.trim())
    .map((a) => `${a.sheet}!${a.cell} : le corpus y a planté « ${a.value} » (${a.rule}), le fichier relu y montre « ${shownAt(snapshot, a.sheet, a.cell)} »`);
}

/** Builds, reads back and checks one register. */
export async function checkRegistre(saisie: RegistreSaisi): Promise<Resultat> {
  const built = await buildRegistre(saisie);
  const snapshot = snapshotOf(await loadXlsx(built.bytes));
  const report = validateWorkbook(snapshot, checkOptions());
  return { ...score(saisie, built.attendus, report.findings, report.verdict), drift: drift(snapshot, built.attendus) };
}

export interface Totaux {
  registers: number;
  correct: number;
  planted: number;
  found: number;
  missed: number;
  falseAlarms: number;
  /** Found / planted, in %, one decimal. */
  recall: number;
}

export function totals(results: readonly Resultat[]): Totaux {
  const planted = results.reduce((n, r) => n + r.planted, 0);
  const found = results.reduce((n, r) => n + r.found.length, 0);
  return {
    registers: results.length,
    correct: results.filter((r) => r.correct).length,
    planted,
    found,
    missed: planted - found,
    falseAlarms: results.reduce((n, r) => n + r.falseAlarms.length, 0),
    recall: planted === 0 ? 100 : Math.round((found / planted) * 1000) / 10,
  };
}
