/**
 * What points at the shifted sheet from elsewhere in the workbook: defined names (print areas,
 * filters, the user's names) and the formulas, dropdown sources, conditional formats and internal
 * links of every other sheet. Each other sheet is streamed first and taken as a DOM only when one of
 * its formulas points at a moved row, so sheets the shift does not concern keep their bytes.
 */
import { shiftFormula } from "../../formulas";
import type { XlsxPackage } from "../../opc";
import type { BookInfo } from "../../workbook";
import { attr, isMain, streamXml } from "../../xml";
import { parseCell } from "../../../../register";
import { allElements, isFormulaElement, setText, shiftFormulasIn, textOf } from "./dom";
import { staysShared, unshareWhereNeeded } from "./shared";
import type { RowShift } from "./rowShift";

/** A sheet name no sheet can have (`[` is forbidden in sheet names): formulas of the workbook part have no sheet of their own. */
const NO_SHEET = "[workbook]";

export function shiftDefinedNames(pkg: XlsxPackage, book: BookInfo, shift: RowShift): void {
  const changes = book.definedNames.map((n) => shiftFormula(n.text, NO_SHEET, shift));
  if (changes.every((text, i) => text === book.definedNames[i].text)) return;
  const doc = pkg.dom(book.part);
  for (const el of allElements(doc.documentElement)) {
    if (el.localName !== "definedName" || !isMain(el.namespaceURI ?? "")) continue;
    const text = textOf(el);
    const moved = shiftFormula(text, NO_SHEET, shift);
    if (moved !== text) setText(el, moved);
  }
  book.definedNames.forEach((n, i) => (n.text = changes[i]));
}

interface SharedSeen {
  master?: { row: number; col: number; text: string };
  members: Array<{ row: number; col: number }>;
}

/**
 * Whether a formula of sheet `sheetName`'s part (or one of its internal links) points at a moved row;
 * a shared formula counts for every cell of its group.
 */
function pointsAtMovedRows(pkg: XlsxPackage, part: string, sheetName: string, shift: RowShift): boolean {
  let found = false;
  let text: string | null = null;
  let cell: { row: number; col: number } | null = null;
  let shared: { si: string; master: boolean } | null = null;
  const groups = new Map<string, SharedSeen>();
  streamXml(
    pkg.bytes(part),
    {
      open: (el) => {
        if (found) return;
        if (el.local === "c" && isMain(el.uri)) cell = parseCell(attr(el, "r") ?? "");
        if (isFormulaElement(el.local, el.uri)) {
          text = "";
          const si = attr(el, "si");
          shared = el.local === "f" && attr(el, "t") === "shared" && si !== undefined ? { si, master: attr(el, "ref") !== undefined } : null;
          // a shared formula in a cell without an address: its group cannot be followed, edit the sheet to be safe
          if (shared && !cell && isMain(el.uri)) found = true;
        } else if (el.local === "hyperlink" && isMain(el.uri)) {
          const location = attr(el, "location");
          if (location && shiftFormula(location, sheetName, shift) !== location) found = true;
        }
      },
      text: (t) => {
        if (text !== null) text += t;
      },
      close: () => {
        if (text !== null && shared && cell) {
          const group = groups.get(shared.si) ?? groups.set(shared.si, { members: [] }).get(shared.si)!;
          group.members.push(cell);
          if (shared.master && text !== "") group.master = { ...cell, text };
        }
        if (text !== null && !found && text !== "" && shiftFormula(text, sheetName, shift) !== text) found = true;
        text = null;
        shared = null;
      },
    },
    part,
    pkg.limits,
  );
  if (found) return true;
  const stays = (row: number): number => row;
  return [...groups.values()].some((g) => g.master !== undefined && !staysShared(g.master, g.members, sheetName, shift, stays));
}

/**
 * Whether the text of a part may name `sheet` at all: a cheap test before streaming it, on the
 * decoded text (not a parse). Names holding a character XML may escape, and parts using character
 * references, are always streamed.
 */
function mayNameSheet(bytes: Uint8Array, sheet: string): boolean {
  if (/[&<>"']/.test(sheet)) return true;
  const text = new TextDecoder("utf-8").decode(bytes);
  if (text.includes("&#")) return true;
  return text.toLocaleLowerCase("fr").includes(sheet.toLocaleLowerCase("fr"));
}

export function shiftOtherSheets(pkg: XlsxPackage, book: BookInfo, shiftedPart: string, shift: RowShift): void {
  for (const sheet of book.sheets) {
    if (sheet.part.toLowerCase() === shiftedPart.toLowerCase() || !pkg.has(sheet.part)) continue;
    if (!mayNameSheet(pkg.bytes(sheet.part), shift.sheet)) continue;
    if (!pointsAtMovedRows(pkg, sheet.part, sheet.name, shift)) continue;
    const doc = pkg.dom(sheet.part);
    const sheetData = allElements(doc.documentElement, (el) => el.localName === "sheetData").find(
      (el) => el.localName === "sheetData" && isMain(el.namespaceURI ?? ""),
    );
    if (sheetData) unshareWhereNeeded(sheetData, sheet.name, shift, (row) => row);
    shiftFormulasIn(doc, sheet.name, shift);
  }
}

const CHART_NS = ["http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart"];

/** Every chart part of the workbook: charts hang off the drawings of worksheets and chart sheets. */
function chartParts(pkg: XlsxPackage, book: BookInfo): string[] {
  const charts = new Map<string, string>();
  for (const sheet of book.allSheets) {
    if (!sheet.part || !pkg.has(sheet.part)) continue;
    for (const drawing of pkg.relationships(sheet.part)) {
      if (drawing.kind !== "drawing" || drawing.external || !pkg.has(drawing.target)) continue;
      for (const chart of pkg.relationships(drawing.target)) {
        if (chart.kind === "chart" && !chart.external && pkg.has(chart.target)) charts.set(chart.target.toLowerCase(), chart.target);
      }
    }
  }
  return [...charts.values()];
}

/** The data ranges of charts (`c:f`, always qualified by their sheet) that point at moved rows. */
export function shiftCharts(pkg: XlsxPackage, book: BookInfo, shift: RowShift): void {
  for (const part of chartParts(pkg, book)) {
    let found = false;
    let text: string | null = null;
    streamXml(
      pkg.bytes(part),
      {
        open: (el) => {
          text = el.local === "f" && CHART_NS.includes(el.uri) ? "" : null;
        },
        text: (t) => {
          if (text !== null) text += t;
        },
        close: () => {
          if (text !== null && !found && shiftFormula(text, NO_SHEET, shift) !== text) found = true;
          text = null;
        },
      },
      part,
      pkg.limits,
    );
    if (!found) continue;
    for (const el of allElements(pkg.dom(part).documentElement)) {
      if (el.localName !== "f" || !CHART_NS.includes(el.namespaceURI ?? "")) continue;
      const moved = shiftFormula(textOf(el), NO_SHEET, shift);
      if (moved !== textOf(el)) setText(el, moved);
    }
  }
}
