/**
 * One clock, read on the user's calendar: what a coordinator sees written in the workbook must be the
 * day their own clock shows, at any hour, in metropolitan France and overseas, including the first day
 * of a month. Every instant here is written with its offset, so the test gives the same result on any
 * machine, in any time zone, at any hour.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import {
  fixedClock,
  formatLocalDate,
  formatLocalDateTime,
  instantOfLocalSerial,
  localTime,
  nowLocalSerial,
  systemClock,
  todayDate,
  todaySerial,
} from "../../src/register/clock";
import { formatFrenchDate } from "../../src/register/dates";
import { planNewFiche, planReportSheet, planTick, readPathTicks, readRegister, validateRegister } from "../../src/register";
import { applyPlanToSnapshot, cnilSnapshot, serial } from "../fixtures/snapshots";
import { buildFiche, buildRegister, cleanFicheSpec } from "../fixtures/registers";
import { PARIS, REUNION, clockAt } from "../fixtures/clocks";

/** Moments where a UTC reading of the day would be wrong, and the day the user's clock shows. */
const MOMENTS: Array<{ label: string; iso: string; zone: string; day: string; time: string }> = [
  { label: "00:30 in Paris (winter)", iso: "2026-12-07T00:30:00+01:00", zone: PARIS, day: "07/12/2026", time: "00:30" },
  { label: "23:30 in Paris (winter)", iso: "2026-12-07T23:30:00+01:00", zone: PARIS, day: "07/12/2026", time: "23:30" },
  { label: "00:30 in Paris (summer time)", iso: "2026-07-14T00:30:00+02:00", zone: PARIS, day: "14/07/2026", time: "00:30" },
  { label: "23:30 in Paris (summer time)", iso: "2026-07-14T23:30:00+02:00", zone: PARIS, day: "14/07/2026", time: "23:30" },
  { label: "00:30 in La Réunion", iso: "2026-12-07T00:30:00+04:00", zone: REUNION, day: "07/12/2026", time: "00:30" },
  { label: "23:30 in La Réunion", iso: "2026-12-07T23:30:00+04:00", zone: REUNION, day: "07/12/2026", time: "23:30" },
  { label: "00:30 in Paris, the day after a month's end", iso: "2026-12-01T00:30:00+01:00", zone: PARIS, day: "01/12/2026", time: "00:30" },
  { label: "00:30 in La Réunion, the day after a year's end", iso: "2027-01-01T00:30:00+04:00", zone: REUNION, day: "01/01/2027", time: "00:30" },
  { label: "23:30 in Paris on the last day of February", iso: "2028-02-29T23:30:00+01:00", zone: PARIS, day: "29/02/2028", time: "23:30" },
];

