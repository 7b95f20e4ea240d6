/**
 * Which number formats show dates: the formats Excel, LibreOffice and others write for dates and
 * times, and number formats that only look like them.
 */
import { isDateFormat } from "../../../src/workbook/package/read";

describe("date formats", () => {
  test.each([
    "dd/mm/yyyy",
    "d/m/yy;@",
    "[$-40C]d mmmm yyyy;@",
    "dddd d mmmm yyyy",
    "hh:mm:ss",
    "[h]:mm",
    "[mm]:ss",
    "mm/dd/yy h:mm AM/PM",
    '"Le "dd/mm/yyyy',
    "[Red]dd/mm/yyyy",
    "ge.m.d",
    "yyyy\\-mm\\-dd",
  ])("%s shows a date or a time", (code) => {
    expect(isDateFormat(code)).toBe(true);
  });

  test.each(["General", "0.00", "# ##0,00 [$€-40C]", '0.00" jours"', "0.00E+00", "[Red][<=100]0;[Blue]0", "@", "\\d0", "_-* # ##0 €_-;-* # ##0 €_-", "0%"])(
    "%s shows a number or a text",
    (code) => {
      expect(isDateFormat(code)).toBe(false);
    },
  );
});
