/**
 * The report as `valider --json` writes it (schema.ts): the engine's report plus what a reader such as
 * SESAN needs per register and per fiche. Pure, and free of zod: the shape is the schema's inferred
 * type, imported as a type only, so that the two cannot drift.
 */
import type { Report } from "../findings";
import type { Fiche, Register } from "../model";
import type { FicheJson, RegisterReportJson, UnreadableJson } from "./schema";
import { fromSerial } from "../dates";
import { choiceFilled, foldWords } from "../rules/context";
import { ficheProfile } from "../rules/profile";
import { toolsNamed } from "../rules/tools";

/** schema.ts's SCHEMA_VERSION (importing it would bring zod along; the literal type makes a mismatch fail to compile). */
const SCHEMA_VERSION = 1;

/** An Excel serial as an ISO day, or null. */
function isoDay(serial: number | null): string | null {
  if (serial === null || !Number.isFinite(serial)) return null;
  return fromSerial(Math.floor(serial)).toISOString().slice(0, 10);
}

/** The recipients rows of kind « Sous-traitants », with their précision. */
function processors(fiche: Fiche): FicheJson["processors"] {
  return fiche.recipients
    .filter((r) => choiceFilled(r) && foldWords(r.value.value).includes(" sous traitant"))
    .map((r) => ({ kind: r.value.value.trim(), detail: r.detail.value.trim(), cell: r.value.cell }));
}

/**
 * The CPTS's name: the « Responsable du traitement » the fiches name (the most frequent, the first
 * on a tie), else the organisation of tab 2's header, else the file name.
 */
export function organisationName(register: Register, fileName: string): string {
  const counts = new Map<string, number>();
  for (const f of register.fiches) {
    if (f.kind !== "fiche") continue;
    const name = f.controller?.name.value.trim() ?? "";
    if (name !== "") counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = "";
  for (const [name, n] of counts) if (n > (counts.get(best) ?? 0)) best = name;
  if (best !== "") return best;
  const c = register.listTab?.controller;
  const header = c
    ? [c.firstName.value, c.name.value]
        .map((v) => v.trim())
        .filter(Boolean)
        .join(" ")
    : "";
  return header !== "" ? header : fileName;
}

export interface ReportJsonOptions {
  /** The CPTS's name when neither the fiches nor tab 2 give one (the CLI passes the file's name). */
  fallbackName?: string;
}

/** The tools of the tools catalogue the fiche names, with the cell where each is first named (the tools rules' own reading). */
function tools(fiche: Fiche): FicheJson["tools"] {
  return toolsNamed(fiche).map(({ tool, cell }) => ({ name: tool.name, cell }));
}

export function registerReportJson(file: string, register: Register, report: Report, extras: ReportJsonOptions = {}): RegisterReportJson {
  const bySheet = new Map(register.fiches.map((f) => [f.sheet, f] as const));
  const fiches: FicheJson[] = report.fiches.map((s) => {
    const f = bySheet.get(s.sheet);
    return {
      sheet: s.sheet,
      ref: s.ref,
      name: s.name,
      completeness: Math.round(s.completeness),
      aipd: s.aipd,
      aipdDoneOn: isoDay(s.aipdDoneOn ?? null),
      // Health data wherever it was typed (« ALD » in « Vie personnelle » too), as every health rule reads it.
      health: f ? ficheProfile(f).holdsHealthData : false,
      processors: f ? processors(f) : [],
      tools: f ? tools(f) : [],
      created: isoDay(f?.created.serial ?? null),
      updated: isoDay(f?.updated.serial ?? null),
    };
  });
  const updates = fiches
    .map((f) => f.updated)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    schemaVersion: SCHEMA_VERSION,
    file,
    organisation: organisationName(register, extras.fallbackName ?? file),
    oldestUpdate: updates[0] ?? null,
    verdict: report.verdict,
    summary: { ...report.summary },
    fiches,
    findings: report.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message })),
    audit: report.audit ? { ...report.audit } : null,
    incidents: { ...report.incidents },
    requests: { ...report.requests },
  };
}

export function unreadableJson(file: string, error: string): UnreadableJson {
  return { schemaVersion: SCHEMA_VERSION, file, error };
}