describe("the clock reads the user's calendar, not UTC's", () => {
  test.each(MOMENTS)("$label → $day at $time", ({ iso, zone, day, time }) => {
    const clock = clockAt(iso, zone);
    expect(formatLocalDate(clock)).toBe(day);
    expect(formatLocalDateTime(clock)).toBe(`${day} à ${time}`);
    expect(formatFrenchDate(todaySerial(clock))).toBe(day);
    expect(formatFrenchDate(todayDate(clock))).toBe(day);
  });

  test("the same instant is two different days in Paris and in La Réunion", () => {
    const instant = "2026-12-07T22:30:00+01:00"; // 01:30 on the 8th in La Réunion
    expect(formatLocalDate(fixedClock(instant, PARIS))).toBe("07/12/2026");
    expect(formatLocalDate(fixedClock(instant, REUNION))).toBe("08/12/2026");
  });

  test("the system clock reads the machine's zone and now", () => {
    const clock = systemClock();
    expect(clock.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const before = Date.now();
    const read = clock.now().getTime();
    expect(read).toBeGreaterThanOrEqual(before);
    expect(localTime(clock).year).toBeGreaterThanOrEqual(2026);
  });

  test("an unreadable instant or an unknown zone is refused at once", () => {
    expect(() => fixedClock("pas une date", PARIS)).toThrow(RangeError);
    expect(() => fixedClock("2026-12-07T00:30:00+01:00", "Europe/Nulle_Part")).toThrow();
  });
});

describe("every date the engine writes comes from that calendar", () => {
  test.each(MOMENTS)("a new fiche made at $label is dated $day, in the fiche and in tab 2", ({ iso, zone, day }) => {
    const before = cnilSnapshot();
    const plan = planNewFiche(readRegister(before), { name: "Gestion des adhérents", clock: clockAt(iso, zone) });
    const fiche = readRegister(applyPlanToSnapshot(before, plan)).fiches.find((f) => f.name.value === "Gestion des adhérents");
    expect(fiche && formatFrenchDate(fiche.created.serial ?? 0)).toBe(day);
    expect(fiche && formatFrenchDate(fiche.updated.serial ?? 0)).toBe(day);
    const dates = plan.ops.flatMap((op) => (op.op === "write" ? op.cells : [])).filter((c) => c.kind === "date");
    expect(dates.length).toBeGreaterThanOrEqual(2);
    for (const c of dates) expect(c.kind === "date" && formatFrenchDate(c.value)).toBe(day);
  });

  test.each(MOMENTS)("a path item ticked at $label carries $day", ({ iso, zone, day }) => {
    const snap = applyPlanToSnapshot(cnilSnapshot(), planTick(cnilSnapshot(), "backups", true, clockAt(iso, zone)));
    expect(readPathTicks(snap).backups).toEqual({ done: true, date: day });
  });

  test("the report sheet says the day and the hour of the user's clock", () => {
    const before = cnilSnapshot();
    const register = readRegister(before);
    const clock = clockAt("2026-12-01T00:30:00+04:00", REUNION);
    const plan = planReportSheet(before, register, validateRegister(register, { clock }), { clock, addinVersion: "test" });
    const texts = plan.ops.flatMap((op) => (op.op === "write" ? op.cells : [])).map((c) => ("value" in c ? String(c.value) : ""));
    expect(texts).toContain("01/12/2026 à 00:30");
  });
});

describe("« today » of the checks is the user's day", () => {
  // A fiche updated on 07/12/2025 is stale from 08/12/2026 on (more than 12 months).
  const register = buildRegister({
    fiches: [buildFiche(cleanFicheSpec("Adhérents", "ref-002", { created: serial(2025, 12, 7), updated: serial(2025, 12, 7) }))],
  });
  const stale = (iso: string, zone: string): boolean =>
    validateRegister(register, { clock: clockAt(iso, zone) }).findings.some((f) => f.rule === "freshness.stale");

  test("at 00:30 on the 8th in Paris it is the 8th (UTC still says the 7th)", () => {
    expect(stale("2026-12-08T00:30:00+01:00", PARIS)).toBe(true);
  });
  test("at 23:30 on the 7th in Paris it is still the 7th", () => {
    expect(stale("2026-12-07T23:30:00+01:00", PARIS)).toBe(false);
  });
  test("at 02:00 on the 8th in La Réunion it is the 8th (UTC says the 7th at 22:00)", () => {
    expect(stale("2026-12-08T02:00:00+04:00", REUNION)).toBe(true);
  });
});

describe("a wall-clock time typed in a cell, as an instant (the CNIL's 72 hours count real hours)", () => {
  /** The serial of a day and time as a cell « 05/12/2026 14:30 » holds it. */
  const at = (y: number, mo: number, d: number, h: number, mi: number): number => Date.UTC(y, mo - 1, d, h, mi) / 86_400_000 + 25569;
  test("14:30 in Paris in winter is 13:30 UTC, in summer 12:30 UTC, in La Réunion 10:30 UTC", () => {
    expect(instantOfLocalSerial(at(2026, 12, 5, 14, 30), PARIS).toISOString()).toBe("2026-12-05T13:30:00.000Z");
    expect(instantOfLocalSerial(at(2026, 7, 5, 14, 30), PARIS).toISOString()).toBe("2026-07-05T12:30:00.000Z");
    expect(instantOfLocalSerial(at(2026, 12, 5, 14, 30), REUNION).toISOString()).toBe("2026-12-05T10:30:00.000Z");
  });
  test("02:30 on the night clocks go back (25 October 2026) exists twice in Paris: the first is meant", () => {
    expect(instantOfLocalSerial(at(2026, 10, 25, 2, 30), PARIS).toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });
  test("02:30 on the night clocks go forward (29 March 2026) does not exist in Paris: read as after the skip", () => {
    expect(instantOfLocalSerial(at(2026, 3, 29, 2, 30), PARIS).toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
  test("now on the wall clock, as a serial, reads back as the same instant", () => {
    const clock = fixedClock("2026-12-07T09:15:00+01:00", PARIS);
    expect(nowLocalSerial(clock)).toBeCloseTo(at(2026, 12, 7, 9, 15), 8);
    expect(instantOfLocalSerial(nowLocalSerial(clock), PARIS).toISOString()).toBe("2026-12-07T08:15:00.000Z");
  });
});

describe("one clock", () => {
  test("the engine and the file layer never read the wall clock themselves: the faces give them a Clock", () => {
    const root = path.resolve(__dirname, "../../src");
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.tsx?$/.test(name) && !file.endsWith(path.join("register", "clock.ts"))) {
          readFileSync(file, "utf8")
            .split("\n")
            .forEach((line, i) => {
              if (/new Date\(\)|Date\.now\(\)/.test(line)) offenders.push(`${path.relative(root, file)}:${i + 1}`);
            });
        }
      }
    };
    for (const dir of ["register", "workbook", "cli", "taskpane", "functions"]) walk(path.join(root, dir));
    expect(offenders).toEqual([]);
  });
});
