/**
 * Small codecs of the sheet reader: cell references as written in `r`, ISO 8601 dates (`t="d"`)
 * as serials, and a list rule's formula as Office.js gives its source.
 */
import { MAX_COLS, MAX_ROWS, parseAddress, toSerial, type Rect } from "../../../register";

/** Days between the 1900 and the 1904 date systems: a 1904 serial + 1462 is the 1900 serial. */
export const OFFSET_1904 = 1462;

export interface CellRef {
  row: number;
  col: number;
}

/**
 * `B4` → { row: 4, col: 2 }, by hand rather than by a regular expression: it runs once per cell of
 * every sheet. `$` signs are not allowed here (a cell's own reference has none). Null when malformed
 * or outside the sheet.
 */
export function parseCellRef(ref: string): CellRef | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  if (i === 0 || i === ref.length || i > 3) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  if (row < 1 || row > MAX_ROWS || col > MAX_COLS) return null;
  return { row, col };
}

/**
 * A merge's or a dropdown's range: `B4:C6` and `B4` quickly, whole rows and columns (`B:B`, `5:5`)
 * and `$` signs through the engine's general parser. Null when it is not a range of this sheet.
 */
export function rectOfRef(ref: string): Rect | null {
  const colon = ref.indexOf(":");
  const a = parseCellRef(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : parseCellRef(ref.slice(colon + 1));
  if (a && b) return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  return parseAddress(ref.trim());
}

/** The row number alone, from a row's `r` (digits only). */
export function parseRowNumber(text: string): number | null {
  if (text.length === 0 || text.length > 7) return null;
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  return row >= 1 && row <= MAX_ROWS ? row : null;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;
const ISO_TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;

function timeOfDayMs(h: string | undefined, m: string | undefined, s: string | undefined, fraction: string | undefined): number | null {
  const hours = Number(h ?? 0);
  const minutes = Number(m ?? 0);
  const seconds = Number(s ?? 0);
  if (hours > 24 || minutes > 59 || seconds > 60) return null;
  const ms = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/**
 * An ISO 8601 date or time of a `t="d"` cell (SheetJS and others write them) → its serial in the
 * 1900 system, time of day as the fraction: `2018-05-26` → 43246, `2024-02-29T12:00:00Z` → 45351.5,
 * `10:30:00` → 0.4375. The zone designator is ignored: Excel shows the wall-clock time written.
 * Null when the text is not such a date (or falls before 1899-12-30, which Excel cannot show).
 */
export function isoDateSerial(text: string): number | null {
  const t = text.trim();
  const time = ISO_TIME.exec(t);
  if (time) {
    const ms = timeOfDayMs(time[1], time[2], time[3], time[4]);
    return ms === null ? null : ms / MS_PER_DAY;
  }
  const m = ISO_DATE.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = timeOfDayMs(m[4], m[5], m[6], m[7]);
  if (ms === null || month < 1 || month > 12 || day < 1) return null;
  const midnight = Date.UTC(year, month - 1, day);
  const check = new Date(midnight);
  if (check.getUTCFullYear() !== year || check.getUTCDate() !== day) return null;
  if (midnight < EPOCH_1899_12_30) return null;
  // 1899-12-30 and 1899-12-31 are how writers store a time without a day: serial 0 plus the time.
  if (midnight < Date.UTC(1900, 0, 1)) return ms / MS_PER_DAY;
  const serial = toSerial(new Date(midnight));
  return serial + ms / MS_PER_DAY;
}

/**
 * A list rule's formula, as stored, → Office.js `rule.list.source`: an inline list loses its quotes
 * (`"Oui,Non"` → `Oui,Non`, doubled quotes undoubled), a reference or a name gets its `=`. Null for
 * an empty formula. The same reading as the ExcelJS adapter's `listSource`.
 */
export function listSource(formula: string): string | null {
  const f = formula.trim();
  if (f === "") return null;
  if (f.length >= 2 && f.startsWith('"') && f.endsWith('"')) return f.slice(1, -1).replace(/""/g, '"');
  return f.startsWith("=") ? f : `=${f}`;
}
