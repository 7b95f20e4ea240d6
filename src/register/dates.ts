/**
 * Excel dates, 1900 system, as Office.js gives them: serial 1 = 1900-01-01, and Excel's (Lotus's) leap
 * bug kept: serial 60 is the non-existent 29/02/1900, serial 61 = 1900-03-01. From 61 on, a serial is
 * the number of days since 1899-12-30. Everything is computed in UTC so that the result does not depend
 * on the machine's time zone.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
const EPOCH_1899_12_31 = Date.UTC(1899, 11, 31);
const MARCH_1_1900 = Date.UTC(1900, 2, 1);

/** The serial of a Date's UTC calendar day and time (fractional part = time of day). */
export function toSerial(date: Date): number {
  const t = date.getTime();
  if (t >= MARCH_1_1900) return (t - EPOCH_1899_12_30) / MS_PER_DAY;
  return (t - EPOCH_1899_12_31) / MS_PER_DAY;
}

/** The Date (UTC) of a serial. Serial 60 (29/02/1900, which never existed) gives 28/02/1900. */
export function fromSerial(n: number): Date {
  if (n >= 61) return new Date(EPOCH_1899_12_30 + n * MS_PER_DAY);
  if (n >= 60) return new Date(EPOCH_1899_12_31 + 59 * MS_PER_DAY + (n - 60) * MS_PER_DAY);
  return new Date(EPOCH_1899_12_31 + n * MS_PER_DAY);
}

/** The serial of a calendar day (month 1–12), or null when that day does not exist. */
export function serialOfDay(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return toSerial(d);
}

/**
 * A date typed as text: `26/05/2018`, `26/5/18`, `26-05-2018`, `26.05.2018`, ISO `2018-05-26`
 * (with or without a time). Two-digit years follow Excel: 00–29 → 20xx, 30–99 → 19xx.
 * Returns the whole-day serial, or null.
 */
export function parseDateText(text: string): number | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) return serialOfDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(t);
  if (!m) return null;
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 30 ? 2000 : 1900;
  return serialOfDay(year, Number(m[2]), Number(m[1]));
}

/**
 * The days the add-in's own sheets hold, as serials: 01/01/1990 to 31/12/2199. A number outside, in a
 * date column of theirs, is not a date (a typed amount, a row number) and a date asked for outside is refused.
 */
export const OWNED_SHEET_DAYS = { first: 32874, last: 109574 } as const;

/** `serial` is a day an owned sheet may hold (OWNED_SHEET_DAYS). */
export function isOwnedSheetDay(serial: number): boolean {
  return Number.isFinite(serial) && serial >= OWNED_SHEET_DAYS.first && serial <= OWNED_SHEET_DAYS.last;
}

/** A cell of an owned sheet read as a whole day: a serial in range, or a date typed as text; null otherwise. */
export function ownedSheetDayOf(v: unknown): number | null {
  if (typeof v === "number") return isOwnedSheetDay(v) ? Math.floor(v) : null;
  if (typeof v !== "string") return null;
  const serial = parseDateText(v);
  return serial !== null && isOwnedSheetDay(serial) ? serial : null;
}

/** `dd/mm/yyyy` of a serial or a Date (its UTC day). */
export function formatFrenchDate(value: number | Date): string {
  const d = typeof value === "number" ? fromSerial(Math.floor(value)) : value;
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

/** A date typed with or without its time of day; `hasTime` false means the time was not written (read as midnight). */
export interface DateTimeReading {
  /** The Excel serial, its fraction the time of day (whole minutes). */
  serial: number;
  hasTime: boolean;
}

/**
 * A date and time as people type them in a cell: `05/12/2026 14:30`, `05/12/2026 à 14h30`,
 * `5/12/26 14h`, `05/12/2026 14:30:00`, ISO `2026-12-05T14:30`, or a date alone (`05/12/2026`, then
 * `hasTime` is false). The time is read as written, on the wall clock. Null when it is not a date.
 */
export function parseDateTimeText(text: string): DateTimeReading | null {
  const t = text.trim().replace(/\s+/g, " ");
  const iso = /^(\d{4}-\d{1,2}-\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  const fr = /^(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{2}|\d{4}))(?:,? (?:(?:à|a) )?(\d{1,2}) ?(?:[:h]|H) ?(\d{2})?(?::\d{2})?)?$/.exec(t);
  const m = iso ?? fr;
  if (!m) return null;
  const day = parseDateText(m[1]);
  if (day === null) return null;
  if (m[2] === undefined) return { serial: day, hasTime: false };
  const hour = Number(m[2]);
  const minute = m[3] === undefined ? 0 : Number(m[3]);
  if (hour > 23 || minute > 59) return null;
  return { serial: day + (hour * 60 + minute) / 1440, hasTime: true };
}

/** « 05/12/2026 à 14:30 » of a serial with the time of day (read on the wall clock, as written). */
export function formatFrenchDateTime(serial: number): string {
  const minutes = Math.round(serial * 1440);
  const day = Math.floor(minutes / 1440);
  const inDay = minutes - day * 1440;
  const hh = String(Math.floor(inDay / 60)).padStart(2, "0");
  const mm = String(inDay % 60).padStart(2, "0");
  return `${formatFrenchDate(day)} à ${hh}:${mm}`;
}
