/**
 * Sheet names Excel accepts: at most 31 characters (UTF-16 units), none of `\ / ? * [ ] :`, no
 * apostrophe at either end, not empty, not "History" (reserved by Excel), unique without regard to case.
 */
import { readTexts } from "./messages/read";

export const SHEET_NAME_MAX = 31;

const FORBIDDEN = /[\\/?*[\]:]/g;
// eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet name: finding them is the point.
const CONTROL = /[\u0000-\u001f\u007f]/g;
const RESERVED = new Set(["history"]);

/** Cuts to `max` UTF-16 units without splitting a surrogate pair, at a word end when one is near. */
export function truncateSheetName(s: string, max: number = SHEET_NAME_MAX): string {
  if (s.length <= max) return tidyEnds(s);
  let cut = max;
  // A high surrogate as the last kept unit would leave half a character.
  if (cut > 0 && /[\ud800-\udbff]/.test(s.charAt(cut - 1))) cut--;
  let head = s.slice(0, cut);
  const space = head.lastIndexOf(" ");
  // Cut at the last word boundary unless that throws away more than half of the room: a tab named
  // "Soins non programmés" reads better than "Soins non programmés participat".
  if (space >= Math.ceil(max * 0.5) && s.charAt(cut) !== " ") head = head.slice(0, space);
  return tidyEnds(head);
}

function tidyEnds(s: string): string {
  return s.replace(/^[\s']+/, "").replace(/[\s'\-_,.;]+$/, "");
}

/** A processing's name made acceptable as a sheet name (not yet unique). */
export function sanitizeSheetName(raw: string): string {
  const cleaned = raw.replace(CONTROL, " ").replace(FORBIDDEN, " ").replace(/\s+/g, " ");
  return truncateSheetName(tidyEnds(cleaned)) || readTexts.defaultSheetName;
}

function key(name: string): string {
  return name.toLocaleLowerCase("fr");
}

/**
 * `base` if free, else `base (2)`, `base (3)`… with the base cut so the whole stays ≤ 31 characters,
 * the way Excel names copies.
 */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set<string>(RESERVED);
  for (const n of existing) taken.add(key(n));
  const start = truncateSheetName(base) || readTexts.defaultSheetName;
  if (!taken.has(key(start))) return start;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${truncateSheetName(start, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** The sheet name for a new fiche: derived from the processing's name, unique in the workbook. */
export function sheetNameFor(processingName: string, existing: Iterable<string>): string {
  return uniqueSheetName(sanitizeSheetName(processingName), existing);
}
