/**
 * Which cell styles show a number as a date or a time. Excel keeps dates as plain numbers (serials)
 * whose style's number format makes them dates; a reader needs to know which, for instance to carry a
 * 1904 workbook's dates over to the 1900 system. Read by streaming the styles part: the number
 * formats (`numFmts/numFmt`), then the cell formats (`cellXfs/xf`, whose position is the cell's `s`).
 */
import type { XlsxPackage } from "../opc";
import { attr, isMain, streamXml } from "../xml";

/**
 * Built-in number formats that are dates or times (ECMA-376 Part 1, §18.8.30: 14–22 and 45–47), and
 * the ids Excel gives its locale date formats in East-Asian files (27–36, 50–58), which carry no
 * `numFmt` of their own.
 */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Letters that make a date or time in a format code: day, month/minute, year, hour, second, era years. */
const DATE_LETTERS = new Set(["d", "m", "y", "h", "s", "e", "g", "b"]);

/** `[h]`, `[mm]`, `[ss]`: elapsed times, the one bracketed section that is a time. */
function isElapsed(section: string): boolean {
  const s = section.toLowerCase();
  return s.length > 0 && (/^h+$/.test(s) || /^m+$/.test(s) || /^s+$/.test(s));
}

/**
 * Whether a format code shows a date or a time: a date or time letter outside quoted text (`"…"`),
 * brackets (colours, conditions, locales: `[Red]`, `[<=100]`, `[$-40C]`) and escaped or layout
 * characters (`\d`, `_m`, `*s`); `General` and scientific notation (`0.00E+00`) are numbers.
 */
export function isDateFormat(code: string): boolean {
  const lower = code.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    if (ch === '"') {
      const end = lower.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = lower.indexOf("]", i + 1);
      if (end < 0) return false;
      if (isElapsed(lower.slice(i + 1, end))) return true;
      i = end;
    } else if (lower.startsWith("general", i)) {
      i += "general".length - 1;
    } else if (ch === "e" && (lower[i + 1] === "+" || lower[i + 1] === "-")) {
      i++;
    } else if (DATE_LETTERS.has(ch)) {
      return true;
    }
  }
  return false;
}

/** For each cell format (a cell's `s`), whether it shows dates; absent or unknown ids are not dates. */
export function readDateStyles(pkg: XlsxPackage, part: string | undefined): boolean[] {
  const out: boolean[] = [];
  if (!part) return out;
  const customDates = new Map<number, boolean>();
  let inCellXfs = false;
  streamXml(
    pkg.bytes(part),
    {
      open: (el) => {
        if (!isMain(el.uri)) return;
        if (el.local === "numFmt") {
          const id = Number(attr(el, "numFmtId"));
          if (Number.isInteger(id)) customDates.set(id, isDateFormat(attr(el, "formatCode") ?? ""));
        } else if (el.local === "cellXfs") {
          inCellXfs = true;
        } else if (el.local === "xf" && inCellXfs) {
          const id = Number(attr(el, "numFmtId") ?? 0);
          out.push(customDates.get(id) ?? BUILT_IN_DATE_IDS.has(id));
        }
      },
      close: (el) => {
        if (el.local === "cellXfs" && isMain(el.uri)) inCellXfs = false;
      },
    },
    part,
    pkg.limits,
  );
  return out;
}
