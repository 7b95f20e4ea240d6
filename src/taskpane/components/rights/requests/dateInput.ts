/**
 * The value of an `<input type="date">` (« 2026-12-07 ») and the whole-day Excel serial a requests line
 * holds: both are calendar days, no time zone in between.
 */
import { fromSerial, parseDateText } from "../../../../register";

/** « 2026-12-07 » of a serial. */
export function toDateInput(serial: number): string {
  return fromSerial(Math.floor(serial)).toISOString().slice(0, 10);
}

/** The serial of an input's value, null when it is empty or not a real day. */
export function fromDateInput(value: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDateText(value) : null;
}
