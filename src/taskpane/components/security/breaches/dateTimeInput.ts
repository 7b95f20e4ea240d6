/**
 * The value of an `<input type="datetime-local">` (« 2026-12-07T14:30 », the user's wall clock) and
 * the Excel serial with the time of day a breach line holds: both are wall-clock moments, no time zone
 * in between.
 */
const pad2 = (n: number): string => String(n).padStart(2, "0");

/** « 2026-12-07T14:30 » of a serial (whole minutes). */
export function toDateTimeInput(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 1440) * 60_000);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

/** The serial of an input's value, null when it is empty or not a real moment. */
export function fromDateTimeInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const t = Date.UTC(year, month - 1, day, hour, minute);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return t / 86_400_000 + 25569;
}
