/**
 * The deadline of a rights request (GDPR art. 12.3, counted as Regulation 1182/71 says): one month from
 * receipt, the same day of the next month or that month's last day, moved to the next working day past
 * a Saturday, a Sunday or a French public holiday; three months when the extension was announced within
 * the first month. Every date is fixed: nothing depends on today.
 */
import {
  addMonths,
  daysLeft,
  easterSunday,
  formatFrenchDate,
  isFrenchPublicHoliday,
  isOverdueRequest,
  requestDeadline,
  requestSummary,
  serialOfDay,
  type RequestEntry,
} from "../../../src/register";
import { clockAt, dayClock } from "../../fixtures/clocks";

const day = (d: number, m: number, y: number): number => serialOfDay(y, m, d) as number;
const fr = (serial: number): string => formatFrenchDate(serial);

function entry(received: number | null, extra: Partial<RequestEntry> = {}): RequestEntry {
  return {
    sheet: "Demandes d'exercice des droits",
    row: 5,
    received,
    receivedCell: "A5",
    person: "M. D.",
    rights: ["access"],
    rightsText: "Accès",
    ficheRef: "",
    identityChecked: "",
    extendedOn: null,
    extendedCell: "F5",
    answered: null,
    answeredCell: "G5",
    answeredText: "",
    outcome: "unknown",
    outcomeText: "",
    reasons: "",
    ...extra,
  };
}

/** The last day to answer a request received on d/m/y, as « dd/mm/yyyy ». */
const dueOf = (d: number, m: number, y: number, extendedOn: number | null = null): string => fr(requestDeadline(entry(day(d, m, y), { extendedOn }))!.due);

describe("one month from receipt", () => {
  test("the same day of the next month, on a working day", () => {
    expect(dueOf(7, 12, 2026)).toBe("07/01/2027"); // a Thursday
  });

  test("31 January ends on 28 February, or on 29 February in a leap year", () => {
    expect(fr(addMonths(day(31, 1, 2027), 1))).toBe("28/02/2027");
    expect(fr(addMonths(day(31, 1, 2028), 1))).toBe("29/02/2028");
    expect(dueOf(31, 1, 2025)).toBe("28/02/2025"); // a Friday
    expect(dueOf(31, 1, 2028)).toBe("29/02/2028"); // a Tuesday
    expect(dueOf(30, 1, 2028)).toBe("29/02/2028");
  });

  test("31 March ends on 30 April", () => {
    expect(dueOf(31, 3, 2026)).toBe("30/04/2026"); // a Thursday
  });

  test("a deadline on a Saturday or a Sunday moves to the Monday", () => {
    expect(dueOf(9, 12, 2026)).toBe("11/01/2027"); // 09/01/2027 is a Saturday
    expect(dueOf(10, 12, 2026)).toBe("11/01/2027"); // 10/01/2027 is a Sunday
    expect(dueOf(31, 1, 2027)).toBe("01/03/2027"); // 28/02/2027 is a Sunday
  });

  test("1 May, 14 July and 25 December move it to the next working day", () => {
    expect(dueOf(1, 4, 2026)).toBe("04/05/2026"); // Friday 1 May, then the weekend
    expect(dueOf(14, 6, 2026)).toBe("15/07/2026"); // Tuesday 14 July
    expect(dueOf(25, 11, 2026)).toBe("28/12/2026"); // Friday 25 December, then the weekend
  });

  test("Easter Monday, Ascension and Whit Monday are computed each year", () => {
    expect([2024, 2025, 2026, 2027, 2038].map((y) => fr(easterSunday(y)))).toEqual(["31/03/2024", "20/04/2025", "05/04/2026", "28/03/2027", "25/04/2038"]);
    expect(isFrenchPublicHoliday(day(29, 3, 2027))).toBe(true); // Easter Monday 2027
    expect(isFrenchPublicHoliday(day(6, 5, 2027))).toBe(true); // Ascension 2027
    expect(isFrenchPublicHoliday(day(17, 5, 2027))).toBe(true); // Whit Monday 2027
    expect(isFrenchPublicHoliday(day(30, 3, 2027))).toBe(false);
    expect(dueOf(28, 2, 2027)).toBe("30/03/2027"); // Sunday 28/03, then Easter Monday
    expect(dueOf(6, 4, 2027)).toBe("07/05/2027"); // Ascension, Thursday 06/05/2027
    expect(dueOf(17, 4, 2027)).toBe("18/05/2027"); // Whit Monday 17/05/2027
  });
});

describe("the extension (two more months)", () => {
  test("announced within the first month: three months from receipt", () => {
    const d = requestDeadline(entry(day(5, 12, 2026), { extendedOn: day(20, 12, 2026) }))!;
    expect(d).toMatchObject({ extended: true, lateExtension: false });
    expect(fr(d.firstMonth)).toBe("05/01/2027");
    expect(fr(d.due)).toBe("05/03/2027");
  });

  test("announced on the first month's last day, moved past a weekend, still counts", () => {
    expect(dueOf(9, 12, 2026, day(11, 1, 2027))).toBe("09/03/2027");
  });

  test("announced after the first month: it does not count, the deadline stays", () => {
    const d = requestDeadline(entry(day(5, 12, 2026), { extendedOn: day(6, 1, 2027) }))!;
    expect(d).toMatchObject({ extended: false, lateExtension: true });
    expect(fr(d.due)).toBe("05/01/2027");
  });

  test("three months from 30 November end on the last day of February", () => {
    expect(dueOf(30, 11, 2027, day(1, 12, 2027))).toBe("29/02/2028");
  });
});

describe("open and overdue", () => {
  const received = entry(day(5, 12, 2026));

  test("on its last day a request is not overdue; the day after, it is", () => {
    expect(daysLeft(received, dayClock(2027, 1, 5))).toBe(0);
    expect(isOverdueRequest(received, dayClock(2027, 1, 5))).toBe(false);
    expect(isOverdueRequest(received, dayClock(2027, 1, 6))).toBe(true);
  });

  test("the day is the user's: just after midnight in Paris is already the next day", () => {
    expect(isOverdueRequest(received, clockAt("2027-01-06T00:30:00+01:00"))).toBe(true);
    expect(isOverdueRequest(received, clockAt("2027-01-05T23:30:00+01:00"))).toBe(false);
  });

  test("answered, given an outcome, or withdrawn: no longer open", () => {
    const clock = dayClock(2027, 2, 1);
    const lines = [
      received,
      entry(day(5, 12, 2026), { answered: day(4, 1, 2027), answeredText: "46391" }),
      entry(day(5, 12, 2026), { outcome: "withdrawn", outcomeText: "Retirée" }),
      entry(day(20, 1, 2027)),
      entry(null),
    ];
    expect(requestSummary({ entries: lines, problems: [] }, clock)).toEqual({ open: 3, overdue: 1 });
    expect(requestSummary(undefined, clock)).toEqual({ open: 0, overdue: 0 });
  });
});
