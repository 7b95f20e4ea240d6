/**
 * The deadline of a request to exercise one's rights. GDPR art. 12.3: the controller answers « dans les
 * meilleurs délais et en tout état de cause dans un délai d'un mois à compter de la réception de la
 * demande », a period that « peut être prolongé de deux mois, compte tenu de la complexité et du nombre
 * de demandes », provided the person is told of the extension and why within the first month.
 *
 * How a period in months is counted (Regulation (EEC, Euratom) No 1182/71 of 3 June 1971, the EU rules on
 * periods, dates and time limits, which the GDPR's periods follow):
 * - art. 3.1: the day of receipt does not count;
 * - art. 3.2 c): a period in months ends at the end of the day of the last month that has the same number
 *   as the day of receipt; when that month has no such day, at the end of its last day
 *   (received 31/01 → 28/02, or 29/02 in a leap year);
 * - art. 3.4: a period ending on a Saturday, a Sunday or a public holiday ends at the end of the next
 *   working day. Public holidays are those of the State where the act is done (art. 2.1): France's
 *   « jours fériés » of the Code du travail, art. L3133-1.
 * The extended period is read as three months from receipt (one month plus two), counted the same way.
 *
 * Sources, vérifié le 07/12/2026:
 * - GDPR art. 12.3, https://eur-lex.europa.eu/eli/reg/2016/679/oj
 * - Regulation (EEC, Euratom) No 1182/71 art. 2 and 3, https://eur-lex.europa.eu/eli/reg/1971/1182/oj
 * - Code du travail art. L3133-1 (1er janvier, lundi de Pâques, 1er mai, 8 mai, Ascension, lundi de
 *   Pentecôte, 14 juillet, Assomption, Toussaint, 11 novembre, 25 décembre),
 *   https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020517
 *   (Alsace-Moselle's and the overseas departments' own days are not counted: a deadline there may be a
 *   day later than the law allows, never earlier.)
 *
 * Pure: whole-day Excel serials (src/register/dates.ts), the clock only for « today ».
 */
import type { RequestEntry } from "./model";
import { fromSerial, serialOfDay } from "../dates";
import { todaySerial, type Clock } from "../clock";

/** The months of the period (art. 12.3): one, three when extended in time. */
export const ANSWER_MONTHS = 1;
export const EXTENDED_MONTHS = 3;

/** The calendar day of a whole-day serial. */
function dayOf(serial: number): { year: number; month: number; day: number; weekday: number } {
  const d = fromSerial(Math.floor(serial));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day `months` later, or that month's last day when it has none (1182/71 art. 3.2 c). */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = dayOf(serial);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return serialOfDay(y, m, Math.min(day, lastDayOfMonth(y, m))) as number;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher), as a serial. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return serialOfDay(year, month, day) as number;
}

/** The fixed public holidays of Code du travail art. L3133-1, as month-day. */
const FIXED_HOLIDAYS = new Set(["1-1", "5-1", "5-8", "7-14", "8-15", "11-1", "11-11", "12-25"]);
/** Easter Monday, Ascension (Easter + 39 days), Whit Monday (Easter + 50 days). */
const EASTER_OFFSETS = [1, 39, 50] as const;

/** A public holiday in France (Code du travail art. L3133-1). */
export function isFrenchPublicHoliday(serial: number): boolean {
  const { year, month, day } = dayOf(serial);
  if (FIXED_HOLIDAYS.has(`${month}-${day}`)) return true;
  const easter = easterSunday(year);
  return EASTER_OFFSETS.some((offset) => easter + offset === Math.floor(serial));
}

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(serial: number): boolean {
  const { weekday } = dayOf(serial);
  return weekday !== 0 && weekday !== 6 && !isFrenchPublicHoliday(serial);
}

/** The day itself when it is a working day, else the next one (1182/71 art. 3.4). */
export function nextWorkingDay(serial: number): number {
  let s = Math.floor(serial);
  while (!isWorkingDay(s)) s++;
  return s;
}

/** The last day to answer a request received on `received`, within `months` months. */
export function periodEnd(received: number, months: number): number {
  return nextWorkingDay(addMonths(Math.floor(received), months));
}

export interface RequestDeadline {
  /** The last day of the first month (moved past a weekend or a holiday). */
  firstMonth: number;
  /** The last day to answer: `firstMonth`, or the end of the third month when the extension was announced in time. */
  due: number;
  /** The extension counts: announced within the first month. */
  extended: boolean;
  /** An extension announced after the first month: it does not push the deadline. */
  lateExtension: boolean;
}

/** The request's deadline, null when its receipt date is unreadable or missing. */
export function requestDeadline(entry: Pick<RequestEntry, "received" | "extendedOn">): RequestDeadline | null {
  if (entry.received === null) return null;
  const firstMonth = periodEnd(entry.received, ANSWER_MONTHS);
  const told = entry.extendedOn === null ? null : Math.floor(entry.extendedOn);
  const extended = told !== null && told <= firstMonth;
  return {
    firstMonth,
    due: extended ? periodEnd(entry.received, EXTENDED_MONTHS) : firstMonth,
    extended,
    lateExtension: told !== null && !extended,
  };
}

/** No answer yet: nothing in « Répondu le » nor in « Issue » (a withdrawn request is closed). */
export function isOpenRequest(entry: RequestEntry): boolean {
  return entry.answered === null && entry.answeredText === "" && entry.outcomeText === "";
}

/** Days from today to the deadline (0 on its last day, negative once passed); null without a readable receipt date. */
export function daysLeft(entry: RequestEntry, clock: Clock): number | null {
  const deadline = requestDeadline(entry);
  return deadline === null ? null : deadline.due - todaySerial(clock);
}

/** Open, and its last day has passed (a line without a readable receipt date is not counted: a finding says so). */
export function isOverdueRequest(entry: RequestEntry, clock: Clock): boolean {
  const left = daysLeft(entry, clock);
  return isOpenRequest(entry) && left !== null && left < 0;
}
