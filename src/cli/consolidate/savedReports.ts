/**
 * Reading saved reports (`valider --json > rapports.jsonl`) back through the report's contract, the zod
 * schemas of src/register/report/schema.ts: one line, one register. Also a file that is one JSON array
 * of lines, or one pretty-printed line. Whatever a line holds, reading never throws: a line that does
 * not keep the contract is an unreadable entry whose French message names the file, the line and the
 * field (« rapports.jsonl, ligne 3 : summary.errors : nombre entier attendu »), and a report written in
 * a newer format says so.
 */
import type { z } from "zod";
import { RegisterReportJson, SCHEMA_VERSION, UnreadableJson } from "../../register/report/schema";
import { readInput } from "../io";
import { savedReportField as field, savedReportTexts as t } from "../strings";
import type { ConsolidationEntry } from "./entries";

type Where = { line?: number; element?: number };

/** The value found at an issue's path, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** `fiches[0].completeness`, as a reader of the JSON finds it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : `${i > 0 ? "." : ""}${String(k)}`)).join("");
}

function shown(v: unknown): string {
  if (typeof v === "string") return `« ${v.length > 40 ? `${v.slice(0, 39)}…` : v} »`;
  if (Array.isArray(v)) return "une liste";
  if (v === null) return "null";
  if (typeof v === "object") return "un objet";
  return typeof v === "number" || typeof v === "boolean" ? String(v) : typeof v;
}

/** One zod issue in French: what the field should hold (and what it held). */
export function issueText(issue: z.core.$ZodIssue, data: unknown): string {
  const found = valueAt(data, issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const expected = field.expected(issue.expected);
      return found === undefined ? field.missing(expected) : field.received(expected, shown(found));
    }
    case "too_small":
      return field.atLeast(issue.minimum, issue.origin === "array");
    case "too_big":
      return field.atMost(issue.maximum, issue.origin === "array");
    case "invalid_format":
      return issue.format === "regex" && String(issue.pattern ?? "").includes("\\d{4}") ? field.received(field.date, shown(found)) : field.format;
    case "invalid_value":
      return found === undefined ? field.missing(field.oneOf(issue.values)) : field.received(field.oneOf(issue.values), shown(found));
    default:
      return field.invalid;
  }
}

/** One parsed value → an entry. `input` is the saved report's file. */
export function entryOfValue(value: unknown, input: string, where: Where): ConsolidationEntry {
  const at = t.at(input, where);
  const refused = (message: string): ConsolidationEntry => ({
    kind: "unreadable",
    input,
    ...(where.line !== undefined ? { line: where.line } : {}),
    error: t.line(at, message),
  });
  if (value === null || typeof value !== "object" || Array.isArray(value)) return refused(t.notObject);
  const version = (value as Record<string, unknown>).schemaVersion;
  if (version === undefined) return refused(t.noVersion);
  if (version !== SCHEMA_VERSION) {
    return refused(
      typeof version === "number" && Number.isInteger(version) && version > SCHEMA_VERSION
        ? t.newerVersion(version, SCHEMA_VERSION)
        : t.unknownVersion(JSON.stringify(version)),
    );
  }
  // A line of an unreadable file has its `error` and no verdict; anything else is read as a register's report.
  const isUnreadable = "error" in value && !("verdict" in value);
  const parsed = isUnreadable ? UnreadableJson.safeParse(value) : RegisterReportJson.safeParse(value);
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    return refused(t.field(fieldPath(first.path), issueText(first, value), parsed.error.issues.length - 1));
  }
  const ok = parsed.data;
  if ("error" in ok) return refused(t.registerWasUnreadable(ok.file, ok.error));
  return { kind: "report", input, ...(where.line !== undefined ? { line: where.line } : {}), report: ok };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * The entries of a saved report's text: one JSON object per line (blank lines skipped), or the whole
 * text one JSON array of them, or one object written over several lines.
 */
export function parseSavedReports(text: string, input: string): ConsolidationEntry[] {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return [{ kind: "unreadable", input, error: t.line(input, t.empty) }];
  const lines = body.split(/\r?\n/);
  const firstLine = lines.findIndex((l) => l.trim() !== "");
  if (body.trimStart().startsWith("[") || !parseJson(lines[firstLine]).ok) {
    const whole = parseJson(body);
    if (whole.ok) {
      if (Array.isArray(whole.value)) return whole.value.map((v, i) => entryOfValue(v, input, { element: i + 1 }));
      return [entryOfValue(whole.value, input, { line: firstLine + 1 })];
    }
  }
  return lines.flatMap((l, i): ConsolidationEntry[] => {
    if (l.trim() === "") return [];
    const line = i + 1;
    const parsed = parseJson(l);
    return [parsed.ok ? entryOfValue(parsed.value, input, { line }) : { kind: "unreadable", input, line, error: t.line(t.at(input, { line }), t.notJson) }];
  });
}

/** A saved report file → its entries; a file that cannot be read is one unreadable entry. */
export function readSavedReports(file: string): ConsolidationEntry[] {
  const read = readInput(file);
  if (!read.ok) return [{ kind: "unreadable", input: file, error: read.message }];
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(read.data);
  } catch {
    return [{ kind: "unreadable", input: file, error: t.line(file, t.notText) }];
  }
  return parseSavedReports(text, file);
}
