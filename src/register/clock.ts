/**
 * The one clock of the add-in. Every face gives the engine a `Clock` (an instant, and the time zone in
 * which the user's calendar is read), and every date the engine writes or compares comes from it:
 * the creation day of a new fiche, the report's timestamp, the day a path item was ticked, « today »
 * for freshness and adequacy decisions, and the deadlines to come (72 hours, one month).
 *
 * Why a time zone and not just a `Date`: a `Date` is an instant, and the calendar day it falls on
 * depends on where the user is. Read in UTC, a fiche created at 00:30 in Paris (or at 03:30 in La
 * Réunion) would be dated the day before. The faces use the machine's own zone (`systemClock`); tests
 * name the zone they mean (`fixedClock`), so that they run the same at any hour on any machine.
 * Nothing here hard-codes Paris: CPTS exist overseas.
 */
import { serialOfDay } from "./dates";

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** The IANA time zone in which the user's calendar day and hour are read (e.g. "Europe/Paris", "Indian/Reunion"). */
  readonly timeZone: string;
}

/** A moment on the user's wall clock. `month` is 1–12. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The machine's zone, as the browser or Node knows it (UTC when it cannot tell). */
function machineTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** The real clock, read in the machine's time zone. */
export function systemClock(): Clock {
  return { now: () => new Date(), timeZone: machineTimeZone() };
}

/** A clock stopped at one instant (ISO string with an offset, or a Date), read in `timeZone`. */
export function fixedClock(instant: string | Date, timeZone: string): Clock {
  const t = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(t)) throw new RangeError(`fixedClock: instant illisible « ${String(instant)} »`);
  // Fail at once on an unknown zone rather than at the first date read.
  formatterFor(timeZone);
  return { now: () => new Date(t), timeZone };
}

// Intl formatters are costly to build and a register check reads the clock often: one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time of `at` (the clock's current instant by default) in the clock's zone. */
export function localTime(clock: Clock, at: Date = clock.now()): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(clock.timeZone).formatToParts(at)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute };
}

/** Today, on the user's calendar, as an Excel serial (whole days). */
export function todaySerial(clock: Clock): number {
  const t = localTime(clock);
  // serialOfDay only refuses impossible days, which Intl never gives.
  return serialOfDay(t.year, t.month, t.day) as number;
}

/** Today, on the user's calendar, as a UTC-midnight Date: the form the engine's date arithmetic uses. */
export function todayDate(clock: Clock): Date {
  const t = localTime(clock);
  return new Date(Date.UTC(t.year, t.month - 1, t.day));
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** « 07/12/2026 », the user's calendar day. */
export function formatLocalDate(clock: Clock): string {
  const t = localTime(clock);
  return `${pad2(t.day)}/${pad2(t.month)}/${t.year}`;
}

/** « 07/12/2026 à 00:30 », the user's wall clock. */
export function formatLocalDateTime(clock: Clock): string {
  const t = localTime(clock);
  return `${pad2(t.day)}/${pad2(t.month)}/${t.year} à ${pad2(t.hour)}:${pad2(t.minute)}`;
}

/**
 * The instant of a moment written on the user's wall clock in `timeZone`, given as an Excel serial with
 * the time of day (what a cell « 05/12/2026 14:30 » holds). Deadlines counted in hours (the CNIL's 72
 * hours) are real hours: across a change to or from summer time, 72 hours are not three calendar days
 * at the same hour. A wall-clock time that does not exist (the hour skipped in spring) is read as the
 * instant after the skip; one that exists twice (autumn) as the first.
 */
export function instantOfLocalSerial(serial: number, timeZone: string): Date {
  // Serial 25569 is 1970-01-01 (the 1900 system, see dates.ts); whole minutes, as a cell shows them.
  const wall = Math.round((serial - 25569) * 1440) * 60_000;
  /** How far the zone's wall clock is ahead of UTC at instant `t`, in ms. */
  const offsetAt = (t: number): number => {
    const l = localTime({ now: () => new Date(t), timeZone }, new Date(t));
    return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute) - Math.floor(t / 60_000) * 60_000;
  };
  // A day either side of the moment, the zone has its two offsets if a change falls near it.
  const candidates = [offsetAt(wall - 86_400_000), offsetAt(wall + 86_400_000)].map((o) => wall - o);
  const valid = candidates.filter((t) => t + offsetAt(t) === wall);
  return new Date(valid.length > 0 ? Math.min(...valid) : Math.max(...candidates));
}

/** Now, on the user's wall clock, as an Excel serial with the time of day (to compare with a date-time cell). */
export function nowLocalSerial(clock: Clock): number {
  const t = localTime(clock);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) / 60_000 / 1440 + 25569;
}
