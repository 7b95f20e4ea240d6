import { toSerial, fromSerial, parseDateText, formatFrenchDate, serialOfDay } from "../../../src/register";

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe("Excel serials (1900 system)", () => {
  it("matches Excel at the known points, leap bug included", () => {
    expect(toSerial(utc(1900, 1, 1))).toBe(1);
    expect(toSerial(utc(1900, 2, 28))).toBe(59);
    expect(toSerial(utc(1900, 3, 1))).toBe(61);
    expect(toSerial(utc(2018, 5, 26))).toBe(43246);
    expect(toSerial(utc(2019, 5, 13))).toBe(43598);
  });
  it("goes back from serials to dates", () => {
    expect(fromSerial(1).toISOString().slice(0, 10)).toBe("1900-01-01");
    expect(fromSerial(61).toISOString().slice(0, 10)).toBe("1900-03-01");
    expect(fromSerial(60).toISOString().slice(0, 10)).toBe("1900-02-28");
    expect(fromSerial(43246).toISOString().slice(0, 10)).toBe("2018-05-26");
    for (const n of [1, 59, 61, 366, 43246, 46000]) expect(toSerial(fromSerial(n))).toBe(n);
  });
  it("keeps the time of day as a fraction", () => {
    expect(toSerial(new Date(Date.UTC(2018, 4, 26, 12)))).toBe(43246.5);
  });
});

describe("dates typed as text", () => {
  it("reads dd/mm/yyyy, d/m/yy, ISO and other separators", () => {
    expect(parseDateText("13/05/2019")).toBe(43598);
    expect(parseDateText(" 13/5/19 ")).toBe(43598);
    expect(parseDateText("13-05-2019")).toBe(43598);
    expect(parseDateText("13.05.2019")).toBe(43598);
    expect(parseDateText("2019-05-13")).toBe(43598);
    expect(parseDateText("2018-05-26T00:00:00.000Z")).toBe(43246);
    expect(parseDateText("1/1/45")).toBe(serialOfDay(1945, 1, 1));
  });
  it("refuses what is not a real day", () => {
    expect(parseDateText("31/02/2020")).toBeNull();
    expect(parseDateText("13/13/2020")).toBeNull();
    expect(parseDateText("mai 2019")).toBeNull();
    expect(parseDateText("")).toBeNull();
  });
  it("formats in French", () => {
    expect(formatFrenchDate(43598)).toBe("13/05/2019");
    expect(formatFrenchDate(utc(2026, 1, 5))).toBe("05/01/2026");
  });
});
