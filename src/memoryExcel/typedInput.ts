/**
 * How Excel turns a string written through `range.values` into a cell, as if it had been typed.
 *
 * Real Excel (French locale, the users' one): a string set in `range.values` is parsed exactly like
 * text typed in the cell, unless the cell's number format is Text (`"@"`) or the string starts with an
 * apostrophe. So "0612345678" becomes the number 612345678 (the leading zero is lost), "1/2" becomes
 * the 1st of February of this year, "12,5" the number 12.5, "50 %" 0.5, "VRAI" the boolean TRUE, and
 * "=…" (or "+abc", "-abc") a formula. An apostrophe prefix is not kept in the value: `'0612` reads
 * back as "0612". We imitate the French parsing rules that matter for a register (numbers with a
 * decimal comma and space thousands, percentages, day/month[/year] dates, times, booleans, formulas);
 * anything else stays text.
 */
import { serialOfDay } from "../register/dates";

export type ParsedInput =
  | { kind: "empty" }
  | { kind: "text"; value: string }
  | { kind: "number"; value: number; numberFormat?: string }
  | { kind: "boolean"; value: boolean }
  /** `formula` keeps its leading "=". */
  | { kind: "formula"; formula: string };

const NUMBER_RE = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?:[eE]([+-]?\d+))?$/;
const DATE_RE = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/;
const TIME_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function parseFrenchNumber(text: string): number | null {
  const m = NUMBER_RE.exec(text);
  if (!m) return null;
  const digits = m[2].replace(/[ \u00a0\u202f]/g, "");
  const n = Number(`${m[1]}${digits}${m[3] ? `.${m[3]}` : ""}${m[4] ? `e${m[4]}` : ""}`);
  return Number.isFinite(n) ? n : null;
}

/**
 * `today` gives the year Excel assumes for "1/2" (day/month with no year): the current year.
 */
export function parseTypedInput(input: string, today: Date = new Date()): ParsedInput {
  if (input === "") return { kind: "empty" };
  if (input.startsWith("'")) return { kind: "text", value: input.slice(1) };
  if (input.length > 1 && input.startsWith("=")) return { kind: "formula", formula: input };
  const t = input.trim();
  if (t === "") return { kind: "text", value: input };

  const n = parseFrenchNumber(t);
  if (n !== null) return { kind: "number", value: n };

  const pct = /^(.*?)\s*%$/.exec(t);
  if (pct) {
    const p = parseFrenchNumber(pct[1]);
    if (p !== null) return { kind: "number", value: p / 100, numberFormat: "0%" };
  }

  const d = DATE_RE.exec(t);
  if (d) {
    let year = today.getFullYear();
    if (d[3] !== undefined) {
      year = Number(d[3]);
      if (d[3].length === 2) year += year < 30 ? 2000 : 1900;
    }
    const serial = serialOfDay(year, Number(d[2]), Number(d[1]));
    if (serial !== null) return { kind: "number", value: serial, numberFormat: d[3] === undefined ? "d-mmm" : "dd/mm/yyyy" };
  }

  const tm = TIME_RE.exec(t);
  if (tm) {
    const h = Number(tm[1]);
    const mi = Number(tm[2]);
    const s = Number(tm[3] ?? 0);
    if (h < 24 && mi < 60 && s < 60) return { kind: "number", value: (h * 3600 + mi * 60 + s) / 86400, numberFormat: "hh:mm" };
  }

  const upper = t.toUpperCase();
  if (upper === "VRAI") return { kind: "boolean", value: true };
  if (upper === "FAUX") return { kind: "boolean", value: false };

  // "+abc" or "-abc" typed in a cell is taken as a formula (Excel shows #NOM?): a classic way a
  // text starting with a dash is lost.
  if (t.length > 1 && (t.startsWith("+") || t.startsWith("-"))) return { kind: "formula", formula: `=${t}` };

  return { kind: "text", value: input };
}

/** True when a string written through `range.values` would not stay the same text in a General cell. */
export function wouldBeReinterpreted(input: string): boolean {
  const p = parseTypedInput(input);
  return !(p.kind === "text" && p.value === input) && p.kind !== "empty";
}
